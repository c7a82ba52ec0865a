# Sourced by every end-to-end test: strict mode, a temporary directory
# removed on exit, tool paths, and the check helpers that print the
# PASS:/FAIL: lines tests/run.sh counts.
set -euo pipefail
TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BIN=${TS_BIN:-$TOP/bin}
DATA=$TOP/datasets
FIX=$TOP/tests/fixtures
PY=/usr/bin/python3
VARIANT=${TS_VARIANT:-plain}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export LC_ALL=C.UTF-8

pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; }

# expect_exit CODE NAME -- CMD...: runs CMD, checks its exit code; stdout in
# $TMP/out, stderr in $TMP/err.
expect_exit() {
  local want=$1 name=$2; shift 3
  local rc=0
  "$@" > "$TMP/out" 2> "$TMP/err" || rc=$?
  if [ "$rc" -eq "$want" ]; then pass "$name"; else
    fail "$name: exit $rc, wanted $want"; sed 's/^/  stderr: /' "$TMP/err" | head -5; fi
}

# same_file NAME GOT WANT: files must be byte-identical.
same_file() {
  if cmp -s "$2" "$3"; then pass "$1"; else
    fail "$1: $2 differs from $3"; diff "$2" "$3" | head -10 | sed 's/^/  /'; fi
}

# same_text NAME GOT_TEXT WANT_TEXT
same_text() {
  if [ "$2" = "$3" ]; then pass "$1"; else
    fail "$1"; echo "  got:  $2"; echo "  want: $3"; fi
}

# check NAME CMD...: passes when CMD succeeds.
check() {
  local name=$1; shift
  if "$@" > /dev/null 2>&1; then pass "$name"; else fail "$name"; fi
}

# cli_basics TOOL PREFIX USAGE_RE: --version prints "ts-NAME (tskit) 0.1.0",
# --help exits 0 with a line matching ^USAGE_RE (a grep pattern).
cli_basics() {
  local tool=$1 prefix=$2 usage=$3
  expect_exit 0 "$prefix: --version" -- "$tool" --version
  same_text "$prefix: version text" "$(cat "$TMP/out")" "$(basename "$tool") (tskit) 0.1.0"
  expect_exit 0 "$prefix: --help" -- "$tool" --help
  check "$prefix: help has usage" grep -q "^$usage" "$TMP/out"
}

# with_qualifiers FILE: the fact TSV FILE as the tools write it, with the
# qualifier columns price and plan_by (blank) after source when FILE has
# none (files written before the qualifiers, still valid input).
with_qualifiers() {
  awk -F'\t' 'BEGIN { OFS = "\t" }
    NR == 1 { for (i = 1; i <= NF; i++) { if ($i == "source") s = i; if ($i == "price") q = 1 } }
    { if (s && !q) { line = $1; for (i = 2; i <= NF; i++) { line = line OFS $i
        if (i == s) line = line OFS (NR == 1 ? "price" OFS "plan_by" : OFS) }
        print line } else print }' "$1"
}
