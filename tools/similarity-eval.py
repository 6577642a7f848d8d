#!/usr/bin/env python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Precision and recall of the repeat finder on labelled pairs.

    similarity-eval.py [--threshold X] [--json] PAIRS EXAMPLES_DIR

PAIRS is tests/data/learning/similar-pairs.json; each side of a pair is a
text or FILE:KIND:ID, an item of EXAMPLES_DIR/FILE. The pairs are scored
as ScrRepeatFinder.find() scores items: after a find() over every example
dataset merged into one register, so words are weighed by their
frequency in all the seeds' items. Needs Scr 1 on GI_TYPELIB_PATH.
"""
import argparse
import glob
import json
import os
import re
import sys

import gi

gi.require_version("Scr", "1")
from gi.repository import Scr  # noqa: E402

REF = re.compile(r"^([\w.-]+\.json):(finding|lesson|recommendation):([\w.-]+)$")
THRESHOLDS = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6]
COLLECTIONS = [("get_agencies", "add_agency"), ("get_cases", "add_case"),
               ("get_reviews", "add_review"), ("get_findings", "add_finding"),
               ("get_lessons", "add_lesson"), ("get_recommendations", "add_recommendation")]


def load_register(examples):
    """Every example dataset as one register, and the items by reference."""
    register = Scr.Dataset.new()
    texts = {}
    for path in sorted(glob.glob(os.path.join(examples, "*.json"))):
        dataset = Scr.Dataset.new_from_file(path)
        base = os.path.basename(path)
        for getter, adder in COLLECTIONS:
            model = getattr(dataset, getter)()
            for i in range(model.get_n_items()):
                item = model.get_item(i)
                try:
                    getattr(register, adder)(item)
                except gi.repository.GLib.Error:
                    pass  # an agency or case two files share
                if getter == "get_findings":
                    text = " ".join(t for t in (item.get_title(), item.get_text()) if t)
                    texts["%s:finding:%s" % (base, item.get_id())] = text
                elif getter == "get_lessons":
                    texts["%s:lesson:%s" % (base, item.get_id())] = item.get_text() or ""
                elif getter == "get_recommendations":
                    texts["%s:recommendation:%s" % (base, item.get_id())] = item.get_text() or ""
    return register, texts


def text_of(side, texts):
    if REF.match(side):
        if side not in texts:
            sys.exit("similarity-eval: no item %s" % side)
        return texts[side]
    return side


def counts(scored, threshold):
    tp = sum(1 for s, same in scored if same and s >= threshold)
    fp = sum(1 for s, same in scored if not same and s >= threshold)
    fn = sum(1 for s, same in scored if same and s < threshold)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp, fp, fn


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--threshold", type=float, default=Scr.REPEAT_FINDER_DEFAULT_THRESHOLD)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("pairs")
    parser.add_argument("examples")
    args = parser.parse_args()

    with open(args.pairs, encoding="utf-8") as f:
        pairs = json.load(f)["pairs"]
    register, texts = load_register(args.examples)
    finder = Scr.RepeatFinder.new()
    finder.find(register)  # weigh words by the whole register
    scored = []
    for pair in pairs:
        score, _shared = finder.similarity(text_of(pair["a"], texts), text_of(pair["b"], texts))
        scored.append((score, bool(pair["same"])))

    precision, recall, tp, fp, fn = counts(scored, args.threshold)
    table = [dict(zip(("threshold", "precision", "recall", "tp", "fp", "fn"),
                      (t,) + counts(scored, t))) for t in THRESHOLDS]
    if args.json:
        print(json.dumps({"pairs": len(pairs), "positives": sum(s for _, s in scored),
                          "threshold": args.threshold, "precision": precision,
                          "recall": recall, "table": table}, indent=1))
        return
    print("%d pairs, %d same learning" % (len(pairs), sum(s for _, s in scored)))
    print("threshold %.2f: precision %.2f, recall %.2f (tp %d, fp %d, fn %d)"
          % (args.threshold, precision, recall, tp, fp, fn))
    print()
    print("| threshold | precision | recall | tp | fp | fn |")
    print("| --- | --- | --- | --- | --- | --- |")
    for row in table:
        print("| %.2f | %.2f | %.2f | %d | %d | %d |" % (row["threshold"], row["precision"],
                                                       row["recall"], row["tp"], row["fp"],
                                                       row["fn"]))


if __name__ == "__main__":
    main()
