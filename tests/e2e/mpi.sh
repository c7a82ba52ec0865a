# The MPI build (make MPI=1, bin-mpi) under mpirun with 1, 2 and 3
# processes against the serial tools on one store of 4,000 monthly series,
# 4,000 annual ones and the bundled reports: ts-agg yoy, rolling and table
# of every series and ts-forecast --method auto of the annual ones (a
# monthly series costs auto some 40 ms) byte for byte, result stores (--out) and --into the same,
# then a process that fails (every process exits 2, naming it) and one
# killed mid-job (mpirun exits non-zero, no output file, no process left).
# Runs as root under CI: Open MPI's run-as-root switches are set here.
source "$(dirname "$0")/lib.sh"
M=${TS_BIN_MPI:-}
if [ "$VARIANT" = asan ]; then pass "mpi: checked in the plain run"; exit 0; fi
if [ -z "$M" ] || [ ! -x "$M/ts-agg" ] || ! command -v mpirun > /dev/null; then
  echo "SKIP: mpi: no MPI build (make deps installs the MPI packages; make check builds bin-mpi)"
  exit 0
fi
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
# Three processes on a two-core machine.
export OMPI_MCA_rmaps_base_oversubscribe=1
I=$BIN/ts-import A=$BIN/ts-agg F=$BIN/ts-forecast L=$BIN/ts-ls
S=$TMP/s.h5
"$I" --store "$S" "$DATA"/reports/*.txt 2> /dev/null || true
/usr/bin/python3 "$TOP/bench/gen_panel.py" 4000 36 > "$TMP/panel.tsv"
/usr/bin/python3 "$TOP/bench/gen_panel.py" 4000 20 year > "$TMP/annual.tsv"
"$I" --store "$S" "$TMP/panel.tsv" "$TMP/annual.tsv"
check "mpi: the store has several thousand series" test "$("$L" --store "$S" | wc -l)" -gt 8000

run() { # NAME WANT NP TOOL ARGS...: the MPI tool under mpirun, which must
         # exit WANT; stdout in $TMP/got
  local name=$1 want=$2 np=$3 tool=$4 rc=0
  shift 4
  mpirun -np "$np" "$M/$tool" "$@" > "$TMP/got" 2> "$TMP/err" || rc=$?
  if [ $rc -eq "$want" ]; then pass "$name: exit $want"; else
    fail "$name: exit $rc, wanted $want"; sed 's/^/  stderr: /' "$TMP/err" | head -5; fi
}
compare() { # NAME TOOL ARGS...: serial output, then 1, 2 and 3 processes
  local name=$1 tool=$2 rc=0
  shift 2
  "$BIN/$tool" "$@" > "$TMP/want" 2> /dev/null || rc=$?
  check "mpi: $name: the serial tool writes something" test "$(wc -l < "$TMP/want")" -gt 100
  for np in 1 2 3; do
    run "mpi: $name -np $np" "$rc" "$np" "$tool" "$@"
    same_file "mpi: $name -np $np: the serial tool's output" "$TMP/got" "$TMP/want"
  done
}
compare "ts-agg yoy" ts-agg yoy --store "$S"
compare "ts-agg rolling 3" ts-agg rolling 3 --store "$S"
compare "ts-agg table" ts-agg table --store "$S" --growth
compare "ts-agg table by periods" ts-agg table --store "$S" --indicator 'ind.*' --periods 2011-01:2012-12 --format md
compare "ts-forecast auto" ts-forecast --store "$S" --method auto --indicator 'yr.*'

# Result stores written by 3 processes, and --into by rank 0.
"$A" yoy then rolling 3 --store "$S" --out "$TMP/one.h5" 2> /dev/null
run "mpi: ts-agg --out -np 3" 0 3 ts-agg yoy then rolling 3 --store "$S" --out "$TMP/three.h5"
same_text "mpi: the result store of 3 processes holds the serial one's facts" \
  "$("$L" --store "$TMP/three.h5" --facts | sha256sum)" "$("$L" --store "$TMP/one.h5" --facts | sha256sum)"
"$F" --store "$S" --method auto --indicator 'yr.1*' > "$TMP/want"
run "mpi: ts-forecast --out -np 2" 0 2 ts-forecast --store "$S" --method auto --indicator 'yr.1*' --out "$TMP/f.h5"
"$L" --store "$TMP/f.h5" --facts > "$TMP/got"
same_file "mpi: the forecast result store of 2 processes, intervals included" "$TMP/got" "$TMP/want"
cp "$S" "$TMP/into1.h5"
cp "$S" "$S.copy"
cp "$S" "$TMP/into2.h5"
"$A" yoy --store "$S" --into "$TMP/into1.h5" --name yoy 2> /dev/null
run "mpi: ts-agg --into -np 2" 0 2 ts-agg yoy --store "$S" --into "$TMP/into2.h5" --name yoy
same_text "mpi: --into from 2 processes adds what one adds" \
  "$("$L" --store "$TMP/into2.h5" --facts --source yoy | sha256sum)" \
  "$("$L" --store "$TMP/into1.h5" --facts --source yoy | sha256sum)"
check "mpi: no temporary file left" test -z "$(ls "$TMP" | grep '\.tmp\.')"

# A process that fails: a damaged chunk at the end of /obs/value is in
# the last process's share.  Every process exits 2 and says why.
cp "$S" "$TMP/bad.h5"
/usr/bin/python3 - "$TMP/bad.h5" <<'PY'
import sys, h5py
with h5py.File(sys.argv[1], "r") as f:
    d = f["obs/value"]
    info = d.id.get_chunk_info(d.id.get_num_chunks() - 1)
with open(sys.argv[1], "r+b") as g:
    g.seek(info.byte_offset + info.size // 2)
    g.write(b"\xff" * 64)
PY
rc=0
mpirun -np 3 "$M/ts-agg" yoy --store "$TMP/bad.h5" --out "$TMP/bad-out.h5" > /dev/null 2> "$TMP/err" || rc=$?
same_text "mpi: a damaged share: exit 2" "$rc" 2
check "mpi: ... the failing process names the store" grep -q "^ts-agg: $TMP/bad.h5: damaged store" "$TMP/err"
check "mpi: ... rank 0 stops" grep -q '^ts-agg: rank 0: stopped: another process failed' "$TMP/err"
check "mpi: ... rank 1 stops" grep -q '^ts-agg: rank 1: stopped: another process failed' "$TMP/err"
check "mpi: ... no result file" test ! -e "$TMP/bad-out.h5"
check "mpi: ... no temporary file" test -z "$(ls "$TMP" | grep 'bad-out.h5')"

# Rank 0 cannot open -o FILE: every process learns it before the store is
# opened together, and all exit 2 (none waits for the others forever).
for t in "ts-agg yoy" "ts-forecast --indicator yr.0* --method naive" "ts-import $TMP/panel.tsv"; do
  # shellcheck disable=SC2086
  set -- $t
  rc=0
  timeout 120 mpirun -np 3 "$M/$1" "${@:2}" --store "$S.copy" -o "$TMP/none/out.tsv" \
    > /dev/null 2> "$TMP/err" || rc=$?
  same_text "mpi: $1 -o into a missing folder, 3 processes: exit 2" "$rc" 2
  check "mpi: ... rank 0 says why" grep -q "^$1: .*none/out.tsv" "$TMP/err"
done

# A process killed mid-job: rank 1, once it has worked a while.  mpirun
# ends the others, the job exits non-zero, and nothing is left.
/usr/bin/python3 "$TOP/bench/gen_panel.py" 12000 48 > "$TMP/big.tsv"
"$I" --store "$TMP/big.h5" "$TMP/big.tsv"
mpirun -np 2 "$M/ts-forecast" --store "$TMP/big.h5" --method best -j 1 --out "$TMP/k.h5" \
  > /dev/null 2> "$TMP/kill.err" &
job=$!
victim='' ranks=''
for _ in $(seq 600); do
  # The job's processes: mpirun's children (not another run's).
  ranks=$(pgrep -P "$job" || true)
  for p in $ranks; do
    [ "$(tr '\0' '\n' < "/proc/$p/environ" 2> /dev/null | grep -E -c '^(OMPI_COMM_WORLD_RANK|PMI_RANK)=1$')" = 1 ] || continue
    # Killed once it has spent 0.2 s of CPU: past start-up, in its work.
    ticks=$(awk '{print $14 + $15}' "/proc/$p/stat" 2> /dev/null || echo 0)
    [ "$ticks" -ge 20 ] && victim=$p
  done
  [ -n "$victim" ] && break
  sleep 0.05
done
[ -n "$victim" ] && kill -KILL "$victim"
rc=0
wait "$job" || rc=$?
check "mpi: a rank was killed mid-job" test -n "$victim"
check "mpi: ... the job exits non-zero (exit $rc)" test "$rc" -ne 0
check "mpi: ... no result file" test ! -e "$TMP/k.h5"
check "mpi: ... no temporary file" test -z "$(ls "$TMP" | grep 'k.h5')"
# Given up to 10 s to end (a rank may still be removing its file); an
# ended one not yet reaped (state Z) counts as ended.
for _ in $(seq 100); do
  left=''
  for p in $ranks; do
    st=$(awk '{print $3}' "/proc/$p/stat" 2> /dev/null || true)
    [ -n "$st" ] && [ "$st" != Z ] && left="$left $p"
  done
  [ -z "$left" ] && break
  sleep 0.1
done
check "mpi: ... no process of the job left ($left)" test -z "$left"

# ts-import under mpirun: the processes read disjoint runs of the files,
# rank 0 adds the others' in order and commits once.  The same store as
# one process makes, nothing written again for files it holds, all or
# nothing when a file is damaged, the lock as for one process.
head -2001 "$TMP/panel.tsv" > "$TMP/part1.tsv"
{ head -1 "$TMP/panel.tsv"; sed -n 2002,5001p "$TMP/panel.tsv"; } > "$TMP/part2.tsv"
R=$DATA/reports
files=("$R/000_2b9464353da6eefa.txt" "$TMP/part1.tsv" "$R/001_002918f8adaf2748.txt"
  "$R/002_31e44065e05bd27f.txt" "$TMP/part2.tsv" "$R/003_84d6af4d73cb9fea.txt" "$R/004_fda61611c0e909b0.txt")
"$I" --store "$TMP/i0.h5" "${files[@]}" 2> /dev/null || true
content() { "$L" --store "$1" --facts --vintages | sha256sum; "$L" --store "$1" --sources | cut -f1-4,6-; }
for np in 2 3; do
  rc=0
  mpirun -np "$np" "$M/ts-import" --store "$TMP/i$np.h5" "${files[@]}" > /dev/null 2> "$TMP/err" || rc=$?
  same_text "mpi: ts-import -np $np: exit as one process" "$rc" 0
  same_text "mpi: ts-import -np $np: the store one process makes" "$(content "$TMP/i$np.h5")" "$(content "$TMP/i0.h5")"
done
before=$(stat -c '%i %Y %s' "$TMP/i3.h5")
run "mpi: ts-import again" 0 3 ts-import --store "$TMP/i3.h5" "${files[@]}"
same_text "mpi: ... writes nothing for files the store holds" "$(stat -c '%i %Y %s' "$TMP/i3.h5")" "$before"
printf 'indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource\n' | gzip | head -c 30 > "$TMP/cut.tsv.gz"
cp "$TMP/i3.h5" "$TMP/i3.old"
rc=0
mpirun -np 3 "$M/ts-import" --store "$TMP/i3.h5" "$R/000_2b9464353da6eefa.txt" "$TMP/part1.tsv" \
  "$TMP/cut.tsv.gz" > /dev/null 2> "$TMP/err" || rc=$?
same_text "mpi: ts-import with a damaged file on the last rank: exit 2" "$rc" 2
check "mpi: ... which it names" grep -q 'cut.tsv.gz' "$TMP/err"
same_file "mpi: ... and the store is as it was" "$TMP/i3.h5" "$TMP/i3.old"
exec 8> "$TMP/i3.h5.lock"
flock 8
rc=0
mpirun -np 2 "$M/ts-import" --store "$TMP/i3.h5" --wait 0 "$TMP/part2.tsv" > /dev/null 2> "$TMP/err" || rc=$?
exec 8>&-
same_text "mpi: ts-import on a locked store: exit 2" "$rc" 2
check "mpi: ... saying it is locked" grep -q 'locked' "$TMP/err"

# The nightly job with its import and derive steps under mpirun: the same
# store content and the same tables as the job with one process.
mkdir -p "$TMP/in"
cp "$DATA"/reports/*.txt "$TMP/in/"
bash "$TOP/scripts/nightly.sh" -b "$BIN" -c "$TOP/scripts/nightly.conf" "$TMP/in" "$TMP/n1.h5" \
  "$TMP/n1" 2> /dev/null || true
rc=0
bash "$TOP/scripts/nightly.sh" -b "$M" --launch "mpirun -np 2" -c "$TOP/scripts/nightly.conf" \
  "$TMP/in" "$TMP/n2.h5" "$TMP/n2" 2> "$TMP/err" || rc=$?
same_text "mpi: nightly.sh --launch 'mpirun -np 2': exit 0" "$rc" 0
same_text "mpi: ... the store one process leaves" \
  "$("$L" --store "$TMP/n2.h5" --facts --vintages | sha256sum)" "$("$L" --store "$TMP/n1.h5" --facts --vintages | sha256sum)"
same_text "mpi: ... the same tables" "$(cat "$TMP"/n2/tables/*.md | sha256sum)" "$(cat "$TMP"/n1/tables/*.md | sha256sum)"
