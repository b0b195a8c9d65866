#!/bin/sh
# Validates the coverage report's HTML with HTML Tidy (tidy -e): the page must have neither
# errors nor warnings, for the sample story (every statement) and for input made to break
# NewsDesk (tests/data/hostile/), with and without statements.
#
# Usage: validate-html.sh NEWSDESK-CLI TIDY SOURCE_DIR
set -eu

cli=$1
tidy=$2
srcdir=$3

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

validate () {
  name=$1
  shift
  "$cli" export --statements --format=html --output="$tmp/$name.html" "$@"
  if ! "$tidy" -q -e "$tmp/$name.html"; then
    echo "validate-html: $name: tidy found problems (above)" >&2
    exit 1
  fi
  echo "validate-html: $name: valid"
}

validate sample --sample
validate sample-all --all --sample
validate inject-reader --all "$srcdir/data/hostile/inject-reader.json"
validate quote-article --all "$srcdir/data/hostile/quote-article.json"
validate no-statements --all "$srcdir/data/hostile/big-ids.json"
