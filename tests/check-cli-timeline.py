#!/usr/bin/env python3
"""scr timeline --ics: iCalendar on stdout for an example dataset, the same
bytes on every run, and bad usage.

Usage: check-cli-timeline.py SCR_TOOL SOURCE_ROOT   (prints TAP)
"""
import os
import subprocess
import sys

import clitap

tool, root = sys.argv[1], sys.argv[2]
data = os.path.join(root, "examples", "data")
liverpool = os.path.join(data, "liverpool-lif-audits.json")
checks = clitap.Checks(tool, "timeline")
run, check = checks.run, checks.check


status, out, err = run("--ics", "--today", "2015-03-02", liverpool)
if status != 0 and "libical-glib" in err:
    # Built with -Dicalendar=disabled: the option says so and fails.
    check("--ics without libical-glib is a clear error", status == 2, err)
else:
    check("--ics prints iCalendar", status == 0 and out.startswith("BEGIN:VCALENDAR\r\n"), err)
    check("one VCALENDAR for all the cases",
          out.count("BEGIN:VCALENDAR\r\n") == out.count("END:VCALENDAR\r\n") == 1, out)
    check("lines end in CRLF", "\n" not in out.replace("\r\n", ""), out)
    check("lines fold at 75 octets",
          all(len(line.encode("utf-8")) <= 75 for line in out.split("\r\n")), out)
    check("the open deadlines are events with reminders",
          out.count("BEGIN:VEVENT") == out.count("BEGIN:VALARM") == 2, out)
    check("UIDs are CASE.RULE@libscr",
          "UID:family-m.T-NOTINIT@libscr\r\n" in out and "UID:child-n.T-WEB@libscr\r\n" in out,
          out)
    check("DTSTAMP is the --today date", "DTSTAMP:20150302T000000Z\r\n" in out, out)
    again = run("--ics", "--today", "2015-03-02", liverpool)[1]
    check("the same bytes on every run", again == out)
    try:
        import icalendar
    except ImportError:
        icalendar = None
    if icalendar is not None:
        calendars = icalendar.Calendar.from_ical(out, multiple=True)
        events = [e for c in calendars for e in c.walk("VEVENT")]
        check("Python's icalendar reads it", len(events) == 2, out)

    status, out, err = run("--ics", "--json", liverpool)
    check("--ics with --json is bad usage", status == 2 and "not both" in err, err)

p = subprocess.run([tool, "evaluate", "--ics", liverpool], capture_output=True, text=True)
check("scr evaluate has no --ics", p.returncode == 2, p.stderr)

checks.finish()
