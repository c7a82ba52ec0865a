#!/usr/bin/python3
"""Writes the benchmark panel: N monthly series x M months as the fact
record (default 100,000 x 120 = 12 million rows), deterministic."""
import random
import sys

def main():
    n_series = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    n_months = int(sys.argv[2]) if len(sys.argv) > 2 else 120
    rng = random.Random(20261125)
    out = sys.stdout
    out.write("indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource\n")
    periods = [f"{2010 + m // 12}-{m % 12 + 1:02d}" for m in range(n_months)]
    for s in range(n_series):
        head = f"ind.{s % 100:02d}\tarea-{s // 100:04d}\tlevel\t"
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
