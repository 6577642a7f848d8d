#!/usr/bin/env python3
"""scr evaluate --questions and scr triage: the questions of an
evaluation, asked through a pipe (--ask) and not asked (no terminal,
--no-input), the answers' checks, what is saved and the exit codes.

Usage: check-cli-triage.py SCR_TOOL SOURCE_ROOT   (prints TAP)
"""
import json
import os
import shutil
import sys
import tempfile

import clitap

tool, root = sys.argv[1], sys.argv[2]
cumbria = os.path.join(root, "examples", "data", "child-l-cumbria.json")
work = tempfile.mkdtemp(prefix="check-cli-triage-")
register = os.path.join(work, "register.db")
checks = clitap.Checks(tool, env={"SCR_REGISTER": register, "USER": "tester"})
run, check = checks.run, checks.check


def log_entries(*args):
    status, out, err = run("log", "--json", *args)
    return json.loads(out) if status == 0 else []


# -- scr evaluate --questions -----------------------------------------------
status, out, err = run("evaluate", "--questions", cumbria)
check("evaluate --questions lists the questions after the evaluation",
      status == 0 and "Questions (" in out and "1. age: How old was the child" in out
      and out.index("Missing facts") < out.index("Questions ("), out + err)
status, out, err = run("evaluate", "--questions", "--json", cumbria)
doc = json.loads(out) if status == 0 else {}
questions = doc.get("questions", [])
check("evaluate --questions --json adds the questions to each case",
      status == 0 and questions and questions[0]["fact"] == "age"
      and set(questions[0]) == {"fact", "text", "n_outcomes", "allowed_values", "rules"}, out + err)
check("... ordered by n_outcomes, most first",
      [q["n_outcomes"] for q in questions] == sorted((q["n_outcomes"] for q in questions),
                                                     reverse=True), questions)
status, out, err = run("evaluate", "--json", cumbria)
check("evaluate --json without --questions has no questions member",
      status == 0 and "questions" not in json.loads(out), out + err)
status, out, err = run("timeline", "--questions", cumbria)
check("timeline has no --questions", status == 2, err)

# -- scr triage: bad input writes nothing -------------------------------------
status, out, err = run("init", register)
check("init makes an empty register", status == 0, err)
status, out, err = run("triage", "-j", "england", "-f", "died=maybe", "--no-input", "T-BAD")
check("a bad --fact is exit 2 with the allowed values",
      status == 2 and "yes, no, unknown" in err and "nothing was written" in err, err)
status, out, err = run("triage", "-j", "england", "-e", "incident=2024-13-40", "T-BAD")
check("a bad --event date is exit 2", status == 2 and "nothing was written" in err, err)
status, out, err = run("triage", "-j", "narnia", "T-BAD")
check("a bad --jurisdiction is exit 2 naming the four", status == 2 and "wales" in err, err)
status, out, err = run("triage", "-f", "died=yes", "T-BAD")
check("no --jurisdiction is exit 2", status == 2 and "--jurisdiction" in err, err)
status, out, err = run("triage", "-j", "england", "--ask", "--no-input", "T-BAD")
check("--ask with --no-input is exit 2", status == 2, err)
status, out, err = run("triage", "-j", "england")
check("no id is exit 2 with the usage", status == 2 and "usage" in err, err)
check("... and none of them wrote anything", log_entries() == [])

# -- non-interactive ---------------------------------------------------------
status, out, err = run("triage", "-j", "england", "-f", "died=yes", "-f", "abuse_neglect=suspected",
                       "-e", "became_aware=2024-03-01", "--as", "officer", "--reason", "referral",
                       "T1")
check("without a terminal nothing is asked, the questions left are listed and the case saved: "
      "exit 1", status == 1 and "Questions (" in out and "[1-" not in out
      and "case T1: saved (version 1)" in out, out + err)
added = log_entries("T1")
check("... logged with --as and --reason",
      len(added) == 1 and added[0]["user"] == "officer" and added[0]["reason"] == "referral",
      added)
status, out, err = run("export")
cases = {c["id"]: c for c in json.loads(out)["cases"]} if status == 0 else {}
check("... with the facts and events given",
      cases.get("T1", {}).get("facts") == {"died": "yes", "abuse_neglect": "suspected"}
      and cases["T1"].get("events", {}).get("became_aware") == "2024-03-01", cases.get("T1"))
