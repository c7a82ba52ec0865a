#!/usr/bin/env bash
# nightly.sh: a statistics office's nightly job on one machine.  Imports
# what is new in a folder of incoming reports and fact files into the
# store, derives growth and rolling series into it, and writes the trend
# tables and charts of the indicators a config file lists.  One timestamped
# log line per step; a second run over the same folder changes nothing and
# says so.  docs/nightly.md is its manual.
set -u
export LC_ALL=C.UTF-8

usage() {
  cat <<'EOF'
Usage: nightly.sh [OPTION]... INCOMING STORE OUT
Import the reports and fact files of the folder INCOMING that the store
STORE does not hold yet (one atomic import), derive year-on-year growth and
a rolling mean of every level series into STORE, and write a trend table
and a chart of each indicator of the config file into OUT/tables and
OUT/charts.  Files already in the store (same name, same SHA-256) are left
alone; when nothing is new and nothing changed since the last run, nothing
is done.

Incoming files: *.txt, *.txt.gz (reports), *.pdf, *.docx, *.odt (published
reports), *.tsv, *.tsv.gz (fact files); other files are listed and skipped.

Options:
  -c, --config FILE   the indicators to tabulate and chart, one per line:
                        INDICATOR AREA [FIRST:LAST]
                      ('#' starts a comment; FIRST:LAST are the table's
                      columns and the chart's span, e.g. 2016:2024)
  -b, --bin DIR       where the ts-* tools are (default: found on PATH)
  -w, --wait SECONDS  wait at most this long for the store's lock (600)
  -r, --rolling N     window of the rolling mean, in periods (3)
  -f, --format F      table format: md (default), tsv, csv, latex
  -l, --log FILE      append the log to FILE too (it always goes to stderr)
      --launch CMD    run the import and ts-agg through CMD, e.g. 'mpirun -np 8'
                      or 'srun', with the MPI build's tools (--bin bin-mpi)
  -h, --help          show this help

Exit status: 0 everything was imported and written; 1 some file or row was
rejected (each logged; the rest was imported and written); 2 a step failed
(the store is left as the last step that succeeded made it).
EOF
}

die_usage() { echo "nightly.sh: $*" >&2; echo "Try 'nightly.sh --help'." >&2; exit 2; }

CONFIG='' BIN='' WAIT=600 ROLLING=3 FORMAT=md LOG='' LAUNCH=''
while [ $# -gt 0 ]; do
  case $1 in
    -c|--config) CONFIG=${2-}; shift 2 || die_usage "$1 needs a value" ;;
    -b|--bin) BIN=${2-}; shift 2 || die_usage "$1 needs a value" ;;
    -w|--wait) WAIT=${2-}; shift 2 || die_usage "$1 needs a value" ;;
    -r|--rolling) ROLLING=${2-}; shift 2 || die_usage "$1 needs a value" ;;
    -f|--format) FORMAT=${2-}; shift 2 || die_usage "$1 needs a value" ;;
    -l|--log) LOG=${2-}; shift 2 || die_usage "$1 needs a value" ;;
    --launch) LAUNCH=${2-}; shift 2 || die_usage "$1 needs a value" ;;
    -h|--help) usage; exit 0 ;;
    --) shift; break ;;
    -*) die_usage "unknown option '$1'" ;;
    *) break ;;
  esac
done
[ $# -eq 3 ] || die_usage "expected INCOMING STORE OUT"
IN=$1 STORE=$2 OUT=$3
case $ROLLING in ''|*[!0-9]*|0) die_usage "--rolling: \"$ROLLING\" is not a whole number from 1" ;; esac
case $WAIT in ''|*[!0-9.]*) die_usage "--wait: \"$WAIT\" is not a number of seconds" ;; esac
case $FORMAT in md|tsv|csv|latex) ;; *) die_usage "--format: \"$FORMAT\" is not md, tsv, csv or latex" ;; esac
[ -d "$IN" ] || die_usage "$IN: not a folder"
[ -z "$CONFIG" ] || [ -r "$CONFIG" ] || die_usage "$CONFIG: cannot read the config file"

# Tools and the store by absolute paths: imports run inside INCOMING, so
# that messages name files as they are there.
tool() { if [ -n "$BIN" ]; then realpath -m -- "$BIN/$1"; else command -v "$1" || echo "$1"; fi; }
IMPORT=$(tool ts-import) LS=$(tool ts-ls) AGG=$(tool ts-agg) PLOT=$(tool ts-plot)
for t in "$IMPORT" "$LS" "$AGG" "$PLOT"; do
  [ -x "$t" ] || die_usage "$t: no such tool (give --bin DIR)"
done
read -r -a LAUNCH_ARGS <<< "$LAUNCH"
STORE_PATH=$(realpath -m -- "$STORE")

