#!/bin/bash
# ts-import on reports as published (issue 13): the five seed reports
# rendered as Word .docx and PDF by scripts/make_fixtures.py give at least
# 95% of the facts their .txt gives, and every cell fact of the appendix
# table; the place column names the page, paragraph or table cell; the
# store keeps the converted text the offsets point into and the original
# file; formats are told by content; a report typed in the TCVN3 or VNI
# fonts reads as Unicode; damaged, encrypted, image-only and
# hostile files are named, skipped with exit 1, and the run goes on.
source "$(dirname "$0")/lib.sh"
F=$FIX/formats
GOOD=$DATA/reports/001_002918f8adaf2748.txt

# ---- the seeds in both published formats ----
# facts NAME FILE: the keys of the facts ts-import gives (the record's first
# seven columns), sorted, into $TMP/NAME.keys.
facts() {
  "$BIN/ts-import" "$2" > "$TMP/$1.tsv"
  tail -n +2 "$TMP/$1.tsv" | cut -f1-7 | sort -u > "$TMP/$1.keys"
}
for txt in "$DATA"/reports/0*.txt; do
  name=$(basename "$txt" .txt)
  facts "$name.txt" "$txt"
  n_txt=$(wc -l < "$TMP/$name.txt.keys")
  for ext in docx pdf; do
    facts "$name.$ext" "$F/$name.$ext"
    kept=$(comm -12 "$TMP/$name.txt.keys" "$TMP/$name.$ext.keys" | wc -l)
    echo "ratio $name $ext: $kept/$n_txt"
    check "$name.$ext gives >= 95% of the .txt's facts ($kept/$n_txt)" \
      test $((kept * 100)) -ge $((n_txt * 95))
    # Every cell of the appendix table, as a fact (its status may be the
    # text's, when the text gives the same figure as an estimate).
    awk -F'\t' -v s="${name%%_*}" 'NR > 1 && $1 == s' "$F/table-facts.tsv" | cut -f2-7 | sort > "$TMP/want"
    got=$(comm -12 "$TMP/want" <(cut -f1-6 "$TMP/$name.$ext.keys" | sort -u) | wc -l)
    echo "table cells $name $ext: $got/$(wc -l < "$TMP/want")"
    check "$name.$ext: every table cell fact ($got)" test "$got" -eq "$(wc -l < "$TMP/want")"
  done
done

# ---- a report typed in the TCVN3 font .VnTime (PDF, Word) and VNI-Times ----
# The fonts' bytes come out as Latin-1 ("Tæng s¶n phÈm", "Toång saûn
# phaåm"); read back into letters they give the report's facts, the PDF's
# "ư" (a soft hyphen's byte, which Poppler gives as '-') too.
want_tcvn3=$(printf '%s\n' "budget.revenue kon-tum level 2008 815" \
  "budget.revenue kon-tum pct_plan 2008 108.6" "grdp kon-tum yoy_pct 2008 13.2" \
  "grdp.per_capita kon-tum level 2008 9.8" "livestock.total kon-tum level 2008 212400")
for doc in tcvn3-font.pdf tcvn3-font.docx vni-font.docx; do
  "$BIN/ts-import" "$F/$doc" > "$TMP/$doc.tsv"
  same_text "$doc: the report's facts" \
    "$(tail -n +2 "$TMP/$doc.tsv" | cut -f1-5 | tr '\t' ' ' | sort)" "$want_tcvn3"
  check "$doc: excerpts in Unicode letters" \
    grep -q "thu nhập bình quân đầu người đạt 9,8 triệu đồng" "$TMP/$doc.tsv"
done

# ---- provenance: place and offset ----
P=$F/002_31e44065e05bd27f.pdf
D=$F/002_31e44065e05bd27f.docx
"$BIN/ts-import" "$P" > "$TMP/p.tsv"
"$BIN/ts-import" "$D" > "$TMP/d.tsv"
same_text "pdf: header has the place column" "$(head -1 "$TMP/p.tsv")" \
  "$(printf 'indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource\tprice\tplan_by\toffset\texcerpt\tplace')"
