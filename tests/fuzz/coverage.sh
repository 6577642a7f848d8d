#!/bin/sh
# coverage.sh COVERAGE_BUILD NAME DIR...
#
# Replays DIR... through the harness fuzz-NAME of a build made with clang's
# source-based coverage, and prints the line and region coverage of the
# library (and tools/scr-args.c) that the inputs reach, then the line
# coverage of each file whose path matches $SCR_COV_FILES (a regex), if set. Make the build with:
#   CC=clang meson setup _build-cov -Dintrospection=disabled -Ddocumentation=false \
#     -Dc_args='-fprofile-instr-generate -fcoverage-mapping' -Dc_link_args=-fprofile-instr-generate
set -eu
build=$1 name=$2
shift 2
work=$(mktemp -d "${TMPDIR:-/tmp}/scr-cov.XXXXXX")
trap 'rm -rf "$work"' EXIT
LLVM_PROFILE_FILE="$work/%p.profraw" "$build/tests/fuzz/fuzz-$name" "$@" > /dev/null
llvm-profdata merge -sparse -o "$work/merged.profdata" "$work"/*.profraw
llvm-cov report "$build/tests/fuzz/fuzz-$name" -instr-profile="$work/merged.profdata" \
  -object "$build/libscr/libscr-1.so" \
  -ignore-filename-regex='(/tests/|/usr/|config[.]h|scr-enum-types|[.]p/)' | tail -1 |
  awk -v n="$name" '{ printf "%s: regions %s, lines %s\n", n, $4, $10 }'
if [ -n "${SCR_COV_FILES:-}" ]; then
  llvm-cov report "$build/tests/fuzz/fuzz-$name" -instr-profile="$work/merged.profdata" \
    -object "$build/libscr/libscr-1.so" |
    awk -v re="$SCR_COV_FILES" '$1 ~ re { n = split($1, p, "/"); printf "  %s: lines %s\n", p[n], $10 }'
fi
