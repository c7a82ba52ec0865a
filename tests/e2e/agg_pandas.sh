# ts-agg against pandas on a generated panel of 1,000 monthly series with
# gaps, E facts and rows in random order: pct_change, rolling (trailing,
# centred, min_periods, median/sum/max) and resample must agree to 1e-9
# relative, value for value, with nothing missing or extra.
source "$(dirname "$0")/lib.sh"
P=$FIX/agg/pandas_check.py
$PY "$P" gen 1000 "$TMP/panel.tsv"
run() { # NAME PANDAS_OP ARGS...
  local name=$1 op=$2; shift 2
  if "$BIN/ts-agg" "$@" "$TMP/panel.tsv" > "$TMP/got.tsv" 2> "$TMP/err" &&
     $PY "$P" "$op" "$TMP/panel.tsv" "$TMP/got.tsv" > "$TMP/cmp" 2>&1; then
    pass "pandas: $name ($(cat "$TMP/cmp"))"
  else
    fail "pandas: $name"; sed 's/^/  /' "$TMP/cmp" "$TMP/err" | head -10
  fi
}
run "yoy = pct_change(12)" yoy yoy
run "pop = pct_change(1)" pop pop
run "rolling 3 = rolling(3).mean()" rolling3 rolling 3
run "rolling 3 --stat sum" rolling3sum rolling 3 --stat sum
run "rolling 4 --center --stat median --min-periods 2" rolling4c_median_mp2 \
  rolling 4 --center --stat median --min-periods 2
run "rolling 5 --stat max --min-periods 3" rolling5_max_mp3 rolling 5 --stat max --min-periods 3
run "resample --to quarter = resample('Q').sum(), complete quarters" quarter_sum resample --to quarter
run "resample --to year --how mean = resample('A').mean(), complete years" year_mean \
  resample --to year --how mean
# The same with input grouped by series through --stream.
sort -t "$(printf '\t')" -k2,2 -k4,4 "$TMP/panel.tsv" | awk 'NR==1 || !/^indicator/' > "$TMP/sorted.tsv"
{ head -1 "$TMP/panel.tsv"; grep -v '^indicator' "$TMP/sorted.tsv"; } > "$TMP/grouped.tsv"
if "$BIN/ts-agg" yoy --stream "$TMP/grouped.tsv" > "$TMP/got.tsv" &&
   $PY "$P" yoy "$TMP/grouped.tsv" "$TMP/got.tsv" > "$TMP/cmp"; then
  pass "pandas: yoy --stream on grouped input"
else
  fail "pandas: yoy --stream on grouped input"; cat "$TMP/cmp"
fi