# ---- the log: "TIME STEP: message", to stderr and --log ----
log() {
  local line
  line="$(date -u +%Y-%m-%dT%H:%M:%SZ) $*"
  printf '%s\n' "$line" >&2
  if [ -n "$LOG" ]; then printf '%s\n' "$line" >> "$LOG"; fi
}
# Each message a tool printed, logged under the step that ran it.
log_messages() { # STEP FILE
  local l
  while IFS= read -r l; do log "$1:   $l"; done < "$2"
}

mkdir -p "$OUT/tables" "$OUT/charts" || { log "start: cannot create $OUT"; exit 2; }
W=$(mktemp -d "${TMPDIR:-/tmp}/nightly.XXXXXX") || { log "start: no temporary folder"; exit 2; }
trap 'rm -rf "$W"' EXIT
# One nightly at a time per output folder (the store has its own lock).
exec 9> "$OUT/.nightly.lock"
if ! flock -n 9; then log "start: another nightly run is writing $OUT"; exit 2; fi
STATE=$OUT/.nightly-state
REJECTED=0
log "start: incoming $IN, store $STORE, output $OUT"

# ---- what the store holds: "name<TAB>sha256" of every document ----
known_sources() {
  : > "$W/known"
  [ -e "$STORE" ] || return 0
  "$LS" --store "$STORE" --sources > "$W/sources" 2> "$W/err" || return 1
  awk -F'\t' 'NR > 1 { print $1 "\t" $7 }' "$W/sources" > "$W/known"
}
# The store's state as the sources list gives it: every commit adds or
# replaces a document, so the list (checksums, import times) changes.
store_state() {
  if [ -e "$STORE" ]; then sha256sum < "$W/sources" | cut -c1-64; else echo none; fi
}

# ---- step 1: import what is new ----
if ! known_sources; then log "import: failed"; log_messages import "$W/err"; exit 2; fi
: > "$W/new"
n_files=0 n_known=0 skipped=''
for f in "$IN"/*; do
  [ -f "$f" ] || continue
  base=${f##*/}
  case $base in
    *.txt|*.txt.gz|*.tsv|*.tsv.gz|*.pdf|*.docx|*.odt) ;;
    *) skipped="$skipped $base"; continue ;;
  esac
  n_files=$((n_files + 1))
  # The store names a document by its base name without .gz and keeps the
  # checksum of its (decompressed) bytes.
  case $base in
    *.gz) sum=$(gzip -dc -- "$f" 2> /dev/null | sha256sum | cut -c1-64) ;;
    *) sum=$(sha256sum < "$f" | cut -c1-64) ;;
  esac
  if grep -qxF "${base%.gz}"$'\t'"$sum" "$W/known"; then
    n_known=$((n_known + 1))
  else
    printf '%s\n' "$base" >> "$W/new"
  fi
done
[ -z "$skipped" ] || log "import: skipped (not a report or fact file):$skipped"
mapfile -t NEW < "$W/new"

# Imports the files of INCOMING named in one transaction; the exit code of
# ts-import, its messages in $W/err.
import_files() {
  local rc=0
  (cd "$IN" && "${LAUNCH_ARGS[@]}" "$IMPORT" --store "$STORE_PATH" --wait "$WAIT" -- "$@") \
    > /dev/null 2> "$W/err" || rc=$?
  return $rc
}

