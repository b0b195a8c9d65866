#!/bin/sh
# Installs what NewsDesk needs to build, run and test on Debian 12 or Ubuntu 24.04.
# Only packages that are missing are installed; runs apt-get through sudo when not root.
set -eu

PACKAGES="
  build-essential clang meson ninja-build pkg-config gettext
  libgtk-4-dev libglib2.0-dev libglib2.0-bin libjson-glib-dev
  desktop-file-utils appstream
  xvfb xauth dbus dbus-x11 at-spi2-core libgl1-mesa-dri
  python3 python3-gi python3-pyatspi xdotool imagemagick
  ripgrep pandoc hyperfine tidy
"

is_installed () {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
else
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive

install_missing () {
  missing=""
  for p in "$@"; do
    is_installed "$p" || missing="$missing $p"
  done
  [ -n "$missing" ] || return 0

  echo "install-deps: installing$missing"
  $SUDO apt-get update -q
  # shellcheck disable=SC2086
  $SUDO apt-get install -y -q --no-install-recommends $missing
}

# shellcheck disable=SC2086
install_missing $PACKAGES

# clang's sanitizer runtimes come in a package named after its version: libclang-rt-14-dev on
# Debian 12, libclang-rt-18-dev on Ubuntu 24.04.
clang_major=$(clang --version | sed -n 's/.*clang version \([0-9]*\).*/\1/p' | head -n 1)
install_missing "libclang-rt-$clang_major-dev"
echo "install-deps: done"
