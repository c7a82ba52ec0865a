# libts.so exports the public API and nothing else: every defined dynamic
# symbol is a ts_ name declared in a public header (libts/ts*.h), the
# private helpers (tsi_, tsx_, tsf_) stay inside, and the library carries
# its SONAME (libts.so.MAJOR) and a versioned file name.
source "$(dirname "$0")/lib.sh"
BUILD=${TS_BUILD:-$TOP/build}
SO=$BUILD/libts.so
check "exports: libts.so built" test -e "$SO"
nm -D --defined-only "$SO" | awk '{print $NF}' | sort -u > "$TMP/syms"
check "exports: some symbols" test -s "$TMP/syms"
grep -v '^ts_' "$TMP/syms" > "$TMP/other" || true
same_text "exports: only ts_ names" "$(head -5 "$TMP/other" | tr '\n' ' ')" ""
cat "$TOP"/libts/ts*.h > "$TMP/headers"
: > "$TMP/undeclared"
while read -r s; do
  grep -qw -- "$s" "$TMP/headers" || echo "$s" >> "$TMP/undeclared"
done < "$TMP/syms"
same_text "exports: every symbol declared in a public header" \
  "$(head -5 "$TMP/undeclared" | tr '\n' ' ')" ""
version=$(sed -n 's/^#define TS_VERSION "\(.*\)"/\1/p' "$TOP/libts/ts.h")
same_text "exports: SONAME" \
  "$(readelf -d "$SO" | sed -n 's/.*Library soname: \[\(.*\)\].*/\1/p')" "libts.so.${version%%.*}"
same_text "exports: versioned file" "$(readlink "$SO")" "libts.so.$version"
