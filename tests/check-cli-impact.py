#!/usr/bin/env python3
"""scr show's actions of concern with the RAG in working days, and scr
learning THEMES|COUNTS as text, --json and --csv.

Usage: check-cli-impact.py SCR_TOOL SOURCE_DIR   (prints TAP)
"""
import csv
import io
import json
import os
import sys

import clitap

tool, source = sys.argv[1], sys.argv[2]
fixture = os.path.join(source, "tests", "data", "impact", "front-door.json")
examples = os.path.join(source, "examples", "data")
checks = clitap.Checks(tool)
run, check = checks.run, checks.check


# Seed 004's front door audit (2016-11) and a fictitious re-audit (2017-11).
# On Friday 20 December 2024 the EHAT action, due Thursday 2 January 2025,
# is 6 working days away (Christmas, Boxing Day and New Year's Day are bank
# holidays), and the register turns amber at 6.
code, out, err = run("show", "--today", "2024-12-20", fixture)
check("show fixture: exit 0", code == 0, err)
check("show fixture: the concerns", out.endswith(
    "Actions of concern (3, RAG in working days, amber within 6):\n"
    "  line-manager-discussion  rag: green  measure-not-improved: measure "
    "front-door-line-manager: 10 of 32 (31%) in lif-audit-front-door (2016-11), then 9 of 30 "
    "(30%) in front-door-reaudit (2017-11): worse\n"
    "  consent-reminder  rag: green  measure-not-reaudited: measure front-door-consent was "
    "audited once: 15 of 32 (47%) in lif-audit-front-door (2016-11); no later audit shows "
    "whether it moved\n"
    "  newsletter  rag: green  complete-without-evidence: completed with an outcome measure, "
    "but no evidence of impact (no audit measure, date or note)\n"), out)
check("show fixture: the improved measure (13 then 19 of 32) is no concern",
      "guidance-briefings" not in out, out)
check("show fixture: nothing overdue on 2024-12-20", "Overdue actions on 2024-12-20 (0 of 5):" in out,
      out)
code, out, err = run("show", "--today", "2025-01-03", fixture)
check("show fixture: overdue the day after", "  ehat-training  due: 2025-01-02" in out, out)
check("show fixture: overdue is not repeated among the concerns",
      "overdue:" not in out, out)

# the examples without concerns keep their output: no section
code, out, err = run("show", "--today", "2024-12-20", os.path.join(examples, "child-l-cumbria.json"))
check("show example without concerns: no section", "Actions of concern" not in out, out)
code, out, err = run("show", "--today", "2024-12-20", os.path.join(examples, "child-b1-leicester.json"))
check("show Child B1: three completed actions without evidence of impact",
      "Actions of concern (3, RAG in working days, amber within 10):" in out, out)

everything = [os.path.join(examples, f) for f in sorted(os.listdir(examples))]
code, out, err = run("learning", "themes", *everything)
check("learning themes: exit 0", code == 0, err)
check("learning themes: a theme with its review and year",
      "Working with resistant families: 1 review (2016): child-l-scr\n" in out, out)
code, out, err = run("learning", "--json", "THEMES", *everything)
themes = json.loads(out)
check("learning themes --json: grouped by title",
      len({t["theme"].casefold() for t in themes}) == len(themes), out)
check("learning themes --json: years as numbers",
      {"theme": "Working with resistant families", "count": 1, "review_ids": ["child-l-scr"],
       "years": [2016]} in themes, out)
code, out, err = run("learning", "--csv", "counts", *everything)
rows = list(csv.DictReader(io.StringIO(out, newline="")))
check("learning counts --csv: the columns",
      out.splitlines()[0] == "theme,year,agency_id,count,review_ids", out)
check("learning counts --csv: a row by year", {"theme": "Working with resistant families",
      "year": "2016", "agency_id": "", "count": "1", "review_ids": "child-l-scr"} in rows, out)
code, out, err = run("learning", "--json", "counts", *everything)
check("learning counts --json: same rows as CSV", len(json.loads(out)) == len(rows), out)
code, out, err = run("learning", "counts", everything[0])
check("learning counts: text header", out.startswith("Themes by year and agency ("), out)
code, out, err = run("learning", "sideways", everything[0])
check("learning: an unknown report is exit 2", code == 2 and "unknown report" in err, err)
code, out, err = run("learning", "--json", "--csv", "themes", everything[0])
check("learning: --json with --csv is exit 2", code == 2, err)

checks.finish()
