#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Runs an example and checks that it succeeds and prints what it should.
Usage: run-example.py [--expect TEXT]... -- COMMAND [ARG...]"""
import subprocess
import sys

args = sys.argv[1:]
split = args.index("--")
expected = [args[i + 1] for i in range(0, split, 2) if args[i] == "--expect"]
run = subprocess.run(args[split + 1:], capture_output=True, text=True)
sys.stdout.write(run.stdout)
sys.stderr.write(run.stderr)
if run.returncode != 0:
    sys.exit("exit status %d" % run.returncode)
missing = [text for text in expected if text not in run.stdout]
if missing:
    sys.exit("missing from the output: %r" % missing)
