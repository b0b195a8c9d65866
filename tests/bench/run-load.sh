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
#                          (default BUILD_DIR/bench-corpus/corpus-100000)
#   NEWSDESK_BENCH_JSON=1  also print each run's figures as one line of JSON

set -eu

srcdir=$(cd "$(dirname "$0")" && pwd)
. "$srcdir/corpus.sh"

nd_bench_setup_full_run "${1:-}"
bench=$builddir/tests/bench/bench-load
nd_bench_require_built "$gen" "$bench"

nd_bench_ensure_corpus "$gen" "$srcdir" $count "$corpus"

json_flag=$(nd_bench_json_flag)

echo
echo "== Folder of files =="
"$bench" $json_flag "$corpus"
echo
echo "== JSON Lines file =="
"$bench" $json_flag --jsonl "$corpus"
