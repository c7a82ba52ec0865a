# Hostile and careless input (issue rows B, C, D, E, H, M and the smaller
# items): a FIFO is read once and hashed and parsed from the same bytes;
# over-long keys and fields, rows that break the record, a gzip bomb, a
# line of 30 MB, an empty file and UTF-16 text are each refused with the
# file (and line) named, while good input beside them still lands.
source "$(dirname "$0")/lib.sh"
I=$BIN/ts-import
L=$BIN/ts-ls
F=$FIX/store
H=$'indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource'
# stderr without the one-line summary a store import ends with
errors() { grep -v ' read (.* already in the store)' "$TMP/err" || true; }

# B: a FIFO into a store: no hang, the document's checksum and text are
# the bytes its facts came from.
mkfifo "$TMP/p"
cat "$F/jan.tsv" > "$TMP/p" &
expect_exit 0 "fifo: import from a FIFO ends" -- timeout 10 "$I" --store "$TMP/f.h5" "$TMP/p"
same_text "fifo: checksum of its bytes" "$("$L" --store "$TMP/f.h5" --sources | awk -F'\t' '$1 == "p" { print $7 }')" \
  "$(sha256sum < "$F/jan.tsv" | cut -d' ' -f1)"
"$I" "$F/jan.tsv" | sed 1d | sort > "$TMP/want"
"$L" --store "$TMP/f.h5" --facts | sed 1d | sort > "$TMP/got"
same_file "fifo: its facts" "$TMP/got" "$TMP/want"
expect_exit 0 "fifo: its text kept" -- "$L" --store "$TMP/f.h5" --show-source p
same_file "fifo: the text is the bytes" "$TMP/out" "$F/jan.tsv"
# A report on standard input with --name is a report.
expect_exit 0 "stdin: a report with --name" -- sh -c "'$I' --store '$TMP/f.h5' --name rep.txt < '$FIX/extract/report.txt'"
same_text "stdin: recorded as a report" "$("$L" --store "$TMP/f.h5" --sources | awk -F'\t' '$1 == "rep.txt" { print $2 }')" "report"
same_text "stdin: its facts name it" "$("$L" --store "$TMP/f.h5" --facts --source rep.txt | sed 1d | cut -f8 | sort -u)" "rep.txt"

# C, D: key and field lengths; the rest of the file still lands.
long=$(printf 'x%.0s' $(seq 512))
{ echo "$H"; printf '%s\tkon-tum\tlevel\t2020\t1\tha\tA\t-\n' "$long"
  printf 'agri.area\tkon-tum\tlevel\t2020\t1\tha\tA\t%s\n' "$(head -c 2000 /dev/zero | tr '\0' s)"
  printf 'agri.area\tkon-tum\tlevel\t2021\t2\tha\tA\t-\n'; } > "$TMP/long.tsv"
expect_exit 1 "long: rows refused" -- "$I" --store "$TMP/l.h5" "$TMP/long.tsv"
same_text "long: messages" "$(errors)" \
"ts-import: $TMP/long.tsv:2: column 'indicator': 512 bytes, longer than the limit of 128
ts-import: $TMP/long.tsv:3: column 'source': 2000 bytes, longer than the limit of 1024"
expect_exit 0 "long: an exact query works" -- "$L" --store "$TMP/l.h5" --facts --indicator agri.area --area kon-tum
same_text "long: the good row" "$(sed 1d "$TMP/out" | cut -f4,5)" "2021	2"

# M: the record enforced.
{ echo "$H"; printf 'budget.revenue\tKon Tum!\tlevel\t2020\t1\tbn_vnd\tA\t-\n'
  printf 'BAD INDICATOR!\tkon-tum\tlevel\t2020\t1\tbn_vnd\tA\t-\n'
  printf 'budget.revenue\tkon-tum\tweird\t2020\t1\tbn_vnd\tA\t-\n'
  printf 'x.y\tkon-tum\tlevel\t2020\t1\tBN VND\tA\t-\n'
  printf '%s\t%s\t%s\n' "$(printf 'x.y\tkon-tum\tlevel\t2020\t1\tu\tA\t-' | sed 's/$//')" "const20" ""
  printf 'budget.revenue\tkon-tum\tlevel\t2020\t1\tbn_vnd\tA\t-\n'; } > "$TMP/m.tsv"
sed -i "1s/\$/\tprice\tplan_by/; 2,5s/\$/\t\t/; 7s/\$/\t\tcentral/" "$TMP/m.tsv"
expect_exit 1 "record: bad fields refused" -- "$I" "$TMP/m.tsv"
same_text "record: messages" "$(cat "$TMP/err")" \
"ts-import: $TMP/m.tsv:2: column 'area': \"Kon Tum!\" is not an area slug (a-z, 0-9 in words joined by '-')
ts-import: $TMP/m.tsv:3: column 'indicator': \"BAD INDICATOR!\" is not an indicator id (a-z, 0-9, _ in words joined by '.')
ts-import: $TMP/m.tsv:4: column 'measure': \"weird\" is not a measure (level, plan, pct_plan, yoy_pct, avg_annual_pct)
ts-import: $TMP/m.tsv:5: column 'unit': \"BN VND\" is not a unit id (a-z, 0-9, _)
ts-import: $TMP/m.tsv:6: column 'price': \"const20\" is not a price basis (current, const and a year)"
same_text "record: the good row" "$(sed 1d "$TMP/out" | cut -f1,10)" "budget.revenue	central"

