#!/bin/sh
# Runs tests again and again while two CPU-bound processes compete with them, to prove that
# they wait for conditions and never for luck.  Prints, per test, how many runs passed.
#
#   tests/stress.sh [-n RUNS] [-C BUILD_DIR] [-B] [TEST...]
#
# -B: bring your own load: start no busy loops because the caller already runs two CPU-bound
# processes (the fuzzers, say); the load average is printed with each test's figures so the
# claim can be checked.  Without TEST it runs the folder watcher and every UI test.  It needs a display for the UI
# tests: without one it starts itself again under Xvfb, as build-aux/setup.sh test does.
set -eu

runs=200
build_dir=build
own_load=
while getopts n:C:B opt; do
  case "$opt" in
    n) runs=$OPTARG ;;
    C) build_dir=$OPTARG ;;
    B) own_load=-B ;;
    *) echo "usage: $0 [-n RUNS] [-C BUILD_DIR] [-B] [TEST...]" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || set -- folder-watcher window article-view sidebar timeline quotes-ui reader-safety \
  search-ui first-hour i18n-ui reader-link preferences file-chooser compare-ui side-by-side-ui \
  stories-ui

if [ -z "${DISPLAY:-}" ] && [ -z "${ND_STRESS_HEADLESS:-}" ]; then
  export ND_STRESS_HEADLESS=1
  exec dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
    "$0" -n "$runs" -C "$build_dir" $own_load "$@"
fi

# Two busy loops, one per core of the 2-core machines CI runs on.
busy_pids=""
if [ -z "$own_load" ]; then
  for _ in 1 2; do
    sh -c 'while :; do :; done' &
    busy_pids="$busy_pids $!"
  done
fi
stop_busy_loops () {
  [ -z "$busy_pids" ] || kill $busy_pids 2>/dev/null
}
trap stop_busy_loops EXIT
# A trap on a signal replaces its default action: exit explicitly, or the loop carries on.
trap 'stop_busy_loops; exit 130' INT TERM

meson compile -C "$build_dir" >/dev/null
status=0
for name in "$@"; do
  passed=0
  failed=0
  start=$(date +%s)
  i=0
  while [ "$i" -lt "$runs" ]; do
    i=$((i + 1))
    if meson test -C "$build_dir" --no-rebuild --logbase "stress-$name" "$name" >/dev/null 2>&1; then
      passed=$((passed + 1))
    else
      failed=$((failed + 1))
      cp "$build_dir/meson-logs/stress-$name.txt" "$build_dir/meson-logs/stress-$name-failed-$i.txt"
    fi
  done
  echo "stress: $name: $passed of $runs passed, $failed failed, $(( $(date +%s) - start )) s," \
    "load average $(cut -d' ' -f1-3 /proc/loadavg)"
  [ "$failed" -eq 0 ] || status=1
done
exit $status
