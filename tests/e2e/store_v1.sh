# Format version 1 stores (written by tskit before the qualifier columns
# and the string heaps; tests/fixtures/store/v1.h5 holds jan.tsv, mar.tsv
# and a report): read as before, and an import into one writes version 2
# with every old fact, source and text kept.
source "$(dirname "$0")/lib.sh"
I=$BIN/ts-import
L=$BIN/ts-ls
V1=$FIX/store/v1.h5
"$I" --store "$TMP/fresh.h5" "$FIX"/store/jan.tsv "$FIX"/store/mar.tsv "$FIX"/extract/report.txt
h5dump -a /version "$V1" > "$TMP/dump"
check "v1: the fixture is version 1" grep -q '(0): 1$' "$TMP/dump"

expect_exit 0 "v1: facts" -- "$L" --store "$V1" --facts --vintages
"$L" --store "$TMP/fresh.h5" --facts --vintages > "$TMP/want"
same_file "v1: every vintage as a fresh store gives it" "$TMP/out" "$TMP/want"
expect_exit 0 "v1: series listing" -- "$L" --store "$V1"
"$L" --store "$TMP/fresh.h5" > "$TMP/want"
same_file "v1: series listing, qualifiers blank" "$TMP/out" "$TMP/want"
expect_exit 0 "v1: one series by binary search" -- "$L" --store "$V1" --facts --indicator budget.revenue --area kon-tum --measure level
"$L" --store "$TMP/fresh.h5" --facts --indicator budget.revenue --area kon-tum --measure level > "$TMP/want"
same_file "v1: one series" "$TMP/out" "$TMP/want"
expect_exit 0 "v1: a report's text" -- "$L" --store "$V1" --show-source report.txt
same_file "v1: the text is the file" "$TMP/out" "$FIX/extract/report.txt"

cp "$V1" "$TMP/s.h5"
expect_exit 0 "v1: nothing new leaves the file alone" -- "$I" --store "$TMP/s.h5" "$FIX/store/mar.tsv"
check "v1: unchanged bytes" cmp -s "$V1" "$TMP/s.h5"
expect_exit 0 "v1: importing a new document" -- "$I" --store "$TMP/s.h5" "$FIX/store/jan_v2.tsv"
h5dump -a /version "$TMP/s.h5" > "$TMP/dump"
check "v1: the import wrote version 2" grep -q '(0): 2$' "$TMP/dump"
"$I" --store "$TMP/fresh.h5" "$FIX/store/jan_v2.tsv"
"$L" --store "$TMP/s.h5" --facts --vintages > "$TMP/got"
"$L" --store "$TMP/fresh.h5" --facts --vintages > "$TMP/want"
same_file "v1 -> v2: the same facts as a fresh store" "$TMP/got" "$TMP/want"
"$L" --store "$TMP/s.h5" --sources | cut -f1-4,6- > "$TMP/got"
"$L" --store "$TMP/fresh.h5" --sources | cut -f1-4,6- > "$TMP/want"
same_file "v1 -> v2: the same sources" "$TMP/got" "$TMP/want"
expect_exit 0 "v1 -> v2: the report's text kept" -- "$L" --store "$TMP/s.h5" --show-source report.txt
same_file "v1 -> v2: the text is the file" "$TMP/out" "$FIX/extract/report.txt"
