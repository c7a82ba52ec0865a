#!/bin/sh
# Runs every unit test binary in BUILD/tests and every tests/e2e/*.sh with
# the tools of BIN; prints each failure, then "N passed, N failed" for this
# variant.  Counts come from cmocka's summaries and the e2e PASS/FAIL lines.
set -u
build=$1 bin=$2 label=${3:-plain}
top=$(cd "$(dirname "$0")/.." && pwd)
log=$build/test-logs; mkdir -p "$log"
passed=0 failed=0
count() { # file -> adds its PASS/FAIL counts
  p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$1" | awk '{s+=$1} END{print s+0}')
  f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$1" | awk '{s+=$1} END{print s+0}')
  p2=$(grep -c '^PASS: ' "$1"); f2=$(grep -c '^FAIL: ' "$1")
  echo $((p + p2)) $((f + f2))
}
for t in "$build"/tests/test_*; do
  [ -x "$t" ] || continue
  name=$(basename "$t"); out=$log/$name.log
  "$t" > "$out" 2>&1; rc=$?
  set -- $(count "$out"); p=$1 f=$2
  if [ $rc -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  [ "$f" -gt 0 ] && { echo "[$label] FAILED unit $name (log: $out)"; grep -E '^\[  (FAILED|ERROR)|error|Failure' "$out" | head -20; }
  passed=$((passed + p)); failed=$((failed + f))
done
for t in "$top"/tests/e2e/*.sh; do
  [ -f "$t" ] || continue
  case $(basename "$t") in lib.sh) continue;; esac
  name=$(basename "$t" .sh); out=$log/e2e-$name.log
  TS_BIN=$(cd "$bin" && pwd) TS_BUILD=$(cd "$build" && pwd) TS_VARIANT=$label \
    bash "$t" > "$out" 2>&1; rc=$?
  set -- $(count "$out"); p=$1 f=$2
  if [ $rc -ne 0 ] && [ "$f" -eq 0 ]; then f=1; echo "FAIL: $name exited $rc" >> "$out"; fi
  [ "$f" -gt 0 ] && { echo "[$label] FAILED e2e $name (log: $out)"; grep -A3 '^FAIL: ' "$out" | head -30; }
  passed=$((passed + p)); failed=$((failed + f))
done
echo "$passed $failed" > "$build/test-counts"
echo "[$label] $passed passed, $failed failed"
[ "$failed" -eq 0 ]
