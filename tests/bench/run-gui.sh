#!/bin/sh
# run-gui.sh [BUILD_DIR]
#
# Copyright 2026 The NewsDesk developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the GUI benchmarks, each under its own Xvfb and private session bus:
#   bench-startup   exec to first frame, NewsDesk with its sample story against a bare
#                   GtkApplication window (15 runs each)
#   bench-navigate  stepping through 100,000 articles (the JSON Lines copy of the corpus
#                   that run-load.sh uses; generated into the same cache if missing)
#
# BUILD_DIR defaults to ./build of the source tree. Environment:
#   GSK_RENDERER           the renderer (default cairo, about 2x faster than GL on llvmpipe)
#   NEWSDESK_BENCH_CORPUS  corpus folder (see corpus.sh)
#   NEWSDESK_BENCH_JSON=1  also print each benchmark's figures as one line of JSON

set -eu

srcdir=$(cd "$(dirname "$0")" && pwd)
topdir=$(cd "$srcdir/../.." && pwd)
builddir=${1:-$topdir/build}

. "$srcdir/corpus.sh"

count=100000
corpus=$(nd_bench_default_corpus $count)

gen=$builddir/tests/bench/nd-gen-corpus
startup=$builddir/tests/bench/bench-startup
bare=$builddir/tests/bench/bench-bare-window
navigate=$builddir/tests/bench/bench-navigate
newsdesk=$builddir/src/ui/newsdesk

for tool in "$gen" "$startup" "$bare" "$navigate" "$newsdesk"; do
  if [ ! -x "$tool" ]; then
    echo "run-gui.sh: $tool not found; build first (ninja -C $builddir)" >&2
    exit 1
  fi
done

for tool in dbus-run-session xvfb-run; do
  if ! command -v "$tool" > /dev/null; then
    echo "run-gui.sh: $tool is missing (apt-get install dbus xvfb xauth)" >&2
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
export GSETTINGS_BACKEND=memory
export GSETTINGS_SCHEMA_DIR="$builddir/data"

json_flag=
if [ "${NEWSDESK_BENCH_JSON:-0}" = 1 ]; then
  json_flag=--json
fi

# -noreset: bench-startup starts many clients one after another on the same server.
headless () {
  dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24 -noreset" "$@"
}

echo
echo "== Startup =="
headless "$startup" $json_flag "$newsdesk" "$bare"
echo
echo "== Navigation, $count articles =="
headless "$navigate" $json_flag "$corpus"
