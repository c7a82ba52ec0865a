#!/usr/bin/python3
"""Writes the benchmark panel: N monthly series x M months as the fact
record (default 100,000 x 120 = 12 million rows), deterministic.  A third
argument "year" writes N annual series of M years from 2001 instead, as
indicators yr.00 .. yr.99 (so that both kinds can share one store)."""
import random
import sys

def main():
    n_series = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    n_points = int(sys.argv[2]) if len(sys.argv) > 2 else 120
    annual = len(sys.argv) > 3 and sys.argv[3] == "year"
    rng = random.Random(20261125)
    out = sys.stdout
    out.write("indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource\n")
    if annual:
        periods = [f"{2001 + y}" for y in range(n_points)]
    else:
        periods = [f"{2010 + m // 12}-{m % 12 + 1:02d}" for m in range(n_points)]
    prefix = "yr" if annual else "ind"
    for s in range(n_series):
        head = f"{prefix}.{s % 100:02d}\tarea-{s // 100:04d}\tlevel\t"
        tail = "\tbn_vnd\tA\tpanel.tsv\n"
        level = 100.0 + rng.random() * 900.0
        growth = 1.0 + rng.gauss(0.004, 0.002)
        rows = []
        for p in periods:
            level *= growth * (1.0 + rng.gauss(0.0, 0.02))
            rows.append(f"{head}{p}\t{level:.3f}{tail}")
        out.write("".join(rows))

if __name__ == "__main__":
    main()
