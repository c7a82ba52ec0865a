#!/bin/sh
# `make eval`: runs BIN/ts-import on every datasets/reports/*.txt that has a
# gold file datasets/gold/<same>.tsv and scores the facts with
# scripts/score.py (the rule of docs/spec/facts.md).  EVAL_VERBOSE=1 lists
# the missed gold facts and the unmatched produced facts; TS_IMPORT
# overrides the importer command.
set -eu
bin=${1:-bin}
top=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pairs=
for rep in "$top"/datasets/reports/*.txt; do
  name=$(basename "$rep" .txt)
  gold=$top/datasets/gold/$name.tsv
  [ -f "$gold" ] || continue
  if ! ${TS_IMPORT:-$bin/ts-import} "$rep" > "$tmp/$name.tsv" 2> "$tmp/$name.err"; then
    echo "eval: ts-import failed on $name.txt:" >&2
    sed 's/^/  /' "$tmp/$name.err" >&2
  fi
  pairs="$pairs $name=$gold:$tmp/$name.tsv"
done
verbose=
[ "${EVAL_VERBOSE:-0}" = 1 ] && verbose=--verbose
# shellcheck disable=SC2086
/usr/bin/python3 "$top/scripts/score.py" $verbose \
  --catalog "$top/datasets/catalog/indicators.tsv" $pairs
