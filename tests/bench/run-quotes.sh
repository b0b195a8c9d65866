#!/bin/sh
# run-quotes.sh [BUILD_DIR]
# run-quotes.sh --smoke ND_GEN_CORPUS BENCH_QUOTES
#
# Copyright 2026 The NewsDesk developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the quotation benchmark (bench-quotes) on the 100,000 generated articles that
# run-load.sh uses, generated once into the same cache folder if they are missing (see
# corpus.sh): finding and attribution over every body, in MB/s of body text and articles/s,
# beside a plain UTF-8 decode of the same bodies.
#
# BUILD_DIR defaults to ./build of the source tree. Environment:
#   NEWSDESK_BENCH_CORPUS  corpus folder
#                          (default BUILD_DIR/bench-corpus/corpus-100000)
#   NEWSDESK_BENCH_RUNS    passes of each measurement, the best kept (default 3)
#
# With --smoke (what `meson test --suite bench` runs) it only checks, on 300 articles in a
# temporary folder, that every figure line comes out and that quotations with speakers are
# found; the figures are not judged.

set -eu

srcdir=$(cd "$(dirname "$0")" && pwd)

. "$srcdir/corpus.sh"

if [ "${1:-}" = --smoke ]; then
  if [ $# -ne 3 ]; then
    echo "usage: $0 --smoke ND_GEN_CORPUS BENCH_QUOTES" >&2
    exit 2
  fi

  gen=$2
  bench=$3
  nd_bench_smoke_setup bench-quotes-smoke

  nd_bench_ensure_corpus "$gen" "$srcdir" 300 "$tmp/corpus" > /dev/null
  "$bench" --runs=1 "$tmp/corpus" > "$tmp/out" || nd_bench_fail "bench-quotes failed"
  cat "$tmp/out"

  grep -Eq '^articles: +300$' "$tmp/out" || nd_bench_fail "not 300 articles"
  for label in 'body text:' 'UTF-8 decode only:' 'finding and attribution:' \
               'finding / decode time:'; do
    grep -q "^$label" "$tmp/out" || nd_bench_fail "no line: $label"
  done
  grep -Eq '^quotations: +[1-9][0-9]* ' "$tmp/out" || nd_bench_fail "no quotations found"
  grep -Eq '^with a speaker: +[1-9][0-9]* ' "$tmp/out" || nd_bench_fail "no speakers found"

  echo "bench-quotes-smoke: ok"
  exit 0
fi

nd_bench_setup_full_run "${1:-}"
bench=$builddir/tests/bench/bench-quotes
nd_bench_require_built "$gen" "$bench"

nd_bench_ensure_corpus "$gen" "$srcdir" $count "$corpus"

echo
"$bench" --runs="${NEWSDESK_BENCH_RUNS:-3}" "$corpus"
