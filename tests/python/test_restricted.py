"""Restricted details through PyGObject: a person's real details are read
from a dataset, and written back only when the save asks for them."""
import os
import stat
import tempfile
import unittest

from scrtest import GLib, Scr, main

SECRET = ["Elizabeth Anne Hargreaves", "Lizzie", "2011-03-03", "LA9 4QT",
          "Castle Park", "CS-2019-00417", "943 476 5919", "Brookside"]

DATASET = """{"schema_version": 1, "cases": [{"id": "c1", "jurisdiction": "england",
 "subject": {"id": "child", "pseudonym": "Child M", "relationship": "subject",
  "restricted": {"names": ["Elizabeth Anne Hargreaves", "Lizzie Hargreaves"],
   "date_of_birth": "2011-03-03", "addresses": ["14 Brookside Close, Kendal"],
   "postcodes": ["LA9 4QT"], "schools": ["Castle Park Primary School"],
   "case_numbers": ["CS-2019-00417"], "nhs_numbers": ["943 476 5919"]}}}]}"""


def subject(dataset):
    return dataset.get_cases().get_item(0).get_subject()


class RestrictedDetailsTest(unittest.TestCase):
    def test_accessors(self):
        details = Scr.RestrictedDetails.new()
        self.assertTrue(details.is_empty())
        details.set_names(["Zoë O'Neill", "Zoe Smith"])
        self.assertEqual(details.get_names(), ["Zoë O'Neill", "Zoe Smith"])
        details.set_addresses(["1 High Street"])
        details.set_postcodes(["CA1 1AA"])
        details.set_schools(["Hill Top School"])
        details.set_case_numbers(["X-1"])
        details.set_nhs_numbers(["943 476 5919"])
        details.set_date_of_birth(Scr.Date.new(2012, 2, 29))
        self.assertEqual(details.get_date_of_birth().to_iso8601(), "2012-02-29")
        self.assertEqual((details.get_addresses(), details.get_postcodes(),
                          details.get_schools(), details.get_case_numbers(),
                          details.get_nhs_numbers()),
                         (["1 High Street"], ["CA1 1AA"], ["Hill Top School"],
                          ["X-1"], ["943 476 5919"]))
        self.assertFalse(details.is_empty())
        self.assertEqual(details.props.names, ["Zoë O'Neill", "Zoe Smith"])
        person = Scr.Person.new("p")
        self.assertIsNone(person.get_restricted())
        person.set_restricted(details)
        self.assertIs(person.get_restricted(), details)
        person.set_restricted(None)
        self.assertIsNone(person.get_restricted())

    def test_saved_only_when_asked(self):
        dataset = Scr.Dataset.new_from_data(DATASET.encode())
        details = subject(dataset).get_restricted()
        self.assertEqual(details.get_names()[1], "Lizzie Hargreaves")
        plain, _ = dataset.to_data()
        for secret in SECRET:
            self.assertNotIn(secret, plain)
        person_json = Scr.Person.to_json(subject(dataset))
        self.assertIsNone(person_json.get_object().get_member("restricted"))
        full, _ = dataset.to_data_full(Scr.SaveFlags.INCLUDE_RESTRICTED)
        for secret in SECRET:
            self.assertIn(secret, full)
        again = Scr.Dataset.new_from_data(full.encode())
        self.assertEqual(again.to_data_full(Scr.SaveFlags.INCLUDE_RESTRICTED)[0], full)
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "full.json")
            self.assertTrue(dataset.save_to_file_full(
                path, Scr.SaveFlags.INCLUDE_RESTRICTED))
            self.assertEqual(stat.S_IMODE(os.stat(path).st_mode), 0o600)
            with open(path, encoding="utf-8") as f:
                self.assertEqual(f.read(), full)

    def test_errors_do_not_quote_values(self):
        bad = DATASET.replace('"2011-03-03"', '"2011-02-30 Hargreaves"')
        with self.assertRaises(GLib.Error) as caught:
            Scr.Dataset.new_from_data(bad.encode())
        self.assertIn("restricted.date_of_birth", caught.exception.message)
        self.assertNotIn("Hargreaves", caught.exception.message)


if __name__ == "__main__":
    main()
