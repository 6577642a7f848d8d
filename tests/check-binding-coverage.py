#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Every public function is called from Python and from GJS in the tests.

Runs each Python test (tests/python/test_*.py) and GJS test
(tests/js/test*.js), and the Python and GJS examples, under a tracer that
records the Scr functions they call (tests/python/trace.py,
tests/js/trace.js), and compares with every callable of the Scr GIR:
namespace functions, constructors, methods and static functions of classes,
records, interfaces and enumerations. Prints TAP: one line per language, listing what no
test calls.

Usage: check-binding-coverage.py BUILDDIR SOURCEDIR [python|js]...
"""
import glob
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

build, source = sys.argv[1], sys.argv[2]
languages = sys.argv[3:] or ["python", "js"]
CORE = "{http://www.gtk.org/introspection/core/1.0}"
# Not callable meaningfully from a binding: the binding frees boxed values.
SKIP_METHODS = {"free"}


# Namespace functions the scanner also moved to an enumeration
# ("moved-to": scr_division_from_string is both division_from_string and
# Division.from_string): a call to either counts for the enumeration's.
MOVED = {}


def gir_callables():
    root = ET.parse(os.path.join(build, "libscr", "Scr-1.gir")).getroot()
    namespace = root.find(CORE + "namespace")
    names = set()
    for function in namespace.findall(CORE + "function"):
        if function.get("moved-to"):
            MOVED[function.get("name")] = function.get("moved-to")
        elif function.get("introspectable") != "0":
            names.add(function.get("name"))
    for kind in ("class", "record", "interface", "enumeration", "bitfield"):
        for node in namespace.findall(CORE + kind):
            if node.get("{http://www.gtk.org/introspection/glib/1.0}is-gtype-struct-for"):
                continue
            for tag in ("method", "constructor", "function"):
                for member in node.findall(CORE + tag):
                    if member.get("introspectable") == "0" or member.get("name") in SKIP_METHODS:
                        continue
                    names.add("%s.%s" % (node.get("name"), member.get("name")))
    return names


def environment():
    env = dict(os.environ)
    lib = os.path.join(os.path.abspath(build), "libscr")
    env["GI_TYPELIB_PATH"] = lib + os.pathsep + env.get("GI_TYPELIB_PATH", "")
    env["LD_LIBRARY_PATH"] = lib + os.pathsep + env.get("LD_LIBRARY_PATH", "")
    env["PYTHONPATH"] = os.path.join(source, "bindings", "python") + os.pathsep + \
        env.get("PYTHONPATH", "")
    env.setdefault("SCR_TEST_DATA", os.path.join(source, "tests", "data"))
    env.setdefault("SCR_EXAMPLES", os.path.join(source, "examples"))
    env.setdefault("SCR_TOOL", os.path.join(os.path.abspath(build), "tools", "scr"))
    env["MPLBACKEND"] = "Agg"
    env["LC_ALL"] = "C.UTF-8"
    return env


def traced_calls(language, env, trace_file):
    if language == "python":
        tracer = [sys.executable, os.path.join(source, "tests", "python", "trace.py"), trace_file]
        programs = sorted(glob.glob(os.path.join(source, "tests", "python", "test_*.py")))
        programs.append(os.path.join(source, "examples", "python", "quickstart.py"))
    else:
        tracer = ["gjs", "-m", os.path.join(source, "tests", "js", "trace.js"), trace_file]
        programs = sorted(glob.glob(os.path.join(source, "tests", "js", "test*.js")))
        programs.append(os.path.join(source, "examples", "js", "example.js"))
    failures = []
    for program in programs:
        run = subprocess.run(tracer + [program], cwd=source, env=env, capture_output=True,
                             text=True, timeout=600)
        if run.returncode != 0:
            failures.append(os.path.relpath(program, source))
    calls = set()
    if os.path.exists(trace_file):
        with open(trace_file) as f:
            calls = {MOVED.get(line.strip(), line.strip()) for line in f if line.strip()}
    return calls, failures


def main():
    callables = gir_callables()
    env = environment()
    failed = False
    n = 0
    with tempfile.TemporaryDirectory() as tmp:
        for language in languages:
            calls, failures = traced_calls(language, env, os.path.join(tmp, language + ".txt"))
            missing = sorted(callables - calls)
            n += 1
            ok = not missing
            failed |= not ok
            print("%s %d - %s tests call %d of the %d Scr functions and methods"
                  % ("ok" if ok else "not ok", n, language, len(callables & calls),
                     len(callables)))
            if failures:
                print("# (these failed under the tracer: %s)" % ", ".join(failures))
            by_class = {}
            for name in missing:
                owner, _, member = name.rpartition(".")
                by_class.setdefault(owner or "(namespace)", []).append(member)
            for owner in sorted(by_class):
                print("#   %s: %s" % (owner, " ".join(by_class[owner])))
    print("1..%d" % n)
    sys.exit(1 if failed else 0)


main()
