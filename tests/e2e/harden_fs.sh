# The file system as it is (issue rows F, G, L and the --store paths): a
# store reached through a symbolic link stays a link and shares the
# target's lock; a private store stays private; a planted lock link is
# refused without touching its target; an empty path, a device, a
# directory or a missing directory are refused before anything is made.
source "$(dirname "$0")/lib.sh"
I=$BIN/ts-import
L=$BIN/ts-ls
F=$FIX/store
mkdir -p "$TMP/real" "$TMP/links"
S=$TMP/real/s.h5
"$I" --store "$S" "$F/jan.tsv"

# F: through a link the link stays, the target changes, one lock file.
ln -s ../real/s.h5 "$TMP/links/s.h5"
expect_exit 0 "link: import through a symbolic link" -- "$I" --store "$TMP/links/s.h5" "$F/mar.tsv"
check "link: still a symbolic link" test -L "$TMP/links/s.h5"
same_text "link: the target has both documents" "$("$L" --store "$S" --sources | cut -f1,2 | grep tsv | cut -f1 | sort | tr '\n' ' ')" \
  "jan.tsv mar.tsv "
check "link: no lock beside the link" test ! -e "$TMP/links/s.h5.lock"
check "link: the target's lock" test -f "$S.lock"
# The two paths exclude each other: a writer through the link waits for
# the lock taken on the target.
flock "$S.lock" sleep 1.5 &
holder=$!
sleep 0.3
expect_exit 2 "link: locked through the other path" -- "$I" --store "$TMP/links/s.h5" --wait 0 "$F/jan_v2.tsv"
check "link: says locked" grep -q "store is locked by another writer" "$TMP/err"
wait "$holder"
ln -s ../real/none.h5 "$TMP/links/dangling.h5"
expect_exit 2 "link: a link to nothing is refused" -- "$I" --store "$TMP/links/dangling.h5" "$F/jan.tsv"
same_text "link: dangling message" "$(cat "$TMP/err")" \
  "ts-import: $TMP/links/dangling.h5: a symbolic link to nothing (No such file or directory)"
check "link: nothing made at its target" test ! -e "$TMP/real/none.h5" -a ! -e "$TMP/real/none.h5.lock"

# G: mode (and group) kept.
chmod 600 "$S"
expect_exit 0 "mode: import into a private store" -- "$I" --store "$S" "$F/jan_v2.tsv"
same_text "mode: still 600" "$(stat -c %a "$S")" "600"
chmod 640 "$S"
expect_exit 1 "mode: another import, one row rejected" -- "$I" --store "$S" "$F/bad_row.tsv"
same_text "mode: still 640" "$(stat -c %a "$S")" "640"

# L: a planted lock link is refused, its target untouched.
S2=$TMP/real/t.h5
ln -s "$TMP/victim" "$S2.lock"
expect_exit 2 "lock link: refused" -- "$I" --store "$S2" "$F/jan.tsv"
same_text "lock link: message" "$(cat "$TMP/err")" \
  "ts-import: $S2: cannot create the lock file $S2.lock: it is a symbolic link"
check "lock link: the target was not created" test ! -e "$TMP/victim"
check "lock link: no store made" test ! -e "$S2"
rm "$S2.lock"
mkfifo "$S2.lock"
expect_exit 2 "lock fifo: refused" -- timeout 5 "$I" --store "$S2" "$F/jan.tsv"
same_text "lock fifo: message" "$(cat "$TMP/err")" \
  "ts-import: $S2: the lock file $S2.lock is not a regular file"
rm "$S2.lock"

# --store paths checked before anything is created.
expect_exit 2 "path: empty" -- "$I" --store '' "$F/jan.tsv"
same_text "path: empty message" "$(cat "$TMP/err")" "ts-import: the store path is empty"
expect_exit 2 "path: a device" -- "$I" --store /dev/null "$F/jan.tsv"
same_text "path: device message" "$(cat "$TMP/err")" "ts-import: /dev/null: not a regular file"
check "path: no /dev/null.lock" test ! -e /dev/null.lock
expect_exit 2 "path: a directory" -- "$I" --store "$TMP/real" "$F/jan.tsv"
same_text "path: directory message" "$(cat "$TMP/err")" "ts-import: $TMP/real: not a regular file"
expect_exit 2 "path: no such directory" -- "$I" --store "$TMP/nodir/s.h5" "$F/jan.tsv"
same_text "path: missing directory message" "$(cat "$TMP/err")" \
  "ts-import: $TMP/nodir/s.h5: $TMP/nodir: No such file or directory"
check "path: nothing made" test ! -e "$TMP/nodir"
# A relative path and the absolute one are the same store.
( cd "$TMP/real" && "$I" --store s.h5 "$FIX/extract/report.txt" ) > /dev/null 2>&1
same_text "path: relative name, same store" "$("$L" --store "$S" --sources | grep -c '^report.txt')" "1"
