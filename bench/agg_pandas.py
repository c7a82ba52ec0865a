#!/usr/bin/python3
"""pandas side of bench_agg.sh: year-on-year growth of every series
(groupby().pct_change(12)), then its 3-month trailing mean
(groupby().rolling(3).mean()), written as the fact TSV, as ts-agg's
`yoy | rolling 3 --measure yoy_pct` does.  Usage: agg_pandas.py IN OUT"""
import sys

import pandas as pd


def main():
    src, dst = sys.argv[1], sys.argv[2]
    df = pd.read_csv(src, sep="\t", dtype={"period": str, "indicator": "category",
                                           "area": "category", "measure": "category",
                                           "unit": "category", "status": "category",
                                           "source": "category"})
    keys = ["indicator", "area"]
    g = df.groupby(keys, sort=False, observed=True)["value"]
    df["yoy"] = g.pct_change(12) * 100
    r = (df.groupby(keys, sort=False, observed=True)["yoy"]
           .rolling(3).mean().reset_index(level=[0, 1], drop=True))
    df["value"] = r
    out = df.loc[df["value"].notna(), ["indicator", "area", "measure", "period", "value",
                                       "unit", "status", "source"]].copy()
    out["measure"] = "yoy_pct_rolling3_mean"
    out["unit"] = "pct"
    out["source"] = "derived"
    out.to_csv(dst, sep="\t", index=False, float_format="%.15g")


if __name__ == "__main__":
    main()