check "pdf: every fact names its page" awk -F'\t' 'NR > 1 && $13 !~ /^page [0-9]+( |$)/ {exit 1}' "$TMP/p.tsv"
check "pdf: a footnote fact names its footnote" grep -qP '\tpage [0-9]+ footnote [0-9]+$' "$TMP/p.tsv"
# A table fact's offset is its figure's cell (the third: label, unit, figure).
check "pdf: a table fact names its cell" grep -qP \
  '^exports\t.*\tplan\t2024\t320\t.*\tpage [0-9]+ table 1 row 3 cell 3$' "$TMP/003_84d6af4d73cb9fea.pdf.tsv"
check "docx: body facts name their paragraph" grep -qP '\tparagraph [0-9]+$' "$TMP/d.tsv"
check "docx: a footnote fact names its footnote" grep -qP '\tfootnote [0-9]+$' "$TMP/d.tsv"
check "docx: a table fact names its cell" grep -qP \
  '^exports\t.*\tplan\t2024\t320\t.*\ttable 1 row 3 cell 3$' "$TMP/003_84d6af4d73cb9fea.docx.tsv"
same_text "txt: no place" "$(tail -n +2 "$TMP/002_31e44065e05bd27f.txt.tsv" | cut -f13 | sort -u)" "-"

# The store keeps the converted text; every offset starts its excerpt there.
expect_exit 0 "store import of pdf and docx" -- "$BIN/ts-import" --store "$TMP/s.h5" "$P" "$D"
for doc in 002_31e44065e05bd27f.pdf 002_31e44065e05bd27f.docx; do
  "$BIN/ts-ls" --store "$TMP/s.h5" --show-source "$doc" > "$TMP/shown"
  src=$TMP/p.tsv; [ "${doc##*.}" = docx ] && src=$TMP/d.tsv
  check "$doc: every offset starts its sentence in the stored text" "$PY" - "$TMP/shown" "$src" <<'EOF'
import sys, re
text = open(sys.argv[1], 'rb').read()
bad = 0
for i, line in enumerate(open(sys.argv[2], encoding='utf-8')):
    if i == 0: continue
    c = line.rstrip('\n').split('\t')
    off, excerpt = int(c[10]), c[11]
    at = re.sub(r'\s+', ' ', text[off:off + 400].decode('utf-8', 'replace'))
    bad += not at.startswith(' '.join(excerpt.split(' ')[:3]))
sys.exit(bad > 0)
EOF
done
expect_exit 0 "--original gives the file back" -- "$BIN/ts-ls" --store "$TMP/s.h5" \
  --show-source 002_31e44065e05bd27f.pdf --original
same_file "original bytes kept" "$TMP/out" "$P"
expect_exit 0 "docx: --original" -- "$BIN/ts-ls" --store "$TMP/s.h5" \
  --show-source 002_31e44065e05bd27f.docx --original
same_file "docx: original bytes kept" "$TMP/out" "$D"
"$BIN/ts-ls" --store "$TMP/s.h5" --sources > "$TMP/sources"
same_text "sources: size and checksum are the original's" \
  "$(awk -F'\t' '$1 == "002_31e44065e05bd27f.pdf" {print $6, $7}' "$TMP/sources")" \
  "$(wc -c < "$P") $(sha256sum "$P" | cut -d' ' -f1)"
"$BIN/ts-import" --store "$TMP/s.h5" "$GOOD" 2>/dev/null
expect_exit 2 "--original of a text report" -- "$BIN/ts-ls" --store "$TMP/s.h5" \
  --show-source "$(basename "$GOOD")" --original
same_text "  message" "$(cat "$TMP/err")" \
  "ts-ls: $TMP/s.h5: source \"$(basename "$GOOD")\" was imported as text: its text is the original"
