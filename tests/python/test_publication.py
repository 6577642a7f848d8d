"""The publication check through PyGObject: a report's names, dates and
identifiers found against a case, the evaluation set, redaction, and
a pandas frame of the findings."""
import json
import os
import tempfile
import unittest

from scrtest import EXAMPLES, TEST_DATA, GLib, Scr, main

EVAL = os.path.join(TEST_DATA, "publication", "eval")
PUBLICATION = os.path.join(EXAMPLES, "publication")


def load_case():
    dataset = Scr.Dataset.new_from_file(os.path.join(EVAL, "dataset.json"))
    return dataset.get_cases().get_item(0)


class PublicationCheckTest(unittest.TestCase):
    def setUp(self):
        self.case = load_case()
        self.check = Scr.PublicationCheck.new(self.case)

    def test_text(self):
        found = self.check.check_text("Lizzie’s mother Zoë met the GP on 4 April 2019.")
        self.assertEqual([(d.get_kind(), d.get_text()) for d in found],
                         [(Scr.DisclosureKind.NAME, "Lizzie’s"),
                          (Scr.DisclosureKind.NAME, "Zoë")])
        first = found[0]
        self.assertEqual(first.get_severity(), Scr.DisclosureSeverity.RESTRICTED)
        self.assertEqual((first.get_page(), first.get_line(), first.get_column()), (1, 1, 1))
        self.assertEqual((first.get_start(), first.get_end()), (0, len("Lizzie’s".encode())))
        self.assertEqual(first.get_person_id(), "eval-child-m-subject")
        self.assertEqual(first.get_suggestion(), "Child M")
        self.assertIn("Child M", first.get_reason())
        self.assertTrue(first.get_context().startswith("Lizzie’s mother"))
        self.assertEqual(first.props.kind, Scr.DisclosureKind.NAME)
        member = first.to_json().get_object()
        self.assertEqual((member.get_string_member("kind"), member.get_string_member("severity"),
                          member.get_int_member("line")), ("name", "restricted", 1))
        self.assertIs(self.check.get_case(), self.case)

    def test_redact(self):
        text = "Lizzie's postcode is LA9 4QT."
        self.assertEqual(self.check.redact(text, None),
                         "Child M's postcode is [postcode removed].")
        found = self.check.check_text(text)
        self.assertEqual(self.check.redact(text, found),
                         "Child M's postcode is [postcode removed].")

    def test_places_and_gazetteer(self):
        check = Scr.PublicationCheck.new(None)
        check.add_place(Scr.DisclosureKind.PLACE, "Staveley", 1600)
        found = check.check_text("A 13-year-old Roma boy from Staveley.")
        self.assertEqual([d.get_kind() for d in found], [Scr.DisclosureKind.COMBINATION])
        self.assertEqual(found[0].get_severity(), Scr.DisclosureSeverity.WARNING)
        self.assertIsNone(found[0].get_suggestion())
        self.assertTrue(self.check.load_gazetteer(os.path.join(EVAL, "gazetteer.json")))
        found = self.check.check_text("He moved to Helm Edge High School.")
        self.assertEqual([(d.get_kind(), d.get_severity()) for d in found],
                         [(Scr.DisclosureKind.SCHOOL, Scr.DisclosureSeverity.IDENTIFIER)])
        with tempfile.TemporaryDirectory() as tmp:
            bad = os.path.join(tmp, "bad.json")
            with open(bad, "w") as f:
                f.write('{"gazetteer_version": 1, "entries": [{"kind": "river", "name": "Kent"}]}')
            with self.assertRaises(GLib.Error) as caught:
                self.check.load_gazetteer(bad)
            self.assertIn("entries[0].kind", caught.exception.message)

    def test_files(self):
        report = os.path.join(PUBLICATION, "draft-report.md")
        found, text = self.check.check_file(report, Scr.ReportFormat.AUTO)
        self.assertGreaterEqual(len(found), 10)
        self.assertIn("Child M", text)
        self.assertEqual(len(Scr.publication_check(self.case, report)), len(found))
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "redacted.md")
            self.assertTrue(self.check.write_redacted(report, out))
            with open(out, encoding="utf-8") as f:
                redacted = f.read()
            self.assertNotIn("Lizzie", redacted)
            self.assertNotIn("LA9 4QT", redacted)
            with self.assertRaises(GLib.Error):
                self.check.write_redacted(report, report)
        with self.assertRaises(GLib.Error):
            self.check.check_file(os.path.join(EVAL, "missing.md"), Scr.ReportFormat.AUTO)

    def test_evaluation_set(self):
        with open(os.path.join(EVAL, "passages.json"), encoding="utf-8") as f:
            passages = json.load(f)["passages"]
        self.check.load_gazetteer(os.path.join(EVAL, "gazetteer.json"))
        missed, false_alarms = [], []
        for passage in passages:
            data = passage["text"].encode()
            found = [(d.get_kind().value_nick, d.get_start(), d.get_end())
                     for d in self.check.check_text(passage["text"])]
            spans = []
            for planted in passage["planted"]:
                at = -1
                for _ in range(planted.get("occurrence", 1)):
                    at = data.find(planted["text"].encode(), at + 1)
                span = (at, at + len(planted["text"].encode()))
                spans.append(span)
                if not any(k == planted["kind"] and s < span[1] and span[0] < e
                           for k, s, e in found):
                    missed.append((passage["id"], planted["text"]))
            false_alarms += [(passage["id"], k) for k, s, e in found
                             if not any(s < pe and ps < e for ps, pe in spans)]
        self.assertEqual(missed, [])
        self.assertEqual(false_alarms, [])

    def test_dataframe(self):
        found = self.check.check_text("Lizzie lives at LA9 4QT.")
        frame = Scr.to_dataframe(found)
        self.assertEqual(list(frame["text"]), ["Lizzie", "LA9 4QT"])
        self.assertIn("suggestion", frame.columns)


if __name__ == "__main__":
    main()
