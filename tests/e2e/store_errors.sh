# Every error class of the store, each one line naming the file, exit 2,
# and a failed write leaves the store byte-for-byte as it was: missing
# store, not HDF5, not a tskit store, unknown format version, truncated,
# locked with --wait 0, read-only location, disk full (RLIMIT_FSIZE).
source "$(dirname "$0")/lib.sh"
I=$BIN/ts-import
L=$BIN/ts-ls
F=$FIX/store
S=$TMP/s.h5
"$I" --store "$S" "$F/jan.tsv"

expect_exit 2 "error: missing store" -- "$L" --store "$TMP/nope.h5"
same_text "error: missing store message" "$(cat "$TMP/err")" "ts-ls: $TMP/nope.h5: no such store"

echo "not a store" > "$TMP/text.h5"
expect_exit 2 "error: not HDF5 (ls)" -- "$L" --store "$TMP/text.h5" --facts
same_text "error: not HDF5 message" "$(cat "$TMP/err")" "ts-ls: $TMP/text.h5: not an HDF5 file"
cp "$TMP/text.h5" "$TMP/text2.h5"
expect_exit 2 "error: not HDF5 (import)" -- "$I" --store "$TMP/text2.h5" "$F/mar.tsv"
same_text "error: import names the file" "$(cat "$TMP/err")" "ts-import: $TMP/text2.h5: not an HDF5 file"
same_text "error: import leaves the file" "$(cat "$TMP/text2.h5")" "not a store"
: > "$TMP/empty.h5"
expect_exit 2 "error: empty file" -- "$L" --store "$TMP/empty.h5"
same_text "error: empty file message" "$(cat "$TMP/err")" "ts-ls: $TMP/empty.h5: not an HDF5 file"

$PY - "$TMP" <<'EOF'
import h5py, shutil, sys
t = sys.argv[1]
with h5py.File(t + "/other.h5", "w") as f:
    f["x"] = [1, 2, 3]
shutil.copy(t + "/s.h5", t + "/v3.h5")
with h5py.File(t + "/v3.h5", "r+") as f:
    f.attrs["version"] = 3
EOF
expect_exit 2 "error: HDF5 but not a tskit store" -- "$L" --store "$TMP/other.h5"
same_text "error: not a store message" "$(cat "$TMP/err")" \
  "ts-ls: $TMP/other.h5: not a tskit store (no format attribute \"tskit-store\")"
before=$(sha256sum < "$TMP/v3.h5")
expect_exit 2 "error: unknown format version (ls)" -- "$L" --store "$TMP/v3.h5"
same_text "error: version message" "$(cat "$TMP/err")" \
  "ts-ls: $TMP/v3.h5: store format version 3 is not supported (this tskit reads versions 1 and 2)"
expect_exit 2 "error: unknown format version (import)" -- "$I" --store "$TMP/v3.h5" "$F/mar.tsv"
same_text "error: a newer store is not overwritten" "$(sha256sum < "$TMP/v3.h5")" "$before"

size=$(stat -c %s "$S")
head -c $((size / 2)) "$S" > "$TMP/trunc.h5"
expect_exit 2 "error: truncated store" -- "$L" --store "$TMP/trunc.h5" --facts
check "error: truncated message" grep -q "^ts-ls: $TMP/trunc.h5: truncated or damaged HDF5 file" "$TMP/err"
same_text "error: one line" "$(wc -l < "$TMP/err")" "1"

# A damaged chunk: the bytes of /obs/value's first chunk overwritten.  The
# store opens, but reading the facts fails with one line naming the column.
cp "$S" "$TMP/bad.h5"
"$PY" - "$TMP/bad.h5" <<'PY'
import sys, h5py
with h5py.File(sys.argv[1], "r") as f:
    info = f["obs/value"].id.get_chunk_info(0)
with open(sys.argv[1], "r+b") as fp:
    fp.seek(info.byte_offset + 2)
    fp.write(b"\xff" * (info.size - 6))
