#!/usr/bin/env python3
"""scr publication-check, and that restricted details leave no other way.

Runs the check on the example draft report (exit codes, positions, JSON,
CSV, the redacted copy, errors), then every other command of the tool on
a dataset with restricted details, with GLib's debug messages on, and
fails if any restricted value appears in any output, error or log.

Usage: check-cli-publication.py SCR_TOOL SOURCE_ROOT   (prints TAP)
"""
import csv
import io
import json
import os
import sys
import tempfile

import clitap

tool, root = sys.argv[1], sys.argv[2]
example = os.path.join(root, "examples", "publication")
report = os.path.join(example, "draft-report.md")
source = os.path.join(example, "child-m-restricted.json")
gazetteer = os.path.join(example, "gazetteer.json")
checks = clitap.Checks(tool, env={"G_MESSAGES_DEBUG": "all"})
run, check = checks.run, checks.check


def restricted_values(path):
    """Every restricted string of the dataset, and its words of 4+ letters
    that are not in the draft report's text or the dataset's other members."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    values = []
    for case in data["cases"]:
        for person in [case.get("subject")] + case.get("people", []):
            for member, value in (person or {}).get("restricted", {}).items():
                values += value if isinstance(value, list) else [value]
    return [v for v in values if isinstance(v, str)]


code, out, err = run("publication-check", report, source, "--gazetteer", gazetteer)
check("check: exit 1 when something is found", code == 1, f"{code} {err}")
check("check: nothing on stderr", err == "", err)
first = out.splitlines()[0] if out else ""
check("check: summary line", first == f"{report}: 10 restricted details, 1 other identifier, "
      "1 warning (case eval-child-m)", first)
check("check: a position, the words and the reason",
      'page 1, line 20, column 37: name (restricted): "Lizzie"' in out and
      "  why: a usual short form of the first name in the recorded name of Child M" in out and
      "  write instead: Child M" in out, out)
check("check: a find over a line end is printed on one line",
      '"Lakeland Fells Academy"' in out, out)

reports = os.path.join(root, "tests", "data", "publication", "reports")
code, out, err = run("publication-check", os.path.join(reports, "leaks.pdf"), source)
check("pdf: the finds on page 2", code == 1 and
      'page 2, line 1, column 18: name (restricted): "Lizzie Hargreaves"' in out and
      'page 2, line 2, column 14: postcode (restricted): "LA9 4QT"' in out, out + err)
code, out, err = run("publication-check", os.path.join(reports, "leaks.docx"), source)
check("docx: a possessive after a page break", code == 1 and
      'page 2, line 1, column 1: name (restricted): "Lizzie’s"' in out, out + err)
code, out, err = run("publication-check", os.path.join(reports, "leaks.pdf"), source,
                     "--redact", os.path.join(reports, "never-written.txt"))
check("redact: refuses a PDF", code == 2 and "plain text and Markdown" in err and
      not os.path.exists(os.path.join(reports, "never-written.txt")), err)

code, out, err = run("publication-check", report, source, "--json")
found = json.loads(out) if code == 1 else []
check("json: an array of disclosures", code == 1 and len(found) == 11, f"{code} {err}")
check("json: members", found and set(found[0]) == {
    "kind", "severity", "page", "line", "column", "start", "end", "text", "context", "reason",
    "person_id", "suggestion"}, str(found[:1]))

code, out, err = run("publication-check", report, source, "--csv")
rows = list(csv.DictReader(io.StringIO(out)))
check("csv: a row each, with the columns", code == 1 and len(rows) == 11 and
      rows[0]["kind"] == "name" and "suggestion" in rows[0], out[:300])

with tempfile.TemporaryDirectory() as tmp:
    copy = os.path.join(tmp, "redacted.md")
    with open(report, "rb") as f:
        before = f.read()
    code, out, err = run("publication-check", report, source, "--redact", copy)
    with open(copy, encoding="utf-8") as f:
        redacted = f.read()
    with open(report, "rb") as f:
        check("redact: the report is unchanged", f.read() == before)
    check("redact: names become pseudonyms", '"Child M was tired and hungry"' in redacted and
          "Child M's mother had missed" in redacted, redacted)
    check("redact: identifiers become notes", "[postcode removed]" in redacted and
          "[NHS number removed]" in redacted, redacted)
    code, out, err = run("publication-check", copy, source)
    check("redact: the copy has nothing restricted left",
          " 0 restricted details" in out.splitlines()[0], out)
    code, out, err = run("publication-check", report, source, "--redact", report)
    check("redact: refuses to write over the report", code == 2 and "never changed" in err, err)

    clean = os.path.join(tmp, "clean.txt")
    with open(clean, "w", encoding="utf-8") as f:
        f.write("Child M's mother met the GP on 4 April 2019.\n")
    code, out, err = run("publication-check", clean, source)
    check("clean report: exit 0", code == 0, f"{code} {out} {err}")

    two = os.path.join(tmp, "two.json")
    with open(source, encoding="utf-8") as f:
        data = json.load(f)
    data["cases"].append(dict(data["cases"][0], id="other"))
    with open(two, "w", encoding="utf-8") as f:
        json.dump(data, f)
    code, out, err = run("publication-check", clean, two)
    check("two cases: --case is needed", code == 2 and "--case" in err, err)
    code, out, err = run("publication-check", clean, two, "--case", "nope")
    check("two cases: an unknown --case", code == 2 and 'no case "nope"' in err, err)
    code, out, err = run("publication-check", clean, two, "--case", "other")
    check("two cases: --case picks one", code == 0, err)

code, out, err = run("publication-check", os.path.join(example, "missing.md"), source)
check("missing report: exit 2, one line", code == 2 and len(err.splitlines()) == 1 and
      "missing.md" in err, err)
code, out, err = run("publication-check", report, source, "--format", "rtf")
check("bad --format: exit 2", code == 2 and "--format" in err, err)
code, out, err = run("publication-check", report)
check("no SOURCE: exit 2", code == 2, err)

# No restricted value may leave through any other command: outputs,
# errors and debug logs, on the dataset that holds them.
secrets = restricted_values(source)
outputs = []
for args in (["show", source], ["validate", source], ["evaluate", source],
             ["evaluate", "--json", source], ["timeline", source],
             ["timeline", "--json", "--today", "2025-01-01", source]):
    code, out, err = run(*args)
    outputs.append((" ".join(args[:-1]), code, out + err))
with tempfile.TemporaryDirectory() as tmp:
    broken = os.path.join(tmp, "broken.json")
    with open(source, encoding="utf-8") as f:
        text = f.read()
    with open(broken, "w", encoding="utf-8") as f:
        f.write(text.replace('"2011-03-03"', '"2011-02-30"'))
    code, out, err = run("validate", broken)
    outputs.append(("validate (a broken restricted date)", code, out + err))
    check("broken restricted date: reported by path",
          code == 1 and "restricted.date_of_birth" in err, err)
for name, code, text in outputs:
    leaked = [s for s in secrets if s in text]
    check(f"{name}: no restricted value in output, errors or logs", not leaked,
          f"exit {code}; leaked {leaked}")
check("the secrets list is not empty", len(secrets) > 20, str(len(secrets)))

checks.finish()
