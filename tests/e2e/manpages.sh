# The man pages agree with the tools: every option a tool's --help lists is
# in its man page and every option the man page's OPTIONS section lists is
# in --help; the version matches; `man -l` and groff render without
# warnings.
source "$(dirname "$0")/lib.sh"
MAN=$TOP/man
command -v man > /dev/null || { fail "manpages: man is missing (make deps installs man-db)"; exit 0; }

# Every tool has its page (make install installs man/*.1).
for tool in "$BIN"/ts-*; do
  name=$(basename "$tool")
  check "manpages: $name has man/$name.1" test -f "$MAN/$name.1"
done

for page in "$MAN"/*.1; do
  name=$(basename "$page" .1)
  if [ ! -x "$BIN/$name" ]; then fail "manpages: $name.1 documents a tool that does not exist"; continue; fi
  # Rendering: no warnings from man or from groff's own checks.
  LC_ALL=C MANWIDTH=200 man --warnings -l "$page" > "$TMP/$name.txt" 2> "$TMP/$name.warn" || true
  same_text "manpages: $name renders without warnings" "$(cat "$TMP/$name.warn")" ""
  same_text "manpages: $name passes groff -ww" "$(groff -man -ww -z "$page" 2>&1)" ""
  check "manpages: $name rendered text" grep -q "^NAME" "$TMP/$name.txt"
  "$BIN/$name" --help > "$TMP/$name.help"
  # Version: "ts-x (tskit) 0.1.0" against the .TH line's "tskit 0.1.0".
  ver=$("$BIN/$name" --version | sed 's/.* //')
  check "manpages: $name.1 is for version $ver" grep -q "^\.TH .*\"tskit $ver\"" "$page"
  "$PY" - "$TMP/$name.help" "$TMP/$name.txt" "$name" <<'PYEOF'
import re, sys
help_text = open(sys.argv[1], encoding="utf-8").read()
man_text = open(sys.argv[2], encoding="utf-8").read()
name = sys.argv[3]
opt = re.compile(r"(?<![\w-])(--?[A-Za-z0-9][\w-]*)")
def option_lines(text, indent):
    # Option lines: indented, starting with a dash; only the part before
    # the description (two spaces) names options.
    out = set()
    for line in text.splitlines():
        m = re.match(indent + r"(-.*)", line)
        if not m:
            continue
        head = re.split(r"\s{2,}", m.group(1).strip())[0]
        out.update(o for o in opt.findall(head) if not re.fullmatch(r"-\d.*", o))
    return out
help_opts = option_lines(help_text, r"\s{1,8}")
sect = re.search(r"^OPTIONS\n(.*?)(?=^\S)", man_text, re.S | re.M)
man_opts = option_lines(sect.group(1), r" {7}") if sect else set()
words = set(opt.findall(man_text))
ok = True
for o in sorted(help_opts):
    if o in words:
        print(f"PASS: manpages: {name}: {o} of --help is in the man page")
    else:
        print(f"FAIL: manpages: {name}: {o} of --help is missing from the man page")
if not help_opts:
    print(f"FAIL: manpages: {name}: no options found in --help")
if not sect:
    print(f"FAIL: manpages: {name}: no OPTIONS section")
for o in sorted(man_opts - help_opts):
    print(f"FAIL: manpages: {name}: {o} is in the man page's OPTIONS but not in --help")
if sect and man_opts <= help_opts:
    print(f"PASS: manpages: {name}: every option of the man page is in --help ({len(man_opts)})")
PYEOF
done

# The options every tool shares are written once (man/shared/) and put into
# each page by scripts/man_shared.sh: the pages hold the current text.
check "manpages: shared option blocks are up to date" sh "$TOP/scripts/man_shared.sh" --check
