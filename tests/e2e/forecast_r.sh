# ts-forecast against R's forecast package (Hyndman) on real series from R's
# datasets: with the smoothing parameters fixed to the same values, point
# forecasts and 95% limits within 1%; with everything estimated, point
# forecasts within 5% -- or, where they differ more, our parameters must
# give the lower in-sample squared error by R's own computation (R's
# optimiser stopped early).  R is a test dependency (scripts/deps.sh): a
# missing Rscript fails the test.
source "$(dirname "$0")/lib.sh"
T=$BIN/ts-forecast

if ! command -v Rscript > /dev/null 2>&1 || ! Rscript -e 'suppressMessages(library(forecast))' > /dev/null 2>&1; then
  fail "forecast-r: Rscript with the forecast package is required (scripts/deps.sh)"
  exit 0
fi

cat > "$TMP/export.R" <<'REOF'
suppressMessages(library(forecast))
sa <- function(x) x / decompose(x, "multiplicative")$seasonal
ser <- list(nile = Nile, lakehuron = LakeHuron, wwwusage = WWWusage, lynx = lynx,
            austres_sa = sa(austres), air_sa = sa(AirPassengers), ukgas_sa = sa(UKgas),
            usacc_sa = sa(USAccDeaths))
h <- 5
facts <- file("facts.tsv", "w"); want <- file("want.tsv", "w")
cat("indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource\n", file = facts)
for (nm in names(ser)) {
  x <- as.numeric(ser[[nm]]); n <- length(x)
  cat(sprintf("%s\tr\tlevel\t%d\t%.15g\tu\tA\tR\n", nm, 1800 + seq_len(n), x), sep = "", file = facts)
  fits <- list(
    ses_fixed = ses(x, h = h, alpha = 0.3), holt_fixed = holt(x, h = h, alpha = 0.3, beta = 0.1),
    damped_fixed = holt(x, h = h, damped = TRUE, alpha = 0.3, beta = 0.1, phi = 0.9),
    ses = ses(x, h = h), holt = holt(x, h = h), damped = holt(x, h = h, damped = TRUE))
  for (k in names(fits)) {
    f <- fits[[k]]
    cat(sprintf("%s\t%s\t%d\t%.10g\t%.10g\t%.10g\t%.10g\n", nm, k, 1:h, f$mean, f$lower[, 2],
                f$upper[, 2], sum(residuals(f)^2)), sep = "", file = want)
  }
}
close(facts); close(want)
REOF
cat > "$TMP/refit.R" <<'REOF'
# For each (series, method) in refit.tsv: R's in-sample SSE with our
# parameters fixed (R estimates only the initial states).
suppressMessages(library(forecast))
sa <- function(x) x / decompose(x, "multiplicative")$seasonal
ser <- list(nile = Nile, lakehuron = LakeHuron, wwwusage = WWWusage, lynx = lynx,
            austres_sa = sa(austres), air_sa = sa(AirPassengers), ukgas_sa = sa(UKgas),
            usacc_sa = sa(USAccDeaths))
r <- read.delim("refit.tsv", header = FALSE, col.names = c("s", "m", "a", "b", "p", "rsse"))
for (i in seq_len(nrow(r))) {
  x <- as.numeric(ser[[r$s[i]]])
  a <- min(r$a[i], 0.9998); b <- min(r$b[i], a - 1e-6)
  f <- tryCatch(switch(r$m[i],
    ses = ses(x, alpha = a), holt = holt(x, alpha = a, beta = b),
    damped = holt(x, damped = TRUE, alpha = a, beta = b, phi = r$p[i])), error = function(e) NULL)
  sse <- if (is.null(f)) NA else sum(residuals(f)^2)
  cat(sprintf("%s\t%s\t%.10g\t%.10g\n", r$s[i], r$m[i], sse, r$rsse[i]))
}
REOF
(cd "$TMP" && Rscript export.R) 2> "$TMP/r.err" || { fail "forecast-r: R export failed"; cat "$TMP/r.err"; exit 0; }
pass "forecast-r: R exported 8 series and its forecasts"

