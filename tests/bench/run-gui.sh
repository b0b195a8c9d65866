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
#                   that run-load.sh uses; generated into the same cache if missing), then
#                   the frames drawn while the story list groups them (--stories)
#
# BUILD_DIR defaults to ./build of the source tree. Environment:
#   GSK_RENDERER           the renderer (default cairo, about 2x faster than GL on llvmpipe)
#   NEWSDESK_BENCH_CORPUS  corpus folder (see corpus.sh)
#   NEWSDESK_BENCH_JSON=1  also print each benchmark's figures as one line of JSON

set -eu

srcdir=$(cd "$(dirname "$0")" && pwd)
. "$srcdir/corpus.sh"

nd_bench_setup_full_run "${1:-}"
startup=$builddir/tests/bench/bench-startup
bare=$builddir/tests/bench/bench-bare-window
navigate=$builddir/tests/bench/bench-navigate
newsdesk=$builddir/src/ui/newsdesk
nd_bench_require_built "$gen" "$startup" "$bare" "$navigate" "$newsdesk"

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

json_flag=$(nd_bench_json_flag)

# -noreset: bench-startup starts many clients one after another on the same server.
headless () {
  dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24 -noreset" "$@"
}

echo
echo "== Startup =="
headless "$startup" $json_flag "$newsdesk" "$bare"
echo
echo "== Navigation, $count articles =="
headless "$navigate" --stories $json_flag "$corpus"
