#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""examples/python/review-analysis.ipynb is the notebook form of
examples/python/review-analysis.py: the same cells (`# %%` code cells,
`# %% [markdown]` markdown cells), except the settings cell, which in the
notebook sets the paths directly; a valid nbformat 4 notebook with its
outputs cleared. Prints TAP.

With --run OUTDIR, also runs the script (as the tests' plain-script
form) and then the notebook's code cells in one Python process, and checks
that each writes its CSV and PNG files.

Usage: check-notebook.py SOURCEDIR [--run OUTDIR]  check
       check-notebook.py SOURCEDIR --write          regenerate the notebook from the script
"""
import json
import os
import re
import shutil
import subprocess
import sys

source = sys.argv[1]
write = "--write" in sys.argv[2:]
run_dir = sys.argv[sys.argv.index("--run") + 1] if "--run" in sys.argv else None
OUTPUTS = ["outcomes.csv", "overdue-actions.csv", "review-durations.csv",
           "review-durations.png", "audit-measures.csv", "due.csv", "decision-log.csv"]
script_path = os.path.join(source, "examples", "python", "review-analysis.py")
notebook_path = os.path.join(source, "examples", "python", "review-analysis.ipynb")

NOTEBOOK_SETTINGS = '''# The script takes these from its arguments; here, set them directly.
DATA_DIR = os.path.join("..", "data")
OUTPUT_DIR = "review-analysis-output"
TODAY = datetime.date.today()'''


def cells_of(script):
    cells = []
    for chunk in re.split(r"^# %%", script, flags=re.MULTILINE)[1:]:
        header, _, body = chunk.partition("\n")
        body = body.strip("\n")
        if header.strip() == "[markdown]":
            lines = [re.sub(r"^# ?", "", line) for line in body.splitlines()]
            cells.append(("markdown", "\n".join(lines)))
        elif header.strip() == "Settings":
            cells.append(("code", NOTEBOOK_SETTINGS))
        else:
            cells.append(("code", body))
    return cells


def make_notebook(cells):
    def cell(kind, text, index):
        lines = text.splitlines(keepends=True)
        result = {"cell_type": kind, "id": "cell-%d" % index, "metadata": {}, "source": lines}
        if kind == "code":
            result.update(execution_count=None, outputs=[])
        return result

    return {
        "cells": [cell(kind, text, i) for i, (kind, text) in enumerate(cells)],
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


with open(script_path, encoding="utf-8") as f:
    expected = make_notebook(cells_of(f.read()))
text = json.dumps(expected, indent=1, ensure_ascii=False) + "\n"
if write:
    with open(notebook_path, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote", notebook_path)
    sys.exit(0)

results = []


def check(ok, name):
    results.append(ok)
    print("%s %d - %s" % ("ok" if ok else "not ok", len(results), name))


with open(notebook_path, encoding="utf-8") as f:
    actual_text = f.read()
actual = json.loads(actual_text)
check(actual.get("nbformat") == 4, "the notebook is nbformat 4")
try:
    import nbformat
    nbformat.validate(nbformat.reads(actual_text, as_version=4))
    check(True, "nbformat validates the notebook")
except ImportError:
    print("# nbformat not installed: schema not checked")
except Exception as error:  # nbformat.ValidationError and JSON errors
    check(False, "nbformat validates the notebook: %s" % str(error).splitlines()[0])
code = [c for c in actual["cells"] if c["cell_type"] == "code"]
check(all(c.get("outputs") == [] and c.get("execution_count") is None for c in code),
      "every output is cleared")
check(actual["cells"] == expected["cells"],
      "the notebook's cells are the script's (regenerate: tests/check-notebook.py . --write)")


def check_outputs(directory, what):
    missing = [name for name in OUTPUTS
               if not os.path.isfile(os.path.join(directory, name))
               or os.path.getsize(os.path.join(directory, name)) == 0]
    check(not missing, "%s writes %s%s" % (what, ", ".join(OUTPUTS),
                                           " (missing: %s)" % missing if missing else ""))


def report(run):
    if run.returncode != 0:
        for line in (run.stdout + run.stderr).splitlines()[-30:]:
            print("# " + line)


if run_dir is not None:
    shutil.rmtree(run_dir, ignore_errors=True)
    data = os.path.join(source, "examples", "data")
    # The plain script, judging overdue actions on a fixed day.
    out = os.path.join(run_dir, "script")
    run = subprocess.run([sys.executable, script_path, data, out, "2024-01-01"],
                         capture_output=True, text=True)
    report(run)
    check(run.returncode == 0, "review-analysis.py runs")
    check(run.returncode == 0 and "actions overdue on 2024-01-01" in run.stdout,
          "the script lists the overdue actions")
    check_outputs(out, "the script")
    # The notebook's code cells, in order, where its settings expect them:
    # ../data beside the working directory.
    work = os.path.join(run_dir, "notebook", "python")
    os.makedirs(work)
    os.symlink(os.path.abspath(data), os.path.join(run_dir, "notebook", "data"))
    program = "\n\n".join("".join(c["source"]) for c in actual["cells"]
                           if c["cell_type"] == "code")
    run = subprocess.run([sys.executable, "-c", program], cwd=work, capture_output=True,
                         text=True)
    report(run)
    check(run.returncode == 0, "the notebook's code cells run")
    check_outputs(os.path.join(work, "review-analysis-output"), "the notebook")

print("1..%d" % len(results))
sys.exit(0 if all(results) else 1)
