#!/usr/bin/env python3
"""The register commands: scr init, import, export, case add|set, record,
decide, due, status, log [verify], their exit codes and messages, and
what they write to the decision log.

Usage: check-cli-register.py SCR_TOOL SOURCE_ROOT   (prints TAP)
"""
import json
import os
import shutil
import sqlite3
import sys
import tempfile

import clitap

tool, root = sys.argv[1], sys.argv[2]
data = os.path.join(root, "examples", "data")
liverpool = os.path.join(data, "liverpool-lif-audits.json")
lancashire = os.path.join(data, "child-n-lancashire.json")
cumbria = os.path.join(data, "child-l-cumbria.json")
work = tempfile.mkdtemp(prefix="check-cli-register-")
register = os.path.join(work, "register.db")
checks = clitap.Checks(tool, env={"SCR_REGISTER": register, "USER": "tester"})
run, check = checks.run, checks.check


def log_entries_of(checks, *args):
    status, out, err = checks.run("log", "--json", *args)
    return json.loads(out) if status == 0 else []


def log_entries(*args):
    return log_entries_of(checks, *args)


# -- no register yet --------------------------------------------------------
status, out, err = run("due", "--register", os.path.join(work, "missing.db"))
check("a missing register is exit 2, pointing at scr init",
      status == 2 and "scr init" in err, err)
status, out, err = clitap.Checks(tool, env={"SCR_REGISTER": ""}).run("log")
check("no register given is exit 2, naming --register and SCR_REGISTER",
      status == 2 and "--register" in err and "SCR_REGISTER" in err, err)

# -- init, import, export ---------------------------------------------------
status, out, err = run("init", register, cumbria)
check("init creates a register and imports a file",
      status == 0 and "created an empty register" in out and "imported 1 cases" in out, err)
status, out, err = run("init", register)
check("init over an existing file is exit 2", status == 2 and "already there" in err, err)
no_roles = os.path.join(work, "no-roles.db")
status, out, err = run("init", "--postgresql-roles", no_roles)
check("init --postgresql-roles of an SQLite register is exit 2, creating nothing",
      status == 2 and "no roles" in err and not os.path.exists(no_roles), err)
status, out, err = run("export")
with open(cumbria, encoding="utf-8") as f:
    check("export gives the imported file's bytes", status == 0 and out == f.read(), err)
exported = os.path.join(work, "exported.json")
status, out, err = run("export", "-o", exported)
with open(cumbria, encoding="utf-8") as f, open(exported, encoding="utf-8") as g:
    check("export -o writes the same bytes", status == 0 and g.read() == f.read(), err)

status, out, err = run("import", liverpool)
check("import adds a second file (the agencies they share are left as they are)",
      status == 0 and "imported 8 cases" in out, err)
before = len(log_entries())
status, out, err = run("import", lancashire)
check("an entity there with other content refuses the file, naming it",
      status == 2 and "case child-n is already in the register, different" in err, err)
check("... and writes nothing", len(log_entries()) == before)
status, out, err = run("import", "--update", "--reason", "Lancashire's record", lancashire)
check("import --update takes the file", status == 0, err)
changes = [e for e in log_entries("child-n") if e["member"] == "partnership"]
check("... and logs each member it changed, with the reason",
      len(changes) == 1 and changes[0]["old_value"] == '"Lancashire SCB"'
      and changes[0]["new_value"] == '"Lancashire LSCB"'
      and changes[0]["reason"] == "Lancashire's record", changes)

# -- a new case, its events, the deadlines ----------------------------------
fresh = os.path.join(work, "fresh.db")
fresh_checks = clitap.Checks(tool, env={"SCR_REGISTER": fresh, "USER": "tester"})
status, out, err = fresh_checks.run("init", fresh)
check("init without files makes an empty register", status == 0, err)
status, out, err = fresh_checks.run("case", "add", "jubilee", "-j", "england",
                                    "-f", "abuse_neglect=suspected", "-f", "serious_harm=maybe")
check("a bad fact value is exit 2 with the allowed values",
      status == 2 and "yes, no, unknown" in err and "nothing was written" in err, err)
check("... and nothing is written", fresh_checks.run("log")[1] == "")
status, out, err = fresh_checks.run("case", "add", "jubilee", "-j", "mars")
check("an unknown jurisdiction is exit 2 naming the four", status == 2 and "wales" in err, err)
status, out, err = fresh_checks.run(
    "case", "add", "jubilee", "--jurisdiction", "england", "--fact", "abuse_neglect=suspected",
    "--fact", "serious_harm=yes", "--fact", "died=no", "--fact", "incident_location=this_la",
    "--event", "became-aware=2022-05-27", "--as", "officer", "--reason", "referral")
check("case add saves version 1", status == 0 and "version 1" in out, err)
status, out, err = fresh_checks.run("due", "--json", "--today", "2022-06-01")
due = json.loads(out) if status == 0 else {}
sin = [d for d in due.get("due", []) if d["rule_id"] == "T-SIN-18"]
check("due: the notification is due 7 June 2022, after the Jubilee holidays",
      len(sin) == 1 and sin[0]["due"] == "2022-06-07" and sin[0]["status"] == "pending", out)
