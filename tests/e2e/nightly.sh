# scripts/nightly.sh: twice over the bundled reports (the second run changes
# nothing and says so), then with damaged files among them (named, exit 1,
# the rest imported), a config mistake, a busy output folder and usage
# errors.
source "$(dirname "$0")/lib.sh"
N=$TOP/scripts/nightly.sh
L=$BIN/ts-ls
IN=$TMP/in S=$TMP/s.h5 O=$TMP/results
mkdir -p "$IN"
cp "$DATA"/reports/*.txt "$IN/"
echo 'not a report' > "$IN/notes.doc"
run() { expect_exit "$1" "$2" -- bash "$N" -b "$BIN" -c "$TOP/scripts/nightly.conf" "${@:3}" "$IN" "$S" "$O"; }
# The log without its timestamps, and the timestamps' form.
steps() { sed 's/^[^ ]* //; s/ [0-9]* facts\{0,1\} added/ N facts added/' "$TMP/err" | grep -v 'ts-agg: duplicate fact\|stated again (first'; }
stamped() { ! grep -vqE '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z [a-z]+: ' "$TMP/err"; }

run 0 "nightly: first run"
check "nightly: every log line has a timestamp and a step" stamped
same_text "nightly: first run's steps" "$(steps)" "start: incoming $IN, store $S, output $O
import: skipped (not a report or fact file): notes.doc
import:   ts-import: $S: 5 documents read (0 already in the store), N facts added, 1 vintage, 0 skipped
import: 5 of 5 new files imported (0 already in the store)
derive: yoy: written into the store (document nightly.yoy)
derive: rolling 3: written into the store (document nightly.rolling3)
tables: 4 indicators; 8 files written, 0 unchanged, 0 charts without data
done: exit 0"
same_text "nightly: the store holds the reports and the two derived documents" \
  "$("$L" --store "$S" --sources | cut -f1,2 | tail -n +2)" "000_2b9464353da6eefa.txt	report
001_002918f8adaf2748.txt	report
002_31e44065e05bd27f.txt	report
003_84d6af4d73cb9fea.txt	report
004_fda61611c0e909b0.txt	report
nightly.yoy	tsv
derived	named
nightly.rolling3	tsv"
same_text "nightly: the revenue table" "$(cat "$O/tables/budget.revenue.kon-tum.md")" \
  "$("$BIN/ts-agg" table --store "$S" --indicator budget.revenue --area kon-tum --measure level \
      --periods 2016:2023 --format md --growth)"
check "nightly: the revenue chart has the derived growth" grep -q yoy_pct "$O/charts/budget.revenue.kon-tum.svg"
check "nightly: yoy series derived into the store" test -n "$("$L" --store "$S" --facts --measure yoy_pct --source nightly.yoy | tail -n +2)"
check "nightly: rolling series derived into the store" test -n "$("$L" --store "$S" --facts --measure rolling3_mean | tail -n +2)"

cp "$S" "$TMP/s1.h5"
ls -l --time-style=full-iso "$O/tables" "$O/charts" > "$TMP/times1"
run 0 "nightly: second run"
same_text "nightly: the second run says nothing is new" "$(steps | sed 's/since .*;/since T;/')" \
"start: incoming $IN, store $S, output $O
import: skipped (not a report or fact file): notes.doc
import: nothing new (5 files, all in the store)
done: nothing new since T; store, tables and charts unchanged"
same_file "nightly: the second run leaves the store's bytes" "$S" "$TMP/s1.h5"
ls -l --time-style=full-iso "$O/tables" "$O/charts" > "$TMP/times2"
same_file "nightly: and the tables and charts" "$TMP/times2" "$TMP/times1"

# New files: a fact file with a bad row (its other rows go in), a report
# that is not UTF-8 and a truncated .gz (both rejected), so exit 1.
{ printf 'indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource\n'
  printf 'budget.revenue\tkon-tum\tlevel\t2021\t3500\tbn_vnd\tA\tx.txt\n'
  printf 'budget.revenue\tkon-tum\tlevel\t2022\t38,5x\tbn_vnd\tA\tx.txt\n'; } > "$IN/extra.tsv"
printf 'B\xe1o c\xe1o t\xecnh h\xecnh\n' > "$IN/latin1.txt"
printf 'indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource\n' | gzip | head -c 30 > "$IN/cut.tsv.gz"
run 1 "nightly: a run with bad files exits 1"
check "nightly: every log line has a timestamp and a step (bad files)" stamped
check "nightly: the truncated file's message" grep -q '^[^ ]* import:   ts-import: cut.tsv.gz: ' "$TMP/err"
same_text "nightly: the bad files are named, the rest imported" "$(steps | grep -E '^(import|done)' | grep -v '^import:   ts-import: cut.tsv.gz')" \
"import: skipped (not a report or fact file): notes.doc
import: rejected cut.tsv.gz: unreadable or damaged
import:   ts-import: extra.tsv:3: column 'value': \"38,5x\" is not a number
import:   ts-import: latin1.txt: byte 1: invalid UTF-8
import:   ts-import: $S: 1 document read (0 already in the store), N facts added, 0 vintages, 2 skipped
import: 1 of 3 new files imported (5 already in the store); some rows or reports rejected
import: not imported: cut.tsv.gz latin1.txt
done: exit 1"
same_text "nightly: the good row is in the store" \
  "$("$L" --store "$S" --facts --indicator budget.revenue --area kon-tum --from 2021 --to 2021 --measure level | cut -f4,5)" \
  "period	value
2021	3500"
check "nightly: the derived series were written again" grep -q '^derive: yoy: written' <(steps)
cp "$S" "$TMP/s3.h5"
run 1 "nightly: the bad files still there: exit 1 again"
same_text "nightly: ... and nothing else happens" "$(steps | grep -E '^(import: [0-9]|done)' | sed 's/since .*;/since T;/')" \
"import: 0 of 2 new files imported (6 already in the store); some rows or reports rejected
done: nothing new since T; store, tables and charts unchanged"
same_file "nightly: the store keeps its bytes" "$S" "$TMP/s3.h5"
rm "$IN/latin1.txt" "$IN/cut.tsv.gz"

# A launcher prefix for ts-agg (as mpirun or srun would be), and a config
# line that is not INDICATOR AREA [FIRST:LAST].
printf 'budget.revenue kon-tum 2016:2023\nbudget.revenue\n' > "$TMP/bad.conf"
expect_exit 1 "nightly: a bad config line exits 1" -- bash "$N" -b "$BIN" -c "$TMP/bad.conf" --launch env "$IN" "$S" "$O"
check "nightly: ... naming the line" grep -q "tables: $TMP/bad.conf:2: expected INDICATOR AREA \[FIRST:LAST\]" "$TMP/err"
check "nightly: ... and the good line is still written" grep -q '^[^ ]* tables: 1 indicators' "$TMP/err"

# Another run holding the output folder; usage errors.
exec 8> "$O/.nightly.lock"
flock 8
run 2 "nightly: a busy output folder exits 2"
check "nightly: ... saying so" grep -q 'start: another nightly run is writing' "$TMP/err"
exec 8>&-
expect_exit 2 "nightly: no arguments" -- bash "$N"
same_text "nightly: usage message" "$(cat "$TMP/err")" "nightly.sh: expected INCOMING STORE OUT
Try 'nightly.sh --help'."
expect_exit 2 "nightly: bad --rolling" -- bash "$N" --rolling x "$IN" "$S" "$O"
expect_exit 2 "nightly: missing folder" -- bash "$N" -b "$BIN" "$TMP/none" "$S" "$O"
expect_exit 0 "nightly: --help" -- bash "$N" --help
check "nightly: help has usage" grep -q '^Usage: nightly.sh' "$TMP/out"
