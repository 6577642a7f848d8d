#!/bin/sh
# The shared library exports only scr_* symbols and has the soname
# libscr-1.so.0. Usage: check-exports.sh LIBRARY
set -eu
lib="$1"
soname=$(objdump -p "$lib" | awk '/SONAME/ { print $2 }')
if [ "$soname" != "libscr-1.so.0" ]; then
  echo "not ok 1 - soname is '$soname', expected libscr-1.so.0"; echo "1..2"; exit 1
fi
echo "ok 1 - soname is libscr-1.so.0"
bad=$(nm -D --defined-only "$lib" | awk '$2 ~ /^[TDBRVW]$/ { print $3 }' | grep -v '^scr_' || true)
if [ -n "$bad" ]; then
  echo "not ok 2 - symbols outside scr_*:"; echo "$bad" | sed 's/^/# /'; echo "1..2"; exit 1
fi
n=$(nm -D --defined-only "$lib" | awk '$2 == "T"' | wc -l)
echo "ok 2 - all $n exported functions are scr_*"
echo "1..2"