check("due: 2 working days left on 1 June (2 and 3 June are bank holidays)",
      len(sin) == 1 and sin[0]["working_days_left"] == 2, out)
check("due: nothing overdue is exit 0", status == 0, err)
status, out, err = fresh_checks.run("due", "--today", "2022-06-08")
check("due: overdue is exit 1, shown with negative working days",
      status == 1 and "T-SIN-18" in out and "   -1  2022-06-07" in out, out + err)
status, out, err = fresh_checks.run("due", "--within", "1", "--today", "2022-06-01")
check("due --within 1 leaves out what is due in 2 working days",
      status == 0 and "T-SIN-18 " not in out, out)
status, out, err = fresh_checks.run("due", "--agency", "nobody")
check("due --agency with an unknown agency is exit 2", status == 2 and "nobody" in err, err)

status, out, err = fresh_checks.run("record", "jubilee", "notification-sent", "2022-06-06")
check("record saves version 2", status == 0 and "version 2" in out, err)
status, out, err = fresh_checks.run("record", "jubilee", "notification-snt", "2022-06-06")
check("record of an unknown event is exit 2 listing the events",
      status == 2 and "notification_sent" in err, err)
status, out, err = fresh_checks.run("record", "nobody", "published", "2022-06-06")
check("record on an unknown case is exit 2", status == 2 and "no case" in err, err)
status, out, err = fresh_checks.run("case", "set", "jubilee", "died=no")
check("case set of the value it has is no change", status == 0 and "no change" in out, err)

status, out, err = fresh_checks.run("decide", "jubilee", "initiate")
check("decide without --reason is exit 2", status == 2 and "--reason" in err, err)
status, out, err = fresh_checks.run("decide", "jubilee", "initiate", "--on", "2022-06-10",
                                    "--reason", "criteria met", "--as", "chair")
check("decide saves", status == 0 and "version 3" in out, err)
entries = fresh_checks.run("log", "--json", "jubilee")[1]
entries = json.loads(entries)
decision = [e for e in entries if e["member"] == "facts.review_decision"]
check("the decision is logged with who, why and the rules' digest",
      len(decision) == 1 and decision[0]["user"] == "chair"
      and decision[0]["reason"] == "criteria met"
      and decision[0]["rules_digest"].startswith("sha256:")
      and decision[0]["new_value"] == '"initiate"', decision)
check("the log is chained",
      all(b["previous_hash"] == a["hash"] for a, b in zip(entries, entries[1:])), entries)

status, out, err = fresh_checks.run("status", "jubilee", "--today", "2022-06-13")
check("status shows the evaluation, the timeline and the history",
      status == 0 and "T-SIN-18" in out and "History (" in out and "criteria met" in out, out)

status, out, err = fresh_checks.run("status", "jubilee", "--today", "2022-06-13", "--json")
whole_status = json.loads(out) if status == 0 else {}
check("status --json: the case's evaluation, timeline and history as one object",
      whole_status.get("case") == "jubilee"
      and any(m.get("rule") == "T-SIN-18" or m.get("rule_id") == "T-SIN-18"
              for m in whole_status.get("timeline", {}).get("milestones", []))
      and len(whole_status.get("history", [])) == len(log_entries_of(fresh_checks, "jubilee")),
      out[:500] + err)

at = entries[1]["time"]  # the notification, before the decision
status, out, err = fresh_checks.run("export", "--at", at)
case = json.loads(out)["cases"][0] if status == 0 else {}
check("export --at: the register as it stood before the decision",
      case.get("events", {}).get("notification_sent") == "2022-06-06"
      and "decision" not in case.get("events", {}), out[:400] + err)
status, out, err = fresh_checks.run("export", "--at", "yesterday")
check("export --at with a bad time is exit 2", status == 2 and "ISO 8601" in err, err)

# -- due from the index, as from the file -----------------------------------
# scr due on a register reads its due index; on a dataset file it evaluates
# every case. The register's export must give the same list, on any day.
whole = os.path.join(work, "whole.db")
whole_checks = clitap.Checks(tool, env={"SCR_REGISTER": whole, "USER": "tester"})
status, out, err = whole_checks.run("init", "--update", whole, liverpool,
                                    os.path.join(data, "child-b1-leicester.json"), cumbria,
                                    lancashire, os.path.join(data, "sefton-scr-timelines.json"))
check("init with every example", status == 0, err)
whole_file = os.path.join(work, "whole.json")
whole_checks.run("export", "--include-restricted", "-o", whole_file)
same = []
for today in ("2012-02-29", "2015-12-31", "2016-01-14", "2016-01-15", "2020-10-31",
              "2026-12-07"):
    for extra in ([], ["--within", "3"], ["--agency", "nspcc"]):
        a = whole_checks.run("due", "--json", "--today", today, *extra)
        b = whole_checks.run("due", "--json", "--today", today, whole_file, *extra)
        same.append((today, extra, a == b and a[0] in (0, 1)))
