# corpus.sh: sourced by the benchmark scripts of tests/bench (POSIX sh)
#
# Copyright 2026 The NewsDesk developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The generated benchmark corpus is made once into a cache folder and reused while its
# stamp matches; the stamp names the generator's options and a hash of its source, so a
# changed generator regenerates it. Environment:
#   NEWSDESK_BENCH_CORPUS  corpus folder
#                          (default BUILD_DIR/bench-corpus/corpus-COUNT: inside the build
#                          folder, so a benchmark never writes into a home folder)
#
# Beside the corpus it holds what the full runs (run-*.sh) and the smoke tests (*smoke.sh)
# share, so that they find their tools, report and clean up alike. The caller sets srcdir
# (this folder) before sourcing it.

nd_bench_seed=1
nd_bench_files_per_dir=1000

# nd_bench_default_corpus COUNT: prints the folder the corpus of COUNT articles is kept in,
# inside $builddir.
nd_bench_default_corpus () {
  echo "${NEWSDESK_BENCH_CORPUS:-$builddir/bench-corpus/corpus-$1}"
}

# nd_bench_ensure_corpus ND_GEN_CORPUS SRCDIR COUNT CORPUS: generates CORPUS unless it is
# there with the right stamp. SRCDIR is tests/bench of the source tree.
nd_bench_ensure_corpus () {
  _nd_gen=$1
  _nd_count=$3
  _nd_corpus=$4
  _nd_hash=$(cat "$2/nd-gen-corpus.c" "$2/nd-gen-corpus-text.c" "$2/nd-gen-corpus-private.h" |
    sha256sum | cut -d ' ' -f 1)
  _nd_stamp="nd-gen-corpus seed=$nd_bench_seed count=$_nd_count"
  _nd_stamp="$_nd_stamp files-per-dir=$nd_bench_files_per_dir source=$_nd_hash"

  if [ -f "$_nd_corpus/stamp" ] && [ "$(cat "$_nd_corpus/stamp")" = "$_nd_stamp" ]; then
    echo "Reusing the corpus in $_nd_corpus"
    return 0
  fi

  # Written beside the final place and renamed, so an interrupted run never leaves a
  # corpus that looks complete.
  echo "Generating $_nd_count articles into $_nd_corpus (once; about 1.5 GB for 100,000)"
  rm -rf "$_nd_corpus" "$_nd_corpus.partial"
  mkdir -p "$(dirname "$_nd_corpus")"
  "$_nd_gen" --seed=$nd_bench_seed --count="$_nd_count" \
    --files-per-dir=$nd_bench_files_per_dir --out="$_nd_corpus.partial"
  printf '%s\n' "$_nd_stamp" > "$_nd_corpus.partial/stamp"
  mv "$_nd_corpus.partial" "$_nd_corpus"
}

# nd_bench_setup_full_run [BUILD_DIR]: for the run-*.sh scripts, which all measure the same
# 100,000 articles. Sets builddir (./build of the source tree unless BUILD_DIR is given),
# count, corpus and gen.
# shellcheck disable=SC2034 # the variables are the caller's
nd_bench_setup_full_run () {
  builddir=${1:-$(cd "$srcdir/../.." && pwd)/build}
  count=100000
  corpus=$(nd_bench_default_corpus $count)
  gen=$builddir/tests/bench/nd-gen-corpus
}

# nd_bench_require_built TOOL...: exits, saying how to build them, unless every TOOL (a path
# in $builddir) is there.
nd_bench_require_built () {
  for _nd_tool in "$@"; do
    if [ ! -x "$_nd_tool" ]; then
      echo "${0##*/}: $_nd_tool not found; build first (ninja -C $builddir)" >&2
      exit 1
    fi
  done
}

# nd_bench_json_flag: prints --json when NEWSDESK_BENCH_JSON=1 asks for the figures as JSON.
nd_bench_json_flag () {
  if [ "${NEWSDESK_BENCH_JSON:-0}" = 1 ]; then
    echo --json
  fi
}

# nd_bench_smoke_setup NAME: for the smoke tests. Makes the temporary folder $tmp, removed
# however the test ends, and names the test in nd_bench_fail's messages.
nd_bench_smoke_setup () {
  nd_bench_smoke_name=$1
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  trap 'exit 1' HUP INT TERM
}

# nd_bench_fail MESSAGE...: says why the smoke test failed, and ends it.
nd_bench_fail () {
  echo "$nd_bench_smoke_name: $*" >&2
  exit 1
}
