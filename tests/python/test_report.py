"""The scrutiny report through PyGObject: seed 002's five reviews, a late
step with its rule and case, the HTML, CSV and JSON, and a file."""
import csv
import io
import json
import os
import tempfile
import unittest

from scrtest import EXAMPLES, GLib, Json, Scr, main


def load(name):
    return Scr.Dataset.new_from_file(os.path.join(EXAMPLES, "data", name))


def day(text):
    return Scr.Date.new_from_iso8601(text)


def report_json(report):
    return json.loads(Json.to_string(report.to_json(), False))


class ScrutinyReportTest(unittest.TestCase):
    def setUp(self):
        self.report = Scr.Report.new_scrutiny(load("sefton-scr-timelines.json"), None, None,
                                              day("2021-01-26"))

    def test_properties(self):
        report = Scr.Report.new_scrutiny(load("sefton-scr-timelines.json"), day("2019"),
                                         day("2019-12-31"), day("2021-01-26"))
        self.assertEqual(report.get_kind(), "scrutiny")
        self.assertEqual(report.props.kind, "scrutiny")
        self.assertEqual(report.props.title, report.get_title())
        self.assertEqual(report.get_from().to_iso8601(), "2019")
        self.assertEqual(report.get_property("from").to_iso8601(), "2019")
        self.assertEqual(report.get_to().to_iso8601(), "2019-12-31")
        self.assertEqual(report.props.to.to_iso8601(), "2019-12-31")
        self.assertEqual(report.get_today().to_iso8601(), "2021-01-26")
        self.assertEqual(report.props.today.to_iso8601(), "2021-01-26")
        ids = [r.get_id() for r in report.get_reviews()]
        self.assertEqual(ids, ["sefton-scr%d-review" % n for n in (2, 3, 4, 5)])
        self.assertEqual(len(report.props.reviews), 4)
        self.assertIsNone(self.report.get_from())

    def test_seed_002_dates(self):
        rows = report_json(self.report)["reviews"]
        published = [next(s for s in r["steps"] if s["step"] == "published")["date_text"]
                     for r in rows]
        self.assertEqual(published, ["July 2018", "April 2019", "March 2019", "October 2019",
                                     "March 2020"])
        self.assertTrue(all(s["status"] == "not-applicable" for r in rows for s in r["steps"]))

    def test_late_step(self):
        report = Scr.Report.new_scrutiny(load("child-b1-leicester.json"), None, None,
                                         day("2026-01-01"))
        data = report_json(report)
        board = next(s for s in data["reviews"][0]["steps"] if s["step"] == "report-to-board")
        self.assertEqual((board["rule"], board["status"], board["days_late"], board["cases"]),
                         ("T-LCSPR-DONE", "late", 44, ["child-b1"]))
        self.assertEqual(data["totals"]["late"]["count"], 1)
        self.assertIn("late by 44 working days", report.to_html())

    def test_bad_period(self):
        with self.assertRaises(GLib.Error) as caught:
            Scr.Report.new_scrutiny(load("sefton-scr-timelines.json"), day("2020"), day("2019"),
                                    None)
        self.assertTrue(caught.exception.matches(Scr.error_quark(),
                                                 Scr.Error.INVALID_ARGUMENT))

    def test_html_and_csv(self):
        html = self.report.to_html()
        self.assertTrue(html.startswith("<!DOCTYPE html>"))
        self.assertIn("<svg", html)
        self.assertIn("SCR5 BEATRICE", html)
        rows = list(csv.DictReader(io.StringIO(self.report.to_csv(), newline="")))
        self.assertEqual(len(rows), 5 * 7)
        self.assertEqual(rows[3]["title"], "SCR1 (MARTHA, MARY & BEN)")
        self.assertEqual(rows[3]["date_text"], "February 2018")

    def test_write_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "report.json")
            self.assertTrue(self.report.write_file(Scr.ReportOutput.JSON, path))
            with open(path, encoding="utf-8") as f:
                self.assertEqual(len(json.load(f)["reviews"]), 5)
            path = os.path.join(tmp, "report.html")
            self.report.write_file(Scr.ReportOutput.HTML, path)
            with open(path, encoding="utf-8") as f:
                self.assertEqual(f.read(), self.report.to_html())
            path = os.path.join(tmp, "report.csv")
            self.report.write_file(Scr.ReportOutput.CSV, path)
            with open(path, encoding="utf-8", newline="") as f:
                self.assertEqual(f.read(), self.report.to_csv())


class ReviewReportTest(unittest.TestCase):
    def setUp(self):
        self.report = Scr.Report.new_review(load("child-b1-leicester.json"), "child-b1-scr",
                                            day("2015-06-30"))

    def test_counts(self):
        data = report_json(self.report)
        self.assertEqual(self.report.get_kind(), "review")
        self.assertEqual(self.report.props.kind, "review")
        totals = data["totals"]
        self.assertEqual(totals["actions"], 32)
        self.assertEqual({k: v["count"] for k, v in totals["by_rag"].items()},
                         {"red": 13, "amber": 1, "green": 12, "no-due-date": 6})
        self.assertEqual(totals["by_status"]["completed"]["count"], 3)
        self.assertEqual(totals["complete_without_evidence"]["actions"],
                         ["b1-action-eyst-iii", "b1-action-csc-1", "b1-action-csc-9"])
        lscb = next(a for a in totals["by_agency"]
                    if a["agency"] == "Leicester Safeguarding Children Board")
        self.assertEqual(lscb["by_rag"]["amber"]["actions"], ["b1-action-lscb-2"])

    def test_unknown(self):
        with self.assertRaises(GLib.Error) as caught:
            Scr.Report.new_review(load("child-b1-leicester.json"), "no-such-review", None)
        self.assertTrue(caught.exception.matches(Scr.error_quark(), Scr.Error.NOT_FOUND))
        self.assertIn("no-such-review", caught.exception.message)

    def test_csv_and_html(self):
        rows = list(csv.DictReader(io.StringIO(self.report.to_csv(), newline="")))
        self.assertEqual(len(rows), 32)
        self.assertEqual(sum(r["complete_without_evidence"] == "yes" for r in rows), 3)
        self.assertEqual(rows[0]["rag"], "red")
        html = self.report.to_html()
        self.assertIn("<svg", html)
        self.assertIn("Marked complete without evidence", html)


if __name__ == "__main__":
    main()
