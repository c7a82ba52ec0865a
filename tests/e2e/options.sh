# One convention for the tools' options, read from their own --help: a
# short letter means one long option in every tool; the shared blocks
# (selection, output, help) read the same wherever they appear; every
# tool that prints values has -o and -d, and ts-plot has -o.
source "$(dirname "$0")/lib.sh"
for t in ts-import ts-ls ts-agg ts-forecast ts-plot; do
  "$BIN/$t" --help > "$TMP/$t.help"
done
"$PY" - "$TMP" <<'PY'
import re, sys, collections
tmp = sys.argv[1]
tools = ["ts-import", "ts-ls", "ts-agg", "ts-forecast", "ts-plot"]
helps = {t: open(f"{tmp}/{t}.help", encoding="utf-8").read() for t in tools}
pair = re.compile(r"^\s{1,8}-([A-Za-z0-9]), --([a-z][a-z0-9-]*)", re.M)
letters = collections.defaultdict(set)
for t, h in helps.items():
    for short, long in pair.findall(h):
        letters[short].add((long, t))
ok = True
for short, uses in sorted(letters.items()):
    longs = {l for l, _ in uses}
    if len(longs) > 1:
        ok = False
        print(f"FAIL: options: -{short} means " + ", ".join(f"--{l} ({t})" for l, t in sorted(uses)))
if ok:
    print(f"PASS: options: each of {len(letters)} short letters means one long option in every tool")
# A long option with a short letter in one tool has it in every tool.
longs = collections.defaultdict(set)
for t, h in helps.items():
    for short, long in pair.findall(h):
        longs[long].add(short)
    for long in re.findall(r"^\s{4,8}--([a-z][a-z0-9-]*)", h, re.M):
        longs[long].add("")
mixed = {l: s for l, s in longs.items() if len(s) > 1}
if mixed:
    for l, s in sorted(mixed.items()):
        print(f"FAIL: options: --{l} has a short letter in some tools and not in others")
else:
    print("PASS: options: a long option has the same short letter (or none) everywhere")
def block(h, start, ends=("\n\n",)):
    i = h.find(start)
    if i < 0:
        return None
    js = [j for j in (h.find(e, i + 1) for e in ends) if j >= 0]
    return h[i:min(js) if js else None]
for name, start, users, ends in [
        ("selection", "Selection (--indicator", ["ts-ls", "ts-agg", "ts-forecast", "ts-plot"],
         ("\n\n",)),
        ("output", "Output:\n  -o, --output FILE", tools, ("\n  -d", "\n  -h")),
        ("decimals", "  -d, --decimals N", ["ts-import", "ts-ls", "ts-agg", "ts-forecast"],
         ("\n  -h",)),
        ("help", "  -h, --help", tools, ("\n\n",))]:
    texts = {t: block(helps[t], start, ends) for t in users}
    missing = [t for t, b in texts.items() if b is None]
    if missing:
        print(f"FAIL: options: the {name} block is missing from " + ", ".join(missing))
    elif len(set(texts.values())) == 1:
        print(f"PASS: options: the {name} block reads the same in {len(users)} tools")
    else:
        print(f"FAIL: options: the {name} block differs between tools")
for t in ["ts-import", "ts-ls", "ts-agg", "ts-forecast"]:
    h = helps[t]
    if "  -d, --decimals N" in h and "  -o, --output FILE" in h:
        print(f"PASS: options: {t} has -o and -d")
    else:
        print(f"FAIL: options: {t} lacks -o or -d")
PY

# The conventions at work: -o writes the file (and only on success), -d
# rounds values and bounds alike.
R=$DATA/reports/003_84d6af4d73cb9fea.txt
expect_exit 0 "options: ts-import -o" -- "$BIN/ts-import" -o "$TMP/facts.tsv" -d 1 "$R"
same_text "options: -o leaves stdout empty" "$(cat "$TMP/out")" ""
check "options: -o wrote the facts" grep -q '^budget.revenue' "$TMP/facts.tsv"
check "options: -d 1 gives one decimal" awk -F'\t' 'NR > 1 && $5 !~ /^-?[0-9]+\.[0-9]$/ {exit 1}' "$TMP/facts.tsv"
echo keep > "$TMP/keep.tsv"
expect_exit 2 "options: a failed run" -- "$BIN/ts-import" -o "$TMP/keep.tsv" "$TMP/nope.txt"
same_text "options: a failed run leaves the -o file" "$(cat "$TMP/keep.tsv")" "keep"
check "options: and no temporary file" test -z "$(ls "$TMP" | grep 'keep.tsv.tmp' || true)"
expect_exit 2 "options: ts-import fails before any fact: stdout empty" -- "$BIN/ts-import" "$TMP/nope.txt"
same_text "options: no header printed" "$(cat "$TMP/out")" ""
expect_exit 2 "options: bad -d" -- "$BIN/ts-ls" --areas -d 16
same_text "options: bad -d message" "$(head -1 "$TMP/err")" \
  "ts-ls: option '--decimals': \"16\" is not a whole number from 0 to 15"
expect_exit 0 "options: ts-ls --areas -o" -- "$BIN/ts-ls" --areas --within kon-tum -o "$TMP/areas.tsv"
same_text "options: ts-ls -o file" "$(wc -l < "$TMP/areas.tsv")" "12"
# Forecast bounds print like the values.
"$BIN/ts-import" "$DATA/reports/002_31e44065e05bd27f.txt" > "$TMP/five.tsv"
expect_exit 0 "options: ts-forecast -d 2" -- "$BIN/ts-forecast" -d 2 -m linear -i budget.revenue --measure level -a kon-tum "$TMP/five.tsv"
check "options: forecast values and bounds with two decimals" awk -F'\t' '
  NR == 1 { for (i = 1; i <= NF; i++) if ($i ~ /^(value|lo80|hi80|lo95|hi95)$/) c[i] = 1; next }
  { n++; for (i in c) if ($i !~ /^-?[0-9]+\.[0-9][0-9]$/) exit 1 } END { exit n ? 0 : 1 }' "$TMP/out"
expect_exit 0 "options: ts-plot -o" -- "$BIN/ts-plot" -i budget.revenue --measure level -a kon-tum -o "$TMP/c.svg" "$TMP/five.tsv"
check "options: ts-plot wrote the chart" grep -q '<svg' "$TMP/c.svg"
# Every document a --help names exists.
for t in ts-import ts-ls ts-agg ts-forecast ts-plot; do
  for d in $("$BIN/$t" --help | grep -o '\(docs\|datasets\)/[A-Za-z0-9_./-]*[A-Za-z0-9]' | sort -u); do
    check "options: $t --help names $d, which exists" test -e "$TOP/$d"
  done
done
