# ts-plot end to end: options, selection, the SVG is well-formed XML, it
# renders (rsvg-convert) to a PNG that is not blank and shows the series'
# colour and the projection bands, and every error class exits as it should.
source "$(dirname "$0")/lib.sh"
P=$BIN/ts-plot
F=$FIX/plot

expect_exit 0 "plot: --version" -- "$P" --version
same_text "plot: version text" "$(cat "$TMP/out")" "ts-plot (tskit) 0.1.0"
expect_exit 0 "plot: --help" -- "$P" --help
check "plot: help has usage" grep -q '^Usage: ts-plot' "$TMP/out"
expect_exit 2 "plot: unknown option" -- "$P" --bogus
check "plot: unknown option hint" grep -qx "Try 'ts-plot --help'." "$TMP/err"
expect_exit 2 "plot: bad --freq" -- "$P" --freq weekly "$F/history.tsv"
same_text "plot: bad --freq message" "$(head -1 "$TMP/err")" \
  'ts-plot: option '\''--freq'\'': "weekly" is not a list of year, half, quarter, month, ytd, years, day, any'
expect_exit 2 "plot: width too small" -- "$P" --width 10 "$F/history.tsv"
expect_exit 2 "plot: bad --from period" -- "$P" --from 2020-13 "$F/history.tsv"
check "plot: bad --from names the problem" grep -q "month 13" "$TMP/err"
expect_exit 2 "plot: missing input file" -- "$P" "$TMP/nope.tsv"
check "plot: missing file named" grep -q "nope.tsv" "$TMP/err"

# The history of budget revenue and GRDP: levels in one panel, growth in
# another (different units never share an axis).
expect_exit 0 "plot: history" -- "$P" -i budget.revenue -i grdp -a kon-tum --freq year \
  -t "Kon Tum: GRDP & budget revenue" "$F/history.tsv"
cp "$TMP/out" "$TMP/history.svg"
check "plot: history is well-formed XML" xmllint --noout "$TMP/history.svg"
check "plot: title escaped" grep -q 'Kon Tum: GRDP &amp; budget revenue' "$TMP/history.svg"
same_text "plot: one y axis per unit" \
  "$(grep -o 'rotate(-90[^>]*>[^<]*' "$TMP/history.svg" | sed 's/.*>//' | sort | tr '\n' ' ')" \
  "% billion VND "
same_text "plot: legend" \
  "$(sed -n '/class="legend"/,/<\/g>/p' "$TMP/history.svg" | grep -o '<text[^>]*>[^<]*' | sed 's/.*>//' | tr '\n' '|')" \
  "budget.revenue, level|grdp, level|budget.revenue, plan|budget.revenue, yoy_pct|grdp, yoy_pct|estimate|"
check "plot: no city series" bash -c "! grep -q kon-tum-city '$TMP/history.svg'"
check "plot: annual filter drops the 10-month total" bash -c "! grep -q '10 months' '$TMP/history.svg'"
# The plan for 2024 appears in two reports with the same value: no warning.
same_text "plot: equal duplicates are quiet" "$(cat "$TMP/err")" ""

# Without --freq, a series in two kinds of period becomes two labelled lines.
expect_exit 0 "plot: mixed periods" -- "$P" -i budget.revenue -a kon-tum --measure level "$F/history.tsv"
check "plot: 11-month line labelled" grep -q '>budget.revenue, level, 11 months<' "$TMP/out"
check "plot: annual line labelled" grep -q '>budget.revenue, level, annual<' "$TMP/out"
# With several areas the legend names them.
expect_exit 0 "plot: two areas" -- "$P" -i budget.revenue --measure level "$F/history.tsv"
check "plot: area in the legend" grep -q '>budget.revenue (kon-tum-city), level<' "$TMP/out"

# Projection with bands, written with --output.
expect_exit 0 "plot: projection to file" -- "$P" -o "$TMP/proj.svg" -W 640 --height 400 "$F/forecast.tsv"
same_text "plot: -o leaves stdout empty" "$(cat "$TMP/out")" ""
check "plot: projection is well-formed XML" xmllint --noout "$TMP/proj.svg"
check "plot: size honoured" grep -q 'width="640" height="400"' "$TMP/proj.svg"
check "plot: dashed projection" grep -q 'stroke-dasharray="6 4" d="M' "$TMP/proj.svg"
check "plot: band legend" grep -q '>95% interval<' "$TMP/proj.svg"

