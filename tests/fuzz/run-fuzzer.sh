#!/bin/sh
# run-fuzzer.sh HARNESS SECONDS DICT SEED_DIR...
#
# Fuzzes for SECONDS from the seed directories, which stay untouched: new
# inputs go to a temporary directory that is removed afterwards. On a crash
# the input is printed (base64) so a CI log is enough to reproduce it:
#   base64 -d > crash && HARNESS crash
# libFuzzer exits 77 on a crash by default, which meson reads as a skip:
# -error_exitcode=1 makes it a failure.
set -eu
harness=$1 seconds=$2 dict=$3
shift 3
work=$(mktemp -d "${TMPDIR:-/tmp}/scr-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir "$work/corpus"
status=0
"$harness" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -error_exitcode=1 -dict="$dict" \
  -print_final_stats=1 -artifact_prefix="$work/" "$work/corpus" "$@" || status=$?
for crash in "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-*; do
  [ -e "$crash" ] || continue
  echo "==== $(basename "$crash") (base64) ===="
  base64 "$crash"
done
exit "$status"
