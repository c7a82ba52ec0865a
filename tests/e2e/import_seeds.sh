# ts-import on the seed reports: every seed report imports (exit 0) with the
# offset and excerpt columns, and every offset points at the sentence in
# the original bytes; .gz reports read the same; a report with invalid
# UTF-8 or a truncated .gz among good ones is reported and skipped (exit 1)
# while the others are still imported; --area/--period override the
# metadata; progress appears only on a terminal.
source "$(dirname "$0")/lib.sh"
I=$BIN/ts-import
R=$DATA/reports
HEAD=$(printf 'indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource\tprice\tplan_by\toffset\texcerpt\tplace')

# Every fact's offset must start its excerpt in the original file: the
# bytes there, NFC-normalised and with runs of white space collapsed,
# begin with the excerpt's first words.
offsets_ok() { # report facts.tsv
  $PY - "$1" "$2" <<'PYEOF'
import sys, unicodedata, re
raw = open(sys.argv[1], 'rb').read()
bad = n = 0
for i, line in enumerate(open(sys.argv[2], encoding='utf-8')):
    if i == 0:
        continue
    cols = line.rstrip('\n').split('\t')
    off, excerpt = int(cols[10]), cols[11]
    n += 1
    orig = unicodedata.normalize('NFC', raw[off:off + 600].decode('utf-8', 'replace'))
    orig = re.sub(r'\s+', ' ', orig.replace('\u00a0', ' '))
    want = ' '.join(excerpt.split(' ')[:2])
    if not orig.startswith(want):
        bad += 1
        print('offset %d: %r is not at %r' % (off, want, orig[:40]), file=sys.stderr)
sys.exit(1 if bad or n == 0 else 0)
PYEOF
}

