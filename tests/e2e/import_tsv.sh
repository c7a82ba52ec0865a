# ts-import on fact TSV: every gold file passes through unchanged, other
# spellings of the same periods come out canonical, .gz / stdin / "-"
# read the same, unit conversion, and every error class with its exact
# message and exit code (bad rows 1; unreadable, damaged input and a full
# stdout 2; --strict 2).
source "$(dirname "$0")/lib.sh"
I=$BIN/ts-import
F=$FIX/import_tsv
HEAD=$(printf 'indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource')

cli_basics "$I" import 'Usage: ts-import \[OPTION\]... \[FILE\]...'
expect_exit 2 "import: unknown option" -- "$I" --bogus
same_text "import: unknown option message" "$(cat "$TMP/err")" \
  "$(printf "ts-import: unknown option '--bogus'\nTry 'ts-import --help'.")"
expect_exit 2 "import: --catalog needs a file" -- "$I" --catalog
same_text "import: --catalog message" "$(head -1 "$TMP/err")" \
  "ts-import: option '--catalog' needs an argument"

# The gold files: exit 0, byte-identical output, also from .gz and stdin.
# The same facts with periods spelled another way (2023-01/P12M, ...)
# come out as the gold text: that is the normalisation.
respell() { # gold -> same facts, periods in equivalent longer forms
  $PY - "$1" <<'EOF'
import re, sys
def alt(p):
    if re.fullmatch(r"\d{4}", p): return p + "-01/P12M"
    m = re.fullmatch(r"(\d{4})-H([12])", p)
    if m: return "%s-%s/P6M" % (m.group(1), "01" if m.group(2) == "1" else "07")
    m = re.fullmatch(r"(\d{4})-Q([1-4])", p)
    if m: return "%s-%02d/P3M" % (m.group(1), 3 * int(m.group(2)) - 2)
    if re.fullmatch(r"\d{4}-\d{2}", p): return p + "/P1M"
    m = re.fullmatch(r"(\d{4})/(\d{4})", p)
    if m: return "%s-01/P%dM" % (m.group(1), 12 * (int(m.group(2)) - int(m.group(1)) + 1))
    return p
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
head = lines[0].split("\t"); k = head.index("period")
out = [lines[0]]
for l in lines[1:]:
    if l:
        f = l.split("\t"); f[k] = alt(f[k]); l = "\t".join(f)
    out.append(l)
sys.stdout.write("\n".join(out))
EOF
}
for g in "$DATA"/gold/*.tsv; do
  n=$(basename "$g" .tsv)
  expect_exit 0 "import: gold $n" -- "$I" "$g"
  with_qualifiers "$g" > "$TMP/$n.want"
  same_file "import: gold $n unchanged" "$TMP/out" "$TMP/$n.want"
  check "import: gold $n no messages" test ! -s "$TMP/err"
  gzip -c "$g" > "$TMP/$n.tsv.gz"
  expect_exit 0 "import: gold $n .gz" -- "$I" "$TMP/$n.tsv.gz"
  same_file "import: gold $n .gz unchanged" "$TMP/out" "$TMP/$n.want"
  respell "$g" > "$TMP/$n.respelled.tsv"
  check "import: gold $n respelled differs" sh -c "! cmp -s '$g' '$TMP/$n.respelled.tsv'"
  expect_exit 0 "import: gold $n respelled" -- "$I" "$TMP/$n.respelled.tsv"
  same_file "import: gold $n respelled -> canonical" "$TMP/out" "$TMP/$n.want"
done
g=$DATA/gold/000_2b9464353da6eefa.tsv
rc=0; "$I" < "$g" > "$TMP/out" 2> "$TMP/err" || rc=$?
same_text "import: stdin exit" "$rc" 0
same_file "import: stdin unchanged" "$TMP/out" <(with_qualifiers "$g")
rc=0; gzip -c "$g" | "$I" - > "$TMP/out" 2> "$TMP/err" || rc=$?
same_text "import: gzip on stdin via - exit" "$rc" 0
same_file "import: gzip on stdin via -" "$TMP/out" <(with_qualifiers "$g")
# Several files: one header, rows in order; a second pass is a fixed point.
expect_exit 0 "import: two files" -- "$I" "$g" "$DATA/gold/001_002918f8adaf2748.tsv"
same_file "import: two files concatenated" "$TMP/out" \
  <({ cat "$g"; tail -n +2 "$DATA/gold/001_002918f8adaf2748.tsv"; } | with_qualifiers /dev/stdin)
cp "$TMP/out" "$TMP/pass1"
expect_exit 0 "import: second pass" -- "$I" "$TMP/pass1"
same_file "import: second pass is a fixed point" "$TMP/out" "$TMP/pass1"

# CRLF input and empty lines read the same.
sed 's/$/\r/' "$g" | awk 'NR == 3 { print "\r" } { print }' > "$TMP/crlf.tsv"
expect_exit 0 "import: CRLF and empty lines" -- "$I" "$TMP/crlf.tsv"
same_file "import: CRLF output" "$TMP/out" <(with_qualifiers "$g")

# Header only: a valid empty table.
printf '%s\n' "$HEAD" > "$TMP/head.tsv"
expect_exit 0 "import: header only" -- "$I" "$TMP/head.tsv"
same_file "import: header only output" "$TMP/out" <(with_qualifiers "$TMP/head.tsv")

# Columns in another order, extra columns carried through.
expect_exit 0 "import: other column order" -- "$I" "$F/order.tsv"
same_file "import: canonical order, extras kept" "$TMP/out" "$F/order.out"

# Unit conversion to the catalogue's unit; unknown ids pass unchanged;
# --catalog adds ids (my.revenue is kept in mn_vnd).
expect_exit 0 "import: units" -- "$I" "$F/units.tsv"
same_file "import: 1304372 mn_vnd -> 1304.372 bn_vnd" "$TMP/out" "$F/units.out"
check "import: converted row" grep -qxF "$(printf 'budget.revenue\tkon-tum\tlevel\t2020-01/P9M\t1304.372\tbn_vnd\tA\t000.txt\t\t')" "$TMP/out"
expect_exit 0 "import: --catalog" -- "$I" --catalog "$F/catalog.tsv" "$F/units.tsv"
same_file "import: --catalog output" "$TMP/out" "$F/units_catalog.out"

# Bad rows: each reported with file:line, left out, exit 1.
rc=0; (cd "$F" && "$I" bad_rows.tsv > "$TMP/out" 2> "$TMP/err") || rc=$?
same_text "import: bad rows exit 1" "$rc" 1
same_file "import: bad rows messages" "$TMP/err" "$F/bad_rows.err"
same_file "import: good rows kept" "$TMP/out" "$F/bad_rows.out"
rc=0; (cd "$F" && "$I" --strict bad_rows.tsv > "$TMP/out" 2> "$TMP/err") || rc=$?
same_text "import: --strict exit 2" "$rc" 2
same_text "import: --strict stops at the first" "$(cat "$TMP/err")" \
  "ts-import: bad_rows.tsv:3: column 'value': \"1304,372\" is not a number"

# Invalid UTF-8: the file is damaged, exit 2; other files are still read.
{ printf '%s\n' "$HEAD"; printf 'grdp\tkon-tum\xff\tlevel\t2023\t1\tbn_vnd\tA\t-\n'; } > "$TMP/latin.tsv"
rc=0; (cd "$TMP" && "$I" latin.tsv "$g" > out 2> err) || rc=$?
same_text "import: invalid UTF-8 exit 2" "$rc" 2
same_text "import: invalid UTF-8 message" "$(cat "$TMP/err")" \
  "ts-import: latin.tsv:2: invalid UTF-8 at byte 13"
same_file "import: the next file is still read" "$TMP/out" <(with_qualifiers "$g")

# A truncated .gz is damaged input, not a shorter table.
$PY -c "import sys; sys.stdout.write('$HEAD\n' + ''.join('x.%d\ta\tlevel\t2023\t%d\tha\tA\t-\n' % (i, i) for i in range(20000)))" \
  | gzip -c > "$TMP/big.tsv.gz"
head -c $(( $(stat -c %s "$TMP/big.tsv.gz") * 2 / 3 )) "$TMP/big.tsv.gz" > "$TMP/cut.tsv.gz"
rc=0; (cd "$TMP" && "$I" cut.tsv.gz > out 2> err) || rc=$?
same_text "import: truncated gzip exit 2" "$rc" 2
same_text "import: truncated gzip message" "$(cat "$TMP/err")" \
  "ts-import: cut.tsv.gz: truncated gzip input"
rc=0; (cd "$TMP" && "$I" big.tsv.gz > out 2> err) || rc=$?
same_text "import: whole gzip exit 0" "$rc" 0
same_text "import: whole gzip rows" "$(wc -l < "$TMP/out")" 20001

# Unreadable input: exit 2, the others still processed.
rc=0; (cd "$TMP" && "$I" nope.tsv "$g" > out 2> err) || rc=$?
same_text "import: missing file exit 2" "$rc" 2
same_text "import: missing file message" "$(cat "$TMP/err")" \
  "ts-import: nope.tsv: No such file or directory"
same_file "import: file after a missing one" "$TMP/out" <(with_qualifiers "$g")
printf 'indicator\tperiod\tvalue\n' > "$TMP/short.tsv"
rc=0; (cd "$TMP" && "$I" short.tsv > out 2> err) || rc=$?
same_text "import: header missing columns exit 2" "$rc" 2
same_text "import: header missing columns message" "$(cat "$TMP/err")" \
  "ts-import: short.tsv:1: missing columns 'area', 'measure', 'unit', 'status', 'source'"

# A full disk: exit 2 with one message.
rc=0; "$I" "$g" > /dev/full 2> "$TMP/err" || rc=$?
same_text "import: /dev/full exit 2" "$rc" 2
same_text "import: /dev/full message" "$(cat "$TMP/err")" \
  "ts-import: write error on standard output: No space left on device"
