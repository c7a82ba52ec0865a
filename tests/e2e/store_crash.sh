# Crash safety: imports killed with SIGKILL at random moments (at least 50
# times; 10 under ASan) always leave a store that opens and holds exactly
# the old or the new content, and no stray temporary file that blocks the
# next run.  Then several importers at once all land (no lost facts).
source "$(dirname "$0")/lib.sh"
I=$BIN/ts-import
L=$BIN/ts-ls
S=$TMP/s.h5
KILLS=50
[ "$VARIANT" = asan ] && KILLS=10

# The old content: the gold files; the new: plus a 15,000-row file, big
# enough that an import spends a while in each of its phases.
"$I" --store "$S" "$DATA"/gold/*.tsv
awk 'BEGIN { OFS = "\t"; print "indicator", "area", "measure", "period", "value", "unit", "status", "source";
  for (i = 0; i < 15000; i++) print "x.i" i % 97, "a" int(i / 97), "level", 1990 + i % 30, i * 0.25, "ha", "E", "big.txt" }' \
  > "$TMP/big.tsv"
cp "$S" "$TMP/old.h5"
digest() { "$L" --store "$1" --facts --vintages | cut -f1-10 | sha256sum | cut -d' ' -f1; }
old=$(digest "$S")
cp "$S" "$TMP/new.h5"
start=$(date +%s%N)
"$I" --store "$TMP/new.h5" "$TMP/big.tsv"
span=$(( ($(date +%s%N) - start) / 1000 )) # microseconds of one whole import
new=$(digest "$TMP/new.h5")
check "crash: the new content differs from the old" test "$old" != "$new"

bad=0 n_old=0 n_new=0
for k in $(seq "$KILLS"); do
  # A random moment within 1.2x the time a whole import takes.
  delay=$(awk -v s="$span" -v r="$RANDOM" 'BEGIN { printf "%.6f", s * 1.2 * r / 32768 / 1e6 }')
  "$I" --store "$S" "$TMP/big.tsv" 2> /dev/null &
  pid=$!
  sleep "$delay"
  kill -KILL "$pid" 2> /dev/null || true
  wait "$pid" 2> /dev/null || true
  got=$(digest "$S" 2> "$TMP/err") || true
  if [ "$got" = "$old" ]; then n_old=$((n_old + 1))
  elif [ "$got" = "$new" ]; then n_new=$((n_new + 1)); cp "$TMP/old.h5" "$S"
  else bad=$((bad + 1)); echo "  kill $k after ${delay}s: store holds neither ($(head -1 "$TMP/err"))"; cp "$TMP/old.h5" "$S"
  fi
done
same_text "crash: $KILLS kills, every store old ($n_old) or new ($n_new)" "$bad" "0"
check "crash: some kills hit before the rename (old content)" test "$n_old" -gt 0
# Whatever temp files the kills left, the next import removes them and lands.
expect_exit 0 "crash: the next import runs" -- "$I" --store "$S" --wait 5 "$TMP/big.tsv"
same_text "crash: and lands the new content" "$(digest "$S")" "$new"
same_text "crash: no temporary file left" "$(ls "$TMP" | grep -c '\.tmp\.')" "0"

# Concurrency: six importers started at once on six documents all land.
C=$TMP/c.h5
for j in 1 2 3 4 5 6; do
  awk -v j="$j" 'BEGIN { OFS = "\t"; print "indicator", "area", "measure", "period", "value", "unit", "status", "source";
    for (i = 0; i < 2000; i++) print "c.i" i % 20, "w" j, "level", 2000 + int(i / 20), i + j, "ha", "A", "doc" j ".txt" }' \
    > "$TMP/doc$j.tsv"
done
pids=""
for j in 1 2 3 4 5 6; do "$I" --store "$C" "$TMP/doc$j.tsv" & pids="$pids $!"; done
fails=0
for p in $pids; do wait "$p" || fails=$((fails + 1)); done
same_text "concurrency: every importer succeeded" "$fails" "0"
same_text "concurrency: six documents" "$("$L" --store "$C" --sources | grep -c '	tsv	')" "6"
same_text "concurrency: no lost facts" "$("$L" --store "$C" --facts --vintages | sed 1d | wc -l)" "12000"
cat "$TMP"/doc*.tsv | grep -v '^indicator' | sort > "$TMP/want"
"$L" --store "$C" --facts | cut -f1-8 | sed 1d | sort > "$TMP/got"
same_file "concurrency: the facts are the inputs'" "$TMP/got" "$TMP/want"
