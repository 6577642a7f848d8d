#!/usr/bin/env python3
"""scr validate and scr show: exit codes and output lines.

Usage: check-cli-dataset.py SCR_TOOL DATA_DIR   (prints TAP)
"""
import os
import sys

import clitap

tool, data = sys.argv[1], sys.argv[2]
valid = os.path.join(data, "model", "valid.json")
checks = clitap.Checks(tool)
run, check = checks.run, checks.check


code, out, err = run("validate", valid)
check("validate valid file: exit 0", code == 0, err)
check("validate valid file: says valid", out == f"{valid}: valid\n", out)
check("validate valid file: nothing on stderr", err == "", err)

dangling = os.path.join(data, "malformed", "dangling-review-case.json")
bad_date = os.path.join(data, "malformed", "date-feb-30.json")
code, out, err = run("validate", valid, dangling, bad_date)
check("validate invalid files: exit 1", code == 1, f"{code} {err}")
check("validate invalid files: one line per error",
      err.splitlines() == [
          f'{dangling}: reviews[1].case_id: no case "child-x" (referenced from review "child-u-cpr")',
          f'{bad_date}: cases[0].incident.date: "2014-02-30" is not a date: February 2014 has no day 30',
      ], err)
check("validate invalid files: the valid one is reported on stdout", out == f"{valid}: valid\n", out)

missing = os.path.join(data, "no-such-file.json")
code, out, err = run("validate", missing)
check("validate missing file: exit 1 naming the file", code == 1 and missing in err, err)

code, out, err = run("validate")
check("validate without files: usage error, exit 2", code == 2 and err.startswith("scr: "), err)
code, out, err = run("validate", "--bogus", valid)
check("validate with a bad option: exit 2", code == 2, err)

code, out, err = run("show", "--today", "2016-10-01", valid)
lines = out.splitlines()
check("show: exit 0", code == 0, err)
check("show: title line", lines[0] == f"{valid}: Test register: Child T", out)
check("show: cases", "Cases (2):" in lines and
      "  child-t  england  Test LSCB  subject: Child T  incident: 2014-06-02 serious-harm" in lines, out)
check("show: reviews with type, status and stage",
      "  child-u-cpr  type: wales-cpr-concise  status: in-progress  stage: analysis  case: child-u"
      in lines, out)
check("show: overdue actions on the given day",
      "Overdue actions on 2016-10-01 (1 of 3):" in lines and "  action-1  due: 2016-09  owner: Test LSCB" in lines,
      out)

code, out, err = run("show", "--today", "2018-01-01", valid)
check("show: more actions overdue later", "Overdue actions on 2018-01-01 (2 of 3):" in out, out)
code, out, err = run("show", valid)
check("show: today by default", code == 0 and "Overdue actions on " in out, out)

code, out, err = run("show", "--today", "2016-02-30", valid)
check("show: bad --today is exit 2", code == 2 and "2016-02-30" in err, err)
code, out, err = run("show", bad_date)
check("show: invalid file is exit 2 with the error", code == 2 and
      err == f'scr: {bad_date}: cases[0].incident.date: "2014-02-30" is not a date: February 2014 has no day 30\n',
      err)
code, out, err = run("show")
check("show without files: exit 2", code == 2, err)

checks.finish()
