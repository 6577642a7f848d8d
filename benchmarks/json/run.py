#!/usr/bin/env python3
"""JSON load benchmark: libscr's dataset load, json-glib's bare parse and
Python's json.loads on the same generated register, in one run.

Usage: run.py [--runs N] [--cases N] [--file REGISTER.json] BENCH_JSON

BENCH_JSON is the built benchmarks/json/bench-json program. Without
--file, the register is generated (generate.py, seed 1) into a temporary
directory. Prints a table: best-of-N seconds, MB/s and cases/s for each
reader, and the model's overhead over json-glib's parse (target: at most
25%).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("bench_json")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--cases", type=int, default=20000)
    ap.add_argument("--file")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = args.file
        if path is None:
            path = os.path.join(tmp, "register.json")
            subprocess.run([sys.executable, os.path.join(HERE, "generate.py"),
                            "--cases", str(args.cases), path], check=True)
        out = subprocess.run([args.bench_json, "--runs", str(args.runs), path],
                             check=True, capture_output=True, text=True).stdout
        c = dict(line.split() for line in out.splitlines())
        size = int(c["bytes"])
        cases = int(c["cases"])
        glib_parse = float(c["json-glib-parse"])
        scr_load = float(c["scr-dataset-load"])

        with open(path, "rb") as f:
            raw = f.read()
        best_py = float("inf")
        for _ in range(args.runs):
            start = time.perf_counter()
            doc = json.loads(raw)
            best_py = min(best_py, time.perf_counter() - start)
            del doc

    mb = size / 1e6
    rows = [
        ("json-glib json_parser_load_from_data", glib_parse),
        ("libscr scr_dataset_new_from_data", scr_load),
        ("Python json.loads", best_py),
    ]
    print(f"register: {mb:.1f} MB, {cases} cases; best of {args.runs} runs")
    print(f"{'reader':40} {'seconds':>9} {'MB/s':>8} {'cases/s':>10} {'vs json-glib':>13}")
    for name, secs in rows:
        print(f"{name:40} {secs:9.3f} {mb / secs:8.1f} {cases / secs:10.0f} {secs / glib_parse:12.2f}x")
    overhead = (scr_load - glib_parse) / glib_parse * 100
    verdict = "met" if overhead <= 25 else "NOT met"
    print(f"model overhead over json-glib's parse: {overhead:+.1f}% (target <= 25%: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
