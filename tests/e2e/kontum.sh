# The curated facts of datasets/kontum/: one file per bundled report, valid
# records that ts-import passes through unchanged, none of the facts the
# review judged wrong, and the recall and precision the README states.
source "$(dirname "$0")/lib.sh"
K=$DATA/kontum
for rep in "$DATA"/reports/*.txt; do
  name=$(basename "$rep" .txt)
  f=$K/$name.tsv
  if [ ! -f "$f" ]; then fail "kontum: $name.tsv is missing"; continue; fi
  expect_exit 0 "kontum: $name.tsv is a valid record" -- "$BIN/ts-import" "$f"
  with_qualifiers "$f" > "$TMP/want"
  same_file "kontum: $name.tsv passes through ts-import unchanged" "$TMP/out" "$TMP/want"
  check "kontum: $name.tsv has the offset and excerpt columns" \
    grep -q $'^indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource\toffset\texcerpt$' "$f"
  check "kontum: every fact of $name.tsv names its report" \
    awk -F'\t' -v want="$name.txt" 'NR > 1 && $8 != want { bad = 1 } END { exit bad }' "$f"
done
same_text "kontum: no fact judged wrong is kept" "$(awk -F'\t' '
  FNR == NR { if (FNR > 1 && $7 == "wrong") w[$1 FS $2 FS $3 FS $4 FS $6 FS ($5 + 0)] = 1; next }
  FNR > 1 && (($1 FS $2 FS $3 FS $4 FS $8 FS ($5 + 0)) in w) { print $1, $4, $5 }
' "$K/review.tsv" "$K"/0*.tsv)" ""
pairs=
for f in "$K"/*.tsv; do
  name=$(basename "$f" .tsv)
  [ -f "$DATA/gold/$name.tsv" ] && pairs="$pairs $name=$DATA/gold/$name.tsv:$f"
done
# shellcheck disable=SC2086
"$PY" "$TOP/scripts/score.py" --catalog "$DATA/catalog/indicators.tsv" $pairs > "$TMP/score"
same_text "kontum: scores as the README states" "$(grep '^total' "$TMP/score")" \
  "$(grep '^| total' "$K/README.md" | tr -d ' ' | awk -F'|' '{printf "total\t%s\t%s\t%s\t%s\t%s", $3, $4, $5, $6, $7}')"
