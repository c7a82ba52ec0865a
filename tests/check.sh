#!/bin/sh
# make check: every test with the plain build, then again with ASan+UBSan;
# ends with one line "N passed, N failed" and fails on any failure.
set -u
build=$1 bin=$2 asan_build=$3 asan_bin=$4
dir=$(dirname "$0")
sh "$dir/run.sh" "$build" "$bin" plain
ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=99 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  sh "$dir/run.sh" "$asan_build" "$asan_bin" asan
read p1 f1 < "$build/test-counts"
read p2 f2 < "$asan_build/test-counts"
echo "$((p1 + p2)) passed, $((f1 + f2)) failed"
[ $((f1 + f2)) -eq 0 ]
