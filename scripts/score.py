#!/usr/bin/python3
"""Scores extracted facts against gold facts with the rule of docs/spec/facts.md.

A produced fact matches a gold fact when indicator, area, measure and
period are equal (periods compared as day intervals, so 2024-H1 = 2024-01/P6M) and the
values agree within 0.5% relative, or 0.01 absolute for unit pct.  One
produced fact matches at most one gold fact.  Recall = matched gold / gold;
precision = matched produced / produced facts whose indicator is in the
catalogue, less the further plans of facts.md: a `plan` or `pct_plan` fact
with a `plan_by` that matches nothing is not counted when the gold has a
fact of its indicator, area, measure and period of another issuer (the
gold keeps the first plan a sentence names, mostly without its issuer; a
wrong value of the gold's own issuer still counts).

Areas are compared unless --no-area is given (a fact without the right area
cannot go into a store, so it does not count as found).

usage: score.py [--verbose] [--no-area] --catalog CAT.tsv NAME=GOLD.tsv:PRODUCED.tsv ...
Prints one line per pair and a `total` line (TSV with a header).
"""
import calendar
import csv
import datetime as dt
import re
import sys

csv.field_size_limit(1 << 24)


def _d(y, m, d):
    return dt.date(int(y), int(m), int(d))


def _month_end(y, m):
    return _d(y, m, calendar.monthrange(int(y), int(m))[1])


def _add_months(y, m, n):
    """(year, month) n-1 months after (y, m): the last month of an n-month run."""
    k = int(y) * 12 + int(m) - 1 + n - 1
    return k // 12, k % 12 + 1


def period_interval(text):
    """Every period form of facts.md -> (first day, last day), or None."""
    t = text.strip()
    m = re.fullmatch(r"(\d{4})", t)
    if m:
        return _d(t, 1, 1), _d(t, 12, 31)
    m = re.fullmatch(r"(\d{4})-(\d{2})", t)
    if m:
        y, mo = m.groups()
        return _d(y, mo, 1), _month_end(y, mo)
    m = re.fullmatch(r"(\d{4})-Q([1-4])", t)
    if m:
        y, q = int(m.group(1)), int(m.group(2))
        return _d(y, 3 * q - 2, 1), _month_end(y, 3 * q)
    m = re.fullmatch(r"(\d{4})-H([12])", t)
    if m:
        y, h = int(m.group(1)), int(m.group(2))
        return _d(y, 6 * h - 5, 1), _month_end(y, 6 * h)
    m = re.fullmatch(r"(\d{4})-(\d{2})/P(\d+)M", t)
    if m:
        y, mo, n = m.groups()
        ly, lm = _add_months(y, mo, int(n))
        return _d(y, mo, 1), _month_end(ly, lm)
    m = re.fullmatch(r"(\d{4})/(\d{4})", t)
    if m:
        return _d(m.group(1), 1, 1), _d(m.group(2), 12, 31)
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        day = _d(*m.groups())
        return day, day
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})/(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        g = m.groups()
        return _d(*g[:3]), _d(*g[3:])
    return None


def read_facts(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    facts = []
    for r in rows:
        try:
            value = float(r["value"])
        except (TypeError, ValueError):
            continue
        facts.append({
            "indicator": r["indicator"], "area": r.get("area") or "",
            "measure": r["measure"], "plan_by": r.get("plan_by") or "",
            "period": r["period"], "key_period": period_interval(r["period"]) or r["period"],
            "value": value, "unit": r.get("unit", ""),
            "excerpt": (r.get("excerpt") or "")[:160],
        })
    return facts


def close(a, b, unit):
    if unit == "pct" and abs(a - b) <= 0.01 + 1e-9:
        return True
    return abs(a - b) <= 0.005 * max(abs(a), abs(b)) + 1e-12


def score(gold, produced, catalog, with_area=True):
    """Returns (matched count, counted produced, missed gold, unmatched produced)."""
    counted = [p for p in produced if p["indicator"] in catalog]
    used = [False] * len(counted)
    missed = []
    matched = 0
    for g in gold:
        best = None
        for i, p in enumerate(counted):
            if used[i] or p["indicator"] != g["indicator"] or p["measure"] != g["measure"]:
                continue
            if with_area and p["area"] != g["area"]:
                continue
            if p["key_period"] != g["key_period"]:
                continue
            if close(p["value"], g["value"], g["unit"]):
                best = i
                break
        if best is None:
            missed.append(g)
        else:
            used[best] = True
            matched += 1
    # The gold keeps the first plan a sentence names: a further plan with a
    # named issuer, on a key the gold has, is neither right nor wrong.
    def gold_key(f):
        return (f["indicator"], f["area"] if with_area else "", f["measure"], f["key_period"])
    gold_issuers = {}
    for g in gold:
        gold_issuers.setdefault(gold_key(g), set()).add(g["plan_by"])
    uncounted = [i for i, p in enumerate(counted)
                 if not used[i] and p["plan_by"] and p["measure"] in ("plan", "pct_plan")
                 and gold_key(p) in gold_issuers
                 and p["plan_by"] not in gold_issuers[gold_key(p)]]
    skip = set(uncounted)
    extra = [p for i, p in enumerate(counted) if not used[i] and i not in skip]
    return matched, len(counted) - len(skip), missed, extra


def main(argv):
    verbose = False
    with_area = True
    catalog_path = None
    pairs = []
    args = iter(argv)
    for a in args:
        if a in ("-v", "--verbose"):
            verbose = True
        elif a == "--no-area":
            with_area = False
        elif a == "--catalog":
            catalog_path = next(args, None)
        elif a in ("-h", "--help"):
            print(__doc__.strip())
            return 0
        else:
            pairs.append(a)
    if not catalog_path or not pairs:
        sys.stderr.write("score.py: need --catalog and NAME=GOLD:PRODUCED pairs\n")
        return 2
    with open(catalog_path, encoding="utf-8") as f:
        catalog = {r["id"] for r in csv.DictReader(f, delimiter="\t")}
    print("report\tgold\tproduced\tmatched\trecall\tprecision")
    tg = tp = tm = 0
    low = 1.0
    for pair in pairs:
        name, _, files = pair.partition("=")
        gpath, _, ppath = files.partition(":")
        gold = read_facts(gpath)
        produced = read_facts(ppath)
        m, n, missed, extra = score(gold, produced, catalog, with_area)
        rec = m / len(gold) if gold else 1.0
        prec = m / n if n else (1.0 if not gold else 0.0)
        low = min(low, rec)
        print(f"{name}\t{len(gold)}\t{n}\t{m}\t{rec:.3f}\t{prec:.3f}")
        tg += len(gold)
        tp += n
        tm += m
        if verbose:
            for g in missed:
                print(f"  MISS\t{g['indicator']}\t{g['area']}\t{g['measure']}\t{g['period']}\t{g['value']:g}")
            for p in extra:
                print(f"  EXTRA\t{p['indicator']}\t{p['area']}\t{p['measure']}\t{p['period']}\t{p['value']:g}\t{p['excerpt']}")
    rec = tm / tg if tg else 1.0
    prec = tm / tp if tp else 0.0
    print(f"total\t{tg}\t{tp}\t{tm}\t{rec:.3f}\t{prec:.3f}")
    print(f"min_recall\t{low:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