PY
expect_exit 2 "error: damaged chunk" -- "$L" --store "$TMP/bad.h5" --facts
check "error: damaged chunk message" grep -q "^ts-ls: $TMP/bad.h5: damaged store: cannot read obs/value" "$TMP/err"
same_text "error: damaged chunk, one line" "$(wc -l < "$TMP/err")" "1"

# Locked: another writer holds the lock; --wait 0 gives up at once,
# --wait 0.3 after about that long, and the store is untouched.
before=$(sha256sum < "$S")
flock "$S.lock" sleep 3 &
holder=$!
sleep 0.3
expect_exit 2 "lock: --wait 0 fails at once" -- "$I" --store "$S" --wait 0 "$F/mar.tsv"
same_text "lock: message" "$(cat "$TMP/err")" \
  "ts-import: $S: store is locked by another writer (waited 0 s)"
start=$(date +%s%N)
expect_exit 2 "lock: --wait 0.3 gives up" -- "$I" --store "$S" --wait 0.3 "$F/mar.tsv"
took=$(( ($(date +%s%N) - start) / 1000000 ))
check "lock: waited about 0.3 s ($took ms)" test "$took" -ge 280 -a "$took" -lt 2500
expect_exit 0 "lock: readers never block" -- "$L" --store "$S" --facts
expect_exit 0 "lock: a waiting writer lands once the lock is free" -- "$I" --store "$S" --wait 10 "$F/mar.tsv"
wait "$holder"
same_text "lock: it landed" "$("$L" --store "$S" --sources | cut -f1 | grep -c 'mar.tsv')" "1"
expect_exit 2 "lock: bad --wait" -- "$I" --store "$S" --wait soon "$F/mar.tsv"

# Read-only location: a read-only bind mount in a private namespace
# (unshare); skipped where namespaces are not allowed.
mkdir -p "$TMP/ro"
cp "$S" "$TMP/ro/s.h5"
if unshare -rm true 2> /dev/null; then
  rc=0
  unshare -rm sh -c "mount --bind -o ro '$TMP/ro' '$TMP/ro' && exec '$I' --store '$TMP/ro/s.h5' '$F/mar.tsv'" \
    > "$TMP/out" 2> "$TMP/err" || rc=$?
  same_text "read-only: exit 2" "$rc" "2"
  same_text "read-only: message" "$(cat "$TMP/err")" \
    "ts-import: $TMP/ro/s.h5: cannot create the lock file $TMP/ro/s.h5.lock: Read-only file system"
  rc=0
  unshare -rm sh -c "mount --bind -o ro '$TMP/ro' '$TMP/ro' && exec '$L' --store '$TMP/ro/s.h5' --facts" \
    > /dev/null 2>&1 || rc=$?
  same_text "read-only: reading works" "$rc" "0"
else
  pass "read-only: skipped (no user namespaces here)"
fi

# Disk full: a file-size limit makes the temporary file's writes fail
# (EFBIG, SIGXFSZ ignored); the store keeps its bytes, no temp file stays.
awk 'BEGIN { OFS = "\t"; print "indicator", "area", "measure", "period", "value", "unit", "status", "source";
  for (i = 0; i < 20000; i++) print "x.i" i % 50, "a" int(i / 50), "level", 2000 + i % 20, i * 1.5, "ha", "A", "big.txt" }' \
  > "$TMP/big.tsv"
before=$(sha256sum < "$S")
rc=0
( trap '' XFSZ; ulimit -f 64; exec "$I" --store "$S" "$TMP/big.tsv" ) > "$TMP/out" 2> "$TMP/err" || rc=$?
same_text "disk full: exit 2" "$rc" "2"
check "disk full: message names the store" grep -q "^ts-import: $S: " "$TMP/err"
same_text "disk full: store unchanged" "$(sha256sum < "$S")" "$before"
same_text "disk full: no temp file left" "$(ls "$TMP" | grep -c 'tmp\.')" "0"
expect_exit 0 "disk full: the next import works" -- "$I" --store "$S" "$TMP/big.tsv"