if [ ${#NEW[@]} -eq 0 ]; then
  log "import: nothing new ($n_files files, all in the store)"
else
  rc=0
  import_files "${NEW[@]}" || rc=$?
  [ $rc -ge 2 ] || log_messages import "$W/err"
  if [ $rc -ge 2 ]; then
    # Nothing was written.  A damaged file fails the whole transaction:
    # find such files on their own (without the store) and import the rest.
    good=() bad=()
    cp "$W/err" "$W/err.all"
    for f in "${NEW[@]}"; do
      frc=0
      (cd "$IN" && "$IMPORT" -- "$f") > /dev/null 2> "$W/err.one" || frc=$?
      if [ $frc -ge 2 ]; then
        bad+=("$f")
        log "import: rejected $f: unreadable or damaged"
        log_messages import "$W/err.one"
      else
        good+=("$f")
      fi
    done
    if [ ${#bad[@]} -eq 0 ]; then
      log_messages import "$W/err.all"
      log "import: failed (the store is unchanged)"
      exit 2
    fi
    REJECTED=1
    rc=0
    if [ ${#good[@]} -gt 0 ]; then
      import_files "${good[@]}" || rc=$?
      log_messages import "$W/err"
      if [ $rc -ge 2 ]; then log "import: failed (the store is unchanged)"; exit 2; fi
    fi
  fi
  [ $rc -eq 1 ] && REJECTED=1
  if ! known_sources; then log "import: failed"; log_messages import "$W/err"; exit 2; fi
  added='' missing=''
  for base in "${NEW[@]}"; do
    if cut -f1 "$W/known" | grep -qxF "${base%.gz}"; then added="$added ${base}"
    else missing="$missing ${base}"; fi
  done
  n_added=$(wc -w <<< "$added")
  msg="import: $n_added of ${#NEW[@]} new files imported ($n_known already in the store)"
  [ $rc -eq 1 ] && msg="$msg; some rows or reports rejected"
  log "$msg"
  [ -z "$missing" ] || { log "import: not imported:$missing"; REJECTED=1; }
fi

# ---- nothing new and nothing changed: say so and stop ----
config_sum() { if [ -n "$CONFIG" ]; then sha256sum < "$CONFIG" | cut -c1-64; else echo none; fi; }
want_state="$(store_state) $(config_sum) rolling=$ROLLING format=$FORMAT"
if [ -f "$STATE" ] && [ "$(head -1 "$STATE")" = "$want_state" ]; then
  log "done: nothing new since $(sed -n 2p "$STATE"); store, tables and charts unchanged"
  exit $REJECTED
fi

# ---- step 2: derived series into the store ----
derive() { # NAME OPERATION...
  local name=$1 before after rc=0
  shift
  before=$(store_state)
  "${LAUNCH_ARGS[@]}" "$AGG" "$@" --store "$STORE" --into "$STORE" --name "$name" \
    --wait "$WAIT" > /dev/null 2> "$W/err" || rc=$?
  log_messages derive "$W/err"
  if [ $rc -ge 2 ]; then log "derive: $* failed (the store is unchanged)"; exit 2; fi
  [ $rc -eq 1 ] && REJECTED=1
  known_sources || { log "derive: cannot read the store"; exit 2; }
  after=$(store_state)
  if [ "$before" = "$after" ]; then log "derive: $*: unchanged (document $name)"
  else log "derive: $*: written into the store (document $name)"; fi
}
derive nightly.yoy yoy
derive "nightly.rolling$ROLLING" rolling "$ROLLING"

# ---- step 3: trend tables and charts of the configured indicators ----
# Writes FILE from TMP only when it differs, so that an unchanged table
# keeps its bytes and time.
replace() { # TMP FILE -> counts
  if [ -f "$2" ] && cmp -s "$1" "$2"; then n_same=$((n_same + 1)); rm -f "$1"
  else mv -f "$1" "$2"; n_written=$((n_written + 1)); fi
}
ext=$FORMAT; [ "$FORMAT" = latex ] && ext=tex
n_written=0 n_same=0 n_empty=0 n_lines=0
if [ -z "$CONFIG" ]; then
  log "tables: no indicator list (--config): no tables or charts"
else
  lineno=0
  while IFS= read -r line || [ -n "$line" ]; do
    lineno=$((lineno + 1))
    line=${line%%#*}
    read -r ind area span extra <<< "$line"
    [ -n "${ind:-}" ] || continue
    if [ -z "${area:-}" ] || [ -n "${extra:-}" ]; then
      log "tables: $CONFIG:$lineno: expected INDICATOR AREA [FIRST:LAST]"; REJECTED=1; continue
    fi
    n_lines=$((n_lines + 1))
    targs=() pargs=()
    if [ -n "${span:-}" ]; then
      targs=(--periods "$span"); pargs=(--from "${span%%:*}" --to "${span#*:}")
    fi
    stem="$ind.$area"
    rc=0
    "$AGG" table --store "$STORE" --indicator "$ind" --area "$area" --measure level \
      "${targs[@]}" --format "$FORMAT" --growth > "$W/table" 2> "$W/err" || rc=$?
    log_messages tables "$W/err"
    if [ $rc -ge 2 ]; then log "tables: $stem failed"; exit 2; fi
    [ $rc -eq 1 ] && REJECTED=1
    replace "$W/table" "$OUT/tables/$stem.$ext"
    rc=0
    "$PLOT" --store "$STORE" -i "$ind" -a "$area" --measure level,yoy_pct "${pargs[@]}" \
      -t "$ind, $area" -o "$W/chart.svg" > /dev/null 2> "$W/err" || rc=$?
    if [ $rc -eq 0 ]; then replace "$W/chart.svg" "$OUT/charts/$stem.svg"
    elif grep -q 'nothing to plot' "$W/err"; then n_empty=$((n_empty + 1))
    else log_messages charts "$W/err"; log "charts: $stem failed"; exit 2; fi
  done < "$CONFIG"
  log "tables: $n_lines indicators; $n_written files written, $n_same unchanged, $n_empty charts without data"
fi

# ---- the state the next run compares with ----
known_sources || { log "done: cannot read the store"; exit 2; }
printf '%s\n%s\n' "$(store_state) $(config_sum) rolling=$ROLLING format=$FORMAT" \
  "$(date -u +%Y-%m-%dT%H:%M:%SZ)" > "$STATE.tmp" && mv -f "$STATE.tmp" "$STATE"
log "done: exit $REJECTED"
exit $REJECTED
