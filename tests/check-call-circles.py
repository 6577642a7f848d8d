#!/usr/bin/python3
"""Checks that no two source files of libscr call each other in a circle.

Reads the symbols each object file defines and needs (nm) and fails on a
set of files that reach each other through calls (a strongly connected
component of more than one file), naming the files and one call each way.
Calls go one way so that a file can be read, and changed, knowing only the
files below it.

Usage: check-call-circles.py OBJECT_OR_ARCHIVE...
"""
import collections
import pathlib
import subprocess
import sys


def symbols(paths):
    out = subprocess.run(["nm", "-A", "--no-sort"] + paths, check=True,
                         capture_output=True, text=True).stdout
    defined = {}
    needed = collections.defaultdict(set)
    for line in out.splitlines():
        where, _, rest = line.rpartition(":")
        fields = rest.split()
        if len(fields) < 2:
            continue
        kind, name = fields[-2], fields[-1]
        unit = pathlib.PurePath(where.split(":")[-1]).name
        unit = unit.removesuffix(".o").split("_", 1)[-1]
        if kind == "U":
            needed[unit].add(name)
        elif kind in "TtDdBbRr" and not name.startswith("."):
            if kind.isupper():
                defined[name] = unit
    return defined, needed


def components(graph):
    index, low, stack, on_stack, result = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            result.append(group)

    sys.setrecursionlimit(10000)
    for v in list(graph):
        if v not in index:
            visit(v)
    return result


def main():
    defined, needed = symbols(sys.argv[1:])
    graph = collections.defaultdict(set)
    via = {}
    for unit, names in needed.items():
        for name in names:
            callee = defined.get(name)
            if callee is not None and callee != unit:
                graph[unit].add(callee)
                via.setdefault((unit, callee), name)
        graph.setdefault(unit, set())
    failures = [g for g in components(graph) if len(g) > 1]
    for group in failures:
        members = set(group)
        calls = [f"{a} -> {b} ({via[(a, b)]})"
                 for a in sorted(members) for b in sorted(graph[a] & members)]
        print("circle: " + ", ".join(sorted(group)))
        for call in calls:
            print("  " + call)
    print(f"{len(graph)} files, {sum(len(v) for v in graph.values())} "
          f"file-to-file call edges; {len(failures)} circles")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
