#!/bin/sh
# run-afl.sh HARNESS SECONDS DICT SEED_DIR...
#
# Fuzzes an AFL++ build of a harness (CC=afl-clang-fast, -Dfuzzing=true)
# for SECONDS with afl-fuzz, from copies of the seeds (afl-fuzz wants one
# flat input directory), and fails if it saved a crash, printing each
# crashing input in base64. The environment settings let afl-fuzz run in
# containers and CI machines it would otherwise refuse (CPU governor,
# core_pattern, CPU affinity).
set -eu
harness=$1 seconds=$2 dict=$3
shift 3
work=$(mktemp -d "${TMPDIR:-/tmp}/scr-afl.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir "$work/in"
n=0
for dir in "$@"; do
  for f in "$dir"/* "$dir"; do
    [ -f "$f" ] || continue
    n=$((n + 1))
    cp "$f" "$work/in/seed-$n"
  done
done
[ "$n" -gt 0 ] || printf '{}' > "$work/in/seed-0"
export AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_NO_UI=1 AFL_QUIET=1 AFL_SKIP_CRASHES=1
afl-fuzz -i "$work/in" -o "$work/out" -V "$seconds" -x "$dict" -- "$harness" > "$work/log" 2>&1 || {
  cat "$work/log"; exit 1; }
grep -E '^(execs_done|execs_per_sec|corpus_count|saved_crashes|bitmap_cvg)' "$work/out/default/fuzzer_stats"
crashes=$(sed -n 's/^saved_crashes *: *//p' "$work/out/default/fuzzer_stats")
for crash in "$work"/out/default/crashes/id:*; do
  [ -e "$crash" ] || continue
  echo "==== $(basename "$crash") (base64) ===="
  base64 "$crash"
done
[ "$crashes" = 0 ]
