# The notebooks run headless (jupyter nbconvert --execute) against the
# tools under test and a store imported from the bundled reports; a failed
# cell fails the test.  Skipped when jupyter nbconvert is not installed,
# and in the ASan run (the notebooks test Python code and the tools' plain
# build; the tools' memory safety is the other tests' job).
source "$(dirname "$0")/lib.sh"
if ! jupyter nbconvert --version > /dev/null 2>&1; then
  echo "SKIP: notebooks: jupyter nbconvert is not installed (make deps installs it)"
  exit 0
fi
if [ "$VARIANT" = asan ]; then
  echo "SKIP: notebooks: run in the plain variant only"
  exit 0
fi
rc=0
"$BIN/ts-import" --store "$TMP/kontum.h5" "$DATA"/reports/*.txt 2> "$TMP/import.err" || rc=$?
check "notebooks: store imported from the reports (exit $rc)" test "$rc" -le 1 -a -s "$TMP/kontum.h5"
export TSKIT_ROOT=$TOP TSKIT_BIN=$BIN TSKIT_STORE=$TMP/kontum.h5
export JUPYTER_RUNTIME_DIR=$TMP/jupyter-runtime PYDEVD_DISABLE_FILE_VALIDATION=1
mkdir -p "$TMP/nb"
run_notebook() {
  ( cd "$TOP/notebooks" && jupyter nbconvert --to notebook --execute \
      --ExecutePreprocessor.timeout=300 --output-dir "$TMP/nb" "$1" ) > "$TMP/$2.log" 2>&1
}
# The notebooks at once: kernel start-up dominates and there are 2 cores.
for nb in "$TOP"/notebooks/*.ipynb; do
  name=$(basename "$nb" .ipynb)
  run_notebook "$nb" "$name" &
  echo $! > "$TMP/$name.pid"
done
for nb in "$TOP"/notebooks/*.ipynb; do
  name=$(basename "$nb" .ipynb)
  ok=0
  wait "$(cat "$TMP/$name.pid")" && ok=1
  # A kernel that dies while starting (kernels started together on a busy
  # machine can) ran no cell: that notebook runs again, alone.
  if [ "$ok" = 0 ] && grep -q 'Kernel died before replying' "$TMP/$name.log"; then
    echo "notebooks: $name: the kernel died while starting; running it again"
    run_notebook "$nb" "$name" && ok=1
  fi
  if [ "$ok" = 1 ]; then
    pass "notebooks: $name runs without a failed cell"
  else
    fail "notebooks: $name: a cell failed"
    sed 's/\x1b\[[0-9;]*m//g' "$TMP/$name.log" | grep -v 'frozen_modules\|PYDEVD\|Debugging\|^0.00s' | tail -25 | sed 's/^/  /'
    continue
  fi
  # The executed notebook has its outputs: no error, at least one figure.
  "$PY" - "$TMP/nb/$name.ipynb" > "$TMP/$name.count" <<'PYEOF'
import sys, nbformat
nb = nbformat.read(sys.argv[1], as_version=4)
figs = errs = 0
for c in nb.cells:
    for o in c.get("outputs", []):
        errs += o.get("output_type") == "error"
        figs += "image/png" in o.get("data", {}) or "image/svg+xml" in o.get("data", {})
print(figs, errs)
PYEOF
  read -r figs errs < "$TMP/$name.count"
  check "notebooks: $name drew $figs figures, $errs errors" test "$figs" -ge 1 -a "$errs" -eq 0
done
