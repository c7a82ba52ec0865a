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
check "install: static library" test -f "$P/lib/libts.a"
check "install: shared library" test -f "$P/lib/libts.so"
export PKG_CONFIG_PATH=$P/lib/pkgconfig
same_text "install: pkg-config version" "$(pkg-config --modversion libts)" "0.1.0"
cat > "$TMP/prog.c" <<'C'
#include <stdio.h>
#include <ts.h>
int main(void)
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
same_text "install: installed tool runs" "$("$P/bin/ts-import" --version)" "ts-import (tskit) 0.1.0"
