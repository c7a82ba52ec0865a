#!/bin/sh
# make bench: runs every bench/bench_*.sh with the tools of BIN.  They
# share the generated 12-million-row panel, made once under build/bench.
set -eu
bin=$(cd "${1:-bin}" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
work=$top/build/bench
mkdir -p "$work"
if [ ! -s "$work/panel.tsv" ]; then
  echo "bench: generating the 12-million-row panel ($work/panel.tsv)"
  /usr/bin/python3 "$top/bench/gen_panel.py" > "$work/panel.tsv.tmp"
  mv "$work/panel.tsv.tmp" "$work/panel.tsv"
fi
for b in "$top"/bench/bench_*.sh; do
  [ -f "$b" ] || continue
  echo "== $(basename "$b" .sh)"
  TS_BIN=$bin BENCH_DIR=$work PANEL=$work/panel.tsv sh "$b"
done
