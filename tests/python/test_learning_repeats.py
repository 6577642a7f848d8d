"""The repeat finder through PyGObject: repeats across reviews of one
register, the pair score, and precision and recall on the labelled pairs
(tools/similarity-eval.py) kept at their measured values."""
import json
import os
import subprocess
import sys
import unittest

from scrtest import EXAMPLES, TEST_DATA, Scr, main

PAIRS = os.path.join(TEST_DATA, "learning", "similar-pairs.json")
EVAL = os.path.join(EXAMPLES, "..", "tools", "similarity-eval.py")
# measured at the default threshold (doc/learning.md), less a margin
MIN_PRECISION = 0.90
MIN_RECALL = 0.15


def register():
    merged = Scr.Dataset.new()
    for name in ("child-b1-leicester.json", "child-n-lancashire.json"):
        dataset = Scr.Dataset.new_from_file(os.path.join(EXAMPLES, "data", name))
        for getter, adder in (("get_agencies", "add_agency"), ("get_cases", "add_case"),
                              ("get_reviews", "add_review"),
                              ("get_recommendations", "add_recommendation")):
            model = getattr(dataset, getter)()
            for i in range(model.get_n_items()):
                getattr(merged, adder)(model.get_item(i))
    return merged


class RepeatFinderTest(unittest.TestCase):
    def test_find(self):
        finder = Scr.RepeatFinder.new()
        self.assertEqual(finder.get_threshold(), Scr.REPEAT_FINDER_DEFAULT_THRESHOLD)
        finder.set_threshold(0.2)
        self.assertEqual(finder.props.threshold, 0.2)
        repeats = finder.find(register())
        self.assertGreater(repeats.get_n_items(), 0)
        repeat = repeats.get_item(0)
        self.assertEqual(repeat.get_kind(), Scr.RepeatKind.RECOMMENDATION)
        self.assertEqual(repeat.get_review_id(), "child-b1-scr")
        self.assertEqual(repeat.get_earlier_review_id(), "child-n-scr")
        self.assertTrue(repeat.get_item_id().startswith("b1-rec-"))
        self.assertTrue(repeat.get_earlier_item_id().startswith("child-n-rec-"))
        self.assertGreaterEqual(repeat.get_score(), 0.2)
        words = repeat.get_shared_words()
        self.assertGreater(len(words), 0)
        self.assertIn("'%s'" % words[0], repeat.get_summary())
        self.assertIn(" of Child B1 (2016) repeats ", repeat.get_summary())
        member = repeat.to_json().get_object()
        self.assertEqual(member.get_string_member("kind"), "recommendation")
        self.assertEqual(member.get_double_member("score"), repeat.get_score())

    def test_similarity(self):
        finder = Scr.RepeatFinder.new()
        score, shared = finder.similarity("Escalate the non-engagement.",
                                          "Escalating non-engagement")
        self.assertAlmostEqual(score, 1.0)
        self.assertEqual(shared, ["engagement", "escalate", "non"])
        score, shared = finder.similarity("Escalate", "Audit")
        self.assertEqual((score, shared), (0.0, []))

    def test_labelled_pairs(self):
        with open(PAIRS, encoding="utf-8") as f:
            pairs = json.load(f)["pairs"]
        self.assertGreaterEqual(len(pairs), 60)
        self.assertTrue(any(p["same"] for p in pairs) and not all(p["same"] for p in pairs))
        out = subprocess.run([sys.executable, EVAL, "--json", PAIRS,
                              os.path.join(EXAMPLES, "data")],
                             capture_output=True, text=True, check=True).stdout
        figures = json.loads(out)
        self.assertEqual(figures["threshold"], Scr.REPEAT_FINDER_DEFAULT_THRESHOLD)
        self.assertGreaterEqual(figures["precision"], MIN_PRECISION)
        self.assertGreaterEqual(figures["recall"], MIN_RECALL)


if __name__ == "__main__":
    main()
