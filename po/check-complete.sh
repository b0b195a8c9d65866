#!/bin/sh
# Fails when a translation in po/LINGUAS misses or has a fuzzy translation of any message
# that the sources have now, not only of those in its .po file: the template is made afresh
# from po/POTFILES.in, with the options of meson's i18n.gettext(preset: 'glib'), in a
# temporary folder (the source tree is not touched), and each .po file is merged with it.
#
# Usage: check-complete.sh SOURCE_ROOT [XGETTEXT MSGMERGE MSGATTRIB MSGFMT]
set -eu

srcroot=$1
xgettext=${2:-xgettext}
msgmerge=${3:-msgmerge}
msgattrib=${4:-msgattrib}
msgfmt=${5:-msgfmt}
package=newsdesk

# Untranslated tool messages, which the case below matches.
LC_ALL=C
export LC_ALL
unset LANGUAGE

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

# The same arguments as meson's 'glib' preset (mesonbuild/modules/i18n.py, PRESET_ARGS),
# passed the way `meson compile newsdesk-pot` passes them.
"$xgettext" --package-name="$package" -p "$tmp" -f "$srcroot/po/POTFILES.in" \
  -D "$srcroot" -k_ -o "$package.pot" \
  --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format \
  --flag=g_print:1:c-format --flag=g_printerr:1:c-format --flag=g_printf:1:c-format \
  --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format

pot="$tmp/$package.pot"
if [ ! -s "$pot" ] || ! grep -q '^msgid "[^"]' "$pot"; then
  echo "check-complete: xgettext made no template, or an empty one" >&2
  exit 1
fi

status=0

# A file with translatable strings that po/POTFILES.in does not list would be left out of
# the template, so the check above could not see its strings.
listed="$tmp/listed"
sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$srcroot/po/POTFILES.in" | sort -u > "$listed"
(cd "$srcroot" &&
  grep -rlE --include='*.c' --include='*.ui' \
    '(^|[^A-Za-z0-9_])(N?C?_|g_dn?gettext|g_dpgettext2?) *\(|translatable="yes"' src) |
  sort -u > "$tmp/marked"
unlisted=$(comm -13 "$listed" "$tmp/marked")
if [ -n "$unlisted" ]; then
  echo "po/POTFILES.in does not list these files with translatable strings:" >&2
  echo "$unlisted" >&2
  status=1
fi

langs=$(sed -e 's/#.*//' "$srcroot/po/LINGUAS")
checked=0
for lang in $langs; do
  po="$srcroot/po/$lang.po"
  merged="$tmp/$lang.po"
  if [ ! -f "$po" ]; then
    echo "$lang: po/$lang.po is missing" >&2
    status=1
    continue
  fi

  "$msgmerge" --quiet --no-wrap -o "$merged" "$po" "$pot"

  # msgfmt tells the header from the messages; its English wording is matched below.
  if ! stats=$("$msgfmt" --statistics -o /dev/null "$merged" 2>&1); then
    echo "$lang: msgfmt failed: $stats" >&2
    status=1
    continue
  fi
  echo "$lang: $stats"
  case $stats in
    *untranslated*|*fuzzy*)
      echo "$lang: not complete against the current sources; these need a translation:" >&2
      # The entries without the header (the first paragraph).
      "$msgattrib" --no-wrap --no-obsolete --untranslated "$merged" | awk 'BEGIN { RS = "" } NR > 1 { print; print "" }' >&2
      "$msgattrib" --no-wrap --no-obsolete --only-fuzzy "$merged" | awk 'BEGIN { RS = "" } NR > 1 { print; print "" }' >&2
      echo "$lang: run 'meson compile -C BUILDDIR $package-update-po', then translate them in po/$lang.po" >&2
      status=1
      ;;
  esac
  checked=$((checked + 1))
done

if [ "$checked" -eq 0 ] && [ "$status" -eq 0 ]; then
  echo "check-complete: no language in po/LINGUAS"
fi

exit $status
