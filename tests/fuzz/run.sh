#!/bin/sh
# Builds every tests/fuzz/fuzz_*.c as a libFuzzer binary (clang,
# -fsanitize=fuzzer,address,undefined, linked with the libts sources) into
# OUT (default build/fuzz) and runs each for FUZZ_SECONDS (default 20).
# Seeds come from tests/fuzz/corpus/NAME/, a dictionary from
# tests/fuzz/NAME.dict when present.  FUZZ_ONLY=NAME runs that target
# alone.  An input that runs longer than FUZZ_TIMEOUT seconds (default
# 25; a report of 4 KiB reads in milliseconds) is a hang and fails the
# target.  Exits 1 when a target crashes or hangs.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
out=${1:-build/fuzz}
secs=${FUZZ_SECONDS:-20}
unit_timeout=${FUZZ_TIMEOUT:-25}
cc=${FUZZ_CC:-clang}
build=$(dirname "$out")
# The Makefile's packages and built-in data (catalogue, lexicon,
# gazetteer, labels), so the harnesses link what the tools link.
pkgs=$(make -s --no-print-directory BUILD="$build" print-pkgs)
make -s --no-print-directory BUILD="$build" "$build/gen/builtin_data.c"

command -v "$cc" >/dev/null 2>&1 || { echo "fuzz: $cc not found (run make deps)" >&2; exit 2; }
mkdir -p "$out/obj"

san="-fsanitize=address,undefined -fno-sanitize-recover=undefined"
cflags="-std=c11 -D_GNU_SOURCE -g -O1 -fno-omit-frame-pointer -Ilibts $(pkg-config --cflags $pkgs)"
libs="$(pkg-config --libs $pkgs) -lm -lpthread"

# The library, instrumented for coverage but without libFuzzer's main.
objs=""
for src in libts/*/*.c "$build/gen/builtin_data.c"; do
  [ -f "$src" ] || continue
  case $src in libts/mpi/*) continue ;; esac # the serial library, as make builds it
  obj=$out/obj/$(echo "$src" | tr '/' '_' | sed 's/\.c$/.o/')
  # shellcheck disable=SC2086
  $cc $cflags $san -fsanitize=fuzzer-no-link -c "$src" -o "$obj"
  objs="$objs $obj"
done
# An archive, as the Makefile links tools: a harness pulls in only the
# objects it needs.
rm -f "$out/libts-fuzz.a"
# shellcheck disable=SC2086
ar rcs "$out/libts-fuzz.a" $objs

status=0 ran=0
for harness in tests/fuzz/${FUZZ_ONLY:-fuzz_*}.c; do
  [ -f "$harness" ] || continue
  name=$(basename "$harness" .c)
  bin=$out/$name
  # shellcheck disable=SC2086
  $cc $cflags $san -fsanitize=fuzzer "$harness" "$out/libts-fuzz.a" $libs -o "$bin"
  corpus=$out/corpus/$name
  mkdir -p "$corpus"
  seeds=""
  [ -d "tests/fuzz/corpus/$name" ] && seeds="tests/fuzz/corpus/$name"
  dict=""
  [ -f "tests/fuzz/$name.dict" ] && dict="-dict=tests/fuzz/$name.dict"
  log=$out/$name.log
  # A target may need longer inputs than 4096 bytes (a store file).
  maxlen=4096
  [ -f "tests/fuzz/$name.maxlen" ] && maxlen=$(cat "tests/fuzz/$name.maxlen")
  # ... and suppress leaks that are a library's own (documented there).
  lsan=""
  [ -f "tests/fuzz/$name.lsan" ] && lsan="suppressions=$top/tests/fuzz/$name.lsan"
  # shellcheck disable=SC2086
  if LSAN_OPTIONS="$lsan" "$bin" -max_total_time="$secs" -max_len="$maxlen" -timeout="$unit_timeout" \
       -print_final_stats=1 \
       -artifact_prefix="$out/$name-" $dict "$corpus" $seeds > "$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    echo "fuzz: $name: ok (${runs:-?} runs in ${secs}s)"
  else
    echo "fuzz: $name: FAILED (log: $log)"
    grep -E 'ERROR|SUMMARY|Test unit written' "$log" | head -10
    status=1
  fi
  ran=$((ran + 1))
done
[ "$ran" -gt 0 ] || { echo "fuzz: no targets in tests/fuzz" >&2; exit 2; }
exit $status
