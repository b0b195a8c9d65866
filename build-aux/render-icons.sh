#!/bin/sh
# Renders the application icons' PNG sizes from their SVG sources; run it after changing an
# SVG in data/icons and commit what it writes. Needs gdk-pixbuf-thumbnailer (Debian:
# libgdk-pixbuf2.0-bin) with the SVG loader (librsvg2-common).
#
# Why PNGs at all: on X11 GTK draws the window icon at every size the theme has, and a
# scalable icon makes it load librsvg before the first frame (about 20 ms of CPU on the
# benchmark machine). The resource bundles these sizes instead (src/ui/newsdesk.gresource.xml).
set -eu

icons=$(cd "$(dirname "$0")/../data/icons/hicolor" && pwd)
for name in com.example.NewsDesk com.example.NewsDesk.Devel; do
  for size in 48 128 256; do
    mkdir -p "$icons/${size}x$size/apps"
    gdk-pixbuf-thumbnailer -s "$size" "$icons/scalable/apps/$name.svg" \
      "$icons/${size}x$size/apps/$name.png"
  done
done
