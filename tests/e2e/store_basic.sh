# The HDF5 store through ts-import --store and ts-ls: round trip of every
# gold file, idempotent re-import (same bytes, no new file), vintages and a
# revised value from a later document, replacement of a new version of a
# document, selectors, --sources / --show-source, and the CLI basics.
source "$(dirname "$0")/lib.sh"
I=$BIN/ts-import
L=$BIN/ts-ls
F=$FIX/store
S=$TMP/s.h5

cli_basics "$L" ls 'Usage: ts-ls --store FILE'
expect_exit 2 "ls: no store" -- "$L" --facts
same_text "ls: no store message" "$(cat "$TMP/err")" \
  "$(printf "ts-ls: no store given (use --store FILE)\nTry 'ts-ls --help'.")"
expect_exit 2 "ls: bad --from" -- "$L" --store "$S" --from 2020-13
same_text "ls: bad --from message" "$(head -1 "$TMP/err")" \
  "ts-ls: option '--from': 2020-13: month 13 out of range"

# Round trip: every gold file, imported together, comes back (all
# vintages, or per document) exactly as ts-import prints it.
expect_exit 0 "store: import gold" -- "$I" --store "$S" "$DATA"/gold/*.tsv
same_text "store: import prints nothing" "$(cat "$TMP/out")" ""
# A document that states a series and period twice keeps the first
# (ts-import warns); first_stated drops the later ones from a TSV.
first_stated() { awk -F'\t' '!seen[$1 FS $2 FS $3 FS $4 FS $6 FS $8 FS $9 FS $10]++'; }
for g in "$DATA"/gold/*.tsv; do
  n=$(basename "$g")
  "$I" "$g" | first_stated | sort > "$TMP/want"
  "$L" --store "$S" --facts --vintages --source "$n" | cut -f1-10 | sort > "$TMP/got"
  same_file "store: round trip $n" "$TMP/got" "$TMP/want"
  # alone in a store, the current values are the file itself
  rm -f "$TMP/one.h5"
  "$I" --store "$TMP/one.h5" "$g"
  "$L" --store "$TMP/one.h5" --facts | sort > "$TMP/got"
  same_file "store: current values of $n alone" "$TMP/got" "$TMP/want"
done
for g in "$DATA"/gold/*.tsv; do "$I" "$g" | sed 1d | first_stated; done | sort > "$TMP/want"
"$L" --store "$S" --facts --vintages | cut -f1-10 | sed 1d | sort > "$TMP/got"
same_file "store: all vintages = all gold facts" "$TMP/got" "$TMP/want"

# Idempotence: the same bytes again change nothing, not even the file.
before=$(sha256sum < "$S"); ino=$(stat -c %i "$S")
expect_exit 0 "store: re-import gold" -- "$I" --store "$S" "$DATA"/gold/*.tsv
same_text "store: re-import keeps the bytes" "$(sha256sum < "$S")" "$before"
same_text "store: re-import writes no new file" "$(stat -c %i "$S")" "$ino"
gzip -c "$DATA/gold/001_002918f8adaf2748.tsv" > "$TMP/001_002918f8adaf2748.tsv.gz"
expect_exit 0 "store: the .gz of a document is the same document" -- "$I" --store "$S" "$TMP/001_002918f8adaf2748.tsv.gz"
same_text "store: .gz re-import keeps the bytes" "$(sha256sum < "$S")" "$before"

# Sources: one line per document, tsv and named; the text comes back.
"$L" --store "$S" --sources | cut -f1,2,6,7 > "$TMP/src"
check "store: sources lists the gold file" grep -q "^000_2b9464353da6eefa.tsv	tsv	5980	$(sha256sum < "$DATA/gold/000_2b9464353da6eefa.tsv" | cut -d' ' -f1)\$" "$TMP/src"
check "store: sources lists the named report" grep -q "^000_2b9464353da6eefa.txt	named	0	-\$" "$TMP/src"
expect_exit 0 "store: show-source" -- "$L" --store "$S" --show-source 003_84d6af4d73cb9fea.tsv
same_file "store: show-source gives the bytes" "$TMP/out" "$DATA/gold/003_84d6af4d73cb9fea.tsv"
expect_exit 2 "store: show-source of a named document" -- "$L" --store "$S" --show-source 003_84d6af4d73cb9fea.txt
same_text "store: named document message" "$(cat "$TMP/err")" \
  "ts-ls: $S: document \"003_84d6af4d73cb9fea.txt\" is only named by facts; its text was never imported"
expect_exit 2 "store: show-source of an unknown name" -- "$L" --store "$S" --show-source nope.txt
same_text "store: unknown source message" "$(cat "$TMP/err")" "ts-ls: $S: no source named \"nope.txt\""

# facts_are NAME FIELDS WANT ARGS...: the facts of `ts-ls --store $V
# --facts ARGS`, columns FIELDS (cut -f), sorted, are WANT (printf escapes).
facts_are() {
  local name=$1 fields=$2 want=$3; shift 3
  same_text "$name" "$("$L" --store "$V" --facts "$@" | cut -f"$fields" | sort)" \
    "$(printf "$want" | sort)"
}

# Vintages: mar.tsv (imported later) revises budget.revenue 2020.
V=$TMP/v.h5
"$I" --store "$V" "$F/jan.tsv"
"$I" --store "$V" "$F/mar.tsv"
facts_are "vintages: current value switches to the later document" 4,5,8 \
  'period\tvalue\tsource\n2020\t3120.5\tmar.txt' --indicator budget.revenue --from 2020
same_text "vintages: --vintages keeps both, oldest first" \
  "$("$L" --store "$V" --facts --vintages --indicator budget.revenue --from 2020 | cut -f4,5,8,12)" \
  "$(printf 'period\tvalue\tsource\timported_from\n2020\t3000\tjan.txt\tjan.tsv\n2020\t3120.5\tmar.txt\tmar.tsv')"
facts_are "vintages: a value only one document gave stays current" 4,5 \
  'period\tvalue\n2019\t3244' --indicator budget.revenue --to 2019
facts_are "vintages: --source shows what one document said" 1,4,5 \
  'budget.revenue\t2019\t3244\nbudget.revenue\t2020\t3000\ngrdp\t2020\t7.3\nindicator\tperiod\tvalue' \
  --source jan.tsv
# A new version of jan.tsv replaces what jan.tsv said (3000 -> 3010) and,
# imported last, becomes the current value.
mkdir -p "$TMP/v2" && cp "$F/jan_v2.tsv" "$TMP/v2/jan.tsv"
"$I" --store "$V" "$TMP/v2/jan.tsv"
same_text "replace: the old version's facts are gone, the new one last" \
  "$("$L" --store "$V" --facts --vintages --indicator budget.revenue --from 2020 | cut -f5,12)" \
  "$(printf 'value\timported_from\n3120.5\tmar.tsv\n3010\tjan.tsv')"
facts_are "replace: grdp 2020 of the old version is gone too" 4,5 \
  'period\tvalue\n2020-Q1\t2.1' --vintages --indicator grdp

# The series listing, with selectors.
same_text "ls: series listing" "$("$L" --store "$V")" \
  "$(printf 'indicator\tarea\tmeasure\tunit\tprice\tplan_by\tn\tfirst\tlast\tsources\nbudget.revenue\tkon-tum\tlevel\tbn_vnd\t\t\t2\t2019\t2020\tjan.txt\ngrdp\tkon-tum\tyoy_pct\tpct\t\t\t1\t2020-Q1\t2020-Q1\tmar.txt')"
same_text "ls: series listing, --vintages counts every vintage" \
  "$("$L" --store "$V" --vintages --indicator 'budget.*' | cut -f7,10)" \
  "$(printf 'n\tsources\n3\tjan.txt,mar.txt')"
same_text "ls: --measure and --area select" \
  "$("$L" --store "$S" --facts --area kon-tum-city --measure plan | sed 1d | wc -l)" \
  "$("$I" "$DATA"/gold/*.tsv | awk -F'\t' '$2=="kon-tum-city" && $3=="plan"' | wc -l)"

# Rejected rows: without --strict the good rows land (exit 1); with
# --strict nothing is written (exit 2, same bytes).
before=$(sha256sum < "$V")
expect_exit 2 "strict: a bad row writes nothing" -- "$I" --strict --store "$V" "$F/bad_row.tsv"
same_text "strict: store unchanged" "$(sha256sum < "$V")" "$before"
same_text "strict: message" "$(cat "$TMP/err")" \
  "ts-import: $F/bad_row.tsv:3: column 'value': \"12,5x\" is not a number"
expect_exit 1 "partial: a bad row is reported, the rest lands" -- "$I" --store "$V" "$F/bad_row.tsv"
same_text "partial: the good row is in" \
  "$("$L" --store "$V" --facts --from 2021 | cut -f4,5 | sed 1d)" "$(printf '2021\t3300')"

# stdin is a document too (named by --name), read twice via a spool.
expect_exit 0 "stdin: import from a pipe" -- sh -c "cat '$F/mar.tsv' | '$I' --store '$TMP/in.h5' --name march.tsv"
same_text "stdin: named document" "$("$L" --store "$TMP/in.h5" --sources | cut -f1,2 | sed -n 2p)" \
  "$(printf 'march.tsv\ttsv')"
same_text "stdin: facts" "$("$L" --store "$TMP/in.h5" --facts | sed 1d | wc -l)" "2"

# A new store named without a directory is made in the current one (ASan
# checks the path split: "." and the name in one buffer).
expect_exit 0 "store: a bare name" -- sh -c "cd '$TMP' && '$I' --store bare.h5 '$F/mar.tsv'"
same_text "store: a bare name lists" "$("$L" --store "$TMP/bare.h5" --facts | sed 1d | wc -l)" "2"

# An empty run (a header-only table) still creates the store; an empty
# input is an error, recorded nowhere; a full stdout fails.
printf 'indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource\n' > "$TMP/head.tsv"
expect_exit 0 "store: created empty" -- "$I" --store "$TMP/empty.h5" "$TMP/head.tsv"
expect_exit 0 "store: empty store lists" -- "$L" --store "$TMP/empty.h5" --facts
same_text "store: empty facts = header" "$(cat "$TMP/out")" \
  "$(printf 'indicator\tarea\tmeasure\tperiod\tvalue\tunit\tstatus\tsource\tprice\tplan_by')"
expect_exit 2 "ls: full stdout" -- sh -c "'$L' --store '$S' --facts > /dev/full"
