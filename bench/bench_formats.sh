#!/bin/sh
# ts-import on a published PDF report of 100 pages or more (the seeds'
# paragraphs and footnotes typeset by scripts/make_fixtures.py, with a
# running header, page numbers and an appendix table), against the usual
# route in the same run: pdftotext, then ts-import on its text.  Wall and
# CPU time (user + system) of each; the target is under 2 s wall.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${TS_BIN:-$top/bin}
dir=${BENCH_DIR:-$top/build/bench}/formats
mkdir -p "$dir"
pdf=$dir/report_100p.pdf
if [ ! -s "$pdf" ]; then
  /usr/bin/python3 "$top/scripts/make_fixtures.py" --long-report "$pdf.tmp" 100
  mv "$pdf.tmp" "$pdf"
fi
command -v pdftotext > /dev/null || { echo "bench_formats: pdftotext missing (make deps)"; exit 2; }
pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')

# run LABEL CMD...: best wall and CPU of 3 runs, and the facts it printed.
run() {
  label=$1
  shift
  best=""
  for i in 1 2 3; do
    /usr/bin/time -f '%e %U %S %M' -o "$dir/time" "$@" > "$dir/out" 2> "$dir/err" || {
      echo "bench_formats: $label failed:"; head -5 "$dir/err"; return 1; }
    read -r wall user sys rss < "$dir/time"
    line=$(awk -v w="$wall" -v u="$user" -v s="$sys" -v m="$rss" \
      'BEGIN { printf "%.2f %.2f %d", w, u + s, m / 1024 }')
    if [ -z "$best" ] || awk -v a="$line" -v b="$best" 'BEGIN { split(a, x); split(b, y); exit !(x[1] < y[1]) }'; then
      best=$line
    fi
  done
  set -- $best
  printf '%-40s wall %5.2f s  cpu %5.2f s  rss %4d MB  %d facts\n' "$label" "$1" "$2" "$3" \
    "$(($(wc -l < "$dir/out") - 1))"
}

echo "a published report: $pages pages, $(wc -c < "$pdf") bytes (load: $(cut -d' ' -f1-3 /proc/loadavg))"
run "ts-import report.pdf" "$bin/ts-import" "$pdf"
run "pdftotext + ts-import on its text" sh -c "pdftotext '$pdf' '$dir/report.txt' && '$bin/ts-import' '$dir/report.txt'"
run "pdftotext alone" sh -c "pdftotext '$pdf' '$dir/report.txt'; echo header"
echo "target: ts-import on the PDF under 2 s wall"
