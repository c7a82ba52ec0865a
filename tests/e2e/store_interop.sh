# Interop: a store read with h5py alone (following docs/FORMAT.md) and with
# h5dump gives the facts ts-ls --facts prints: current values, every
# vintage, one series by its row range, and a report's stored text.
source "$(dirname "$0")/lib.sh"
I=$BIN/ts-import
L=$BIN/ts-ls
S=$TMP/s.h5
"$I" --store "$S" "$FIX"/store/jan.tsv "$FIX"/store/mar.tsv "$DATA"/gold/*.tsv "$DATA/reports/001_002918f8adaf2748.txt"

# h5py: rebuild the record, periods printed from the day intervals.
cat > "$TMP/read.py" <<'EOF'
import sys, datetime
import h5py, numpy as np
def day(d): return datetime.date(1970, 1, 1) + datetime.timedelta(days=int(d))
def period(a, b):
    a, b = day(a), day(b)
    nxt = b + datetime.timedelta(days=1)
    if a.day == 1 and nxt.day == 1:                  # whole months
        n = (nxt.year - a.year) * 12 + nxt.month - a.month
        if a.month == 1 and n % 12 == 0:
            return str(a.year) if n == 12 else "%d/%d" % (a.year, b.year)
        if n == 1: return "%d-%02d" % (a.year, a.month)
        if n == 3 and a.month % 3 == 1: return "%d-Q%d" % (a.year, a.month // 3 + 1)
        if n == 6 and a.month in (1, 7): return "%d-H%d" % (a.year, 1 if a.month == 1 else 2)
        return "%d-%02d/P%dM" % (a.year, a.month, n)
    if a == b: return a.isoformat()
    return a.isoformat() + "/" + b.isoformat()
def num(v): return ("%.15g" % v)
def strings(g, name):   # a string column: values each ended by a NUL
    return np.array(g[name][:].tobytes().decode().split("\0")[:-1], dtype=object)
mode = sys.argv[2]
with h5py.File(sys.argv[1], "r") as f:
    assert f.attrs["format"].decode() == "tskit-store" and f.attrs["version"] == 2
    key = [strings(f["series"], k) for k in ("indicator", "area", "measure", "unit", "price", "plan_by")]
    o = {k: f["obs"][k][:] for k in f["obs"]}
    names = strings(f["sources"], "name")
    if mode == "text":
        i = list(names).index(sys.argv[3])
        a, n = int(f["sources/text_start"][i]), int(f["sources/text_length"][i])
        sys.stdout.buffer.write(f["sources/text"][a:a + n].tobytes())
        sys.exit(0)
    rows = range(len(o["series"]))
    if mode == "one":   # one series through its row range only
        ind, area, measure = sys.argv[3], sys.argv[4], sys.argv[5]
        i = np.flatnonzero((key[0] == ind) & (key[1] == area) & (key[2] == measure))[0]
        a, n = int(f["series/obs_start"][i]), int(f["series/obs_count"][i])
        rows = range(a, a + n)
print("indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource\tprice\tplan_by")
last = {}
if mode == "current":   # the last (vintage, doc) of each series and period
    for r in rows:
        last[(o["series"][r], o["first"][r], o["last"][r])] = (o["vintage"][r], o["doc"][r])
for r in rows:
    s, a, b = o["series"][r], o["first"][r], o["last"][r]
    if mode == "current" and last[(s, a, b)] != (o["vintage"][r], o["doc"][r]): continue
    src = names[o["source"][r]] if o["source"][r] >= 0 else "-"
    print("\t".join([key[0][s], key[1][s], key[2][s], period(a, b), num(o["value"][r]),
                     key[3][s], chr(o["status"][r]), src, key[4][s], key[5][s]]))
EOF
"$PY" "$TMP/read.py" "$S" current > "$TMP/py" 2> "$TMP/pyerr" || cat "$TMP/pyerr"
"$L" --store "$S" --facts > "$TMP/ts"
same_file "h5py: current values = ts-ls --facts" "$TMP/py" "$TMP/ts"
"$PY" "$TMP/read.py" "$S" all > "$TMP/py"
"$L" --store "$S" --facts --vintages | cut -f1-10 > "$TMP/ts"
same_file "h5py: every vintage = ts-ls --facts --vintages" "$TMP/py" "$TMP/ts"
"$PY" "$TMP/read.py" "$S" one budget.revenue kon-tum level > "$TMP/py"
"$L" --store "$S" --facts --vintages --indicator budget.revenue --area kon-tum --measure level | cut -f1-10 > "$TMP/ts"
same_file "h5py: one series by its row range" "$TMP/py" "$TMP/ts"
check "h5py: that series has rows" test "$(wc -l < "$TMP/py")" -gt 5
"$PY" "$TMP/read.py" "$S" text 001_002918f8adaf2748.txt > "$TMP/py"
same_file "h5py: a report's stored text is the file" "$TMP/py" "$DATA/reports/001_002918f8adaf2748.txt"

# h5dump: the attributes, and every value of /obs/value in store order.
h5dump -a /version "$S" > "$TMP/dump"
check "h5dump: version attribute 2" grep -q '(0): 2$' "$TMP/dump"
h5dump -d /obs/value -m '%.15g' -y -w 1 "$S" | sed -n '/DATA {/,/}/p' | grep -v '[{}]' \
  | tr -d ' ,' | grep -v '^$' > "$TMP/dump"
"$L" --store "$S" --facts --vintages | sed 1d | cut -f5 > "$TMP/ts"
same_file "h5dump: /obs/value = ts-ls --vintages values" "$TMP/dump" "$TMP/ts"
h5dump -d /series/indicator -r -y -w 0 "$S" | sed -n '/DATA {/,/}/p' | grep -o '"[^"]*"' | tr -d '"' \
  | sed -e 's/^ *//' -e 's/\\000/\n/g' | grep -v '^$' | uniq > "$TMP/dump"
"$L" --store "$S" | sed 1d | cut -f1 | uniq > "$TMP/ts"
same_file "h5dump: /series/indicator = the series listing" "$TMP/dump" "$TMP/ts"

# The same store in other layouts HDF5 tools make (h5repack): without
# filters, deflate without shuffle, contiguous.  tskit reads its own layout
# without HDF5's filter pipeline and anything else through it; both give
# the same facts.
"$L" --store "$S" --facts --vintages > "$TMP/want"
"$L" --store "$S" --facts --indicator budget.revenue --area kon-tum > "$TMP/want1"
for layout in "-f NONE" "-f GZIP=9" "-l CHUNK=7 -f SHUF -f GZIP=1" "-f NONE -l CONTI"; do
  rm -f "$TMP/r.h5"
  h5repack $layout "$S" "$TMP/r.h5"
  "$L" --store "$TMP/r.h5" --facts --vintages > "$TMP/got"
  same_file "repacked ($layout): every fact" "$TMP/got" "$TMP/want"
  "$L" --store "$TMP/r.h5" --facts --indicator budget.revenue --area kon-tum > "$TMP/got"
  same_file "repacked ($layout): one series" "$TMP/got" "$TMP/want1"
done
