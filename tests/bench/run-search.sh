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
#                          (default ${XDG_CACHE_HOME:-$HOME/.cache}/newsdesk-bench/corpus-100000)
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
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  trap 'exit 1' HUP INT TERM

  fail () {
    echo "bench-search-smoke: $*" >&2
    exit 1
  }

  nd_bench_ensure_corpus "$gen" "$srcdir" 300 "$tmp/corpus" > /dev/null
  "$bench" --queries="$queries" --rg-runs=1 "$tmp/corpus" > "$tmp/out" || fail "bench-search failed"
  cat "$tmp/out"

  grep -Eq '^articles indexed: +300 ' "$tmp/out" || fail "300 articles not indexed"
  for label in 'bare json-glib parse:' 'NewsDesk load, no index:' 'NewsDesk load with index:' \
               'load with index / bare:' 'index memory / body text:' 'keystroke median:' \
               'keystroke p90:' 'keystroke p99:' 'keystroke max:' 'rg / NewsDesk median ratio:'; do
    grep -q "^$label" "$tmp/out" || fail "no line: $label"
  done
  # Every query of the file has its row in the table, between its header and the ratio.
  n_queries=$(grep -c . "$queries")
  n_rows=$(awk '/^  query /{on=1; next} /^rg \/ NewsDesk/{on=0} on' "$tmp/out" | grep -c ' ms ')
  [ "$n_rows" -eq "$n_queries" ] || fail "$n_rows rows in the table for $n_queries queries"

  echo "bench-search-smoke: ok"
  exit 0
fi

topdir=$(cd "$srcdir/../.." && pwd)
builddir=${1:-$topdir/build}

count=100000
corpus=$(nd_bench_default_corpus $count)

gen=$builddir/tests/bench/nd-gen-corpus
bench=$builddir/tests/bench/bench-search

for tool in "$gen" "$bench"; do
  if [ ! -x "$tool" ]; then
    echo "run-search.sh: $tool not found; build first (ninja -C $builddir)" >&2
    exit 1
  fi
done

if ! command -v rg > /dev/null; then
  echo "run-search.sh: rg not found (Debian package ripgrep); the comparison is left out" >&2
fi

nd_bench_ensure_corpus "$gen" "$srcdir" $count "$corpus"

echo
"$bench" --queries="$queries" "$corpus"
