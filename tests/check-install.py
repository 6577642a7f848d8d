#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Install libscr into a temporary DESTDIR, check what lands there, build
examples/c against it through pkg-config and run it, and load the installed
typelib and PyGObject overrides.

Usage: check-install.py BUILDDIR SOURCEDIR [EXAMPLE-ARG...]
Prints TAP.
"""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

build, source = sys.argv[1], sys.argv[2]
example_args = sys.argv[3:]
results = []


def check(ok, name, detail=""):
    results.append(ok)
    print("%s %d - %s" % ("ok" if ok else "not ok", len(results), name))
    if not ok and detail:
        for line in str(detail).splitlines():
            print("# " + line)
    return ok


def option(options, name):
    return next(o["value"] for o in options if o["name"] == name)


def finish():
    print("1..%d" % len(results))
    sys.exit(0 if all(results) else 1)


tmp = tempfile.mkdtemp(prefix="scr-install-")
try:
    destdir = os.path.join(tmp, "dest")
    run = subprocess.run(["meson", "install", "-C", build, "--destdir", destdir, "--no-rebuild",
                          "--quiet"], capture_output=True, text=True)
    if not check(run.returncode == 0, "meson install --destdir", run.stdout + run.stderr):
        finish()

    options = json.loads(subprocess.check_output(["meson", "introspect", "--buildoptions",
                                                  build]))
    prefix = option(options, "prefix")

    def path(*parts):
        # Option values are relative to the prefix unless absolute.
        joined = os.path.join(prefix, *parts)
        return destdir + joined

    libdir = option(options, "libdir")
    expected = {
        "umbrella header": path(option(options, "includedir"), "libscr-1", "scr", "scr.h"),
        "version header": path(option(options, "includedir"), "libscr-1", "scr", "scr-version.h"),
        "enum types header": path(option(options, "includedir"), "libscr-1", "scr",
                                  "scr-enum-types.h"),
        "CSV header": path(option(options, "includedir"), "libscr-1", "scr", "scr-csv.h"),
        "shared library": path(libdir, "libscr-1.so.0"),
        "development symlink": path(libdir, "libscr-1.so"),
        "pkg-config file": path(libdir, "pkgconfig", "libscr-1.pc"),
        "scr tool": path(option(options, "bindir"), "scr"),
    }
    targets = json.loads(subprocess.check_output(["meson", "introspect", "--targets", build]))
    target_names = {t["name"] for t in targets}
    if any(t.endswith("Scr-1.gir") or t == "Scr-1.gir" for t in target_names) or \
            os.path.exists(os.path.join(build, "libscr", "Scr-1.typelib")):
        expected["GIR"] = path(option(options, "datadir"), "gir-1.0", "Scr-1.gir")
        expected["typelib"] = path(libdir, "girepository-1.0", "Scr-1.typelib")
    if option(options, "man"):
        expected["man page"] = path(option(options, "mandir"), "man1", "scr.1")
    if "scr-doc" in target_names:
        expected["reference"] = path(option(options, "datadir"), "doc", "libscr-1", "index.html")
    for name, file in sorted(expected.items()):
        check(os.path.exists(file), "installs the %s (%s)" % (name, file[len(destdir):]))

    overrides = glob.glob(os.path.join(destdir, "**", "gi", "overrides", "Scr.py"),
                          recursive=True)
    if option(options, "pygobject_overrides") and "typelib" in expected:
        check(len(overrides) == 1, "installs the PyGObject overrides",
              "found: %r" % overrides)

    # The pkg-config file, relocated into DESTDIR.
    pcdir = os.path.join(tmp, "pkgconfig")
    os.makedirs(pcdir)
    with open(expected["pkg-config file"]) as f:
        pc = f.read()
    pc = "\n".join("prefix=" + destdir + prefix if line.startswith("prefix=") else line
                   for line in pc.splitlines()) + "\n"
    with open(os.path.join(pcdir, "libscr-1.pc"), "w") as f:
        f.write(pc)
    env = dict(os.environ)
    env["PKG_CONFIG_PATH"] = pcdir + os.pathsep + env.get("PKG_CONFIG_PATH", "")
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libscr-1"], env=env,
                           capture_output=True, text=True)
    check(flags.returncode == 0 and destdir in flags.stdout,
          "pkg-config --cflags --libs libscr-1 points into the install", flags.stdout + flags.stderr)

    exe = os.path.join(tmp, "case-deadlines")
    compile_ = subprocess.run([os.environ.get("CC", "cc"), "-Wall", "-Werror", "-o", exe,
                               os.path.join(source, "examples", "c", "case-deadlines.c")]
                              + flags.stdout.split(), capture_output=True, text=True)
    if check(compile_.returncode == 0, "builds examples/c/case-deadlines.c against the install",
             compile_.stderr):
        needed = subprocess.run(["ldd", exe], capture_output=True, text=True,
                                env=dict(env, LD_LIBRARY_PATH=path(libdir))).stdout
        check(destdir in needed, "the example links the installed libscr-1.so.0", needed)
        out = subprocess.run([exe] + example_args, capture_output=True, text=True,
                             env=dict(env, LD_LIBRARY_PATH=path(libdir)))
        check(out.returncode == 0 and out.stdout.strip() != "",
              "the installed example runs", out.stdout + out.stderr)

    if overrides and "typelib" in expected:
        site = os.path.dirname(os.path.dirname(os.path.dirname(overrides[0])))
        code = ("import gi, gi.overrides; gi.require_version('Scr', '1'); "
                "from gi.repository import Scr; import datetime; "
                "assert Scr.Date(2014, 8, 27).to_date() == datetime.date(2014, 8, 27); "
                "import sys; print(sys.modules['gi.overrides.Scr'].__file__)")
        py = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=dict(os.environ, PYTHONPATH=site,
                                     GI_TYPELIB_PATH=path(libdir, "girepository-1.0"),
                                     LD_LIBRARY_PATH=path(libdir)))
        check(py.returncode == 0 and py.stdout.strip() == overrides[0],
              "Python loads the installed typelib and overrides", py.stdout + py.stderr)
finally:
    shutil.rmtree(tmp, ignore_errors=True)

finish()