for rep in "$R"/*.txt; do
  name=$(basename "$rep" .txt)
  expect_exit 0 "report $name: exit 0" -- "$I" "$rep"
  cp "$TMP/out" "$TMP/$name.tsv"
  same_text "report $name: header" "$(head -1 "$TMP/$name.tsv")" "$HEAD"
  check "report $name: facts found" test "$(wc -l < "$TMP/$name.tsv")" -gt 2
  check "report $name: source column" awk -F'\t' -v s="$name.txt" 'NR>1 && $8 != s {exit 1}' "$TMP/$name.tsv"
  check "report $name: excerpts flattened (13 columns)" awk -F'\t' 'NF != 13 {exit 1}' "$TMP/$name.tsv"
  check "report $name: offsets point at the sentence" offsets_ok "$rep" "$TMP/$name.tsv"
done

# Metadata in the area and period columns (no --area/--period).
check "report 000: area kon-tum-city" awk -F'\t' 'NR>1 && $2 != "kon-tum-city" {exit 1}' "$TMP/000_2b9464353da6eefa.tsv"
check "report 002: area kon-tum" awk -F'\t' 'NR>1 && $2 != "kon-tum" {exit 1}' "$TMP/002_31e44065e05bd27f.tsv"
check "report 000: nine-month period used" grep -q "	2020-01/P9M	" "$TMP/000_2b9464353da6eefa.tsv"

# .gz reads the same (the source names the file read).
gzip -c "$R/001_002918f8adaf2748.txt" > "$TMP/001.txt.gz"
expect_exit 0 "report .gz: exit 0" -- "$I" "$TMP/001.txt.gz"
cut -f1-7,9- "$TMP/out" > "$TMP/gz.cut"
cut -f1-7,9- "$TMP/001_002918f8adaf2748.tsv" > "$TMP/plain.cut"
same_file "report .gz: same facts as plain" "$TMP/gz.cut" "$TMP/plain.cut"

# Invalid UTF-8 in the middle of a good report: named by byte offset,
# skipped, exit 1, the other reports still imported.
bad=$TMP/bad.txt
head -n 20 "$R/002_31e44065e05bd27f.txt" > "$bad"
at=$(wc -c < "$bad")
printf '\xff\xfe' >> "$bad"
tail -n +21 "$R/002_31e44065e05bd27f.txt" >> "$bad"
expect_exit 1 "invalid UTF-8 among good: exit 1" -- "$I" "$R/000_2b9464353da6eefa.txt" "$bad" "$R/004_fda61611c0e909b0.txt"
same_text "invalid UTF-8: message" "$(cat "$TMP/err")" "ts-import: $bad: byte $at: invalid UTF-8"
check "invalid UTF-8: first report imported" grep -q '000_2b9464353da6eefa.txt' "$TMP/out"
check "invalid UTF-8: last report imported" grep -q '004_fda61611c0e909b0.txt' "$TMP/out"
check "invalid UTF-8: nothing from the bad file" sh -c "! grep -q 'bad.txt' '$TMP/out'"

# A truncated .gz report: a clear error, skipped, exit 1, others imported.
gzip -c "$R/003_84d6af4d73cb9fea.txt" > "$TMP/full.gz"
head -c 6000 "$TMP/full.gz" > "$TMP/trunc.txt.gz"
expect_exit 1 "truncated .gz among good: exit 1" -- "$I" "$TMP/trunc.txt.gz" "$R/001_002918f8adaf2748.txt"
check "truncated .gz: message names the file" grep -q "^ts-import: $TMP/trunc.txt.gz: .*truncated" "$TMP/err"
check "truncated .gz: other report imported" grep -q '001_002918f8adaf2748.txt' "$TMP/out"
check "truncated .gz: nothing from it" sh -c "! grep -q 'trunc.txt.gz' '$TMP/out'"

# Overrides.
expect_exit 0 "--area/--period: exit 0" -- "$I" --area gia-lai --period 2019-01/P9M "$R/000_2b9464353da6eefa.txt"
check "--area: every fact" awk -F'\t' 'NR>1 && $2 != "gia-lai" {exit 1}' "$TMP/out"
check "--period: default period used" grep -q "	2019-01/P9M	" "$TMP/out"
expect_exit 2 "--period: bad period is a usage error" -- "$I" --period 2021-13 "$R/001_002918f8adaf2748.txt"
check "--period: message" grep -q "^ts-import: --period: " "$TMP/err"
expect_exit 2 "--area: not a slug" -- "$I" --area "Kon Tum" "$R/001_002918f8adaf2748.txt"
same_text "--area: message" "$(head -1 "$TMP/err")" 'ts-import: --area: "Kon Tum" is not a slug (a-z, 0-9, -)'

# Reports from stdin read the same; a report without figures gives the
# header only.
expect_exit 0 "report on stdin" -- sh -c "\"$I\" < \"$R/003_84d6af4d73cb9fea.txt\""
cut -f1-7,9- "$TMP/out" > "$TMP/stdin.cut"
cut -f1-7,9- "$TMP/003_84d6af4d73cb9fea.tsv" > "$TMP/file.cut"
same_file "stdin: same facts as the file" "$TMP/stdin.cut" "$TMP/file.cut"
printf 'Một văn bản không có số liệu.\n' > "$TMP/nofacts.txt"
expect_exit 0 "report without figures: exit 0" -- "$I" "$TMP/nofacts.txt"
same_text "report without figures: header only" "$(cat "$TMP/out")" "$HEAD"

# Progress: silent when stderr is not a terminal, shown on one.
expect_exit 0 "no progress off a terminal" -- "$I" "$R/000_2b9464353da6eefa.txt" "$R/001_002918f8adaf2748.txt"
same_text "no progress: stderr empty" "$(cat "$TMP/err")" ""
if command -v script > /dev/null 2>&1; then
  script -qec "\"$I\" \"$R/000_2b9464353da6eefa.txt\" \"$R/001_002918f8adaf2748.txt\" > \"$TMP/tty.out\"" /dev/null > "$TMP/tty.log" 2>&1 || true
  check "progress on a terminal" grep -q '\[2/2\]' "$TMP/tty.log"
fi

# A full stdout is a write error.
if [ -w /dev/full ]; then
  expect_exit 2 "report to /dev/full: exit 2" -- sh -c "\"$I\" \"$R/000_2b9464353da6eefa.txt\" > /dev/full"
fi