status, out, err = run("triage", "-j", "england", "--ask", "T1", stdin="1\n")
check("an id already in the register is exit 2 before asking",
      status == 2 and "already has a case" in err and "[1-" not in out, out + err)

status, out, err = run("triage", "-j", "scotland", "--no-input", "--json", "-f", "died=no", "T2")
doc = json.loads(out) if out.startswith("{") else {}
check("--no-input --json prints the evaluation, the questions and the saved version",
      status == 1 and doc.get("case") == "T2" and doc.get("outcomes")
      and doc.get("questions") and doc.get("saved_version") == 1, out + err)

wales_known = ["-j", "wales", "-f", "died=no", "-f", "abuse_neglect=not_suspected",
               "-f", "within_board_area=yes", "-f", "potentially_life_threatening_injury=no",
               "-f", "serious_permanent_impairment=no", "-f", "cp_register_6m=no",
               "-f", "looked_after_6m=no", "-e", "became_aware=2024-03-01",
               "-e", "incident=2024-02-20"]
status, out, err = run("triage", "--no-input", *wales_known, "T3")
check("a case with every deciding fact known has no questions: exit 0",
      status == 0 and "No questions" in out and "case T3: saved" in out, out + err)

# -- interactive through a pipe (--ask) ---------------------------------------
answers = "3\nfoo\n1\n\n?\nmaybe\nno\n" + "\n" * 40
status, out, err = run("triage", "-j", "england", "-f", "died=yes", "-f", "abuse_neglect=suspected",
                       "-e", "became_aware=2024-03-01", "--ask", "--yes", "T4", stdin=answers)
check("--ask asks the top question first, with its wording",
      out.find("How old was the child") >= 0
      and out.find("How old was the child") < out.find("Where did it happen"), out + err)
check("... numbers the allowed values",
      "  1) this_la\n  2) other_english_la\n  3) outside_england\n" in out, out)
check("... re-asks a bad answer naming the allowed values",
      '"foo" is not an answer: give one of this_la, other_english_la, outside_england' in out
      and out.count("incident_location [1-3") == 2, out)
check("... takes a number for its value and an empty line or ? as a skip, then asks on",
      "custody_setting [1-2" in out and "mha_1983_detained [1-2" in out, out)
check("... re-asks a bad word too", '"maybe" is not an answer: give one of yes, no' in out, out)
check("... prints the evaluation and saves: questions were skipped, exit 1",
      status == 1 and "Case T4" in out and "case T4: saved (version 1)" in out, out + err)
status, out, err = run("export")
t4 = {c["id"]: c for c in json.loads(out)["cases"]}.get("T4", {})
check("... with the answers as facts (a value, a number, a skip left unknown)",
      t4.get("facts", {}).get("age") == "3" or t4.get("facts", {}).get("age") == 3, t4)
check("... the number as its value, the skipped facts not written",
      t4["facts"].get("incident_location") == "this_la" and "custody_setting" not in t4["facts"]
      and "mha_1983_detained" not in t4["facts"], t4)

status, out, err = run("triage", *wales_known, "--ask", "T5", stdin="n\n")
check("with nothing to ask, only the save is confirmed; declining it writes nothing: exit 1",
      "Save case T5 to the register? [Y/n]" in out and "[1-" not in out and
      status == 1 and "case T5: not saved" in out and log_entries("T5") == [], out + err)
status, out, err = run("triage", "-j", "england", "-f", "died=yes", "--ask", "T6", stdin="")
check("the end of input stops the questions; no confirmation, no save",
      status == 1 and "not saved" in out and log_entries("T6") == [], out + err)

status, out, err = run("triage", "-j", "england", "-e", "became_aware=2024-03-01", "--ask",
                       "--yes", "--json", "T7", stdin="y\nsus\n")
t7 = json.loads(out) if out.strip().startswith("{") else {}
status, out, err = run("export")
t7_case = [c for c in json.loads(out)["cases"] if c["id"] == "T7"] if status == 0 else []
check("an answer may be the start of one value: y for yes, sus for suspected",
      t7.get("saved_version") == 1 and len(t7_case) == 1
      and t7_case[0]["facts"].get("died") == "yes"
      and t7_case[0]["facts"].get("abuse_neglect") == "suspected", t7_case or err)

shutil.rmtree(work)
checks.finish()
