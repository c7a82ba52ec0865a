#!/bin/sh
# Regenerates datasets/kontum/: the facts ts-import extracts from each
# report of datasets/reports/ (the TSV record with the offset and excerpt
# columns), less the facts datasets/kontum/review.tsv judges wrong, then
# scores the result against datasets/gold/.  Review entries that match no
# extracted fact any more are listed, so the review can be redone after the
# extractor changes.  Usage: sh scripts/curate.sh [BIN]
set -eu
BIN=${1:-bin}
TOP=$(cd "$(dirname "$0")/.." && pwd)
OUT=$TOP/datasets/kontum
REVIEW=$OUT/review.tsv
used=$(mktemp)
trap 'rm -f "$used"' EXIT
for rep in "$TOP"/datasets/reports/*.txt; do
  name=$(basename "$rep" .txt)
  "$BIN/ts-import" "$rep" > "$OUT/$name.tsv.raw"
  # Drop the facts the review marks wrong: same key, source and value.
  awk -F'\t' -v used="$used" '
    FNR == NR { if (FNR > 1 && $7 == "wrong") wrong[$1 FS $2 FS $3 FS $4 FS $6] = wrong[$1 FS $2 FS $3 FS $4 FS $6] " " $5; next }
    FNR == 1 { print; next }
    { k = $1 FS $2 FS $3 FS $4 FS $8; drop = 0
      if (k in wrong) { n = split(wrong[k], vs, " ")
        for (i = 1; i <= n; i++) if (vs[i] + 0 == $5 + 0) { drop = 1; print k FS vs[i] >> used } }
      if (!drop) print; else dropped++ }
    END { printf "%d", dropped > "/dev/stderr" }
  ' "$REVIEW" "$OUT/$name.tsv.raw" > "$OUT/$name.tsv.tmp" 2> "$OUT/$name.dropped"
  mv "$OUT/$name.tsv.tmp" "$OUT/$name.tsv"
  echo "$name: $(($(wc -l < "$OUT/$name.tsv.raw") - 1)) facts extracted, $(cat "$OUT/$name.dropped") judged wrong, $(($(wc -l < "$OUT/$name.tsv") - 1)) kept"
  rm -f "$OUT/$name.tsv.raw" "$OUT/$name.dropped"
done
awk -F'\t' 'FNR == NR { seen[$0] = 1; next }
  FNR > 1 && $7 == "wrong" && !(($1 FS $2 FS $3 FS $4 FS $6 FS $5) in seen) {
    print "curate: review entry matches no extracted fact: " $1 " " $2 " " $3 " " $4 " " $5 " (" $6 ")" }
' "$used" "$REVIEW" >&2
pairs=
for f in "$OUT"/*.tsv; do
  name=$(basename "$f" .tsv)
  [ -f "$TOP/datasets/gold/$name.tsv" ] && pairs="$pairs $name=$TOP/datasets/gold/$name.tsv:$f"
done
# shellcheck disable=SC2086
/usr/bin/python3 "$TOP/scripts/score.py" ${VERBOSE:+--verbose} \
  --catalog "$TOP/datasets/catalog/indicators.tsv" $pairs
