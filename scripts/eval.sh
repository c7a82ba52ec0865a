#!/bin/sh
# `make eval [CORPUS=DIR]`: runs BIN/ts-import on every report in
# DIR/reports (.txt, .txt.gz, .pdf, .docx) that has a gold file
# DIR/gold/<same name>.tsv and scores the facts with scripts/score.py (the
# rule of docs/spec/facts.md, areas included).  DIR defaults to the bundled
# datasets/.  EVAL_VERBOSE=1 lists the missed gold facts and the unmatched
# produced facts; EVAL_NO_AREA=1 leaves areas out of the match; TS_IMPORT
# overrides the importer command.
set -eu
bin=${1:-bin}
top=$(cd "$(dirname "$0")/.." && pwd)
corpus=${2:-$top/datasets}
if [ ! -d "$corpus/reports" ] || [ ! -d "$corpus/gold" ]; then
  echo "eval: $corpus needs reports/ and gold/ folders" >&2
  exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pairs=
for rep in "$corpus"/reports/*; do
  [ -f "$rep" ] || continue
  file=$(basename "$rep")
  case $file in
    *.txt.gz) name=${file%.txt.gz} ;;
    *.txt|*.pdf|*.docx) name=${file%.*} ;;
    *) continue ;;
  esac
  gold=$corpus/gold/$name.tsv
  [ -f "$gold" ] || continue
  if ! ${TS_IMPORT:-$bin/ts-import} "$rep" > "$tmp/$name.tsv" 2> "$tmp/$name.err"; then
    echo "eval: ts-import failed on $file:" >&2
    sed 's/^/  /' "$tmp/$name.err" >&2
  fi
  pairs="$pairs $name=$gold:$tmp/$name.tsv"
done
if [ -z "$pairs" ]; then
  echo "eval: no report in $corpus/reports has a gold file" >&2
  exit 2
fi
opts=
[ "${EVAL_VERBOSE:-0}" = 1 ] && opts=--verbose
[ "${EVAL_NO_AREA:-0}" = 1 ] && opts="$opts --no-area"
# shellcheck disable=SC2086
/usr/bin/python3 "$top/scripts/score.py" $opts \
  --catalog "$top/datasets/catalog/indicators.tsv" $pairs
