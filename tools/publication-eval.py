#!/usr/bin/env python3
# publication-eval.py: the recall and false positives of the publication
# check on the evaluation set (tests/data/publication/eval/passages.json).
#
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Measure ScrPublicationCheck against a set of passages with planted details.

A planted item is *found* when a disclosure of the same kind overlaps its
byte span; a disclosure of another kind that overlaps it is reported as
"found as another kind" (and does not count as found).  A *false positive*
is a disclosure that overlaps no planted item of its passage.

--check exits 1 when a planted restricted detail (one with a "person") is
not found as its own kind, or when a clean passage (planted []) has any
disclosure.  --self-check validates the set itself and needs no gi.
"""

import argparse
import json
import os
import sys

from scr_build import import_scr

KINDS = ["name", "date-of-birth", "address", "postcode", "school",
         "case-number", "nhs-number", "phone-number", "email", "street",
         "place", "combination"]
GAZETTEER_KINDS = ["school", "street", "place"]
DEFAULT_SET = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir,
                           "tests", "data", "publication", "eval", "passages.json")


# ---------------------------------------------------------------- the set

def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def find_occurrence(text, sub, occurrence=1):
    """The character index of the occurrence-th (1-based) @sub in @text, or -1."""
    i = -1
    for _ in range(occurrence):
        i = text.find(sub, i + 1)
        if i < 0:
            return -1
    return i


def byte_span(text, sub, occurrence=1):
    i = find_occurrence(text, sub, occurrence)
    if i < 0:
        return None
    start = len(text[:i].encode("utf-8"))
    return start, start + len(sub.encode("utf-8"))


def load_set(path):
    data = load_json(path)
    base = os.path.dirname(os.path.abspath(path))
    data["_dataset_path"] = os.path.join(base, data["dataset"])
    data["_gazetteer_path"] = (os.path.join(base, data["gazetteer"])
                               if data.get("gazetteer") else None)
    return data


def case_people(dataset, case_id):
    for c in dataset.get("cases", []):
        if c.get("id") == case_id:
            people = [c["subject"]] if c.get("subject") else []
            return c, people + list(c.get("people") or [])
    return None, []


def nhs_valid(digits):
    if len(digits) != 10 or not digits.isdigit():
        return False
    check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(digits[:9])) % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def self_check(data):
    """Problems with the set, as a list of strings (empty when it is sound)."""
    problems = []
    try:
        dataset = load_json(data["_dataset_path"])
    except (OSError, ValueError) as e:
        return ["dataset %s: %s" % (data["_dataset_path"], e)]
    if dataset.get("schema_version") != 1:
        problems.append("dataset: schema_version is not 1")
    case, people = case_people(dataset, data.get("case"))
    if case is None:
        problems.append("dataset: no case %r" % data.get("case"))
    ids = set()
    for person in people:
        ids.add(person.get("id"))
        r = person.get("restricted") or {}
        for member, value in r.items():
            if member == "date_of_birth":
                if not isinstance(value, str):
                    problems.append("%s: date_of_birth is not a string" % person["id"])
            elif not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                problems.append("%s: restricted.%s is not a list of strings" % (person["id"], member))
        for n in r.get("nhs_numbers", []):
            digits = "".join(ch for ch in n if ch.isdigit())
            if not nhs_valid(digits):
                problems.append("%s: NHS number %s has an invalid check digit" % (person["id"], n))
    if data.get("_gazetteer_path"):
        try:
            gaz = load_json(data["_gazetteer_path"])
            if gaz.get("gazetteer_version") != 1:
                problems.append("gazetteer: gazetteer_version is not 1")
            for e in gaz.get("entries", []):
                if e.get("kind") not in GAZETTEER_KINDS or not e.get("name"):
                    problems.append("gazetteer: bad entry %r" % (e,))
                if e.get("kind") == "place" and not isinstance(e.get("population"), int):
                    problems.append("gazetteer: place %r without a population" % e.get("name"))
        except (OSError, ValueError) as e:
            problems.append("gazetteer %s: %s" % (data["_gazetteer_path"], e))
    seen = set()
    clean = 0
    for p in data.get("passages", []):
        pid = p.get("id")
        if not pid or pid in seen:
            problems.append("passage id %r missing or repeated" % pid)
        seen.add(pid)
        text = p.get("text", "")
        if not text:
            problems.append("%s: no text" % pid)
        if not p.get("note"):
            problems.append("%s: no note" % pid)
        if not p.get("planted"):
            clean += 1
        spans = []
        for item in p.get("planted", []):
            kind, sub = item.get("kind"), item.get("text", "")
            if kind not in KINDS:
                problems.append("%s: unknown kind %r" % (pid, kind))
            if "person" in item and item["person"] not in ids:
                problems.append("%s: unknown person %r" % (pid, item["person"]))
            count = text.count(sub) if sub else 0
            occ = item.get("occurrence", 1)
            if count == 0:
                problems.append("%s: planted %r does not occur in the text" % (pid, sub))
            elif count > 1 and "occurrence" not in item:
                problems.append("%s: planted %r occurs %d times: give \"occurrence\"" % (pid, sub, count))
            elif occ > count:
                problems.append("%s: planted %r has no occurrence %d" % (pid, sub, occ))
            else:
                span = byte_span(text, sub, occ)
                for other in spans:
                    if span[0] < other[1] and other[0] < span[1]:
                        problems.append("%s: planted %r overlaps another planted item" % (pid, sub))
                spans.append(span)
    if len(data.get("passages", [])) < 48:
        problems.append("fewer than 48 passages")
    if clean < 12:
        problems.append("fewer than 12 clean passages")
    return problems


def summary_counts(data):
    by_kind = {}
    groups = {"restricted": 0, "generic": 0, "combination": 0, "clean": 0}
    for p in data["passages"]:
        planted = p["planted"]
        if not planted:
            groups["clean"] += 1
        elif any(i["kind"] == "combination" for i in planted):
            groups["combination"] += 1
        elif any("person" in i for i in planted):
            groups["restricted"] += 1
        else:
            groups["generic"] += 1
        for i in planted:
            by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    return groups, by_kind


# ---------------------------------------------------------------- gi

def kind_nick(Scr, value):
    """The nick of a Scr.DisclosureKind ("name", "date-of-birth"...)."""
    try:
        nick = Scr.DisclosureKind(value).value_nick
        if nick:
            return nick
    except (AttributeError, TypeError, ValueError):
        pass
    name = getattr(value, "value_name", None) or getattr(value, "name", None) or str(value)
    name = name.split(".")[-1]
    if name.upper().startswith("SCR_DISCLOSURE_KIND_"):
        name = name[len("SCR_DISCLOSURE_KIND_"):]
    return name.lower().replace("_", "-")


def severity_nick(value):
    name = getattr(value, "value_nick", None)
    if name:
        return name
    name = (getattr(value, "value_name", None) or str(value)).split(".")[-1]
    if name.upper().startswith("SCR_DISCLOSURE_SEVERITY_"):
        name = name[len("SCR_DISCLOSURE_SEVERITY_"):]
    return name.lower().replace("_", "-")


def find_case(Scr, dataset_path, case_id):
    ds = Scr.Dataset.new_from_file(dataset_path)
    cases = ds.get_cases()
    for i in range(cases.get_n_items()):
        c = cases.get_item(i)
        if c.get_id() == case_id:
            return c
    raise SystemExit("publication-eval: no case %r in %s" % (case_id, dataset_path))


def list_model(model):
    return [model.get_item(i) for i in range(model.get_n_items())]


def evaluate(Scr, data):
    case = find_case(Scr, data["_dataset_path"], data["case"])
    check = Scr.PublicationCheck.new(case)
    if data.get("_gazetteer_path"):
        check.load_gazetteer(data["_gazetteer_path"])

    stats = {k: {"planted": 0, "found": 0, "other_kind": 0, "false_positives": 0} for k in KINDS}
    misses, other_kind, false_positives, found = [], [], [], []
    restricted_missed = clean_flagged = 0

    for p in data["passages"]:
        text = p["text"]
        disclosures = []
        for d in list_model(check.check_text(text)):
            disclosures.append({
                "kind": kind_nick(Scr, d.get_kind()),
                "severity": severity_nick(d.get_severity()),
                "text": d.get_text(),
                "start": d.get_start(),
                "end": d.get_end(),
                "reason": d.get_reason(),
            })
        planted = []
        for item in p["planted"]:
            start, end = byte_span(text, item["text"], item.get("occurrence", 1))
            planted.append(dict(item, start=start, end=end))

        def overlaps(a, b):
            return a["start"] < b["end"] and b["start"] < a["end"]

        for item in planted:
            stats[item["kind"]]["planted"] += 1
            hits = [d for d in disclosures if overlaps(d, item)]
            same = [d for d in hits if d["kind"] == item["kind"]]
            record = {"passage": p["id"], "kind": item["kind"], "text": item["text"],
                      "person": item.get("person"), "note": p.get("note")}
            if same:
                stats[item["kind"]]["found"] += 1
                found.append(dict(record, severity=same[0]["severity"], reason=same[0]["reason"]))
                continue
            if item.get("person"):
                restricted_missed += 1
            if hits:
                stats[item["kind"]]["other_kind"] += 1
                other_kind.append(dict(record, found_as=[d["kind"] for d in hits],
                                       reasons=[d["reason"] for d in hits]))
            else:
                misses.append(record)

        for d in disclosures:
            if not any(overlaps(d, item) for item in planted):
                stats.setdefault(d["kind"], {"planted": 0, "found": 0, "other_kind": 0,
                                             "false_positives": 0})
                stats[d["kind"]]["false_positives"] += 1
                false_positives.append({"passage": p["id"], "clean": not planted,
                                        "kind": d["kind"], "severity": d["severity"],
                                        "text": d["text"], "reason": d["reason"]})
        if not planted and disclosures:
            clean_flagged += 1

    for s in stats.values():
        s["recall"] = (s["found"] / s["planted"]) if s["planted"] else None
    total_planted = sum(s["planted"] for s in stats.values())
    total_found = sum(s["found"] for s in stats.values())
    return {
        "passages": len(data["passages"]),
        "kinds": stats,
        "total": {"planted": total_planted, "found": total_found,
                  "recall": total_found / total_planted if total_planted else None,
                  "false_positives": len(false_positives)},
        "restricted_missed": restricted_missed,
        "clean_passages_flagged": clean_flagged,
        "misses": misses,
        "found_as_other_kind": other_kind,
        "false_positives": false_positives,
        "found": found,
    }


def md_escape(s):
    return (s or "").replace("|", "\\|").replace("\n", " ")


def print_markdown(result):
    print("# Publication check: evaluation\n")
    print("%d passages; recall %s over %d planted items; %d false positives.\n" % (
        result["passages"],
        "%.0f%%" % (100 * result["total"]["recall"]) if result["total"]["recall"] is not None else "-",
        result["total"]["planted"], result["total"]["false_positives"]))
    print("| kind | planted | found | recall | as another kind | false positives |")
    print("|---|---:|---:|---:|---:|---:|")
    for kind, s in result["kinds"].items():
        if not (s["planted"] or s["false_positives"]):
            continue
        recall = "%.0f%%" % (100 * s["recall"]) if s["recall"] is not None else "-"
        print("| %s | %d | %d | %s | %d | %d |" % (kind, s["planted"], s["found"], recall,
                                                  s["other_kind"], s["false_positives"]))
    print("\nRestricted details missed: %d; clean passages flagged: %d.\n" % (
        result["restricted_missed"], result["clean_passages_flagged"]))
    if result["misses"]:
        print("## Misses\n")
        for m in result["misses"]:
            print("- %s: %s `%s`%s (%s)" % (m["passage"], m["kind"], md_escape(m["text"]),
                                          " [restricted: %s]" % m["person"] if m["person"] else "",
                                          md_escape(m["note"])))
        print()
    if result["found_as_other_kind"]:
        print("## Found as another kind\n")
        for m in result["found_as_other_kind"]:
            print("- %s: %s `%s` found as %s: %s" % (m["passage"], m["kind"], md_escape(m["text"]),
                                                   ", ".join(m["found_as"]),
                                                   md_escape("; ".join(r or "" for r in m["reasons"]))))
        print()
    if result["false_positives"]:
        print("## False positives\n")
        for f in result["false_positives"]:
            print("- %s%s: %s (%s) `%s`: %s" % (f["passage"], " (clean)" if f["clean"] else "",
                                               f["kind"], f["severity"], md_escape(f["text"]),
                                               md_escape(f["reason"])))
        print()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("passages", nargs="?", default=DEFAULT_SET,
                    help="the evaluation set (default: tests/data/publication/eval/passages.json)")
    ap.add_argument("--json", action="store_true", help="machine output")
    ap.add_argument("--check", action="store_true",
                    help="exit 1 if a restricted detail is missed or a clean passage is flagged")
    ap.add_argument("--self-check", action="store_true",
                    help="validate the set (JSON, planted texts, people, NHS numbers); needs no gi")
    ap.add_argument("--build", metavar="DIR", help="a meson build directory (uses DIR/libscr)")
    args = ap.parse_args(argv)

    data = load_set(args.passages)
    if args.self_check:
        problems = self_check(data)
        groups, by_kind = summary_counts(data)
        if args.json:
            print(json.dumps({"problems": problems, "passages": groups, "planted": by_kind},
                             indent=2, ensure_ascii=False))
        else:
            for pr in problems:
                print("publication-eval: %s" % pr, file=sys.stderr)
            print("%d passages: %s" % (len(data["passages"]),
                                       ", ".join("%s %d" % kv for kv in groups.items())))
            print("planted by kind: %s" % ", ".join("%s %d" % kv for kv in sorted(by_kind.items())))
        return 1 if problems else 0

    Scr = import_scr(args.build)
    result = evaluate(Scr, data)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print_markdown(result)
    if args.check and (result["restricted_missed"] or result["clean_passages_flagged"]):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
