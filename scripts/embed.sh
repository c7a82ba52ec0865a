#!/bin/sh
# Writes a C definition `const char NAME[]` holding the bytes of the given
# files concatenated, NUL-terminated (no files: an empty string).
set -eu
name=$1; shift
printf 'const char %s[] = {\n' "$name"
if [ $# -gt 0 ]; then
  cat "$@" | od -An -v -tu1 | sed -e 's/  */,/g' -e 's/^,//' -e 's/$/,/'
fi
printf '0 };\n'
