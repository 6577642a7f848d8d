"""The national returns through PyGObject: the Panel's serious incident
notification of child L, its fields as a DataFrame, what is missing,
restricted details in and out, JSON, CSV and the errors."""
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
        self.assertEqual(Scr.Return.list_kinds(), ["panel-notification"])

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


if __name__ == "__main__":
    main()
