#!/bin/sh
# gui-smoke.sh ND_GEN_CORPUS BENCH_STARTUP BENCH_NAVIGATE
#
# Copyright 2026 The NewsDesk developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks that the GUI benchmarks still work, on a scale small enough for `meson test`:
# bench-startup with two runs of each program, bench-navigate on 2,000 articles with 50
# steps. The figures themselves are not judged, only that they are printed. Needs the
# display and session bus that `meson test` is run in (build-aux/setup.sh test); without
# a display it is skipped.

set -eu

srcdir=$(cd "$(dirname "$0")" && pwd)
. "$srcdir/corpus.sh"

if [ $# -ne 3 ]; then
  echo "usage: $0 ND_GEN_CORPUS BENCH_STARTUP BENCH_NAVIGATE" >&2
  exit 2
fi

gen=$1
startup=$2
navigate=$3

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "bench-gui-smoke: no display; skipped"
  exit 77
fi

nd_bench_smoke_setup bench-gui-smoke

"$startup" --runs=2 --warmup=1 --json > "$tmp/startup.out" || nd_bench_fail "bench-startup failed"
cat "$tmp/startup.out"
grep -Eq '^bare GtkApplication window: +[0-9.]+ ms median' "$tmp/startup.out" ||
  nd_bench_fail "no figures for the bare window"
grep -Eq '^NewsDesk with sample story: +[0-9.]+ ms median' "$tmp/startup.out" ||
  nd_bench_fail "no figures for NewsDesk"
grep -Eq '^ratio NewsDesk / bare: +[0-9.]+ +\(target' "$tmp/startup.out" ||
  nd_bench_fail "no ratio line"
tail -n 1 "$tmp/startup.out" | grep -q '"articles":11,' ||
  nd_bench_fail "NewsDesk did not report the 11 articles of its sample story"

"$gen" --count=2000 --files-per-dir=500 --out="$tmp/corpus" > "$tmp/gen.out"
grep -q '^articles: 2000$' "$tmp/gen.out" ||
  nd_bench_fail "nd-gen-corpus did not write 2000 articles"

"$navigate" --steps=50 --back-steps=20 --json "$tmp/corpus" > "$tmp/navigate.out" ||
  nd_bench_fail "bench-navigate failed"
cat "$tmp/navigate.out"
grep -Eq '^articles loaded: +2000$' "$tmp/navigate.out" || nd_bench_fail "2000 articles not loaded"
grep -Eq '^next article, 50 steps: +[0-9.]+ ms median +p95' "$tmp/navigate.out" ||
  nd_bench_fail "no figures for next article"
grep -Eq '^previous article, 20 steps: +[0-9.]+ ms median +p95' "$tmp/navigate.out" ||
  nd_bench_fail "no figures for previous article"
grep -Eq '^back to back, next article: +[0-9.]+ steps/s' "$tmp/navigate.out" ||
  nd_bench_fail "no steps/s"
grep -q '^target: ' "$tmp/navigate.out" || nd_bench_fail "no target line"
tail -n 1 "$tmp/navigate.out" | grep -q '"articles":2000,' || nd_bench_fail "no JSON figures"

echo "bench-gui-smoke: ok"