expect_exit 2 "--original alone" -- "$BIN/ts-ls" --store "$TMP/s.h5" --original
expect_exit 0 "same files again: nothing changes" -- "$BIN/ts-import" --store "$TMP/s.h5" "$P" "$D"

# ---- OpenDocument and merged cells ----
facts odt "$F/000_2b9464353da6eefa.odt"
same_text "odt gives the docx's facts" "$(comm -3 "$TMP/odt.keys" "$TMP/000_2b9464353da6eefa.docx.keys")" ""
expect_exit 0 "merged cells" -- "$BIN/ts-import" "$F/merged-cells.docx"
same_text "merged cells: the grid's facts" "$(tail -n +2 "$TMP/out" | cut -f1,3-7 | sort)" \
  "$(printf 'budget.expenditure\tlevel\t2022\t10110\tbn_vnd\tA
budget.expenditure\tlevel\t2023\t11967\tbn_vnd\tA
budget.revenue\tlevel\t2022\t3512\tbn_vnd\tA
budget.revenue\tlevel\t2023\t4200\tbn_vnd\tA')"

# ---- told by content, not by name ----
cp "$D" "$TMP/bao-cao.txt"
cp "$P" "$TMP/bao-cao.docx"
expect_exit 0 "a .docx named .txt is read as Word" -- "$BIN/ts-import" "$TMP/bao-cao.txt"
same_text "  same facts" "$(tail -n +2 "$TMP/out" | cut -f1-7 | sort -u)" "$(cat "$TMP/002_31e44065e05bd27f.docx.keys")"
expect_exit 0 "a PDF named .docx is read as PDF" -- "$BIN/ts-import" "$TMP/bao-cao.docx"
same_text "  same facts" "$(tail -n +2 "$TMP/out" | cut -f1-7 | sort -u)" "$(cat "$TMP/002_31e44065e05bd27f.pdf.keys")"

# ---- bad files: named, skipped (exit 1), the rest of the run goes on ----
printf '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1%0500d' 0 > "$TMP/old.doc"
printf '{\\rtf1\\ansi Thu ngan sach}' > "$TMP/old.rtf"
head -c 3000 "$D" > "$TMP/cut.docx"
bad() { # bad NAME FILE MESSAGE
  expect_exit 1 "$1: skipped, exit 1" -- "$BIN/ts-import" "$2" "$GOOD"
  same_text "$1: message" "$(cat "$TMP/err")" "ts-import: $2: $3"
  same_text "$1: the other report is still read" "$(tail -n +2 "$TMP/out" | wc -l)" "3"
  rm -f "$TMP/b.h5"
  expect_exit 1 "$1: --store goes on" -- "$BIN/ts-import" --store "$TMP/b.h5" "$2" "$GOOD"
  same_text "$1: nothing of it in the store" \
    "$("$BIN/ts-ls" --store "$TMP/b.h5" --sources | tail -n +2 | cut -f1)" "$(basename "$GOOD")"
}
bad "truncated pdf" "$F/bad-truncated.pdf" "damaged PDF: PDF document is damaged"
bad "encrypted pdf" "$F/bad-encrypted.pdf" "encrypted PDF: it needs a password to open"
bad "image-only pdf" "$F/bad-image-only.pdf" "no text layer: OCR it first (1 pages of images)"
bad "zip that is not Word" "$F/bad-not-word.zip" \
  "a zip archive that is not a Word (.docx) or OpenDocument (.odt) document"
bad "1 GiB zip bomb" "$F/bad-zip-bomb.docx" \
  "word/document.xml unpacks to 1073741824 bytes or more, over the limit of 256 MiB a part may have (a zip bomb?)"
bad "old .doc" "$TMP/old.doc" "a Word 97-2003 (.doc) file: save it as .docx and import that"
bad "rtf" "$TMP/old.rtf" "an RTF file: save it as .docx and import that"
bad "truncated docx" "$TMP/cut.docx" "damaged zip archive: Not a zip archive"
check "zip bomb is small on disk" test "$(wc -c < "$F/bad-zip-bomb.docx")" -lt 4096
