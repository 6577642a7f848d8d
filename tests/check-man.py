#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""scr(1) stays true to the tool: every command `scr --help` lists, and
every long option each command's --help lists, is in doc/scr.1; and the
page formats without warnings. Prints TAP.
Usage: check-man.py SCR-TOOL MAN-PAGE
"""
import re
import shutil
import subprocess
import sys

tool, page = sys.argv[1], sys.argv[2]
with open(page, encoding="utf-8") as f:
    roff = f.read()
# The page as text, with roff's escaped hyphens plain.
text = roff.replace("\\-", "-")
results = []


def check(ok, name, detail=""):
    results.append(ok)
    print("%s %d - %s" % ("ok" if ok else "not ok", len(results), name))
    if not ok and detail:
        print("# " + detail)


usage = subprocess.run([tool, "--help"], capture_output=True, text=True, check=True).stdout
commands = re.findall(r"^  (\S+)\s", usage.split("Commands:", 1)[1], re.MULTILINE)
check(len(commands) > 0, "scr --help lists commands")
for command in commands:
    check(re.search(r"^\.B scr %s\b" % re.escape(command), text, re.MULTILINE) is not None,
          "the synopsis has scr %s" % command)
    check(re.search(r'^\.BI? "?%s\b' % re.escape(command), text, re.MULTILINE) is not None,
          "COMMANDS describes %s" % command)
    help_ = subprocess.run([tool, command, "--help"], capture_output=True, text=True)
    # A command with subcommands ("scr workdays add|count") lists their
    # usage lines; each has its own --help.
    subcommands = re.findall(r"^\s+scr %s ([a-z][a-z-]*) " % re.escape(command), help_.stdout,
                             re.MULTILINE)
    targets = [[command, sub] for sub in dict.fromkeys(subcommands)] or [[command]]
    for target in targets:
        name = " ".join(target)
        if len(target) > 1:
            check(re.search(r"^\.B scr %s\b" % re.escape(name), text, re.MULTILINE) is not None,
                  "the synopsis has scr %s" % name)
            help_ = subprocess.run([tool] + target + ["--help"], capture_output=True, text=True)
        for option in sorted(set(re.findall(r"^\s+(?:-\w, )?(--[a-z][a-z-]*)", help_.stdout,
                                            re.MULTILINE)) - {"--help", "--help-all"}):
            check(option in text, "the page documents %s %s" % (name, option))

if shutil.which("groff"):
    lint = subprocess.run(["groff", "-ww", "-z", "-man", page], capture_output=True, text=True)
    check(lint.returncode == 0 and lint.stderr == "", "groff -ww formats the page cleanly",
          lint.stderr.strip())
print("1..%d" % len(results))
sys.exit(0 if all(results) else 1)
