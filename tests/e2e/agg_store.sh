# ts-agg with the store: reading with --store (the selectors apply),
# --into writing the derived facts as one document, re-runs replacing
# that document, and the lock and format errors of a store.
source "$(dirname "$0")/lib.sh"
A=$BIN/ts-agg
S=$TMP/k.h5
"$BIN/ts-import" --store "$S" "$DATA"/gold/*.tsv > /dev/null 2>&1

expect_exit 0 "yoy --store" -- "$A" yoy --store "$S" --indicator 'budget.*'
"$A" yoy --indicator 'budget.*' "$DATA"/gold/*.tsv > "$TMP/tsv_yoy"
sort "$TMP/out" > "$TMP/a"; sort "$TMP/tsv_yoy" > "$TMP/b"
same_file "the store gives what the TSV gives" "$TMP/a" "$TMP/b"

expect_exit 0 "yoy --into" -- "$A" yoy --store "$S" --into "$S" --indicator 'budget.revenue'
check "--into writes nothing on stdout" test ! -s "$TMP/out"
"$BIN/ts-ls" --store "$S" --sources > "$TMP/src"
check "the derived document is named by its command" grep -q \
  "^ts-agg yoy --store $S --indicator budget.revenue	tsv" "$TMP/src"
"$BIN/ts-ls" --store "$S" --facts --vintages --measure yoy_pct --indicator budget.revenue \
  --area kon-tum > "$TMP/f"
check "derived 2020 revenue growth is in the store" grep -qP \
  '^budget.revenue\tkon-tum\tyoy_pct\t2020\t-7.52157829839704\tpct\tA\tderived' "$TMP/f"
check "the report's own 2017 figure stays as a vintage" grep -qP \
  '^budget.revenue\tkon-tum\tyoy_pct\t2017\t17.8\tpct\tA\t002_31e44065e05bd27f.txt' "$TMP/f"

cp "$S" "$TMP/before.h5"
expect_exit 0 "same command again" -- "$A" yoy --store "$S" --into "$S" --indicator 'budget.revenue'
same_file "an unchanged result leaves the store's bytes" "$S" "$TMP/before.h5"
expect_exit 0 "--name" -- "$A" rolling 2 --store "$S" --into "$S" --name smooth --indicator 'budget.revenue'
"$BIN/ts-ls" --store "$S" --facts --measure rolling2_mean > "$TMP/r"
same_text "rolling 2 rows in the store" "$(grep -c rolling2_mean "$TMP/r")" "4"

flock "$S.lock" sleep 5 &
sleep 0.5
expect_exit 2 "locked store with --wait 0" -- "$A" yoy --store "$S" --into "$S" --wait 0 --name again
check "locked: message names the lock" grep -q 'lock' "$TMP/err"
wait
printf 'not a store\n' > "$TMP/bad.h5"
expect_exit 2 "--into a file that is not a store" -- "$A" yoy "$DATA/gold/002_31e44065e05bd27f.tsv" --into "$TMP/bad.h5"
check "not a store: message names the file" grep -q "bad.h5" "$TMP/err"
same_text "not a store: file untouched" "$(cat "$TMP/bad.h5")" "not a store"
usage_into() { expect_exit 2 "$1" -- "$A" "${@:2}"; }
usage_into "--into does not apply to table" table --into "$S"
same_text "--into table message" "$(head -1 "$TMP/err")" "ts-agg: option '--into' does not apply to 'table'"
