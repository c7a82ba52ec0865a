# Failures injected into the ASan build's hooks (tests/fault/fault.h): the
# N-th allocation fails, or the N-th write, fsync, rename or close of the
# new store fails with EIO or ENOSPC.  For each, a tool either absorbs it
# (the same output and store as without it) or says "out of memory" /
# "cannot ..." and exits 2 with the store byte for byte unchanged, no
# temporary file left, no crash and, ASan checking, no leak.  The main
# paths: imports into a store (fact files, and reports, which run the
# text module's reading), a query, an aggregation and a forecast.  make
# check tries a sample of N (every N up to 12, then 20 spread over the
# rest); FAULT_FULL=1 tries every N.
source "$(dirname "$0")/lib.sh"
if [ "$VARIANT" != asan ]; then
  echo "SKIP: fault: run in the ASan build only (its allocation and I/O hooks)"
  exit 0
fi
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=99
I=$BIN/ts-import
L=$BIN/ts-ls
F=$FIX/store
BASE=$TMP/base.h5
"$I" --store "$BASE" "$F/jan.tsv" "$FIX/extract/report.txt" 2> /dev/null || true
digest() { sha256sum < "$1" | cut -d' ' -f1; }
# What a store holds, whatever second it was written in.
content() { { "$L" --store "$1" --facts --vintages; "$L" --store "$1" --sources | cut -f1-4,6-; } | sha256sum; }

# run_path NAME CMD...: the command (which may write $TMP/s.h5, a fresh
# copy of the base store each run) under every chosen failure.
run_path() {
  local name=$1; shift
  cp "$BASE" "$TMP/s.h5"
  local want_rc=0
  "$@" > "$TMP/want.out" 2> /dev/null || want_rc=$?
  local want_store; want_store=$(content "$TMP/s.h5")
  cp "$BASE" "$TMP/s.h5"
  TS_FAULT_COUNT=1 "$@" > /dev/null 2> "$TMP/count" || true
  local n; n=$(sed -n 's/^fault-count: allocations \([0-9]*\) .*/\1/p' "$TMP/count")
  local ns
  if [ -n "${FAULT_FULL:-}" ]; then ns=$(seq 1 "$n")
  else ns=$( { seq 1 12; awk -v n="$n" 'BEGIN { for (i = 1; i <= 20; i++) print int(12 + i * (n - 12) / 20) }'; } | awk -v n="$n" '$1 >= 1 && $1 <= n' | sort -un)
  fi
  local bad=0 absorbed=0 failed=0 tried=0
  for k in $ns; do
    cp "$BASE" "$TMP/s.h5"; local before; before=$(digest "$TMP/s.h5")
    local rc=0
    TS_OOM_FAIL=$k "$@" > "$TMP/got.out" 2> "$TMP/got.err" || rc=$?
    tried=$((tried + 1))
    if [ "$rc" -eq 2 ] && grep -q 'out of memory' "$TMP/got.err" && [ "$(digest "$TMP/s.h5")" = "$before" ] \
       && ! ls "$TMP" | grep -q '\.tmp\.'; then
      failed=$((failed + 1))
    elif [ "$rc" -eq "$want_rc" ] && cmp -s "$TMP/got.out" "$TMP/want.out" && [ "$(content "$TMP/s.h5")" = "$want_store" ]; then
      absorbed=$((absorbed + 1))
    else
      bad=$((bad + 1))
      echo "  $name: allocation $k: exit $rc: $(head -c 300 "$TMP/got.err")"
    fi
  done
  same_text "oom: $name: $tried of $n allocations failed in turn, each clean ($failed said out of memory, $absorbed absorbed)" "$bad" "0"
}

run_path import "$I" --store "$TMP/s.h5" "$F/mar.tsv" "$F/jan_v2.tsv"
run_path report "$I" --store "$TMP/s.h5" "$DATA"/reports/*.txt
run_path query "$L" --store "$TMP/s.h5" --facts --indicator budget.revenue --area kon-tum
run_path listing "$L" --store "$TMP/s.h5"
run_path agg "$BIN/ts-agg" yoy then rolling 2 "$FIX/agg/years.tsv" "$FIX/agg/months.tsv"
run_path table "$BIN/ts-agg" table --store "$TMP/s.h5"
run_path forecast "$BIN/ts-forecast" -m linear -H 2 "$FIX/forecast/series.tsv"

# The atomic write: each of its calls fails in turn, with EIO and ENOSPC.
cp "$BASE" "$TMP/s.h5"
TS_FAULT_COUNT=1 "$I" --store "$TMP/s.h5" "$F/mar.tsv" > /dev/null 2> "$TMP/count" || true
new=$(content "$TMP/s.h5")
for call in write fsync rename close; do
  n=$(sed -n "s/^fault-count: .* $call \\([0-9]*\\).*/\\1/p" "$TMP/count")
  bad=0
  for e in EIO ENOSPC; do
    for k in $(seq 1 "$n"); do
      cp "$BASE" "$TMP/s.h5"; before=$(digest "$TMP/s.h5")
      rc=0
      TS_FAULT=$call:$k:$e "$I" --store "$TMP/s.h5" "$F/mar.tsv" > /dev/null 2> "$TMP/got.err" || rc=$?
      after=$(digest "$TMP/s.h5")
      if { [ "$rc" -eq 2 ] && grep -q 'cannot' "$TMP/got.err" && [ "$after" = "$before" ]; } \
         || { [ "$rc" -eq 0 ] && [ "$(content "$TMP/s.h5")" = "$new" ]; }; then
        ls "$TMP" | grep -q '\.tmp\.' && { bad=$((bad + 1)); echo "  $call $k $e: a temporary file is left"; }
      else
        bad=$((bad + 1)); echo "  $call $k $e: exit $rc: $(head -c 300 "$TMP/got.err")"
      fi
    done
  done
  same_text "io: each of the $n ${call}s failing (EIO, ENOSPC) leaves the old store or the new one" "$bad" "0"
done
