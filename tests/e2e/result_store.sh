# Result stores (ts-agg --out, ts-forecast --out): a new store holding the
# run's derived facts or forecasts, whose ts-ls --facts is what the tool
# prints on standard output (forecasts with their method and interval
# columns); written whole and renamed into place, refused with --keep,
# --into, --backtest, --year-end; read by h5py without tskit.
source "$(dirname "$0")/lib.sh"
I=$BIN/ts-import A=$BIN/ts-agg F=$BIN/ts-forecast L=$BIN/ts-ls
S=$TMP/s.h5
"$I" --store "$S" "$DATA"/reports/*.txt 2> /dev/null || true
/usr/bin/python3 "$TOP/bench/gen_panel.py" 300 36 > "$TMP/panel.tsv"
"$I" --store "$S" "$TMP/panel.tsv"

for op in "yoy" "rolling 3" "yoy then rolling 3" "resample --to year"; do
  # shellcheck disable=SC2086
  "$A" $op --store "$S" > "$TMP/want.tsv" 2> /dev/null || true
  rm -f "$TMP/r.h5"
  # shellcheck disable=SC2086
  expect_exit 0 "result: ts-agg $op --out" -- "$A" $op --store "$S" --out "$TMP/r.h5"
  "$L" --store "$TMP/r.h5" --facts > "$TMP/got.tsv"
  same_file "result: ts-agg $op: the result's facts are the printed ones" "$TMP/got.tsv" "$TMP/want.tsv"
done
"$F" --store "$S" --indicator 'ind.*' --method auto > "$TMP/want.tsv"
expect_exit 0 "result: ts-forecast --out" -- "$F" --store "$S" --indicator 'ind.*' --method auto --out "$TMP/f.h5"
"$L" --store "$TMP/f.h5" --facts > "$TMP/got.tsv"
same_file "result: the forecasts with method and intervals" "$TMP/got.tsv" "$TMP/want.tsv"
"$F" --store "$S" --indicator 'ind.0*' --method theta --params --interval 90 > "$TMP/want.tsv"
"$F" --store "$S" --indicator 'ind.0*' --method theta --params --interval 90 --out "$TMP/f.h5"
"$L" --store "$TMP/f.h5" --facts > "$TMP/got.tsv"
same_file "result: other columns (--params, --interval 90), and the file replaced" "$TMP/got.tsv" "$TMP/want.tsv"
same_text "result: its one source" "$("$L" --store "$TMP/f.h5" --sources | cut -f1,2,6)" "name	kind	bytes
forecast	named	0"
check "result: no temporary file left" test -z "$(ls "$TMP" | grep '\.tmp\.')"
same_text "result: h5py reads the format and the extra columns" "$(/usr/bin/python3 -c "
import sys, h5py
f = h5py.File(sys.argv[1], 'r')
names = f['extra/names'][:].tobytes().decode().split('\0')[:-1]
method = f['extra/method'][:].tobytes().decode().split('\0')[:-1]
print(f.attrs['format'].decode(), f.attrs['version'], names[:3], method[0], len(method) == f['obs/value'].shape[0])
" "$TMP/f.h5")" "tskit-store 2 ['method', 'lo90', 'hi90'] theta True"

# Refusals: options that do not go with --out, a place that cannot be
# written (the old result stays).
expect_exit 2 "result: --out with --keep" -- "$A" yoy --store "$S" --keep --out "$TMP/x.h5"
same_text "result: --keep message" "$(head -1 "$TMP/err")" "ts-agg: option '--out' does not go with '--keep'"
expect_exit 2 "result: --out with --into" -- "$A" yoy --store "$S" --into "$S" --out "$TMP/x.h5"
expect_exit 2 "result: --out does not apply to table" -- "$A" table --store "$S" --out "$TMP/x.h5"
same_text "result: table message" "$(head -1 "$TMP/err")" "ts-agg: option '--out' does not apply to 'table'"
expect_exit 2 "result: --out with --backtest" -- "$F" --store "$S" --backtest --out "$TMP/x.h5"
expect_exit 2 "result: --out with --year-end" -- "$F" --store "$S" --year-end --out "$TMP/x.h5"
same_text "result: --year-end message" "$(head -1 "$TMP/err")" "ts-forecast: --out does not go with --year-end"
check "result: nothing written by a refusal" test ! -e "$TMP/x.h5"
mkdir "$TMP/ro"
cp "$TMP/f.h5" "$TMP/ro/f.h5"
chmod 555 "$TMP/ro"
if [ "$(id -u)" = 0 ] && touch "$TMP/ro/probe" 2> /dev/null; then
  rm -f "$TMP/ro/probe"
  pass "result: read-only place (root writes anywhere; not checked)"
else
  expect_exit 2 "result: a read-only place" -- "$A" yoy --store "$S" --out "$TMP/ro/f.h5"
  check "result: ... says it cannot create the file" grep -q 'cannot create the result file' "$TMP/err"
  same_file "result: ... and the old result stays" "$TMP/ro/f.h5" "$TMP/f.h5"
fi
chmod 755 "$TMP/ro"
expect_exit 2 "result: into a folder that does not exist" -- "$A" yoy --store "$S" --out "$TMP/none/r.h5"
check "result: ... no file" test ! -e "$TMP/none"
