# Damaged stores (issue rows A, K and the unsorted series table): a store
# edited with h5py so that an index points outside its table, a period
# overflows or the series are out of order is refused with one precise
# "damaged store: ..." line and exit 2, by readers and by a writer, which
# leaves the file as it was; nothing crashes and nothing is printed as if
# it were true.
source "$(dirname "$0")/lib.sh"
I=$BIN/ts-import
L=$BIN/ts-ls
F=$FIX/store
S=$TMP/s.h5
"$I" --store "$S" "$F/jan.tsv" "$F/mar.tsv"

# damage NAME PYTHON: a copy of the store as $TMP/NAME.h5 with f edited.
damage() {
  cp "$S" "$TMP/$1.h5"
  "$PY" - "$TMP/$1.h5" "$2" <<'PYEOF'
import sys, h5py, numpy as np
with h5py.File(sys.argv[1], "r+") as f:
    exec(sys.argv[2])
PYEOF
}
# refused NAME WANT: ts-ls --facts, an exact query and an import all exit 2
# with WANT in their one-line message; the import changes nothing.
refused() {
  local name=$1 want=$2 st=$TMP/$1.h5
  expect_exit 2 "$name: listing refused" -- "$L" --store "$st" --facts
  check "$name: listing says $want" grep -qF "ts-ls: $st: damaged store: $want" "$TMP/err"
  same_text "$name: one line" "$(wc -l < "$TMP/err")" "1"
  before=$(sha256sum < "$st")
  expect_exit 2 "$name: import refused" -- "$I" --store "$st" "$F/jan_v2.tsv"
  check "$name: import says $want" grep -qF "ts-import: $st: damaged store: $want" "$TMP/err"
  same_text "$name: store unchanged" "$(sha256sum < "$st")" "$before"
}

# A: a series index of 4000000000 (it crashed the writer's sort).
damage series 'f["obs/series"][0] = 4000000000'
refused series "obs/series row 0 is 4000000000, not the series it lies in"
# A: a source index past /sources (it was printed as "-").
damage source 'f["obs/source"][0] = 99999'
refused source "obs/source row 0 is 99999, not a source"
damage doc 'f["obs/doc"][1] = -5'
refused doc "obs/doc row 1 is -5, not a source"
# K: a period ending on day INT32_MAX (signed overflow in the period code).
damage last 'f["obs/last"][0] = 2**31 - 1'
refused last "obs/first and obs/last row 0 (17897, 2147483647) are not a period"
damage status 'f["obs/status"][2] = 0'
refused status "obs/status row 2 is 0, not A or E"
# The series table out of order (it was reported as "out of memory").
damage unsorted '
ends = f["series/indicator_end"][:]; heap = f["series/indicator"][:].tobytes().split(b"\0")[:-1]
heap[0], heap[1] = heap[1], heap[0]
del f["series/indicator"]; del f["series/indicator_end"]
f["series/indicator"] = np.frombuffer(b"".join(h + b"\0" for h in heap), dtype=np.uint8)
f["series/indicator_end"] = np.cumsum([len(h) + 1 for h in heap]).astype(np.uint64)'
refused unsorted "series row 1 is not after row 0"
# A string heap whose offsets point past it.
damage heap 'f["series/area_end"][0] = 10**9'
refused heap "series/area row 0 ends outside its heap"
damage sha 'del f["sources/sha256"]; f["sources/sha256"] = np.frombuffer(b"x\0" * len(f["sources/name_end"]), dtype=np.uint8)'
expect_exit 2 "sha: refused" -- "$L" --store "$TMP/sha.h5" --sources
check "sha: message" grep -qF "damaged store: sources/sha256_end" "$TMP/err"
damage text 'f["sources/text_start"][0] = 10**12'
expect_exit 2 "text: refused" -- "$L" --store "$TMP/text.h5" --sources
check "text: message" grep -qF "damaged store: the text of source 0 lies past sources/text" "$TMP/err"

# A column whose file type says 655364-byte integers (a mutation fuzz_store
# found): HDF5 itself would copy past its buffer; refused as damaged.
expect_exit 2 "type: a damaged column type" -- "$L" --store "$FIX/store/damaged_type.h5" --facts --vintages
check "type: damaged message" grep -q "damaged store: cannot read obs/" "$TMP/err"

# A chunked column's layout message read as the wrong version (a one-bit
# mutation fuzz_store found): HDF5 1.10 divides by zero inside H5Dopen2,
# before any check of ours. Every tool says "damaged store" and exits 2;
# the import leaves the file as it was and no temporary file; -o leaves
# no output.
cp "$S" "$TMP/fpe.h5"
"$PY" - "$TMP/fpe.h5" <<'PYEOF'
import sys
p = sys.argv[1]
d = bytearray(open(p, "rb").read())
at = d.find(b"\x03\x02\x02")  # layout v3, chunked, 2 dimensions: the first column's
d[at] = 1
open(p, "wb").write(d)
PYEOF
fpe_said() { check "fpe: $1 message" grep -qF "$1: $TMP/fpe.h5: damaged store: the HDF5 library stopped on an arithmetic fault" "$TMP/err"; }
expect_exit 2 "fpe: listing" -- "$L" --store "$TMP/fpe.h5" --facts -o "$TMP/fpe.out"
fpe_said ts-ls
check "fpe: no -o output" test ! -e "$TMP/fpe.out"
check "fpe: no -o temporary" sh -c "! ls '$TMP'/fpe.out.tmp* 2>/dev/null"
expect_exit 2 "fpe: ts-agg" -- "$BIN/ts-agg" yoy --store "$TMP/fpe.h5"
fpe_said ts-agg
expect_exit 2 "fpe: ts-forecast" -- "$BIN/ts-forecast" --store "$TMP/fpe.h5"
fpe_said ts-forecast
before=$(sha256sum < "$TMP/fpe.h5")
expect_exit 2 "fpe: import" -- "$I" --store "$TMP/fpe.h5" "$F/jan_v2.tsv"
fpe_said ts-import
same_text "fpe: store unchanged" "$(sha256sum < "$TMP/fpe.h5")" "$before"
check "fpe: no temporary store" sh -c "! ls '$TMP'/.fpe.h5* '$TMP'/fpe.h5.tmp* 2>/dev/null"
