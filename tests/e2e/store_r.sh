# The R example of docs/FORMAT.md, run as written there (only the store's
# name changed), reads the same current facts as ts-ls --facts.  R and
# hdf5r are test dependencies (scripts/deps.sh): missing, the test fails.
source "$(dirname "$0")/lib.sh"
if ! Rscript -e 'suppressMessages(library(hdf5r))' > /dev/null 2>&1; then
  fail "store-r: Rscript with the hdf5r package is required (make deps)"
  exit 0
fi
S=$TMP/s.h5
"$BIN/ts-import" --store "$S" "$DATA"/reports/*.txt "$FIX"/areas/*.txt 2> /dev/null
# The block after "## Reading with R", between its ```r and ``` lines.
awk '/^## Reading with R/ {on = 1} on && /^```r$/ {code = 1; next} code && /^```$/ {exit} code' \
  "$TOP/docs/FORMAT.md" | sed "s|\"kontum.h5\"|\"$S\"|" > "$TMP/example.R"
check "store-r: the example is in docs/FORMAT.md" grep -q 'H5File\$new' "$TMP/example.R"
cat >> "$TMP/example.R" <<'REOF'
out <- current[, c("indicator", "area", "measure", "value", "status", "source")]
out$value <- sprintf("%.9g", out$value)
write.table(out, "r.tsv", sep = "\t", quote = FALSE, row.names = FALSE)
REOF
rc=0
(cd "$TMP" && Rscript example.R > r.out 2>&1) || rc=$?
same_text "store-r: the example runs" "$rc" 0
[ "$rc" -eq 0 ] || sed 's/^/  /' "$TMP/r.out" | tail -5
"$BIN/ts-ls" --store "$S" --facts | awk -F'\t' 'BEGIN {OFS = "\t"}
  NR == 1 {print "indicator", "area", "measure", "value", "status", "source"; next}
  {printf "%s\t%s\t%s\t%.9g\t%s\t%s\n", $1, $2, $3, $5, $7, $8}' | sort > "$TMP/ts.tsv"
sort "$TMP/r.tsv" > "$TMP/r.sorted"
check "store-r: R reads facts" test "$(wc -l < "$TMP/r.sorted")" -gt 300
same_file "store-r: R's current facts are ts-ls's" "$TMP/r.sorted" "$TMP/ts.tsv"
