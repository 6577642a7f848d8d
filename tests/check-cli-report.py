#!/usr/bin/env python3
"""scr report scrutiny and review: from a dataset file and from the register, each
format to standard output and to a file, the period, and the exit codes.

Usage: check-cli-report.py SCR_TOOL SOURCE_ROOT   (prints TAP)
"""
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile

import clitap

tool, root = sys.argv[1], sys.argv[2]
data = os.path.join(root, "examples", "data")
sefton = os.path.join(data, "sefton-scr-timelines.json")
leicester = os.path.join(data, "child-b1-leicester.json")
work = tempfile.mkdtemp(prefix="check-cli-report-")
register = os.path.join(work, "register.db")
checks = clitap.Checks(tool, env={"SCR_REGISTER": "", "USER": "tester"})
run, check = checks.run, checks.check

status, out, err = run("report", "scrutiny", "--today", "2021-01-26", sefton)
check("html to standard output by default",
      status == 0 and out.startswith("<!DOCTYPE html>") and "SCR4 MATILDA" in out, err)
status, out, err = run("report", "scrutiny", "--format", "json", "--today", "2021-01-26", sefton)
report = json.loads(out) if status == 0 else {}
check("--format json: five reviews, as on --today",
      len(report.get("reviews", [])) == 5 and report.get("today") == "2021-01-26", err)
status, out, err = run("report", "scrutiny", "--format", "csv", "--period", "2019..2019",
                       "--today", "2021-01-26", sefton)
rows = list(csv.DictReader(io.StringIO(out, newline=""))) if status == 0 else []
check("--format csv --period 2019..2019: the four reviews with a step in 2019",
      sorted({r["review"] for r in rows}) ==
      ["sefton-scr%d-review" % n for n in (2, 3, 4, 5)] and "\r\n" in out, err)
status, out, err = run("report", "scrutiny", "--format", "json", "--period", "2020-03..",
                       "--today", "2021-01-26", sefton)
check("an open-ended period", status == 0 and len(json.loads(out)["reviews"]) == 1, err)

html = os.path.join(work, "b1.html")
status, out, err = run("report", "scrutiny", "--today", "2026-01-01", "-o", html, leicester)
with open(html, encoding="utf-8") as f:
    text = f.read()
check("-o FILE writes the report and nothing to standard output",
      status == 0 and out == "" and "late by 44 working days" in text, err)

# scr report review REVIEW-ID.
status, out, err = run("report", "review", "--format", "json", "--today", "2015-06-30",
                       "child-b1-scr", leicester)
review = json.loads(out) if status == 0 else {"totals": {}}
check("review --format json: child B1's 32 actions, 13 red on 30 June 2015",
      review.get("kind") == "review" and review["totals"].get("actions") == 32 and
      review["totals"]["by_rag"]["red"]["count"] == 13, err)
status, out, err = run("report", "review", "--format", "csv", "--today", "2015-06-30",
                       "child-b1-scr", leicester)
rows = list(csv.DictReader(io.StringIO(out, newline=""))) if status == 0 else []
check("review --format csv: one line per action, three complete without evidence",
      len(rows) == 32 and
      [r["action"] for r in rows if r["complete_without_evidence"] == "yes"] ==
      ["b1-action-eyst-iii", "b1-action-csc-1", "b1-action-csc-9"], err)
html = os.path.join(work, "b1-review.html")
status, out, err = run("report", "review", "--today", "2015-06-30", "-o", html,
                       "child-b1-scr", leicester)
with open(html, encoding="utf-8") as f:
    text = f.read()
check("review -o FILE: the HTML with its action plan and chart",
      status == 0 and out == "" and "b1-action-lscb-2" in text and "<svg" in text, err)
status, out, err = run("report", "review", "--today", "2015-06-30", "no-such-review", leicester)
check("an unknown review is exit 2 naming it",
      status == 2 and "no-such-review" in err and err.count("\n") == 1 and out == "", err)

# PDF (when this build writes it), read back with pdftotext.
pdf = os.path.join(work, "b1-review.pdf")
status, out, err = run("report", "review", "--format", "pdf", "--today", "2015-06-30", "-o", pdf,
                       "child-b1-scr", leicester)
