#!/usr/bin/env python3
# publication-seeds.py: the false alarms of the publication check on
# published review reports.
#
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Run the publication check over published reports (*.txt in a directory).

The case has no restricted details (an empty case), so every disclosure is
a generic identifier or a combination warning. The reports are published,
so every disclosure counts as a false alarm unless its text is on the
allow-list (--allow FILE: one text a line, compared case-insensitively
after trimming; '#' starts a comment; empty by default), for identifiers
that are legitimately published, such as a partnership's public contact
email or telephone number.

Pages: a file with form feeds has (number of form feeds + 1) pages;
otherwise pages are estimated as words / 500 (not rounded; at least 0.1 for
a non-empty file). False alarms are reported per 10 pages over all files.
"""

import argparse
import glob
import json
import os
import sys

from scr_build import import_scr

WORDS_PER_PAGE = 500


def enum_nick(value, prefix):
    nick = getattr(value, "value_nick", None)
    if nick:
        return nick
    name = (getattr(value, "value_name", None) or str(value)).split(".")[-1]
    if name.upper().startswith(prefix):
        name = name[len(prefix):]
    return name.lower().replace("_", "-")


def pages_of(text):
    """The number of pages of @text and the rule used."""
    if "\f" in text:
        return text.count("\f") + 1, "form feeds + 1"
    words = len(text.split())
    if not words:
        return 0.0, "words / %d" % WORDS_PER_PAGE
    return max(words / WORDS_PER_PAGE, 0.1), "words / %d" % WORDS_PER_PAGE


def read_allow_list(path):
    allowed = set()
    if not path:
        return allowed
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                allowed.add(line.casefold())
    return allowed


def line_and_context(text, start, end, width=60):
    """The 1-based line of byte offset @start and the text around it."""
    raw = text.encode("utf-8")
    before = raw[:start].decode("utf-8", "replace")
    line = before.count("\n") + 1
    line_start = max(before.rfind("\n"), before.rfind("\f")) + 1
    rest = raw[start:].decode("utf-8", "replace")
    cut = [i for i in (rest.find("\n"), rest.find("\f")) if i >= 0]
    line_text = before[line_start:] + (rest[:min(cut)] if cut else rest)
    col = len(before) - line_start
    match_len = len(raw[start:end].decode("utf-8", "replace"))
    lo = max(0, col - width)
    hi = min(len(line_text), col + match_len + width)
    context = ("…" if lo else "") + line_text[lo:hi].strip() + ("…" if hi < len(line_text) else "")
    return line, context


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("seeds", help="a directory of published reports as .txt files")
    ap.add_argument("--gazetteer", metavar="FILE", help="a gazetteer to load")
    ap.add_argument("--allow", metavar="FILE",
                    help="texts legitimately published (one a line); not false alarms")
    ap.add_argument("--build", metavar="DIR", help="a meson build directory (uses DIR/libscr)")
    ap.add_argument("--json", action="store_true", help="machine output")
    args = ap.parse_args(argv)

    files = sorted(glob.glob(os.path.join(args.seeds, "*.txt")))
    if not files:
        print("publication-seeds: no .txt files in %s" % args.seeds, file=sys.stderr)
        return 2
    allowed = read_allow_list(args.allow)

    Scr = import_scr(args.build)
    check = Scr.PublicationCheck.new(Scr.Case.new("seeds", Scr.Jurisdiction.ENGLAND))
    if args.gazetteer:
        check.load_gazetteer(args.gazetteer)

    report = {"page_rule": "form feeds + 1 when the file has form feeds, "
                           "else words / %d" % WORDS_PER_PAGE,
              "files": []}
    total_pages = 0.0
    total_alarms = 0
    total_allowed = 0
    for path in files:
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        pages, rule = pages_of(text)
        model = check.check_text(text)
        items = []
        by_kind = {}
        for i in range(model.get_n_items()):
            d = model.get_item(i)
            kind = enum_nick(d.get_kind(), "SCR_DISCLOSURE_KIND_")
            line, context = line_and_context(text, d.get_start(), d.get_end())
            allow = (d.get_text() or "").strip().casefold() in allowed
            by_kind[kind] = by_kind.get(kind, 0) + 1
            items.append({"kind": kind,
                          "severity": enum_nick(d.get_severity(), "SCR_DISCLOSURE_SEVERITY_"),
                          "text": d.get_text(), "line": line, "context": context,
                          "reason": d.get_reason(), "allowed": allow})
        alarms = sum(1 for it in items if not it["allowed"])
        total_pages += pages
        total_alarms += alarms
        total_allowed += len(items) - alarms
        report["files"].append({"file": os.path.basename(path), "pages": pages,
                                "page_rule": rule, "disclosures": len(items),
                                "false_alarms": alarms, "by_kind": by_kind,
                                "items": items})
    per10 = (10.0 * total_alarms / total_pages) if total_pages else None
    report["total"] = {"files": len(files), "pages": total_pages, "false_alarms": total_alarms,
                       "allowed": total_allowed, "false_alarms_per_10_pages": per10}

    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0

    print("# Publication check on published reports\n")
    print("Pages: %s.\n" % report["page_rule"])
    for f in report["files"]:
        print("## %s\n" % f["file"])
        print("%s pages (%s); %d disclosures, %d false alarms." % (
            ("%.1f" % f["pages"]) if isinstance(f["pages"], float) else f["pages"],
            f["page_rule"], f["disclosures"], f["false_alarms"]))
        if f["by_kind"]:
            print("By kind: %s.\n" % ", ".join("%s %d" % kv for kv in sorted(f["by_kind"].items())))
        else:
            print()
        for it in f["items"]:
            print("- line %d: %s (%s)%s `%s`: %s\n  > %s" % (
                it["line"], it["kind"], it["severity"], " [allowed]" if it["allowed"] else "",
                it["text"], it["reason"] or "", it["context"]))
        if f["items"]:
            print()
    t = report["total"]
    print("## Total\n")
    print("%d files, %.1f pages, %d false alarms (%d allowed): %s per 10 pages." % (
        t["files"], t["pages"], t["false_alarms"], t["allowed"],
        "%.2f" % per10 if per10 is not None else "-"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
