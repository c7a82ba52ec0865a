#!/bin/sh
# make bench-mpi: the MPI build under mpirun with 1 and 2 processes on the
# benchmark panel (100,000 monthly series x 120 points, one store), for
# ts-forecast --method auto and ts-agg yoy then rolling 3: wall time,
# speed-up, CPU and peak memory of each process, and each run's output
# compared with the serial tool's.  Not a test: figures for
# docs/benchmarks.md and docs/scale.md.
# Usage: sh bench/mpi.sh SERIAL_BIN MPI_BIN; NSERIES, NPOINTS and NPS
# (process counts, default "1 2") override the sizes, ONLY=agg or
# ONLY=forecast runs one of the two.  The forecasts are the long part:
# --method auto costs some 27 ms of CPU per monthly series of 120 points,
# some 45 CPU-minutes for each process count and the serial tool.
set -eu
bin=$(cd "${1:-bin}" && pwd)
mbin=$(cd "${2:-bin-mpi}" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
n=${NSERIES:-100000}
pts=${NPOINTS:-120}
nps=${NPS:-1 2}
work=$top/build/bench/mpi
mkdir -p "$work"
# Open MPI refuses root unless told, and more processes than cores.
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
export OMPI_MCA_rmaps_base_oversubscribe=1

# The panel of make bench when the sizes are its own, else one of these.
panel=$top/build/bench/panel.tsv
[ "$n" = 100000 ] && [ "$pts" = 120 ] || panel=$work/panel_${n}x$pts.tsv
if [ ! -s "$panel" ]; then
  echo "bench-mpi: generating $n series x $pts months ($panel)"
  /usr/bin/python3 "$top/bench/gen_panel.py" "$n" "$pts" > "$panel.tmp"
  mv "$panel.tmp" "$panel"
fi
store=$work/panel_${n}x$pts.h5
[ -s "$store" ] || "$bin/ts-import" --store "$store" "$panel"

echo "bench-mpi: $(grep -c ^processor /proc/cpuinfo) cores, $(uptime | sed 's/.*load/load/')"
echo "bench-mpi: $n series x $pts points, $(du -m "$store" | cut -f1) MB store"
# A wrapper that records each process's peak memory and CPU (user +
# system seconds) in rank.N, N its rank (Open MPI or MPICH name).
cat > "$work/rank.sh" <<'EOF'
#!/bin/sh
r=${OMPI_COMM_WORLD_RANK:-${PMI_RANK:-0}}
exec /usr/bin/time -o "$RANK_DIR/rank.$r" -f '%M %U %S' "$@"
EOF
chmod +x "$work/rank.sh"

wall() { # cmd... > out: seconds of wall time
  s=$(date +%s.%N)
  "$@"
  e=$(date +%s.%N)
  echo "$s $e" | awk '{printf "%.2f", $2 - $1}' > "$work/wall"
}

bench() { # NAME TOOL ARGS...  ($serial_args go to the serial tool only)
  name=$1 tool=$2
  shift 2
  # Outputs go to files with -o: Open MPI forwards a rank's standard
  # output through mpirun at some 20-30 MB/s, which would time mpirun.
  # shellcheck disable=SC2086
  wall "$bin/$tool" "$@" $serial_args --store "$store" -o "$work/serial.out"
  serial=$(cat "$work/wall")
  echo "$name: serial tool${serial_args:+ ($serial_args)} ${serial}s"
  base=''
  for np in $nps; do
    rm -f "$work"/rank.*[0-9]
    RANK_DIR=$work wall mpirun -np "$np" -x RANK_DIR "$work/rank.sh" "$mbin/$tool" "$@" \
      --store "$store" -o "$work/mpi.out"
    t=$(cat "$work/wall")
    [ -n "$base" ] || base=$t
    same=differs
    cmp -s "$work/mpi.out" "$work/serial.out" && same=identical
    cpu=0
    per=''
    for k in $(seq 0 $((np - 1))); do
      read -r rss u s < "$work/rank.$k"
      cpu=$(echo "$cpu $u $s" | awk '{printf "%.2f", $1 + $2 + $3}')
      per="$per rank $k $(echo "$rss" | awk '{printf "%.0f MB", $1 / 1024}') $(echo "$u $s" | awk '{printf "%.1f", $1 + $2}') s CPU;"
    done
    echo "$t $base $cpu $n" | awk -v name="$name" -v np="$np" -v per="$per" -v same="$same" \
      '{printf "%s: %d process(es) %.2fs wall, speed-up %.2f, %.1f us CPU per series;%s output %s\n",
        name, np, $1, $2 / $1, $3 / $4 * 1e6, per, same}'
  done
}

only=${ONLY:-}
serial_args=''
[ "$only" = forecast ] || bench "ts-agg yoy then rolling 3" ts-agg yoy then rolling 3
# Each process computes with one thread, so that the process count is the
# only parallelism; the serial reference, there to compare outputs with,
# uses every core (its threads write the same output).
serial_args="-j $(grep -c ^processor /proc/cpuinfo)"
[ "$only" = agg ] || bench "ts-forecast --method auto" ts-forecast --method auto -j 1
