#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""The README's quick starts are code the tests run.

Each `<!-- snippet: PATH -->` line in README.md must be followed by a
fenced code block whose text is exactly the file PATH (the Python and
JavaScript examples, which the tests run). Each `<!-- compiled: NAME -->`
line must be followed by a fenced block that the build extracts as NAME,
compiles and runs (the C quick start). Prints TAP.

Usage: check-readme.py SOURCEDIR
       check-readme.py --extract NAME README.md OUTPUT
"""
import os
import re
import sys

SNIPPETS = ["examples/python/quickstart.py", "examples/js/example.js"]
COMPILED = ["readme-quick-start.c"]


def blocks(readme, kind):
    """(name, text) of each fenced block after a `<!-- KIND: NAME -->` line."""
    return re.findall(r"^<!-- %s: (\S+) -->\n```[a-z]*\n(.*?)^```$" % kind, readme,
                      re.MULTILINE | re.DOTALL)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


if len(sys.argv) == 5 and sys.argv[1] == "--extract":
    name, readme, output = sys.argv[2:]
    found = [text for block, text in blocks(read(readme), "compiled") if block == name]
    if len(found) != 1:
        sys.exit("%s: %d blocks marked <!-- compiled: %s -->" % (readme, len(found), name))
    with open(output, "w", encoding="utf-8") as f:
        f.write("/* %s: extracted from README.md by tests/check-readme.py. */\n" % name)
        f.write(found[0])
    sys.exit(0)

source = sys.argv[1]
readme = read(os.path.join(source, "README.md"))
snippets = blocks(readme, "snippet")
compiled = {name for name, _ in blocks(readme, "compiled")}
n = 0
failed = False


def report(ok, name):
    global n, failed
    n += 1
    failed |= not ok
    print("%s %d - %s" % ("ok" if ok else "not ok", n, name))


found = {path for path, _ in snippets}
for path in SNIPPETS:
    report(path in found, "README quotes %s" % path)
for name in COMPILED:
    report(name in compiled, "README has the block compiled as %s" % name)
for path, text in snippets:
    expected = read(os.path.join(source, path))
    report(text == expected, "README's copy of %s is the file" % path)
    if text != expected:
        import difflib
        for line in difflib.unified_diff(expected.splitlines(), text.splitlines(),
                                         path, "README.md", lineterm=""):
            print("# " + line)
print("1..%d" % n)
sys.exit(1 if failed else 0)
