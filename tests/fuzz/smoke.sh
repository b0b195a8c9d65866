#!/bin/sh
# Runs one fuzzer for a few thousand executions from the seeds, writing what it finds into a
# temporary folder of its own (libFuzzer writes new inputs into its first corpus folder, and
# the seeds are read-only).
#   smoke.sh FUZZER RUNS SEED-FOLDER...
set -eu
fuzzer=$1
runs=$2
shift 2

work=$(mktemp -d "${TMPDIR:-/tmp}/nd-fuzz-smoke-XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

# A fixed seed: CI runs the same mutations every time, so it never fails by chance; finding
# new inputs is tests/fuzz/fuzz.sh's work. libFuzzer stops at the first sanitizer report
# only when told; it exits 77 on a crash,
# which meson would take for a skipped test, so any failure becomes 1.
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}:halt_on_error=1"
exec_status=0
"$fuzzer" -seed=1 -runs="$runs" -max_len=4096 -timeout=30 -rss_limit_mb=4096 \
  -artifact_prefix="$work/" "$work" "$@" || exec_status=1
if [ "$exec_status" -ne 0 ]; then
  for crash in "$work"/crash-* "$work"/timeout-* "$work"/leak-* "$work"/oom-*; do
    [ -e "$crash" ] || continue
    echo "smoke: $(basename "$fuzzer") failed on:"
    od -c "$crash" | head -20
  done
fi
exit "$exec_status"
