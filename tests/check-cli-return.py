#!/usr/bin/env python3
"""scr return panel-notification: from a dataset file and from the
register, as a table, JSON and CSV; restricted details in and out; the
exit codes (1: required fields missing, 2: bad input). scr return
case-review-tracker: the record of child B1's review, by the case and
--review, and for a case with two reviews.

Usage: check-cli-return.py SCR_TOOL SOURCE_ROOT   (prints TAP)
"""
import csv
import io
import json
import os
import shutil
import sys
import tempfile

import clitap

tool, root = sys.argv[1], sys.argv[2]
data = os.path.join(root, "examples", "data")
cumbria = os.path.join(data, "child-l-cumbria.json")
leicester = os.path.join(data, "child-b1-leicester.json")
work = tempfile.mkdtemp(prefix="check-cli-return-")
register = os.path.join(work, "register.db")
checks = clitap.Checks(tool, env={"SCR_REGISTER": "", "USER": "tester"})
run, check = checks.run, checks.check

status, out, err = run("return", "panel-notification", "child-l", cumbria)
check("a table by default; exit 1 for the missing fields",
      status == 1 and "Date of the incident: 2011\n" in out
      and "missing: incident_location (cases[].incident.location)\n" in out, err)
status, out, err = run("return", "panel-notification", "child-l", "--json", cumbria)
r = json.loads(out) if out else {}
check("--json: the missing list, exactly",
      status == 1 and [m["id"] for m in r.get("missing", [])] == ["child_name", "incident_location"]
      and r.get("include_restricted") is True, err)
check("--json: agencies by name",
      any(f["id"] == "agencies_involved" and f["value"].startswith("Cumbria Police;")
          for f in r.get("fields", [])), err)
status, out, err = run("return", "panel-notification", "child-l", "--csv", cumbria)
rows = list(csv.DictReader(io.StringIO(out, newline="")))
check("--csv: one row per field with its source member",
      status == 1 and len(rows) == 17 and rows[0]["source"] == "cases[].partnership"
      and "\r\n" in out, err)

# A case with the child's name in its restricted details.
named = os.path.join(work, "named.json")
with open(cumbria, encoding="utf-8") as f:
    dataset = json.load(f)
dataset["cases"][0]["subject"]["restricted"] = {"names": ["Test Name"]}
dataset["cases"][0]["incident"]["location"] = "home"
with open(named, "w", encoding="utf-8") as f:
    json.dump(dataset, f)
status, out, err = run("return", "panel-notification", "child-l", "--json", named)
r = json.loads(out) if out else {}
check("nothing missing is exit 0, with the child's name",
      status == 0 and r.get("missing") == []
      and {"id": "child_name", "label": "Child's name", "value": "Test Name",
           "source": "cases[].subject.restricted.names"} in r.get("fields", []), err)
status, out, err = run("return", "panel-notification", "child-l", "--json", "--no-restricted",
                       named)
r = json.loads(out) if out else {}
check("--no-restricted: the name withheld, not missing",
      status == 0 and "child_name" in r.get("withheld", []) and "Test Name" not in out, err)

# From the register.
status, out, err = run("init", register, cumbria)
check("a register to fill the return from", status == 0, err)
status, out, err = run("return", "panel-notification", "child-l", "--json", "-R", register)
check("-R/--register: the register's case",
      status == 1 and json.loads(out)["case_id"] == "child-l", err)

# The health Safeguarding Case Review Tracker, per review.
status, out, err = run("return", "case-review-tracker", "child-b1", leicester)
check("case-review-tracker: a table, nothing required missing",
      status == 0 and "Open or closed: closed\n" in out
      and "Date added (referral to the partnership): 2014-10-07\n" in out
      and "StEIS number: -\n" in out and "missing:" not in out, err)
status, out, err = run("return", "case-review-tracker", "child-b1", "--review", "child-b1-scr",
                       "--json", leicester)
r = json.loads(out) if out else {}
check("case-review-tracker --review --json: the review, the empty fields exactly",
      status == 0 and r.get("review_id") == "child-b1-scr" and r.get("missing") == []
      and r.get("empty") == ["steis_number", "local_reference", "theme_1", "theme_2",
                             "theme_3", "signed_off", "recommendation_themes",
                             "dissemination"], err)
tracked = os.path.join(work, "tracked.json")
with open(leicester, encoding="utf-8") as f:
    dataset = json.load(f)
dataset["reviews"][0].update({"steis_number": "2014/23456", "signed_off": "2015-09",
                              "dissemination": ["7-minute briefing"]})
dataset["reviews"].append({"id": "child-b1-rr", "case_id": "child-b1", "type": "rapid-review",
                           "status": "completed", "stage": "decision"})
with open(tracked, "w", encoding="utf-8") as f:
    json.dump(dataset, f)
status, out, err = run("return", "case-review-tracker", "child-b1", "--review", "child-b1-scr",
                       "--csv", tracked)
rows = {row["field"]: row["value"] for row in csv.DictReader(io.StringIO(out, newline=""))}
check("case-review-tracker --csv: the review's tracker members, converted",
      status == 0 and rows.get("steis_number") == "2014/23456"
      and rows.get("signed_off") == "2015-09" and rows.get("dissemination") == "7-minute briefing"
      and rows.get("review_type") == "Serious case review (converted from a rapid review)", err)

# Bad input: exit 2 with a one-line message.
for name, args, needle in [
        ("no case", ["panel-notification"], "case"),
        ("an unknown kind", ["tracker", "child-l", cumbria], "panel-notification"),
        ("an unknown case", ["panel-notification", "child-z", cumbria], "child-z"),
        ("--json and --csv", ["panel-notification", "child-l", "--json", "--csv", cumbria],
         "not both"),
        ("a missing file", ["panel-notification", "child-l", os.path.join(work, "missing.json")],
         "missing.json"),
        ("a file and --register", ["panel-notification", "child-l", "-R", register, cumbria],
         "not both"),
        ("two files", ["panel-notification", "child-l", cumbria, leicester],
         "one dataset file"),
        ("a case with two reviews", ["case-review-tracker", "child-b1", tracked], "child-b1-rr"),
        ("an unknown review", ["case-review-tracker", "child-b1", "--review", "nope", tracked],
         "nope"),
        ("a review of another case", ["case-review-tracker", "child-l", "--review",
                                      "child-b1-scr", tracked], "not of case")]:
    status, out, err = run("return", *args)
    check("%s is exit 2" % name,
          status == 2 and needle in err and err.count("\n") == 1 and out == "", err)

shutil.rmtree(work)
checks.finish()