check("due on the register lists what due on its export lists, on every day tried",
      all(ok for _, _, ok in same), [x for x in same if not x[2]])
status, out, err = whole_checks.run("case", "add", "undated", "--jurisdiction", "england",
                                    "--fact", "abuse_neglect=suspected", "--fact",
                                    "serious_harm=yes", "--fact", "died=no", "--fact",
                                    "incident_location=this_la")
status, out, err = whole_checks.run("due", "--json", "--today", "2026-12-07")
untimed = {u["case_id"]: u["missing"] for u in json.loads(out)["untimed"]} if out else {}
check("due: a referral with no date of awareness is listed as untimed, never left out",
      "date:became_aware" in untimed.get("undated", []), out[-600:] + err)
status, out, err = whole_checks.run("due", "--today", "2026-12-07")
check("due: the text says which cases cannot be timed and what they need",
      "cannot be timed" in out and "undated" in out and "date:became_aware" in out, out[-600:])

status, out, err = whole_checks.run("due", "--json", "--today", "2016-01-15")
check("due: family M's notice of the decision not to initiate is overdue from 15 January 2016",
      status == 1 and any(d["case_id"] == "family-m" and d["rule_id"] == "T-NOTINIT"
                          and d["status"] == "overdue" for d in json.loads(out)["due"]), out)

# -- log verify --------------------------------------------------------------
status, out, err = fresh_checks.run("log", "verify")
check("log verify passes", status == 0 and "verifies" in out, err)
db = sqlite3.connect(fresh)
db.executescript("DROP TRIGGER scr_log_no_update;"
                 "UPDATE scr_log SET reason = 'no reason' WHERE sequence = 2;")
db.close()
status, out, err = fresh_checks.run("log", "verify")
check("log verify finds the edited entry: exit 1 naming it",
      status == 1 and "log entry 2" in err and "first bad entry: 2" in err, err)

# -- decide PROCESS ------------------------------------------------------------
status, out, err = run("decide", "child-l", "scr", "initiate", "--on", "2011-12-01",
                       "--reason", "the criteria are met")
entries = log_entries("child-l")
check("decide CASE PROCESS: the log's reason names the review",
      status == 0 and entries[-1]["reason"] == "scr: the criteria are met", err)
before = len(log_entries())
status, out, err = run("decide", "child-l", "wales-concise", "initiate", "--reason", "x")
check("decide with a review of another nation is exit 2, listing the nation's, nothing written",
      status == 2 and "lcspr" in err and "england" in err and len(log_entries()) == before, err)

# -- action add|done -----------------------------------------------------------
status, out, err = run("action", "add", "a-escalation", "--review", "child-l-scr",
                       "--text", "Audit the escalation of non-engagement",
                       "--agency", "cumbria-police", "--due", "2027-03",
                       "--outcome-measure", "a re-audit finds 80% escalated",
                       "--as", "board", "--reason", "board meeting 7 December")
check("action add saves a new action at version 1", status == 0 and "version 1" in out, err)
entries = log_entries("a-escalation")
check("action add is logged whole, by --as, with --reason",
      len(entries) == 1 and entries[0]["user"] == "board"
      and entries[0]["reason"] == "board meeting 7 December", entries)
for args, why, needle in (
        (["a-escalation", "--review", "child-l-scr", "--text", "x"], "an id in use", "already"),
        (["a-2", "--review", "nosuch", "--text", "x"], "an unknown review", "nosuch"),
        (["a-2", "--review", "child-l-scr", "--text", "x", "--agency", "nosuch"],
         "an unknown agency", "nosuch"),
        (["a-2", "--review", "child-l-scr", "--text", "x", "--due", "2027-13-01"],
         "a bad due date", "month 13"),
        (["a-2", "--review", "child-l-scr"], "no --text", "--text")):
    before = len(log_entries())
    status, out, err = run("action", "add", *args)
    check("action add with %s is exit 2, saying why, and writes nothing" % why,
          status == 2 and needle in err and len(log_entries()) == before, err)
status, out, err = run("action", "done", "a-escalation", "--on", "2027-02-01",
                       "--evidence", "audit of 2 February: 84%")
check("action done saves version 2", status == 0 and "version 2" in out, err)
status, out, err = run("export")
action = [a for a in json.loads(out)["actions"] if a["id"] == "a-escalation"] if status == 0 \
    else []
check("action done: completed on the day given, with its evidence",
      len(action) == 1 and action[0]["status"] == "completed"
      and action[0]["completed"] == "2027-02-01" and action[0]["due"] == "2027-03"
      and action[0]["evidence"] == "audit of 2 February: 84%", action)
status, out, err = run("action", "done", "nosuch")
check("action done of an unknown action is exit 2", status == 2 and "nosuch" in err, err)
status, out, err = run("action")
check("action without add or done is exit 2", status == 2, err)

status, out, err = run("log", "nosuch-id")
check("log of an unknown id is exit 2", status == 2, err)

shutil.rmtree(work)
checks.finish()
