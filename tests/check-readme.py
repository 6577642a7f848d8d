#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The README's quick starts are copies of files that the tests run.

Each `<!-- snippet: PATH -->` line in README.md must be followed by a
fenced code block whose text is exactly the file PATH. The quick starts
in C, Python and JavaScript must all be there. Prints TAP.
Usage: check-readme.py SOURCEDIR
"""
import os
import re
import sys

source = sys.argv[1]
REQUIRED = ["examples/c/case-deadlines.c", "examples/python/quickstart.py",
            "examples/js/example.js"]

with open(os.path.join(source, "README.md"), encoding="utf-8") as f:
    readme = f.read()

snippets = re.findall(r"^<!-- snippet: (\S+) -->\n```[a-z]*\n(.*?)^```$", readme,
                      re.MULTILINE | re.DOTALL)
n = 0
failed = False
found = {path for path, _ in snippets}
for path in REQUIRED:
    n += 1
    ok = path in found
    failed |= not ok
    print("%s %d - README quotes %s" % ("ok" if ok else "not ok", n, path))
for path, text in snippets:
    n += 1
    with open(os.path.join(source, path), encoding="utf-8") as f:
        expected = f.read()
    ok = text == expected
    failed |= not ok
    print("%s %d - README's copy of %s is the file" % ("ok" if ok else "not ok", n, path))
    if not ok:
        import difflib
        for line in difflib.unified_diff(expected.splitlines(), text.splitlines(),
                                         path, "README.md", lineterm=""):
            print("# " + line)
print("1..%d" % n)
sys.exit(1 if failed else 0)
