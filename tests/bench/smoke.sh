#!/bin/sh
# smoke.sh ND_GEN_CORPUS BENCH_LOAD
#
# Copyright 2026 The NewsDesk developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks that the benchmark tools work together on a corpus small enough for `meson test`:
# the figures themselves are not judged, only that both ways of reading load every article.

set -eu

srcdir=$(cd "$(dirname "$0")" && pwd)
. "$srcdir/corpus.sh"

if [ $# -ne 2 ]; then
  echo "usage: $0 ND_GEN_CORPUS BENCH_LOAD" >&2
  exit 2
fi

gen=$1
bench=$2
nd_bench_smoke_setup bench-smoke

"$gen" --count=300 --files-per-dir=100 --out="$tmp/corpus" > "$tmp/gen.out"
cat "$tmp/gen.out"
grep -q '^articles: 300$' "$tmp/gen.out" || nd_bench_fail "nd-gen-corpus did not write 300 articles"

for mode in folder jsonl; do
  if [ "$mode" = jsonl ]; then
    set -- --jsonl
  else
    set --
  fi

  "$bench" "$@" --json "$tmp/corpus" > "$tmp/$mode.out" || nd_bench_fail "bench-load failed ($mode)"
  cat "$tmp/$mode.out"

  grep -q '^ratio load / bare:' "$tmp/$mode.out" || nd_bench_fail "no ratio line ($mode)"
  grep -Eq '^articles loaded: +300 ' "$tmp/$mode.out" ||
    nd_bench_fail "300 articles not loaded ($mode)"
  tail -n 1 "$tmp/$mode.out" | grep -q '"articles":300,' || nd_bench_fail "no JSON figures ($mode)"
done

echo "bench-smoke: ok"
