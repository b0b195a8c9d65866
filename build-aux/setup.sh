#!/bin/sh
# One entry point for a fresh Debian 12 / Ubuntu 24.04 machine:
#   build-aux/setup.sh run    install what is missing, build, start NewsDesk on its sample story
#   build-aux/setup.sh test   install what is missing, build, run every test headless (Xvfb),
#                             then build again with AddressSanitizer + UBSan and run them again,
#                             and a third time built with clang and its sanitizers
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

mode=${1:-run}
build_dir=${BUILD_DIR:-build}
asan_dir=${ASAN_BUILD_DIR:-build-asan}
clang_dir=${CLANG_BUILD_DIR:-build-clang}

"$here/build-aux/install-deps.sh"

configure () {
  dir=$1; shift
  if [ -f "$dir/build.ninja" ]; then
    meson configure "$dir" "$@" >/dev/null
  else
    meson setup "$dir" "$@"
  fi
}

# The UI tests need an X server and a private session bus; both come from Debian packages.
headless () {
  dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" "$@"
}

# Leaks, overflows and undefined behaviour each fail the run.
sanitized_tests () {
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  LSAN_OPTIONS=suppressions="$here/build-aux/lsan.supp":print_suppressions=0 \
    headless meson test -C "$1" --print-errorlogs --no-suite bench-full \
      --timeout-multiplier 4
}

case "$mode" in
  run)
    configure "$build_dir"
    ninja -C "$build_dir"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "setup: no display; starting NewsDesk under Xvfb (close it with Ctrl+C)"
      exec dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" \
        env GSETTINGS_SCHEMA_DIR="$build_dir/data" "$build_dir/src/ui/newsdesk"
    fi
    GSETTINGS_SCHEMA_DIR="$build_dir/data" exec "$build_dir/src/ui/newsdesk"
    ;;

  test)
    configure "$build_dir"
    ninja -C "$build_dir"
    headless meson test -C "$build_dir" --print-errorlogs --no-suite bench-full

    # Sanitizers: leaks, overflows and undefined behaviour fail the run.
    configure "$asan_dir" -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug
    ninja -C "$asan_dir"
    sanitized_tests "$asan_dir"

    # clang's UBSan checks what GCC's does not, such as arithmetic on a NULL pointer. The
    # same build makes the libFuzzer harnesses, and its fuzz-smoke suite runs each briefly.
    CC=clang configure "$clang_dir" -Db_sanitize=address,undefined -Db_lundef=false \
      -Dbuildtype=debug -Dfuzzing=true
    ninja -C "$clang_dir"
    sanitized_tests "$clang_dir"
    ;;

  *)
    echo "usage: $0 run|test" >&2
    exit 1
    ;;
esac
