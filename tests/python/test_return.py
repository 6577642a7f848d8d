"""The national returns through PyGObject: the Panel's serious incident
notification of child L, its fields as a DataFrame, what is missing,
restricted details in and out, JSON, CSV and the errors; and the health
Safeguarding Case Review Tracker's record of child B1's review, with the
review's tracker members (StEIS number, sign-off, dissemination)."""
import csv
import io
import json
import os
import unittest

from scrtest import EXAMPLES, GLib, Json, Scr, main


def load(name):
    return Scr.Dataset.new_from_file(os.path.join(EXAMPLES, "data", name))


def named_child_l():
    dataset = load("child-l-cumbria.json")
    details = Scr.RestrictedDetails.new()
    details.set_names(["Test Name"])
    dataset.lookup_case("child-l").get_subject().set_restricted(details)
    return dataset


class PanelNotificationTest(unittest.TestCase):
    def setUp(self):
        self.r = Scr.Return.new("panel-notification", load("child-l-cumbria.json"), "child-l")

    def test_kinds(self):
        self.assertEqual(Scr.Return.list_kinds(), ["panel-notification", "case-review-tracker"])

    def test_properties(self):
        r = self.r
        self.assertEqual(r.get_kind(), "panel-notification")
        self.assertEqual(r.props.kind, "panel-notification")
        self.assertEqual(r.get_case_id(), "child-l")
        self.assertEqual(r.props.case_id, "child-l")
        self.assertTrue(r.get_include_restricted())
        self.assertTrue(r.props.include_restricted)
        self.assertEqual(r.get_fields().get_n_items(), 17)
        self.assertEqual(r.props.fields.get_n_items(), 17)
        self.assertEqual(r.props.missing.get_n_items(), 2)

    def test_fields(self):
        field = self.r.get_fields().get_item(0)
        self.assertEqual(field.get_id(), "local_authority")
        self.assertEqual(field.props.id, "local_authority")
        self.assertEqual(field.get_label(), field.props.label)
        self.assertEqual(field.get_value(), "Cumbria LSCB")
        self.assertEqual(field.props.value, "Cumbria LSCB")
        self.assertEqual(field.get_source(), "cases[].partnership")
        self.assertEqual(field.props.source, "cases[].partnership")
        self.assertTrue(field.get_required())
        self.assertTrue(field.props.required)
        self.assertTrue(field.get_evidence().startswith("[F]"))
        self.assertEqual(field.props.evidence, field.get_evidence())

    def test_dataframe(self):
        df = Scr.to_dataframe(self.r.get_fields())
        self.assertEqual(len(df), 17)
        row = df[df["id"] == "incident_date"].iloc[0]
        self.assertEqual(row["value"], "2011")
        self.assertEqual(row["source"], "cases[].incident.date")
        self.assertTrue(row["required"])

    def test_missing(self):
        missing = [(f.get_id(), f.get_source()) for f in self.r.get_missing()]
        self.assertEqual(missing, [("child_name", "cases[].subject.restricted.names"),
                                   ("incident_location", "cases[].incident.location")])

    def test_json_and_csv(self):
        data = json.loads(Json.to_string(self.r.to_json(), False))
        self.assertEqual([m["id"] for m in data["missing"]], ["child_name", "incident_location"])
        self.assertEqual(len(data["fields"]), 8)
        rows = list(csv.DictReader(io.StringIO(self.r.to_csv(), newline="")))
        self.assertEqual(len(rows), 17)
        self.assertEqual(rows[14]["field"], "became_aware")
        self.assertEqual(rows[14]["value"], "2011")

    def test_restricted(self):
        dataset = named_child_l()
        with_ = Scr.Return.new("panel-notification", dataset, "child-l")
        self.assertEqual(with_.get_fields().get_item(1).get_value(), "Test Name")
        without = Scr.Return.new_full("panel-notification", dataset, "child-l", False)
        self.assertFalse(without.get_include_restricted())
        self.assertIsNone(without.get_fields().get_item(1).get_value())
        data = json.loads(Json.to_string(without.to_json(), False))
        self.assertIn("child_name", data["withheld"])
        self.assertNotIn("Test Name", Json.to_string(without.to_json(), False))

    def test_errors(self):
        dataset = load("child-l-cumbria.json")
        with self.assertRaises(GLib.Error) as caught:
            Scr.Return.new("tracker", dataset, "child-l")
        self.assertTrue(caught.exception.matches(Scr.error_quark(), Scr.Error.NOT_FOUND))
        self.assertIn("panel-notification", caught.exception.message)
        with self.assertRaises(GLib.Error) as caught:
            Scr.Return.new_full("panel-notification", dataset, "child-z", True)
        self.assertIn("child-z", caught.exception.message)


class CaseReviewTrackerTest(unittest.TestCase):
    def setUp(self):
        self.dataset = load("child-b1-leicester.json")

    def test_tracker(self):
        r = Scr.Return.new_for_review("case-review-tracker", self.dataset, "child-b1-scr")
        self.assertEqual(r.get_review_id(), "child-b1-scr")
        self.assertEqual(r.props.review_id, "child-b1-scr")
        self.assertEqual(r.get_case_id(), "child-b1")
        self.assertEqual(r.get_missing().get_n_items(), 0)
        values = {f.get_id(): f.get_value() for f in r.get_fields()}
        self.assertEqual(values["open_closed"], "closed")
        self.assertEqual(values["date_added"], "2014-10-07")
        self.assertEqual(values["review_type"], "Serious case review")
        self.assertIsNone(values["steis_number"])
        df = Scr.to_dataframe(r.get_fields())
        self.assertEqual(len(df), 14)
        by_case = Scr.Return.new("case-review-tracker", self.dataset, "child-b1")
        self.assertEqual(by_case.get_review_id(), "child-b1-scr")
        self.assertIsNone(Scr.Return.new("panel-notification", self.dataset,
                                         "child-b1").get_review_id())

    def test_review_members(self):
        review = self.dataset.lookup_review("child-b1-scr")
        self.assertIsNone(review.get_steis_number())
        self.assertIsNone(review.get_signed_off())
        self.assertEqual(review.get_dissemination(), [])
        review.set_steis_number("2014/23456")
        review.set_signed_off(Scr.Date.new_year_month(2015, 9))
        review.set_dissemination(["7-minute briefing", "learning event"])
        self.assertEqual(review.props.steis_number, "2014/23456")
        self.assertEqual(review.get_signed_off().to_iso8601(), "2015-09")
        self.assertEqual(review.props.dissemination, ["7-minute briefing", "learning event"])
        data = json.loads(Json.to_string(review.to_json(), False))
        self.assertEqual(data["signed_off"], "2015-09")
        again = Scr.Review.new_from_json(review.to_json())
        self.assertEqual(again.get_dissemination(), ["7-minute briefing", "learning event"])
        r = Scr.Return.new_for_review("case-review-tracker", self.dataset, "child-b1-scr")
        values = {f.get_id(): f.get_value() for f in r.get_fields()}
        self.assertEqual(values["steis_number"], "2014/23456")
        self.assertEqual(values["signed_off"], "2015-09")
        self.assertEqual(values["dissemination"], "7-minute briefing; learning event")

    def test_errors(self):
        with self.assertRaises(GLib.Error) as caught:
            Scr.Return.new_for_review("case-review-tracker", self.dataset, "no-review")
        self.assertTrue(caught.exception.matches(Scr.error_quark(), Scr.Error.NOT_FOUND))


if __name__ == "__main__":
    main()
