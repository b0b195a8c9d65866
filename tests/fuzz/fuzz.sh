#!/bin/bash
# Fuzzes every harness (or those named) for MINUTES each, keeping what each finds in
# build-fuzz/fuzz-corpus/TARGET so that the next run starts where this one stopped, and
# prints for each target its executions, coverage and whether it crashed.
#
#   tests/fuzz/fuzz.sh [-m MINUTES] [-j JOBS] [-l MAX_LEN] [TARGET[:MINUTES[:RUNS]]...]
#
# A target stops after MINUTES or, when RUNS is given, after that many executions, whichever
# comes first: a count lets a long campaign top every target up to the same total.
# Builds build-fuzz with clang, libFuzzer, AddressSanitizer and UBSan first if needed.
# Crashes are written to build-fuzz/fuzz-crashes/.  JOBS targets run at once (default 1).
# MAX_LEN caps an input's size (default 16384): larger inputs find little more and make the
# search and quotation harnesses ten times slower.
set -eu

here=$(cd "$(dirname "$0")/../.." && pwd)
minutes=10
jobs=1
max_len=16384
while getopts m:j:l: opt; do
  case "$opt" in
    m) minutes=$OPTARG ;;
    j) jobs=$OPTARG ;;
    l) max_len=$OPTARG ;;
    *) echo "usage: $0 [-m MINUTES] [-j JOBS] [-l MAX_LEN] [TARGET...]" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || set -- load json-reader search quotes date-mentions date-parse quote-collection export \
  statement-export

build=${FUZZ_BUILD_DIR:-$here/build-fuzz}
if [ ! -f "$build/build.ninja" ]; then
  CC=clang meson setup "$build" "$here" -Dfuzzing=true -Db_sanitize=address,undefined \
    -Db_lundef=false -Dgui=false -Dbuildtype=debugoptimized
fi
ninja -C "$build" >/dev/null

seeds="$here/tests/data"
[ -d "$here/../shared/corpus" ] && seeds="$seeds $here/../shared/corpus"
mkdir -p "$build/fuzz-crashes" "$build/fuzz-logs"

fuzz_one () {
  target=${1%%:*}
  minutes=${1#"$target"}
  minutes=${minutes#:}
  runs_limit=${minutes#*:}
  [ "$runs_limit" != "$minutes" ] || runs_limit=-1
  minutes=${minutes%%:*}
  minutes=${minutes:-$default_minutes}
  corpus="$build/fuzz-corpus/$target"
  log="$build/fuzz-logs/$target.log"
  mkdir -p "$corpus"
  # shellcheck disable=SC2086
  if "$build/tests/fuzz/fuzz-$target" -max_total_time=$((minutes * 60)) -runs="$runs_limit" -max_len="$max_len" \
       -timeout=30 -rss_limit_mb=4096 -print_final_stats=1 \
       -artifact_prefix="$build/fuzz-crashes/$target-" "$corpus" $seeds >"$log" 2>&1; then
    result=ok
  else
    result=CRASHED
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  echo "fuzz: $target: $result, ${runs:-0} executions in $minutes min, coverage ${cov:-0} edges, ${ft:-0} features, corpus $(ls "$corpus" | wc -l) inputs"
}

# The quote collection and export harnesses write files: a tmpfs keeps the disk out of it.
if [ -z "${TMPDIR:-}" ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
  export TMPDIR=/dev/shm
fi

default_minutes=$minutes
running=0
for target in "$@"; do
  fuzz_one "$target" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n
    running=$((running - 1))
  fi
done
wait
