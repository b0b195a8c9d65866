#!/bin/sh
# run-search.sh [BUILD_DIR]
# run-search.sh --smoke ND_GEN_CORPUS BENCH_SEARCH
#
# Copyright 2026 The NewsDesk developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the search benchmark (bench-search) on the 100,000 generated articles that
# run-load.sh uses, generated once into the same cache folder if they are missing (see
# corpus.sh), with the queries of search-queries.txt: the index build against a bare
# json-glib parse, the index's memory, the latency of every keystroke while the queries are
# typed, and each whole query against ripgrep over the same articles.
#
# BUILD_DIR defaults to ./build of the source tree. Environment:
#   NEWSDESK_BENCH_CORPUS  corpus folder
#                          (default BUILD_DIR/bench-corpus/corpus-100000)
#
# With --smoke (what `meson test --suite bench` runs) it only checks, on 300 articles in a
# temporary folder, that every figure line comes out; the figures are not judged.

set -eu

srcdir=$(cd "$(dirname "$0")" && pwd)
queries=$srcdir/search-queries.txt

. "$srcdir/corpus.sh"

if [ "${1:-}" = --smoke ]; then
  if [ $# -ne 3 ]; then
    echo "usage: $0 --smoke ND_GEN_CORPUS BENCH_SEARCH" >&2
    exit 2
  fi

  gen=$2
  bench=$3
  nd_bench_smoke_setup bench-search-smoke

  nd_bench_ensure_corpus "$gen" "$srcdir" 300 "$tmp/corpus" > /dev/null
  "$bench" --queries="$queries" --rg-runs=1 "$tmp/corpus" > "$tmp/out" ||
    nd_bench_fail "bench-search failed"
  cat "$tmp/out"

  grep -Eq '^articles indexed: +300 ' "$tmp/out" || nd_bench_fail "300 articles not indexed"
  for label in 'bare json-glib parse:' 'NewsDesk load, no index:' 'NewsDesk load with index:' \
               'load with index / bare:' 'index memory / body text:' 'keystroke median:' \
               'keystroke p90:' 'keystroke p99:' 'keystroke max:' 'rg / NewsDesk median ratio:'; do
    grep -q "^$label" "$tmp/out" || nd_bench_fail "no line: $label"
  done
  # Every query of the file has its row in the table, between its header and the ratio.
  n_queries=$(grep -c . "$queries")
  n_rows=$(awk '/^  query /{on=1; next} /^rg \/ NewsDesk/{on=0} on' "$tmp/out" | grep -c ' ms ')
  [ "$n_rows" -eq "$n_queries" ] || nd_bench_fail "$n_rows rows in the table for $n_queries queries"

  echo "bench-search-smoke: ok"
  exit 0
fi

nd_bench_setup_full_run "${1:-}"
bench=$builddir/tests/bench/bench-search
nd_bench_require_built "$gen" "$bench"

if ! command -v rg > /dev/null; then
  echo "run-search.sh: rg not found (Debian package ripgrep); the comparison is left out" >&2
fi

nd_bench_ensure_corpus "$gen" "$srcdir" $count "$corpus"

echo
"$bench" --queries="$queries" "$corpus"
