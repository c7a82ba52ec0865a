# Output that stays honest (issue rows J, K and the smaller items): names
# with tabs, newlines or terminal escapes are printed escaped; Markdown
# tables escape HTML; header-only input is an empty result (no undefined
# behaviour, which the ASan/UBSan run of this test checks); a write error
# is reported once, with its reason, and a device is never replaced.
source "$(dirname "$0")/lib.sh"
I=$BIN/ts-import
L=$BIN/ts-ls
A=$BIN/ts-agg
H=$'indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource'

# J: a report named with a tab, a newline and an escape sequence.
name=$'a\tb\nc\033[31m.txt'
cp "$FIX/extract/report.txt" "$TMP/$name"
expect_exit 0 "names: import" -- "$I" --store "$TMP/s.h5" "$TMP/$name"
expect_exit 0 "names: sources" -- "$L" --store "$TMP/s.h5" --sources
same_text "names: one row per document" "$(wc -l < "$TMP/out")" "2"
same_text "names: escaped in --sources" "$(sed 1d "$TMP/out" | cut -f1)" 'a\tb\nc\x1b[31m.txt'
expect_exit 0 "names: series listing" -- "$L" --store "$TMP/s.h5"
check "names: escaped in the listing" grep -qF 'a\tb\nc\x1b[31m.txt' "$TMP/out"
check "names: no raw escape on stdout" bash -c "! grep -q $'\033' '$TMP/out'"
expect_exit 2 "names: a message names it escaped" -- "$I" "$TMP/$name" /nonexistent/x
check "names: no raw escape on stderr" bash -c "! grep -q $'\033' '$TMP/err'"

# Markdown: HTML in names does not pass through.
{ echo "$H"; printf 'x.y\tkon-tum\tlevel\t2020\t1\tu\tA\t-\n'; } > "$TMP/x.tsv"
sed 's/^x\.y/<img src=x onerror=alert(1)>/' "$TMP/x.tsv" > "$TMP/html.tsv"
expect_exit 0 "markdown: table" -- "$A" table --format md "$TMP/html.tsv"
check "markdown: no tag" bash -c "! grep -q '<img' '$TMP/out'"
check "markdown: escaped" grep -qF '&lt;img src=x onerror=alert(1)&gt;' "$TMP/out"

# K: header-only input to every operation: an empty result, exit 0.
echo "$H" > "$TMP/head.tsv"
for op in yoy pop "rolling 3" table cumulate; do
  expect_exit 0 "header only: ts-agg $op" -- "$A" $op "$TMP/head.tsv"
done
expect_exit 0 "header only: ts-forecast" -- "$BIN/ts-forecast" "$TMP/head.tsv"
expect_exit 0 "header only: ts-forecast --year-end" -- "$BIN/ts-forecast" --year-end "$TMP/head.tsv"

# A full disk: one line with the reason, exit 2.
expect_exit 2 "full: ts-ls --facts" -- sh -c "'$L' --store '$TMP/s.h5' --facts > /dev/full"
same_text "full: ts-ls once" "$(cat "$TMP/err")" "ts-ls: write error: No space left on device"
expect_exit 2 "full: ts-forecast" -- sh -c "'$BIN/ts-forecast' -m naive '$FIX/forecast/series.tsv' > /dev/full"
same_text "full: ts-forecast once" "$(cat "$TMP/err")" "ts-forecast: write error: No space left on device"
expect_exit 2 "full: ts-import" -- sh -c "'$I' '$TMP/x.tsv' > /dev/full"
same_text "full: ts-import once" "$(cat "$TMP/err")" "ts-import: write error on standard output: No space left on device"
"$A" yoy "$DATA/gold/002_31e44065e05bd27f.tsv" > /dev/null
expect_exit 2 "full: ts-agg" -- sh -c "'$A' yoy '$DATA/gold/002_31e44065e05bd27f.tsv' > /dev/full"
same_text "full: ts-agg once" "$(cat "$TMP/err")" "ts-agg: write error: No space left on device"
# ts-plot -o through a link to /dev/full: written to, not replaced.
ln -s /dev/full "$TMP/full.svg"
expect_exit 2 "full: ts-plot -o" -- "$BIN/ts-plot" -o "$TMP/full.svg" --indicator budget.revenue "$DATA/gold/002_31e44065e05bd27f.tsv"
same_text "full: ts-plot says why" "$(cat "$TMP/err")" "ts-plot: cannot write the chart: No space left on device"
check "full: the link is still a link" test -L "$TMP/full.svg"
check "full: /dev/full is still a device" test -c /dev/full
expect_exit 2 "full: ts-plot to stdout" -- sh -c "'$BIN/ts-plot' --indicator budget.revenue '$DATA/gold/002_31e44065e05bd27f.tsv' > /dev/full"
same_text "full: ts-plot stdout once" "$(cat "$TMP/err")" "ts-plot: cannot write the chart: No space left on device"
