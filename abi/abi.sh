#!/bin/sh
# ABI tooling for libscr-1 (libabigail).
#
#   abi/abi.sh update BUILDDIR   write abi/libscr-1.abi from BUILDDIR's library
#   abi/abi.sh check  BUILDDIR   compare BUILDDIR's library with the baseline;
#                                print TAP; fail on any incompatible change
#
# The full check needs a build with debug info (buildtype debug or
# debugoptimized, the project default); on a build without, check only
# compares the exported symbols. The public headers are the
# project's and, as pitfall 8 of the design card explains, GLib's and
# json-glib's too: with only ours, abidiff treats GLib typedefs as private
# and filters out changes such as a guint parameter becoming gint64.
#
# SPDX-License-Identifier: LGPL-2.1-or-later
set -eu

mode=${1:?usage: abi.sh update|check BUILDDIR}
build=${2:?usage: abi.sh update|check BUILDDIR}
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
lib="$build/libscr/libscr-1.so"
baseline="$here/libscr-1.abi"
suppressions="$here/libscr-1.abignore"

headers="--headers-dir $top/include/scr --headers-dir $build/include/scr"
for dir in $(pkg-config --cflags-only-I glib-2.0 gobject-2.0 gio-2.0 json-glib-1.0 | sed 's/-I//g'); do
  headers="$headers --headers-dir $dir"
done

case "$mode" in
update)
  # shellcheck disable=SC2086
  abidw --drop-private-types --drop-undefined-syms --no-corpus-path --no-comp-dir-path \
    --short-locs $headers --out-file "$baseline" "$lib"
  echo "wrote $baseline from $lib"
  ;;
check)
  if ! command -v abidiff >/dev/null 2>&1; then
    echo "1..0 # SKIP abidiff not found: install abigail-tools (.ci/install-deps does)"
    exit 0
  fi
  if [ ! -f "$baseline" ]; then
    echo "not ok 1 - no baseline $baseline: run abi/update.sh BUILDDIR"; echo "1..1"; exit 1
  fi
  if [ ! -f "$lib" ]; then
    echo "not ok 1 - no library $lib"; echo "1..1"; exit 1
  fi
  if ! readelf -S "$lib" | grep -q '\.debug_info'; then
    # Without DWARF (a release build) only the symbols can be compared:
    # every function and variable of the baseline must still be exported.
    exported=$(mktemp)
    nm -D --defined-only "$lib" | awk '{ print $3 }' | sort -u > "$exported"
    missing=$(sed -n "s/.*<elf-symbol name='\([^']*\)'.*is-defined='yes'.*/\1/p" "$baseline" |
              sort -u | comm -23 - "$exported")
    rm -f "$exported"
    if [ -n "$missing" ]; then
      echo "not ok 1 - symbols of abi/libscr-1.abi no longer exported:"
      echo "$missing" | sed 's/^/# /'
      echo "1..1"
      exit 1
    fi
    echo "ok 1 - every symbol of abi/libscr-1.abi is exported (no debug info in $lib:" \
         "types not compared; build with buildtype debugoptimized for the full check)"
    echo "1..1"
    exit 0
  fi
  # abidiff's exit status is a bit field: 1 error, 2 usage, 4 ABI change,
  # 8 incompatible change. Added functions are allowed (--no-added-syms
  # keeps them out of the report and out of the status); any other change
  # (a removed symbol, a changed parameter, a changed type) fails.
  status=0
  report=$(abidiff --drop-private-types --no-added-syms \
             $(test -f "$suppressions" && echo "--suppressions $suppressions") \
             $(echo "$headers" | sed 's/--headers-dir/--hd2/g') \
             "$baseline" "$lib" 2>&1) || status=$?
  if [ "$status" -eq 0 ]; then
    echo "ok 1 - the ABI of $lib keeps every symbol and type of abi/libscr-1.abi"
    echo "1..1"
    exit 0
  fi
  echo "not ok 1 - the ABI changed incompatibly (abidiff status $status)"
  echo "$report" | sed 's/^/# /'
  echo "# If the change is intended before 1.0 ships, regenerate: abi/update.sh BUILDDIR"
  echo "1..1"
  exit 1
  ;;
*)
  echo "usage: abi.sh update|check BUILDDIR" >&2
  exit 2
  ;;
esac
