#!/usr/bin/python3
"""Checks that libscr's areas depend one way: core -> calendar -> model ->
evaluator -> publication. Reads every #include "..." of libscr/ and include/scr/ and fails
on a file that includes a header of a higher area: a header in
libscr/AREA/, or a public header that AREA's meson.build lists. (The
compiler refuses an upward private include too, as each area builds with
only its own and lower areas' directories; this also covers public
headers and says which file.)

Usage: check-include-direction.py SOURCE_ROOT
"""
import pathlib
import re
import sys

AREAS = ["core", "calendar", "model", "evaluator", "publication", "learning"]
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
HEADER_LIST = re.compile(r"'\.\./\.\./include/scr/([^']+\.h)'")


def main():
    root = pathlib.Path(sys.argv[1])
    owner = {}  # header basename -> area
    for area in AREAS:
        directory = root / "libscr" / area
        for header in directory.glob("*.h"):
            owner[header.name] = area
        build = (directory / "meson.build").read_text()
        for name in HEADER_LIST.findall(build):
            owner[name] = area
    # The public headers' area: the one whose meson.build lists it.
    files = [(area, f) for area in AREAS
             for f in sorted((root / "libscr" / area).glob("*.[ch]"))]
    files += [(owner.get(f.name), f)
              for f in sorted((root / "include" / "scr").glob("*.h"))]
    failures = []
    checked = 0
    for area, path in files:
        if area is None:
            continue
        rank = AREAS.index(area)
        for name in INCLUDE.findall(path.read_text()):
            checked += 1
            target = owner.get(pathlib.PurePath(name).name)
            if target is not None and AREAS.index(target) > rank:
                failures.append(f"{path.relative_to(root)}: includes {name} "
                                f"of {target}, above {area}")
    for line in failures:
        print(line)
    print(f"{checked} includes in {len(files)} files read; "
          f"{len(failures)} upward")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
