#!/bin/sh
# Installs what NewsDesk needs to build, run and test on Debian 12 or Ubuntu 24.04.
# Only packages that are missing are installed; runs apt-get through sudo when not root.
set -eu

PACKAGES="
  build-essential meson ninja-build pkg-config gettext
  libgtk-4-dev libglib2.0-dev libglib2.0-bin libjson-glib-dev
  desktop-file-utils appstream
  xvfb xauth dbus dbus-x11 at-spi2-core libgl1-mesa-dri
  python3 python3-gi python3-pyatspi xdotool imagemagick
  ripgrep pandoc hyperfine
"

missing=""
for p in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

if [ -z "$missing" ]; then
  echo "install-deps: all packages present"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
else
  SUDO="sudo"
fi

echo "install-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing
