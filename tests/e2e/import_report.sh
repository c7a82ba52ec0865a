#!/bin/bash
# ts-import on report text: facts with offset and excerpt columns, a user
# lexicon (--lexicon) with a user catalogue, --unmatched quantities on
# stderr, a report with invalid UTF-8 skipped with exit 1 while the other
# file is still read, and a missing lexicon file as a fatal error.
source "$(dirname "$0")/lib.sh"
F=$FIX/extract

expect_exit 0 "report imports" -- "$BIN/ts-import" "$F/report.txt"
same_text "header has offset and excerpt" "$(head -1 "$TMP/out")" \
  "$(printf 'indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource\tprice\tplan_by\toffset\texcerpt\tplace')"
same_text "facts of the report" "$(tail -n +2 "$TMP/out" | cut -f1-8,11)" \
  "$(printf 'livestock.total\tkon-tum\tlevel\t2023\t284255\thead\tE\treport.txt\t89
livestock.total\tkon-tum\tpct_plan\t2023\t102.52\tpct\tE\treport.txt\t89
livestock.total\tkon-tum\tyoy_pct\t2023\t6.94\tpct\tE\treport.txt\t89')"
# The offset points at the sentence in the original bytes.
same_text "offset points at the sentence" "$(tail -c +90 "$F/report.txt" | head -c 16)" "Tổng đàn gia"

expect_exit 0 "user lexicon and catalogue" -- "$BIN/ts-import" \
  --lexicon "$F/user_lexicon.tsv" --catalog "$F/user_catalog.tsv" "$F/report.txt"
same_text "user phrase extracted" "$(grep '^coffee' "$TMP/out" | cut -f1-7)" \
  "$(printf 'coffee.output\tkon-tum\tlevel\t2023\t5000\ttonne\tA')"

expect_exit 1 "invalid UTF-8 skips that report only" -- "$BIN/ts-import" --unmatched \
  "$F/bad.txt" "$F/report.txt"
same_text "invalid UTF-8 names the byte" "$(grep -v '^unmatched' "$TMP/err")" \
  "ts-import: $F/bad.txt: byte 28: invalid UTF-8"
same_text "other report still read" "$(tail -n +2 "$TMP/out" | wc -l)" "3"
same_text "--unmatched lists the unclaimed quantity" "$(grep '^unmatched' "$TMP/err" | cut -f1-4)" \
  "$(printf 'unmatched\treport.txt\t205\t5.000 tấn')"

expect_exit 2 "missing lexicon file is fatal" -- "$BIN/ts-import" --lexicon /nonexistent/lex.tsv "$F/report.txt"
same_text "missing lexicon message" "$(cat "$TMP/err")" \
  "ts-import: /nonexistent/lex.tsv: cannot open: No such file or directory"
printf 'phrase\tindicator\tflags\nđàn bò\tlivestock.cattle\tbogus\n' > "$TMP/bad_lex.tsv"
expect_exit 2 "bad lexicon flag is fatal" -- "$BIN/ts-import" --lexicon "$TMP/bad_lex.tsv" "$F/report.txt"
same_text "bad lexicon message" "$(cat "$TMP/err")" \
  "ts-import: $TMP/bad_lex.tsv:2: unknown flag \"bogus\""

# Reports in other provinces' wording (hand-checked gold beside each): a
# year report with a flattened appendix table ("PHỤ BIỂU": indicator rows x
# year columns) and a "KẾ HOẠCH ... NĂM 2024" part; a six-month report with
# "đến ngày 30/6" figures; a nine-month report with "a/b" counts, rates
# and blocked parts ("khách quốc tế", "bị thương"); a five-year report
# ("5 năm 2016-2020": "từ X năm 2015 lên Y năm 2020", "%/năm", the next
# term's targets); an appendix whose rows stay on one line (cells apart by
# tabs or spaces, a unit column, a row-number column).  Tables in every
# layout (table_*.txt): one cell per line with blank lines between cells
# (row numbers, sections, growth sub-rows, stacked labels sharing cells,
# footnote marks) and without (a two-row header: a year over KH / Ước TH /
# So KH / So cùng kỳ, a unit column, "Trong đó:"); rows with tabs as the
# Word and PDF readers give them (merged header cells, a bare "%"); pipes;
# pdftotext -layout columns under a caption that gives unit and period;
# CSV with English decimal marks; and a table with bad rows.  Every gold
# fact, nothing else; stderr holds only the tables found.
for gold in "$F"/*.gold.tsv; do
  name=$(basename "$gold" .gold.tsv)
  "$BIN/ts-import" "$F/$name.txt" > "$TMP/$name.tsv" 2> "$TMP/$name.err"
  check "$name reads cleanly" test -z "$(grep -v "^ts-import: $name.txt: table [0-9]* at byte " "$TMP/$name.err")"
  n=$(($(wc -l < "$gold") - 1))
  same_text "$name scored against its gold" \
    "$($PY "$TOP/scripts/score.py" --catalog "$DATA/catalog/indicators.tsv" \
       r="$gold:$TMP/$name.tsv" | grep '^r\s')" \
    "$(printf 'r\t%d\t%d\t%d\t1.000\t1.000' "$n" "$n" "$n")"
done
same_text "table cells keep their row's unit and column's period" \
  "$(grep -P '^agri.area.coffee\t' "$TMP/other_province.tsv" | cut -f3-7 | tr '\t\n' ' ')" \
  "level 2021 140200 ha A level 2022 141850 ha A level 2023 142600 ha E plan 2024 143000 ha A "

# Each table found is told on stderr, with how many of its figures were
# read; the figures not read are listed with --unmatched, with the row,
# the column and why.
same_text "tables found are told" "$(cat "$TMP/table_blank_cells.err")" \
  "ts-import: table_blank_cells.txt: table 1 at byte 558: 12 rows, 5 columns, 47 of 57 figures read"
expect_exit 0 "a table with bad rows is read in part" -- "$BIN/ts-import" --unmatched "$F/table_bad.txt"
same_text "bad rows are listed with their reasons" "$(grep '^unmatched' "$TMP/err" | cut -f3-)" \
  "$(printf '%s\n' \
    "298	45.200	Tổng đàn bò (con) | Năm 2022: its cells do not match the header's columns" \
    "305	46.100	Tổng đàn bò (con) | Năm 2023: its cells do not match the header's columns" \
    "324	13,0	12,5 | Năm 2022: a number where the row label should be" \
    "329	14,2	12,5 | Năm 2023: a number where the row label should be" \
    "446	không rõ	Tổng đàn trâu (con) | Năm 2022: not a figure")"
same_text "the bad table's summary" "$(grep -v '^unmatched' "$TMP/err")" \
  "ts-import: table_bad.txt: table 1 at byte 243: 5 rows, 2 columns, 4 of 8 figures read"
# A figure whose row and column disagree is not read, and says so.
expect_exit 0 "a growth row under a plan column" -- "$BIN/ts-import" --unmatched "$F/table_tabs.txt"
same_text "row and column conflicts are listed" "$(grep '^unmatched' "$TMP/err" | cut -f4-)" \
  "$(printf '%s\n' \
    "7,5	Tốc độ tăng trưởng kinh tế | Năm 2023 KH: a growth target" \
    "92,0	Tốc độ tăng trưởng kinh tế | Năm 2023 %: the row and the column name different measures" \
    "7,8	Tốc độ tăng trưởng kinh tế | Năm 2024 KH: a growth target")"
