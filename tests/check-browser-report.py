#!/usr/bin/env python3
"""The reports in a real browser: renders the scrutiny report of the
Sefton example (seed 002) and the review report of child B1 (seed 000)
in headless Chromium, checks from the DOM Chromium built that the tables
have their rows and the SVG charts their titled marks, that the pages
logged no console error, and keeps the screenshots in the build
directory as test artefacts.

Skips (77) when chromium is not installed, unless CI is set: in CI the
browser is required (.ci/packages.txt installs it).

Usage: check-browser-report.py SCR_TOOL SOURCE_ROOT OUTPUT_DIR   (prints TAP)
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

tool, root, output = sys.argv[1], sys.argv[2], sys.argv[3]
sefton = os.path.join(root, "examples", "data", "sefton-scr-timelines.json")
chromium = shutil.which("chromium") or shutil.which("chromium-browser")
if chromium is None:
    if os.environ.get("CI"):
        print("Bail out! chromium is not installed, and CI needs it (.ci/packages.txt)")
        sys.exit(1)
    print("1..0 # SKIP chromium is not installed (apt-get install chromium)")
    sys.exit(77)

results = []


def check(name, condition, detail=""):
    results.append(bool(condition))
    print("%s %d - %s" % ("ok" if condition else "not ok", len(results), name))
    if not condition and detail:
        for line in str(detail).splitlines()[:20]:
            print("# " + line)


work = tempfile.mkdtemp(prefix="check-browser-report-")
html = os.path.join(work, "scrutiny-sefton.html")
screenshot = os.path.join(output, "report-scrutiny-sefton.png")
status = subprocess.run([tool, "report", "scrutiny", "--today", "2021-01-26", "-o", html, sefton],
                        capture_output=True, text=True)
check("scr report scrutiny writes the Sefton report", status.returncode == 0, status.stderr)

browser = [chromium, "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run",
           "--user-data-dir=" + os.path.join(work, "profile"),
           "--enable-logging=stderr", "--v=0"]
url = "file://" + html
dom = subprocess.run(browser + ["--dump-dom", url], capture_output=True, text=True, timeout=120)
check("chromium loads the page", dom.returncode == 0 and "</html>" in dom.stdout, dom.stderr)
console = [line for line in dom.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
check("no console message or error", not console, "\n".join(console))
body = dom.stdout
table = re.search(r'<table class="steps">.*?</table>', body, re.S)
rows = re.findall(r'<tr id="review-[^"]+"><th scope="row">([^<]+)</th>', table.group(0)) if table else []
check("the table has a row per review",
      rows == ["SCR1 (MARTHA, MARY &amp; BEN)", "SCR2 JANET", "SCR3 CHARLIE", "SCR4 MATILDA",
               "SCR5 BEATRICE"], rows)
check("the table has its caption and column headings",
      table is not None and "<caption>" in table.group(0) and
      table.group(0).count('<th scope="col">') == 9)
check("the author of SCR4 was appointed in November 2018 (seed 002)",
      table is not None and "November 2018" in table.group(0))
svg = re.search(r"<svg.*?</svg>", body, re.S)
marks = re.findall(r'<g class="mark [a-z-]+" data-step="[a-z-]+"><title>([^<]+)</title>',
                   svg.group(0)) if svg else []
check("the SVG chart is in the DOM with a titled mark per recorded step (5 x 4)",
      len(marks) == 20, len(marks))
check("each mark's title names its case",
      marks and all(re.search(r"case sefton-scr[1-5]$", m) for m in marks), marks[:3])

shot = subprocess.run(browser + ["--screenshot=" + screenshot, "--window-size=1280,2000",
                                 "--hide-scrollbars", url],
                      capture_output=True, text=True, timeout=120)
with open(screenshot, "rb") if os.path.exists(screenshot) else open(os.devnull, "rb") as f:
    png = f.read(8)
check("the screenshot is kept as " + screenshot,
      shot.returncode == 0 and png == b"\x89PNG\r\n\x1a\n", shot.stderr)

# The review report of child B1 (seed 000's action plan).
leicester = os.path.join(root, "examples", "data", "child-b1-leicester.json")
html = os.path.join(work, "review-child-b1.html")
screenshot = os.path.join(output, "report-review-child-b1.png")
status = subprocess.run([tool, "report", "review", "--today", "2015-06-30", "-o", html,
                         "child-b1-scr", leicester], capture_output=True, text=True)
check("scr report review writes child B1's report", status.returncode == 0, status.stderr)
url = "file://" + html
dom = subprocess.run(browser + ["--dump-dom", url], capture_output=True, text=True, timeout=120)
check("chromium loads the review report", dom.returncode == 0 and "</html>" in dom.stdout,
      dom.stderr)
console = [line for line in dom.stderr.splitlines() if "CONSOLE" in line or "Uncaught" in line]
check("no console message or error on the review report", not console, "\n".join(console))
body = dom.stdout
table = re.search(r'<table class="plan">.*?</table>', body, re.S)
rows = re.findall(r'<tr id="(b1-action-[^"]+)" data-rag="([a-z-]+)"><th scope="row">',
                  table.group(0)) if table else []
check("the action plan has a row per action (32)", len(rows) == 32, len(rows))
check("13 red, 1 amber, 12 green, 6 with no due date on 30 June 2015",
      [sum(r == rag for _, r in rows) for rag in ("red", "amber", "green", "no-due-date")] ==
      [13, 1, 12, 6], rows[:3])
check("three rows flagged complete without evidence",
      table is not None and table.group(0).count("Marked complete without evidence") == 3)
svg = re.search(r'<svg[^>]*class="chart plan".*?</svg>', body, re.S)
parts = re.findall(r'<g class="part ([a-z-]+)" data-rag="[a-z-]+"><title>([^<]+)</title>',
                   svg.group(0)) if svg else []
check("the SVG chart has a titled part per agency and RAG, naming the action ids",
      len(parts) == 12 and all(": " in t and "b1-action-" in t for _, t in parts), parts[:2])
shot = subprocess.run(browser + ["--screenshot=" + screenshot, "--window-size=1280,2400",
                                 "--hide-scrollbars", url],
                      capture_output=True, text=True, timeout=120)
with open(screenshot, "rb") if os.path.exists(screenshot) else open(os.devnull, "rb") as f:
    png = f.read(8)
check("the screenshot is kept as " + screenshot,
      shot.returncode == 0 and png == b"\x89PNG\r\n\x1a\n", shot.stderr)

shutil.rmtree(work, ignore_errors=True)
print("1..%d" % len(results))
sys.exit(0 if all(results) else 1)
