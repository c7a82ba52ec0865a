#!/bin/sh
# Puts the shared option blocks of man/shared/ into the man pages: each
# page marks where a block goes with
#     .\" shared: NAME
#     ...
#     .\" end shared
# and this replaces what lies between with man/shared/NAME.roff, so the
# options every tool has read the same in every page.  With --check it
# changes nothing and fails when a page is not up to date.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
check=0
[ "${1:-}" = "--check" ] && check=1
status=0
for page in "$top"/man/*.1; do
  awk -v dir="$top/man/shared" '
    /^\.\\" shared: / {
      print; name = $3; inside = 1
      file = dir "/" name ".roff"
      while ((getline line < file) > 0) print line
      close(file); next
    }
    /^\.\\" end shared/ { inside = 0 }
    !inside { print }
  ' "$page" > "$page.tmp"
  if [ $check -eq 1 ]; then
    if ! cmp -s "$page" "$page.tmp"; then
      echo "man_shared: $(basename "$page") is not up to date (run scripts/man_shared.sh)" >&2
      status=1
    fi
    rm -f "$page.tmp"
  else
    mv "$page.tmp" "$page"
  fi
done
exit $status
