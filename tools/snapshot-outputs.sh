#!/bin/sh
# snapshot-outputs.sh BUILDDIR OUTDIR: every CLI output on the bundled
# examples, and the evaluation digest over 20,000 generated cases, one file
# each, so that a refactoring can show it changed no answer:
#   tools/snapshot-outputs.sh _build /tmp/before   (before the change)
#   tools/snapshot-outputs.sh _build /tmp/after && diff -r /tmp/before /tmp/after
set -u
build=$1
out=$2
scr=$build/tools/scr
mkdir -p "$out"
run () {
  name=$1; shift
  "$scr" "$@" >"$out/$name.out" 2>"$out/$name.err"
  echo "rc=$?" >>"$out/$name.out"
}
for f in examples/data/*.json tests/data/*.json tests/data/model/*.json tests/data/malformed/*; do
  [ -f "$f" ] || continue
  b=$(echo "$f" | tr / _)
  run "validate-$b" validate "$f"
  run "show-$b" show "$f"
  for cmd in evaluate timeline; do
    run "$cmd-$b" $cmd "$f"
    run "$cmd-json-$b" $cmd --json "$f"
    run "$cmd-unverified-$b" $cmd --unverified --json "$f"
  done
  run "evaluate-on-$b" evaluate --on=2019-09-30 "$f"
  run "timeline-today-$b" timeline --today=2025-06-30 "$f"
done
for d in england-and-wales scotland northern-ireland; do
  run "holidays-$d" holidays --division=$d 1990 2030
done
run workdays-add workdays add 2024-12-20 15
run workdays-count workdays count 2024-12-20 2025-01-20
"$build/benchmarks/evaluate/evaluate-digest" 20000 >"$out/evaluate-digest.out" 2>&1
echo "rc=$?" >>"$out/evaluate-digest.out"
