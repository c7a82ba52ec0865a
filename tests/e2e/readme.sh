# The README's examples are run and their output compared, so the README
# cannot drift from the code.  An example is marked in README.md as
#
#   <!-- example -->
#   ```sh
#   commands (run by bash from the repository root, tools on PATH)
#   ```
#   ```text
#   the exact standard output expected
#   ```
#   <!-- /example -->
#
# Examples run in order in one scratch directory that links the
# repository's datasets/, docs/, man/ and tests/ and has bin/ pointing at
# the tools under test, so later examples may use files earlier ones wrote
# and nothing is written into the repository.
source "$(dirname "$0")/lib.sh"
README=$TOP/README.md
[ -f "$README" ] || { fail "readme: README.md is missing"; exit 0; }

WORK=$TMP/work
mkdir -p "$WORK/build"
for d in datasets docs man tests notebooks scripts; do
  [ -e "$TOP/$d" ] && ln -s "$TOP/$d" "$WORK/$d"
done
ln -s "$BIN" "$WORK/bin"

# Split README.md into $TMP/ex/N.sh and $TMP/ex/N.want; malformed markers
# are reported as failures.
mkdir -p "$TMP/ex"
"$PY" - "$README" "$TMP/ex" <<'PYEOF'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
out = sys.argv[2]
opens = [m.start() for m in re.finditer(r"<!-- example -->", text)]
closes = [m.start() for m in re.finditer(r"<!-- /example -->", text)]
if len(opens) != len(closes):
    print(f"FAIL: readme: {len(opens)} example markers but {len(closes)} end markers")
n = 0
for m in re.finditer(r"<!-- example -->(.*?)<!-- /example -->", text, re.S):
    body = m.group(1)
    line = text.count("\n", 0, m.start()) + 1
    blocks = re.findall(r"```(\w*)\n(.*?)```", body, re.S)
    if len(blocks) != 2 or blocks[0][0] not in ("sh", "bash", "console") or blocks[1][0] != "text":
        print(f"FAIL: readme: example at line {line} is not one ```sh block then one ```text block")
        continue
    n += 1
    with open(f"{out}/{n:03d}.sh", "w", encoding="utf-8") as f:
        f.write(blocks[0][1])
    with open(f"{out}/{n:03d}.want", "w", encoding="utf-8") as f:
        f.write(blocks[1][1])
    with open(f"{out}/{n:03d}.line", "w") as f:
        f.write(str(line))
print(f"PASS: readme: {n} examples found")
PYEOF

for sh in "$TMP"/ex/*.sh; do
  [ -f "$sh" ] || continue
  n=$(basename "$sh" .sh); line=$(cat "$TMP/ex/$n.line")
  first=$(grep -v '^\s*#' "$sh" | head -1 | cut -c1-60)
  ( cd "$WORK" && PATH="$BIN:$PATH" bash "$sh" ) > "$TMP/ex/$n.got" 2> "$TMP/ex/$n.err" || true
  if cmp -s "$TMP/ex/$n.got" "$TMP/ex/$n.want"; then
    pass "readme: example at line $line ($first)"
  else
    fail "readme: example at line $line ($first): output differs"
    diff "$TMP/ex/$n.want" "$TMP/ex/$n.got" | head -15 | sed 's/^/  /'
    sed 's/^/  stderr: /' "$TMP/ex/$n.err" | head -5
  fi
done
