#!/bin/sh
# run-load.sh [BUILD_DIR]
#
# Copyright 2026 The NewsDesk developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the full loading benchmark: 100,000 generated articles, read once as a folder of
# files and once as one JSON Lines file. The corpus (about 1.5 GB for both copies) is
# generated once into a cache folder and reused while its stamp matches; the stamp names
# the generator's options and a hash of its source, so a changed generator regenerates it.
#
# BUILD_DIR defaults to ./build of the source tree. Environment:
#   NEWSDESK_BENCH_CORPUS  corpus folder
#                          (default ${XDG_CACHE_HOME:-$HOME/.cache}/newsdesk-bench/corpus-100000)
#   NEWSDESK_BENCH_JSON=1  also print each run's figures as one line of JSON

set -eu

srcdir=$(cd "$(dirname "$0")" && pwd)
topdir=$(cd "$srcdir/../.." && pwd)
builddir=${1:-$topdir/build}

. "$srcdir/corpus.sh"

count=100000
corpus=$(nd_bench_default_corpus $count)

gen=$builddir/tests/bench/nd-gen-corpus
bench=$builddir/tests/bench/bench-load

for tool in "$gen" "$bench"; do
  if [ ! -x "$tool" ]; then
    echo "run-load.sh: $tool not found; build first (ninja -C $builddir)" >&2
    exit 1
  fi
done

nd_bench_ensure_corpus "$gen" "$srcdir" $count "$corpus"

json_flag=
if [ "${NEWSDESK_BENCH_JSON:-0}" = 1 ]; then
  json_flag=--json
fi

echo
echo "== Folder of files =="
"$bench" $json_flag "$corpus"
echo
echo "== JSON Lines file =="
"$bench" $json_flag --jsonl "$corpus"