# Render both to PNG and look at the pixels.
if command -v rsvg-convert > /dev/null; then
  rsvg-convert "$TMP/history.svg" -o "$TMP/history.png"
  rsvg-convert "$TMP/proj.svg" -o "$TMP/proj.png"
  pixels() { # PNG -> "non-white-fraction blue-count band-count"
    "$PY" - "$1" <<'EOF'
import sys
from PIL import Image
im = Image.open(sys.argv[1]).convert("RGB")
w, h = im.size
px = im.load()
nonwhite = blue = band = 0
for y in range(h):
    for x in range(w):
        r, g, b = px[x, y]
        if (r, g, b) != (255, 255, 255):
            nonwhite += 1
        if abs(r - 0x00) < 30 and abs(g - 0x72) < 30 and abs(b - 0xB2) < 30:
            blue += 1
        # The bands: the series blue at 14-40% over white is a pale blue.
        if 150 < r < 235 and 190 < g < 240 and b > 225 and b - r > 15:
            band += 1
print("%.4f %d %d %dx%d" % (nonwhite / (w * h), blue, band, w, h))
EOF
  }
  read -r frac blue band size <<< "$(pixels "$TMP/history.png")"
  same_text "plot: history PNG size" "$size" "800x500"
  check "plot: history PNG is not blank (${frac} non-white)" \
    "$PY" -c "import sys; sys.exit(0 if 0.02 < $frac < 0.6 else 1)"
  check "plot: history PNG shows the first series' colour ($blue px)" test "$blue" -gt 200
  check "plot: history PNG has no band ($band px of edges)" test "$band" -lt 1500
  read -r frac blue band size <<< "$(pixels "$TMP/proj.png")"
  same_text "plot: projection PNG size" "$size" "640x400"
  check "plot: projection PNG shows the bands ($band px)" test "$band" -gt 8000
else
  fail "plot: rsvg-convert is missing (make deps installs librsvg2-bin)"
fi

# Errors.
expect_exit 2 "plot: nothing selected" -- "$P" -i no.such "$F/history.tsv"
same_text "plot: nothing selected message" "$(cat "$TMP/err")" \
  "ts-plot: nothing to plot: no fact matches the selection"
echo keep > "$TMP/keep.svg"
expect_exit 2 "plot: failed run keeps the old file" -- "$P" -i no.such -o "$TMP/keep.svg" "$F/history.tsv"
same_text "plot: old file intact" "$(cat "$TMP/keep.svg")" "keep"
check "plot: no temp file left" bash -c "! ls '$TMP' | grep -q 'keep.svg.tmp'"
expect_exit 1 "plot: bad band value" -- "$P" "$F/badband.tsv"
same_text "plot: bad band message" "$(cat "$TMP/err")" \
  "ts-plot: budget.revenue kon-tum level 2017: column 'lo80': \"12,5x\" is not a number"
check "plot: chart drawn from the other rows" xmllint --noout "$TMP/out"
printf 'indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource\nx\ta\tlevel\t2020\t1\tha\tA\t-\nx\ta\tlevel\t2020\t2\tha\tA\t-\n' > "$TMP/dup.tsv"
expect_exit 0 "plot: conflicting duplicates" -- "$P" "$TMP/dup.tsv"
same_text "plot: duplicate warning" "$(cat "$TMP/err")" \
  "ts-plot: x a level 2020: several values (1, 2); drawing the last read"
expect_exit 2 "plot: /dev/full" -- sh -c "'$P' '$F/history.tsv' > /dev/full"
for i in $(seq 1 21); do printf 'ind%d\ta\tlevel\t2020\t1\tha\tA\t-\n' "$i"; done \
  | sed '1i indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource' > "$TMP/many.tsv"
expect_exit 2 "plot: too many series" -- "$P" "$TMP/many.tsv"
check "plot: too many series message" grep -q "21 series are too many" "$TMP/err"
expect_exit 0 "plot: stdin" -- sh -c "'$P' -i grdp < '$F/history.tsv'"
check "plot: stdin chart" grep -q '>grdp, level<' "$TMP/out"
# A projection for a year that also has a reported value is no duplicate:
# both are drawn, quietly (2023: reported 4200, projected 3794).
expect_exit 0 "plot: reported and projected in one year" -- "$P" -i budget.revenue -a kon-tum --measure level \
  --freq year "$F/history.tsv" "$F/forecast.tsv"
same_text "plot: no duplicate warning for a projection" "$(cat "$TMP/err")" ""
same_text "plot: 6 actual + 3 projected markers (+2 in the legend)" "$(grep -c "<circle" "$TMP/out")" "11"
# Several kinds at once: yearly figures and the five-year average growth
# (drawn as a bar across 2016-2020).
expect_exit 0 "plot: --freq year,years" -- "$P" -i budget.revenue -a kon-tum --measure yoy_pct --measure avg_annual_pct \
  --freq year,years "$DATA/gold/002_31e44065e05bd27f.tsv"
check "plot: five-year average in the legend" grep -q '>budget.revenue, avg_annual_pct<' "$TMP/out"
same_text "plot: one span bar" "$(grep -c 'stroke-width="2.5"' "$TMP/out")" "1"
