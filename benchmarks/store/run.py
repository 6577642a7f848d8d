#!/usr/bin/env python3
"""Register benchmark: import, single committed changes and loads of the
generated 20,000-case register in SQLite, SQLite's own speed for the same
inserts, and `scr due` over the register and over the JSON file.

Usage: run.py [--runs N] [--changes N] [--cases N] [--file REGISTER.json]
              [--today DATE] [--postgresql BENCH_STORE_POSTGRESQL]
              BENCH_STORE SCR_TOOL

With --postgresql, the same measures on a PostgreSQL register too (and
PostgreSQL's own speed for the same inserts): run it under
tests/pgserver.py, which names a server's database in
SCR_TEST_POSTGRESQL_URI.

BENCH_STORE is the built benchmarks/store/bench-store program, SCR_TOOL
the built scr. Without --file, the register is generated (generate.py,
seed 1) into a temporary directory, where the SQLite files go too. `scr
due` runs pinned to one core (the first this process may use), its
output thrown away; its time is the wall time, best of N, and the CPU
time of that run.
"""
import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATE = os.path.join(HERE, "..", "json", "generate.py")
TARGET_DUE = 0.5


def time_due(args, tool, runs):
    """(best wall seconds, CPU seconds of that run) of scr due ARGS."""
    core = min(os.sched_getaffinity(0))
    best = (float("inf"), 0.0)
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        p = subprocess.run([tool, "due", *args], stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, text=True,
                           preexec_fn=lambda: os.sched_setaffinity(0, {core}))
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if p.returncode not in (0, 1):  # 1: something is overdue
            sys.exit(f"scr due failed: {p.stderr}")
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best = min(best, (wall, cpu))
    return best


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("bench_store")
    ap.add_argument("scr_tool")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--changes", type=int, default=10000)
    ap.add_argument("--cases", type=int, default=20000)
    ap.add_argument("--file")
    ap.add_argument("--today", default="2024-06-28")
    ap.add_argument("--postgresql", metavar="BENCH_STORE_POSTGRESQL")
    args = ap.parse_args()
    if args.postgresql and not os.environ.get("SCR_TEST_POSTGRESQL_URI"):
        sys.exit("--postgresql: run under tests/pgserver.py (no SCR_TEST_POSTGRESQL_URI)")

    with tempfile.TemporaryDirectory() as tmp:
        path = args.file
        if path is None:
            path = os.path.join(tmp, "register.json")
            subprocess.run([sys.executable, GENERATE, "--cases", str(args.cases), path],
                           check=True)
        out = subprocess.run([args.bench_store, "--runs", str(args.runs), "--changes",
                              str(args.changes), path, tmp],
                             check=True, capture_output=True, text=True).stdout
        c = dict(line.split() for line in out.splitlines())
        register = os.path.join(tmp, "register.db")
        today = ["--today", args.today]
        due_register = time_due(["--register", register, *today], args.scr_tool, args.runs)
        due_file = time_due([*today, path], args.scr_tool, args.runs)
        size = os.path.getsize(register)
        if args.postgresql:
            out = subprocess.run([args.postgresql, "--runs", str(args.runs), "--changes",
                                  str(args.changes), path, os.environ["SCR_TEST_POSTGRESQL_URI"]],
                                 check=True, capture_output=True, text=True).stdout
            pg = dict(line.split(" ", 1) for line in out.splitlines())
            due_pg = time_due(["--register", pg["register"], *today], args.scr_tool, args.runs)

    cases, entities, changes = int(c["cases"]), int(c["entities"]), int(c["changes"])
    print(f"register: {cases} cases, {entities} entities, {size / 1e6:.1f} MB in SQLite; "
          f"best of {args.runs} runs (changes: one run of {changes})")
    print(f"{'measure':68} {'seconds':>9} {'rate':>22}")

    def row(name, secs, count, unit):
        print(f"{name:68} {secs:9.3f} {count / secs:14,.0f} {unit}")

    row("scr_store_import, whole dataset, new register", float(c["import"]), cases, "cases/s")
    row("  anchor: sqlite3, the same entity bodies, one transaction", float(c["sqlite-one"]),
        cases, "cases/s")
    row(f"scr_store_save, {changes} single committed changes", float(c["changes-time"]),
        changes, "changes/s")
    row(f"  anchor: sqlite3, {changes} case bodies, one transaction each",
        float(c["sqlite-each"]), changes, "inserts/s")
    row(f"  anchor: sqlite3, {changes} UPDATEs of case bodies, one transaction each",
        float(c["sqlite-update"]), changes, "updates/s")
    row("scr_store_load, whole register", float(c["store-load"]), cases, "cases/s")
    row("scr_dataset_new_from_file, the JSON file", float(c["json-load"]), cases, "cases/s")
    row("scr due --register (wall, one core)", due_register[0], cases, "cases/s")
    row("scr due FILE.json (wall, one core)", due_file[0], cases, "cases/s")
    print(f"scr due CPU time: register {due_register[1]:.3f} s, file {due_file[1]:.3f} s")
    if args.postgresql:
        print(f"\nPostgreSQL (a local server, Unix socket): best of {args.runs} runs "
              f"(changes: one run of {changes})")
        row("scr_store_import, whole dataset, new register", float(pg["import"]), cases,
            "cases/s")
        row("  anchor: libpq, the same entity bodies, one transaction", float(pg["pg-one"]),
            cases, "cases/s")
        row(f"scr_store_save, {changes} single committed changes", float(pg["changes-time"]),
            changes, "changes/s")
        row(f"  anchor: libpq, {changes} case bodies, one transaction each",
            float(pg["pg-each"]), changes, "inserts/s")
        row(f"  anchor: libpq, {changes} UPDATEs of case bodies, one transaction each",
            float(pg["pg-update"]), changes, "updates/s")
        row("scr_store_load, whole register", float(pg["store-load"]), cases, "cases/s")
        row("scr due --register postgresql:... (wall, one core)", due_pg[0], cases, "cases/s")
        print(f"scr due CPU time on PostgreSQL: {due_pg[1]:.3f} s")
    verdict = "met" if due_register[0] < TARGET_DUE else "NOT met"
    print(f"scr due over the register: {due_register[0]:.3f} s "
          f"(target < {TARGET_DUE} s on one core: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
