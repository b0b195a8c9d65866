#!/bin/sh
# run-timeline.sh [BUILD_DIR]
# run-timeline.sh --smoke ND_GEN_CORPUS BENCH_TIMELINE
#
# Copyright 2026 The NewsDesk developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the timeline benchmark (bench-timeline) under its own Xvfb and private session bus,
# on the 100,000 generated articles that run-load.sh uses (generated once into the same
# cache folder if they are missing; see corpus.sh): the longest main-loop stall while the
# articles load with a timeline showing them (and without, in the same run), then
# NdTimeline drawn offscreen zoomed out and while panning, with the median and p95 frame
# time against the targets (4 ms zoomed out, 8 ms panning).
#
# BUILD_DIR defaults to ./build of the source tree. Environment:
#   GSK_RENDERER           the renderer (default cairo, about 2x faster than GL on llvmpipe)
#   NEWSDESK_BENCH_CORPUS  corpus folder (see corpus.sh)
#   NEWSDESK_BENCH_JSON=1  also print the figures as one line of JSON
#
# With --smoke (what `meson test --suite bench` runs, inside its display) it only checks,
# on 2,000 articles in a temporary folder, that every figure line comes out; the figures
# are not judged.

set -eu

srcdir=$(cd "$(dirname "$0")" && pwd)
. "$srcdir/corpus.sh"

if [ "${1:-}" = --smoke ]; then
  if [ $# -ne 3 ]; then
    echo "usage: $0 --smoke ND_GEN_CORPUS BENCH_TIMELINE" >&2
    exit 2
  fi

  gen=$2
  bench=$3
  nd_bench_smoke_setup bench-timeline-smoke

  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    nd_bench_fail "no display: run it under xvfb-run"
  fi

  nd_bench_ensure_corpus "$gen" "$srcdir" 2000 "$tmp/corpus" > /dev/null
  "$bench" --frames=20 --loading --json "$tmp/corpus" > "$tmp/out" ||
    nd_bench_fail "bench-timeline failed"
  cat "$tmp/out"

  grep -Eq '^articles: +2000 \(2000 dated, 0 undated\)' "$tmp/out" ||
    nd_bench_fail "2000 dated articles not read"
  grep -Eq '^mentions: +4000 made up' "$tmp/out" || nd_bench_fail "4000 mentions not drawn"
  grep -Eq '^reading the model: +[0-9.]+ ms' "$tmp/out" || nd_bench_fail "no rebuild figure"
  grep -Eq '^loading, longest main-loop stall: +[0-9.]+ ms with the timeline, [0-9.]+ ms without' \
    "$tmp/out" || nd_bench_fail "no loading figure"
  for label in 'zoomed out \(all articles\), 20 frames:' 'panning, zoomed out, 20 frames:' \
               'panning, one month in view, 20 frames:'; do
    grep -Eq "^$label +[0-9.]+ ms median +p95 +[0-9.]+" "$tmp/out" ||
      nd_bench_fail "no figures for: $label"
  done
  tail -n 1 "$tmp/out" | grep -q '"articles":2000,' || nd_bench_fail "no JSON figures"

  echo "bench-timeline-smoke: ok"
  exit 0
fi

nd_bench_setup_full_run "${1:-}"
bench=$builddir/tests/bench/bench-timeline
nd_bench_require_built "$gen" "$bench"

for tool in dbus-run-session xvfb-run; do
  if ! command -v "$tool" > /dev/null; then
    echo "run-timeline.sh: $tool is missing (apt-get install dbus xvfb xauth)" >&2
    exit 1
  fi
done

nd_bench_ensure_corpus "$gen" "$srcdir" $count "$corpus"

# An empty GSK_RENDERER makes GTK warn; it counts as unset.
if [ -z "${GSK_RENDERER:-}" ]; then
  GSK_RENDERER=cairo
fi
export GSK_RENDERER
export GDK_BACKEND=x11
export GTK_A11Y=none

echo
dbus-run-session -- xvfb-run -a -s "-screen 0 1600x900x24" \
  "$bench" --loading $(nd_bench_json_flag) "$corpus"
