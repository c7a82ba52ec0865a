# A fact file over 16 MiB (TS_STORE_TEXT_MAX) goes into the store while
# another thread hashes it: the recorded checksum is the file's, the same
# bytes again change nothing (also gzipped, and under another size check),
# and a new version of the same size is compared by checksum and replaces
# the old one.
source "$(dirname "$0")/lib.sh"
I=$BIN/ts-import
L=$BIN/ts-ls
S=$TMP/s.h5
mkdir -p "$TMP/v1" "$TMP/v2" "$TMP/gz"
# 60,000 rows of about 300 bytes (a long extra column): 18 MB.
awk 'BEGIN { OFS = "\t"; print "indicator", "area", "measure", "period", "value", "unit", "status", "source", "note"
  note = sprintf("%0280d", 0)
  for (i = 0; i < 60000; i++) printf "x.i%02d\ta%05d\tlevel\t%d\t%.3f\tha\tA\tbig.txt\t%s\n", i % 60, int(i / 60), 1990 + i % 30, i * 0.125, note }' \
  > "$TMP/v1/big.tsv"
check "large: the file is over 16 MiB" test "$(wc -c < "$TMP/v1/big.tsv")" -gt $((16 << 20))

expect_exit 0 "large: import" -- "$I" --store "$S" "$TMP/v1/big.tsv"
same_text "large: every row landed" "$("$L" --store "$S" --facts | sed 1d | wc -l)" 60000
same_text "large: its checksum is the file's" \
  "$("$L" --store "$S" --sources | awk -F'\t' '$1 == "big.tsv" { print $7 }')" \
  "$(sha256sum < "$TMP/v1/big.tsv" | cut -d' ' -f1)"
cp "$S" "$TMP/before.h5"
expect_exit 0 "large: the same bytes again" -- "$I" --store "$S" "$TMP/v1/big.tsv"
same_file "large: the same bytes change nothing" "$S" "$TMP/before.h5"
gzip -c "$TMP/v1/big.tsv" > "$TMP/gz/big.tsv.gz"
expect_exit 0 "large: the same bytes gzipped" -- "$I" --store "$S" "$TMP/gz/big.tsv.gz"
same_file "large: gzipped, nothing changes" "$S" "$TMP/before.h5"

# A new version of the same size (one value changed, same width).
sed '2s/\t0\.000\t/\t9.000\t/' "$TMP/v1/big.tsv" > "$TMP/v2/big.tsv"
same_text "large: the new version has the same size" \
  "$(wc -c < "$TMP/v2/big.tsv")" "$(wc -c < "$TMP/v1/big.tsv")"
expect_exit 0 "large: import the new version" -- "$I" --store "$S" "$TMP/v2/big.tsv"
same_text "large: the new version replaced the old" \
  "$("$L" --store "$S" --facts --vintages --indicator x.i00 --area a00000 --from 1990 --to 1990 | cut -f5 | sed 1d)" "9"
same_text "large: its checksum recorded" \
  "$("$L" --store "$S" --sources | awk -F'\t' '$1 == "big.tsv" { print $7 }')" \
  "$(sha256sum < "$TMP/v2/big.tsv" | cut -d' ' -f1)"

