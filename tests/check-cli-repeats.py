#!/usr/bin/env python3
"""scr repeats: several sources as one register, the threshold, JSON and
CSV output, and bad usage.

Usage: check-cli-repeats.py SCR_TOOL SOURCE_ROOT   (prints TAP)
"""
import csv
import io
import json
import os
import sys

import clitap

tool, root = sys.argv[1], sys.argv[2]
data = os.path.join(root, "examples", "data")
b1 = os.path.join(data, "child-b1-leicester.json")
child_n = os.path.join(data, "child-n-lancashire.json")
liverpool = os.path.join(data, "liverpool-lif-audits.json")
checks = clitap.Checks(tool, "repeats")
run, check = checks.run, checks.check


status, out, err = run(b1)
check("one review alone repeats nothing", status == 0 and out == "", err)

status, out, err = run(b1, child_n, "--threshold", "0.2")
lines = out.splitlines()
check("two sources are one register", status == 0 and len(lines) > 0, out + err)
check("the later B1 repeats the earlier Child N",
      any(line.startswith("Recommendation UHL action plan 1 of Child B1 (2016) repeats "
                          "Recommendation ") and "of Child N (2015): 0." in line
          for line in lines), out)
check("shared words are quoted", all("'" in line for line in lines), out)

status, out, err = run(liverpool, "--json")
repeats = json.loads(out) if status == 0 else None
check("--json prints an array", isinstance(repeats, list), err)
check("the default threshold holds",
      repeats is not None and all(r["score"] >= 0.25 for r in repeats), out)
check("--json has every member",
      repeats is not None and all(set(r) == {"kind", "item_id", "review_id", "earlier_item_id",
                                             "earlier_review_id", "score", "shared_words",
                                             "summary"} for r in repeats), out)
check("an earlier review comes earlier",
      repeats is not None and any(r["item_id"] == "family-m-finding-14" and
                                  r["earlier_item_id"] == "child-john-finding-3"
                                  for r in repeats), out)

status, out, err = run(liverpool, "--csv", "--threshold", "0.2")
rows = list(csv.DictReader(io.StringIO(out))) if status == 0 else []
check("--csv has a header and rows", len(rows) > 0 and "earlier_item_id" in rows[0], out + err)

for bad in ["0", "1.5", "x", "-1"]:
    status, out, err = run(b1, "--threshold", bad)
    check("--threshold %s is refused" % bad,
          status == 2 and err.startswith("scr: repeats: --threshold"), err)
status, out, err = run()
check("no source is bad usage", status == 2 and "SOURCE" in err, err)
status, out, err = run(b1, "--json", "--csv")
check("--json with --csv is bad usage", status == 2, err)
status, out, err = run(os.path.join(data, "no-such.json"))
check("a missing file is bad input", status == 2 and err.startswith("scr: "), err)
status, out, err = run(b1, b1)
check("a review twice is bad input", status == 2 and "duplicate" in err, err)

checks.finish()