# E: a gzip bomb (200 MB of zeros in 190 KB) stops at the ratio cap; the
# caps are overridable.
head -c 200000000 /dev/zero | gzip -c > "$TMP/bomb.gz"
expect_exit 2 "gzip: bomb refused" -- "$I" "$TMP/bomb.gz" "$F/jan.tsv"
same_text "gzip: bomb message" "$(cat "$TMP/err")" \
  "ts-import: $TMP/bomb.gz: gzip input inflates more than 200 times its size (the cap; TS_GZIP_MAX_RATIO overrides it)"
check "gzip: the next file still read" grep -q '^budget.revenue' "$TMP/out"
expect_exit 2 "gzip: size cap" -- env TS_GZIP_MAX_RATIO=0 TS_GZIP_MAX_BYTES=1000000 "$I" "$TMP/bomb.gz"
same_text "gzip: size cap message" "$(cat "$TMP/err")" \
  "ts-import: $TMP/bomb.gz: gzip input inflates past 1000000 bytes (the cap; TS_GZIP_MAX_BYTES overrides it)"
expect_exit 2 "gzip: bomb into a store" -- "$I" --store "$TMP/b.h5" "$TMP/bomb.gz"
check "gzip: no store made" test ! -e "$TMP/b.h5"
# A 30 MB line is refused without reading it whole.
{ echo "$H"; head -c 30000000 /dev/zero | tr '\0' a; echo; } > "$TMP/line.tsv"
expect_exit 2 "line: a 30 MB line" -- "$I" "$TMP/line.tsv"
same_text "line: message" "$(cat "$TMP/err")" "ts-import: $TMP/line.tsv:2: a line longer than 16 MiB"
# A truncated .gz with --store is named once.
gzip -c "$F/jan.tsv" | head -c 60 > "$TMP/cut.tsv.gz"
expect_exit 2 "gzip: truncated, with --store" -- "$I" --store "$TMP/t.h5" "$TMP/cut.tsv.gz"
same_text "gzip: truncated message" "$(cat "$TMP/err")" "ts-import: $TMP/cut.tsv.gz: truncated gzip input"

# H: an empty file is an error and is recorded nowhere.
: > "$TMP/empty.txt"
expect_exit 1 "empty: refused" -- "$I" --store "$TMP/e.h5" "$TMP/empty.txt" "$F/jan.tsv"
same_text "empty: message" "$(errors)" "ts-import: $TMP/empty.txt: empty input"
same_text "empty: not a document" "$("$L" --store "$TMP/e.h5" --sources | grep -c empty)" "0"
expect_exit 1 "empty: without a store" -- "$I" "$TMP/empty.txt"

# UTF-16 and UTF-32 are named.
printf '\xff\xfei\0n\0d\0' > "$TMP/u16.txt"
printf 'T\0o\0n\0g\0 \0t\0h\0u\0\n\0' > "$TMP/u16nobom.txt"
printf '\xff\xfe\0\0i\0\0\0' > "$TMP/u32.txt"
expect_exit 2 "utf16: refused" -- "$I" "$TMP/u16.txt" "$TMP/u16nobom.txt" "$TMP/u32.txt"
same_text "utf16: messages" "$(cat "$TMP/err")" \
"ts-import: $TMP/u16.txt: UTF-16LE text: convert it to UTF-8 first (iconv -f UTF-16LE -t UTF-8)
ts-import: $TMP/u16nobom.txt: UTF-16LE text: convert it to UTF-8 first (iconv -f UTF-16LE -t UTF-8)
ts-import: $TMP/u32.txt: UTF-32LE text: convert it to UTF-8 first (iconv -f UTF-32LE -t UTF-8)"

# I: one file states a series and period three times (a blank line and a
# bad row between them): warned with both lines, the first kept, one
# current value.
{ echo "$H"; printf 'x.y\tkon-tum\tlevel\t2020\t1\tu\tA\t-\n\n'
  printf 'x.y\tkon-tum\tlevel\t2021\t5\tu\tA\t-\nx.y\tkon-tum\tlevel\t2020\t1,5\tu\tA\t-\n'
  printf 'x.y\tkon-tum\tlevel\t2020\t2\tu\tA\t-\nx.y\tkon-tum\tlevel\t2020\t3\tu\tA\t-\n'; } > "$TMP/dup.tsv"
expect_exit 1 "dup: imported, the bad row rejected" -- "$I" --store "$TMP/d.h5" "$TMP/dup.tsv"
same_text "dup: warnings name both lines" "$(errors | grep -v 'is not a number')" \
"ts-import: $TMP/dup.tsv:6: x.y/kon-tum/level/u 2020 stated again (first on line 2); the first is kept
ts-import: $TMP/dup.tsv:7: x.y/kon-tum/level/u 2020 stated again (first on line 2); the first is kept"
same_text "dup: one value, the first" "$("$L" --store "$TMP/d.h5" --facts --vintages | sed 1d | cut -f4,5 | tr '\t\n' ' ')" \
  "2020 1 2021 5 "
# The same key at another price basis is another series, not a duplicate.
printf '%s\tprice\tplan_by\nx.y\tkon-tum\tlevel\t2020\t1\tu\tA\t-\tcurrent\t\nx.y\tkon-tum\tlevel\t2020\t2\tu\tA\t-\tconst2010\t\n' "$H" > "$TMP/q.tsv"
expect_exit 0 "dup: qualifiers make two series" -- "$I" --store "$TMP/q.h5" "$TMP/q.tsv"
same_text "dup: no warning" "$(errors)" ""
same_text "dup: both current" "$("$L" --store "$TMP/q.h5" --facts | sed 1d | wc -l)" "2"
