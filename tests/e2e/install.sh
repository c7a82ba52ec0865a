# `make install PREFIX=...` gives a usable library: a program compiled with
# `pkg-config --cflags --libs libts` (shared) and one linked statically with
# `pkg-config --static` both build and run, and the installed tools work.
source "$(dirname "$0")/lib.sh"
if [ "$VARIANT" = asan ]; then
  # Installs the plain build; once is enough.
  pass "install: checked in the plain run"; exit 0
fi
P=$TMP/prefix
rc=0
env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS make -s -C "$TOP" install PREFIX="$P" \
  > "$TMP/make.log" 2>&1 || rc=$?
same_text "install: make install exit" "$rc" 0
[ "$rc" -eq 0 ] || sed 's/^/  /' "$TMP/make.log" | tail -5
check "install: ts-import installed" test -x "$P/bin/ts-import"
check "install: headers installed" test -f "$P/include/tskit/ts.h"
check "install: the nightly job as an example" test -x "$P/share/doc/tskit/examples/nightly.sh"
check "install: with its indicator list and manual" test -f "$P/share/doc/tskit/examples/nightly.conf" -a -f "$P/share/doc/tskit/examples/nightly.md"
check "install: static library" test -f "$P/lib/libts.a"
# The catalogue and the gazetteer: installed for reading and extending, and
# the installed tools hold the same (they are compiled in).
check "install: the catalogue" test -f "$P/share/tskit/catalog/indicators.tsv" -a -f "$P/share/tskit/catalog/labels.tsv"
check "install: the gazetteer" test -f "$P/share/tskit/gazetteer/areas.tsv" -a -f "$P/share/tskit/gazetteer/regions.tsv" -a -f "$P/share/tskit/gazetteer/kinds.tsv"
same_text "install: the installed ts-ls lists the installed catalogue" \
  "$("$P/bin/ts-ls" --catalog | cut -f1 | sed 1d)" "$(grep -v '^#' "$P/share/tskit/catalog/indicators.tsv" | cut -f1 | sed 1d)"
same_text "install: the installed ts-ls lists the installed gazetteer" \
  "$("$P/bin/ts-ls" --areas | cut -f1 | sed 1d)" "$(grep -v '^#' "$P/share/tskit/gazetteer/areas.tsv" | cut -f1 | sed 1d)"
printf 'slug\tname\tkind\tparent\nmang-den-town\tMăng Đen\ttown\tkon-tum\n' > "$TMP/extra.tsv"
same_text "install: an installed tool extends the gazetteer" \
  "$("$P/bin/ts-ls" --areas --within kon-tum -g "$TMP/extra.tsv" | tail -1 | cut -f1)" "mang-den-town"
check "install: shared library" test -f "$P/lib/libts.so"
check "install: SONAME link" test "$(readlink "$P/lib/libts.so.0")" = libts.so.0.1.0
check "install: development link" test "$(readlink "$P/lib/libts.so")" = libts.so.0.1.0
export PKG_CONFIG_PATH=$P/lib/pkgconfig
same_text "install: pkg-config version" "$(pkg-config --modversion libts)" "0.1.0"
cat > "$TMP/prog.c" <<'C'
#include <stdio.h>
#include <ts.h>
#include <ts_store.h>
int main(int argc, char **argv)
{
    ts_init();
    ts_period p;
    double v;
    char buf[TS_PERIOD_TEXT_MAX], num[32];
    if (ts_period_parse("2024-01/P6M", 11, &p, NULL) != TS_OK ||
        ts_number_parse("1304.3720", 9, &v, NULL) != TS_OK)
        return 1;
    ts_period_format(p, buf, sizeof buf);
    ts_value_format(v, num, sizeof num);
    printf("%s %s %s\n", TS_VERSION, buf, num);
    if (argc > 1) { /* a store: the HDF5 part of the library links too */
        ts_store *s;
        ts_error err;
        if (ts_store_open(argv[1], &s, &err) != TS_OK) {
            printf("%s\n", err.msg);
            return 1;
        }
        ts_store_close(s);
        printf("store opened\n");
    }
    return 0;
}
C
rc=0
cc -o "$TMP/prog_shared" "$TMP/prog.c" $(pkg-config --cflags --libs libts) 2> "$TMP/cc.err" || rc=$?
same_text "install: compile against the shared library" "$rc" 0
same_text "install: shared program runs" \
  "$(LD_LIBRARY_PATH=$P/lib "$TMP/prog_shared" 2>&1)" "0.1.0 2024-H1 1304.372"
# Static: the archive plus the dependencies of Requires.private/Libs.private.
rc=0
cc -o "$TMP/prog_static" "$TMP/prog.c" $(pkg-config --cflags libts) "$P/lib/libts.a" \
  $(pkg-config --static --libs libts | sed 's/ -lts / /') 2> "$TMP/cc.err" || rc=$?
same_text "install: link the static library" "$rc" 0
same_text "install: static program runs" "$("$TMP/prog_static" 2>&1)" "0.1.0 2024-H1 1304.372"
check "install: static program needs no libts.so" sh -c "! ldd '$TMP/prog_static' | grep -q libts"
"$P/bin/ts-import" --store "$TMP/s.h5" "$DATA/gold/$(ls "$DATA/gold" | head -1)"
same_text "install: static program reads a store" "$("$TMP/prog_static" "$TMP/s.h5" 2>&1 | tail -1)" \
  "store opened"
same_text "install: shared program reads a store" \
  "$(LD_LIBRARY_PATH=$P/lib "$TMP/prog_shared" "$TMP/s.h5" 2>&1 | tail -1)" "store opened"
# When the tools carry HDF5's static archive (Makefile: HDF5_A), so does a
# program linked with `pkg-config --static`: neither loads libhdf5.so.
if ldd "$P/bin/ts-ls" | grep -q libhdf5; then hdf5_shared=yes; else hdf5_shared=no; fi
same_text "install: static program links HDF5 as the tools do" \
  "$(if ldd "$TMP/prog_static" | grep -q libhdf5; then echo yes; else echo no; fi)" "$hdf5_shared"
same_text "install: installed tool runs" "$("$P/bin/ts-import" --version)" "ts-import (tskit) 0.1.0"
