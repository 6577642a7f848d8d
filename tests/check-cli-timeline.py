#!/usr/bin/env python3
"""scr timeline --ics: iCalendar on stdout for an example dataset, the same
bytes on every run, and bad usage.

Usage: check-cli-timeline.py SCR_TOOL SOURCE_ROOT   (prints TAP)
"""
import os
import subprocess
import sys

tool, root = sys.argv[1], sys.argv[2]
data = os.path.join(root, "examples", "data")
liverpool = os.path.join(data, "liverpool-lif-audits.json")
results = []


def run(*args):
    p = subprocess.run([tool, "timeline", *args], capture_output=True,
                       env=dict(os.environ, LC_ALL="C.UTF-8"))
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def check(name, condition, detail=""):
    results.append((name, condition, detail))


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

for i, (name, ok, detail) in enumerate(results, 1):
    print("%s %d - %s" % ("ok" if ok else "not ok", i, name))
    if not ok and detail:
        for line in detail.splitlines()[:10]:
            print("# " + line)
print("1..%d" % len(results))
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
