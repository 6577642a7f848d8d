#!/usr/bin/env python3
"""The register commands give the same answers on PostgreSQL as on SQLite:
the same sequence of commands (init, case add, record, decide, action
add|done, import --update) on a register of each kind, then export, due,
status and log compared, and log verify on both. Run by tests/pgserver.py,
which names the server's database in SCR_TEST_POSTGRESQL_URI.

Usage: check-cli-register-postgresql.py SCR_TOOL SOURCE_ROOT   (prints TAP)
"""
import json
import os
import shutil
import sys
import tempfile

import clitap

tool, root = sys.argv[1], sys.argv[2]
data = os.path.join(root, "examples", "data")
pg = os.environ["SCR_TEST_POSTGRESQL_URI"]
work = tempfile.mkdtemp(prefix="check-cli-register-pg-")
sqlite = "sqlite:" + os.path.join(work, "register.db")
checks = clitap.Checks(tool, env={"USER": "tester"})
check = checks.check

STEPS = [
    ["init", "--update", "{R}", os.path.join(data, "liverpool-lif-audits.json"),
     os.path.join(data, "child-n-lancashire.json"), os.path.join(data, "sefton-scr-timelines.json")],
    ["case", "add", "-R", "{R}", "referral", "--jurisdiction", "england",
     "--fact", "abuse_neglect=suspected", "--fact", "serious_harm=yes", "--fact", "died=no",
     "--fact", "incident_location=this_la", "--event", "became-aware=2026-12-02",
     "--as", "duty", "--reason", "referral"],
    ["record", "-R", "{R}", "referral", "notification-sent", "2026-12-03", "--as", "duty"],
    ["case", "set", "-R", "{R}", "referral", "died=no", "serious_harm=yes"],
    ["decide", "-R", "{R}", "referral", "not-initiate", "--on", "2026-12-20",
     "--reason", "rapid review: criteria not met", "--as", "chair"],
    ["action", "add", "-R", "{R}", "a-pg", "--review", "sefton-scr1-review", "--text", "Re-audit",
     "--due", "2027-03"],
    ["action", "done", "-R", "{R}", "a-pg", "--on", "2027-02-01", "--evidence", "84%"],
    ["import", "-R", "{R}", "--update", os.path.join(data, "child-l-cumbria.json")],
]
for step in STEPS:
    results = [checks.run(*[a.replace("{R}", uri) for a in step]) for uri in (sqlite, pg)]
    check("%s: exit 0 on both" % " ".join(step[:2]),
          all(r[0] == 0 for r in results), [r[2] for r in results])


def without_volatile(entries):
    """Log entries without what differs by nature: times and hashes."""
    return [{k: v for k, v in e.items() if k not in ("time", "hash", "previous_hash")}
            for e in entries]


def both(*args):
    return [checks.run(*args, "-R", uri) for uri in (sqlite, pg)]


a, b = both("export", "--include-restricted")
check("export: the same bytes from both", a[0] == b[0] == 0 and a[1] == b[1], a[2] + b[2])
for today in ("2016-01-15", "2026-12-07", "2027-01-10"):
    a, b = both("due", "--json", "--today", today)
    check("due --json --today %s: the same list from both" % today,
          a[0] == b[0] and a[0] in (0, 1) and a[1] == b[1], a[2] + b[2])
a, b = both("due", "--json", "--agency", "nspcc", "--today", "2026-12-07")
check("due --agency: the same from both", a[0] == b[0] and a[1] == b[1], a[2] + b[2])
a, b = both("status", "referral", "--json", "--today", "2026-12-07")
sa, sb = (json.loads(x[1]) if x[0] == 0 else {} for x in (a, b))
for s in (sa, sb):
    s["history"] = without_volatile(s.get("history", []))
check("status --json: the same evaluation, timeline and history from both",
      sa and sa == sb, a[2] + b[2])
a, b = both("log", "--json")
la, lb = (without_volatile(json.loads(x[1])) if x[0] == 0 else None for x in (a, b))
check("log --json: the same entries from both (times and hashes aside)",
      la is not None and la == lb and len(la) > 250, (len(la or []), len(lb or []), a[2] + b[2]))
a, b = both("log", "verify")
check("log verify passes on both", a[0] == b[0] == 0 and "verifies" in b[1], a[2] + b[2])
a, b = both("action", "done", "no-such-action")
check("an unknown action is exit 2 on both", a[0] == b[0] == 2, a[2] + b[2])

shutil.rmtree(work)
checks.finish()
