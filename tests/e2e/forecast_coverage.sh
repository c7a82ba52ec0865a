# Interval coverage of ts-forecast on simulated series whose model is known:
# ETS(A,N,N) for ses, ETS(A,A,N) for holt, ETS(A,Ad,N) for damped, a line
# plus noise for linear.  With the true smoothing parameters fixed, the
# held-out points must fall inside the 80% and 95% intervals at close to
# the nominal rates (this checks the variance formulas); with parameters
# estimated, intervals ignore the estimation error and cover a little less
# (R's forecast::holt does the same), so the bounds there are looser.
source "$(dirname "$0")/lib.sh"
T=$BIN/ts-forecast
N=300
[ "$VARIANT" = asan ] && N=100

"$PY" - "$N" "$TMP" <<'PYEOF'
import sys
import numpy as np
n_series, tmp = int(sys.argv[1]), sys.argv[2]
rng = np.random.default_rng(20241025)
n, h = 60, 4
head = "indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource\n"
def ets(alpha, beta, phi, n):
    l, b, out = 100.0, 1.0 if beta else 0.0, []
    for _ in range(n):
        e = rng.normal(0, 2.0)
        y = l + phi * b + e
        l, b = l + phi * b + alpha * e, phi * b + beta * e
        out.append(y)
    return out
models = {
    "ses": lambda: ets(0.4, 0.0, 1.0, n + h),
    "holt": lambda: ets(0.5, 0.1, 1.0, n + h),
    "damped": lambda: ets(0.5, 0.1, 0.9, n + h),
    "linear": lambda: list(50 + 0.8 * np.arange(n + h) + rng.normal(0, 3.0, n + h)),
}
for m, gen in models.items():
    with open(f"{tmp}/{m}_train.tsv", "w") as tr, open(f"{tmp}/{m}_test.tsv", "w") as te:
        tr.write(head); te.write(head)
        for i in range(n_series):
            y = gen()
            for t, v in enumerate(y):
                row = f"s{i}\tsim\tlevel\t{1900 + t}\t{v:.10g}\tu\tA\tsim\n"
                (tr if t < n else te).write(row)
PYEOF

# coverage LABEL MIN80 MAX80 MIN95 MAX95 MODEL OPTIONS...
coverage() {
  local label=$1 a0=$2 a1=$3 b0=$4 b1=$5 m=$6; shift 6
  "$T" -H 4 "$@" "$TMP/${m}_train.tsv" > "$TMP/fc.tsv"
  local cov
  cov=$(awk -F'\t' 'NR == FNR { if (FNR > 1) v[$1 " " $4] = $5; next }
    FNR > 1 { k = $1 " " $4; if (!(k in v)) next; n++
              if (v[k] >= $12 && v[k] <= $13) c80++
              if (v[k] >= $14 && v[k] <= $15) c95++ }
    END { printf "%d %.4f %.4f", n, c80 / n, c95 / n }' "$TMP/${m}_test.tsv" "$TMP/fc.tsv")
  set -- $cov
  if [ "$1" -eq $((N * 4)) ] && awk -v a="$2" -v b="$3" -v a0="$a0" -v a1="$a1" -v b0="$b0" -v b1="$b1" \
       'BEGIN { exit !(a >= a0 && a <= a1 && b >= b0 && b <= b1) }'; then
    pass "forecast-coverage: $label: 80% covers $2, 95% covers $3 of $1 held-out points"
  else
    fail "forecast-coverage: $label: 80% covers $2 (want $a0..$a1), 95% covers $3 (want $b0..$b1) of $1 points"
  fi
}
# Sampling noise of a rate near 0.95 over 1200 correlated points is about
# 0.01; the smaller ASan run gets wider bounds.
if [ "$N" -ge 300 ]; then w=0; else w=0.03; fi
lo() { awk -v x="$1" -v w="$w" 'BEGIN { print x - w }'; }
hi() { awk -v x="$1" -v w="$w" 'BEGIN { print x + w }'; }
coverage "ses, true alpha" "$(lo 0.76)" "$(hi 0.84)" "$(lo 0.925)" "$(hi 0.975)" ses -m ses --alpha 0.4
coverage "holt, true parameters" "$(lo 0.76)" "$(hi 0.84)" "$(lo 0.925)" "$(hi 0.975)" holt -m holt --alpha 0.5 --beta 0.1
coverage "damped, true parameters" "$(lo 0.76)" "$(hi 0.84)" "$(lo 0.925)" "$(hi 0.975)" damped -m damped --alpha 0.5 --beta 0.1 --phi 0.9
coverage "linear" "$(lo 0.76)" "$(hi 0.84)" "$(lo 0.925)" "$(hi 0.975)" linear -m linear
coverage "ses, estimated" "$(lo 0.74)" "$(hi 0.84)" "$(lo 0.91)" "$(hi 0.975)" ses -m ses
coverage "holt, estimated" "$(lo 0.70)" "$(hi 0.84)" "$(lo 0.88)" "$(hi 0.975)" holt -m holt
coverage "damped, estimated" "$(lo 0.70)" "$(hi 0.84)" "$(lo 0.88)" "$(hi 0.975)" damped -m damped
coverage "auto on the damped series" "$(lo 0.68)" "$(hi 0.84)" "$(lo 0.87)" "$(hi 0.975)" damped -m auto