if status == 2 and "without PDF output" in err:
    check("PDF output # SKIP this build has none (the pdf_output feature)", True)
elif shutil.which("pdftotext") is None:
    check("PDF output # SKIP pdftotext is not installed (poppler-utils)", True)
else:
    with open(pdf, "rb") as f:
        head = f.read(5)
    # the text in reading order, each cell's lines together, spaces squeezed
    text = " ".join(subprocess.run(["pdftotext", pdf, "-"], capture_output=True,
                                   text=True).stdout.split()) if status == 0 else ""
    check("review --format pdf -o FILE: a PDF with the action plan's text",
          status == 0 and head == b"%PDF-" and "What will be done" in text and
          all(a in text for a in ("b1-action-ccg-1", "b1-action-lscb-2", "b1-action-csc-9")) and
          "32 actions: 13 Red: overdue, 1 Amber: due soon" in text, err)
    check("the PDF flags the three actions marked complete without evidence",
          # three rows, and the summary line that explains the mark
          text.count("No evidence!") == 3 + 1 and "3 marked complete without evidence" in text)
    pdf = os.path.join(work, "sefton.pdf")
    status, out, err = run("report", "scrutiny", "--format", "pdf", "--today", "2021-01-26",
                           "-o", pdf, sefton)
    text = " ".join(subprocess.run(["pdftotext", pdf, "-"], capture_output=True,
                                   text=True).stdout.split()) if status == 0 else ""
    check("scrutiny --format pdf: the steps table's text",
          status == 0 and all(t in text for t in ("SCR4 MATILDA", "Author appointed",
                                                  "November 2018")), err)

# From the register.
status, out, err = run("init", register, sefton)
check("a register to report on", status == 0, err)
status, out, err = run("report", "scrutiny", "--format", "json", "--today", "2021-01-26",
                       "-R", register)
check("-R/--register: the register's reviews",
      status == 0 and len(json.loads(out)["reviews"]) == 5, err)
status, out, err = run("report", "review", "--format", "json", "--today", "2021-01-26",
                       "-R", register, "sefton-scr2-review")
check("review -R/--register", status == 0 and json.loads(out)["kind"] == "review", err)
status, out, err = clitap.Checks(tool, env={"SCR_REGISTER": register}).run(
    "report", "scrutiny", "--format", "csv", "--today", "2021-01-26")
check("$SCR_REGISTER when no source is given", status == 0 and "sefton-scr5" in out, err)

# Bad input: exit 2 with a one-line message.
for name, args, needle in [
        ("no kind", [sefton], "scrutiny"),
        ("an unknown kind", ["yearly", sefton], "scrutiny"),
        ("review without an id", ["review"], "review's id"),
        ("review with --period", ["review", "--period", "2019..2020", "child-b1-scr", leicester],
         "--period"),
        ("an unknown format", ["scrutiny", "--format", "docx", sefton], "--format"),
        ("pdf to standard output", ["scrutiny", "--format", "pdf", sefton], "-o"),
        ("a period without ..", ["scrutiny", "--period", "2019", sefton], "--period"),
        ("a bad period date", ["scrutiny", "--period", "2019-13..2020", sefton], "--period"),
        ("a period ending before it starts",
         ["scrutiny", "--period", "2020..2019", sefton], "period"),
        ("a partial --today", ["scrutiny", "--today", "2021-01", sefton], "--today"),
        ("a missing file", ["scrutiny", os.path.join(work, "missing.json")], "missing.json"),
        ("a file and --register", ["scrutiny", "-R", register, sefton], "not both"),
        ("two files", ["scrutiny", sefton, leicester], "one dataset file"),
        ("an unwritable -o", ["scrutiny", "-o", os.path.join(work, "no", "such.html"), sefton],
         "such.html")]:
    status, out, err = run("report", *args)
    check("%s is exit 2" % name,
          status == 2 and needle in err and err.count("\n") == 1 and out == "", err)

shutil.rmtree(work)
checks.finish()