# Ours: fixed parameters, then estimated ones (series exported as annual:
# the seasonal ones are already adjusted by R's decompose).
run() { # label, ts-forecast options...
  local label=$1; shift
  "$T" -H 5 --seasonal no --params "$@" "$TMP/facts.tsv" |
    awk -F'\t' -v k="$label" 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
      { c[$1]++; a = $col["alpha"]; b = $col["beta"]; p = $col["phi"]
        print $1 "\t" k "\t" c[$1] "\t" $5 "\t" $col["lo95"] "\t" $col["hi95"] "\t" (a == "" ? "-" : a) "\t" \
          (b == "" ? "-" : b) "\t" (p == "" ? "-" : p) }'
}
{
  run ses_fixed -m ses --alpha 0.3
  run holt_fixed -m holt --alpha 0.3 --beta 0.1
  run damped_fixed -m damped --alpha 0.3 --beta 0.1 --phi 0.9
  run ses -m ses
  run holt -m holt
  run damped -m damped
} > "$TMP/got.tsv"

# One line per (series, method): worst relative differences over 5 steps,
# of the point forecast and of the 95% half-widths (lower limits can sit
# near zero, where a relative difference of the limit means nothing).
awk -F'\t' 'NR == FNR { g[$1 " " $2 " " $3] = $4 " " $5 " " $6 " " $7 " " $8 " " $9; next }
  { split(g[$1 " " $2 " " $3], o, " "); k = $1 "\t" $2
    d = ($4 - o[1]) / $4; if (d < 0) d = -d; if (d > pt[k]) pt[k] = d
    d = (($4 - $5) - (o[1] - o[2])) / ($4 - $5); if (d < 0) d = -d; if (d > lo[k]) lo[k] = d
    d = (($6 - $4) - (o[3] - o[1])) / ($6 - $4); if (d < 0) d = -d; if (d > lo[k]) lo[k] = d
    par[k] = o[4] "\t" o[5] "\t" o[6]; rsse[k] = $7; seen[k] = 1 }
  END { for (k in seen) printf "%s\t%.6f\t%.6f\t%s\t%s\n", k, pt[k], lo[k], par[k], rsse[k] }' \
  "$TMP/got.tsv" "$TMP/want.tsv" | sort > "$TMP/diff.tsv"
same_text "forecast-r: 48 comparisons" "$(wc -l < "$TMP/diff.tsv")" "48"

while IFS=$'\t' read -r s m pt lim a b p rsse; do
  case $m in
    *_fixed)
      if awk -v d="$pt" -v l="$lim" 'BEGIN { exit !(d <= 0.01 && l <= 0.01) }'; then
        pass "forecast-r: $s $m: points and 95% half-widths within 1% of R (worst $pt, $lim)"
      else
        fail "forecast-r: $s $m: relative difference $pt (limits $lim) above 1%"
      fi ;;
    *)
      if awk -v d="$pt" 'BEGIN { exit !(d <= 0.05) }'; then
        pass "forecast-r: $s $m: fitted forecasts within 5% of R (worst $pt)"
      else
        [ "$b" = - ] && b=0
        [ "$p" = - ] && p=1
        printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$s" "$m" "$a" "$b" "$p" "$rsse" >> "$TMP/refit.tsv"
      fi ;;
  esac
done < "$TMP/diff.tsv"

# Where the fitted forecasts differ by more than 5%, R refits with our
# parameters: its own SSE must not be above the SSE of its own estimate.
if [ -s "$TMP/refit.tsv" ]; then
  (cd "$TMP" && Rscript refit.R) > "$TMP/refit.out" 2> "$TMP/r.err"
  while IFS=$'\t' read -r s m ours theirs; do
    if awk -v o="$ours" -v t="$theirs" 'BEGIN { exit !(o != "NA" && o <= t * 1.000001) }'; then
      pass "forecast-r: $s $m: beyond 5% of R, but our parameters fit better by R's own SSE ($ours <= $theirs)"
    else
      fail "forecast-r: $s $m: beyond 5% of R and no better fit (SSE $ours vs R $theirs)"
    fi
  done < "$TMP/refit.out"
fi
