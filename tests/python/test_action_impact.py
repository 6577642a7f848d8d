"""Actions judged by impact through PyGObject: the impact record, the RAG
in working days, the concerns, and the theme counts as DataFrames."""
import os
import unittest

from gi.repository import Gio
from scrtest import TEST_DATA, GLib, Json, Scr, main

FIXTURE = os.path.join(TEST_DATA, "impact", "front-door.json")
THEMES = ('{"schema_version":1,"title":null,"agencies":[],"cases":[],'
          '"reviews":[{"id":"r1","type":"scr","status":"published","stage":"action-plan",'
          '"milestones":[{"kind":"publication","date":"2016-06"}]}],"chronology":[],'
          '"themes":[{"id":"t1","review_id":"r1","title":"Neglect"},'
          '{"id":"t2","review_id":"r1","title":"neglect"}],'
          '"findings":[],"lessons":[],"recommendations":[],"actions":[],"audits":[]}')


def day(text):
    return Scr.Date.new_from_iso8601(text)


class ImpactTest(unittest.TestCase):
    def test_impact_record(self):
        impact = Scr.ActionImpact.new_from_json(
            Json.from_string('{"audit_measure_id":"m","date":"2017-11","note":"n"}'))
        self.assertEqual(impact.get_audit_measure_id(), "m")
        self.assertEqual(impact.get_date().to_iso8601(), "2017-11")
        self.assertEqual(impact.get_note(), "n")
        self.assertFalse(impact.is_empty())
        self.assertEqual(Json.to_string(impact.to_json(), False),
                         '{"audit_measure_id":"m","date":"2017-11","note":"n"}')
        empty = Scr.ActionImpact.new()
        self.assertTrue(empty.is_empty())
        empty.set_audit_measure_id("x")
        empty.set_date(day("2018-01-02"))
        empty.set_note("seen")
        self.assertEqual(empty.props.audit_measure_id, "x")
        action = Scr.Action.new("a", "t")
        self.assertIsNone(action.get_impact())
        action.set_impact(empty)
        self.assertEqual(action.get_impact().get_note(), "seen")
        measure = Scr.AuditMeasure.new("label", 1, 2)
        self.assertIsNone(measure.get_id())
        measure.set_id("m1")
        self.assertEqual(measure.get_id(), "m1")

    def test_rag_across_christmas(self):
        calendar = Scr.Calendar.new_for_division(Scr.Division.ENGLAND_AND_WALES)
        action = Scr.Action.new("a", "t")
        self.assertEqual(action.compute_rag(day("2024-12-20"), calendar, 6), Scr.Rag.NONE)
        action.set_due_date(day("2025-01-02"))
        self.assertEqual(action.compute_rag(day("2024-12-20"), calendar, 6), Scr.Rag.AMBER)
        self.assertEqual(action.compute_rag(day("2024-12-20"), calendar, 5), Scr.Rag.GREEN)
        self.assertEqual(action.compute_rag(day("2025-01-03"), calendar, 5), Scr.Rag.RED)

    def test_concerns(self):
        dataset = Scr.Dataset.new_from_file(FIXTURE)
        self.assertEqual(dataset.get_rag_amber_working_days(), 6)
        dataset.set_rag_amber_working_days(10)
        self.assertNotIn("rag_amber_working_days", dataset.to_data()[0])
        concerns = dataset.list_action_concerns(day("2025-01-03"))
        kinds = [(c.get_action_id(), c.get_kind()) for c in concerns]
        self.assertEqual(kinds, [
            ("line-manager-discussion", Scr.ActionConcernKind.MEASURE_NOT_IMPROVED),
            ("consent-reminder", Scr.ActionConcernKind.MEASURE_NOT_REAUDITED),
            ("newsletter", Scr.ActionConcernKind.COMPLETE_WITHOUT_EVIDENCE),
            ("ehat-training", Scr.ActionConcernKind.OVERDUE)])
        self.assertIn("10 of 32 (31%)", concerns[0].get_reason())
        self.assertEqual(Json.to_string(concerns[3].to_json(), False),
                         '{"action_id":"ehat-training","kind":"overdue",'
                         '"reason":"due 2025-01-02, not done on 2025-01-03"}')
        df = Scr.to_dataframe(concerns)
        self.assertEqual(len(df), 4)

    def test_theme_counts(self):
        dataset = Scr.Dataset.new_from_data(THEMES.encode())
        counts = dataset.count_themes()
        self.assertEqual(len(counts), 1)
        count = counts[0]
        self.assertEqual(count.get_theme(), "Neglect")
        self.assertEqual(count.get_year(), 2016)
        self.assertIsNone(count.get_agency_id())
        self.assertEqual(count.get_count(), 1)
        self.assertEqual(count.get_review_ids(), ["r1"])
        self.assertEqual(Json.to_string(count.to_json(), False),
                         '{"theme":"Neglect","year":2016,"agency_id":null,"count":1,'
                         '"review_ids":["r1"]}')
        df = Scr.to_dataframe(counts)
        self.assertEqual(df.loc[0, "theme"], "Neglect")
        self.assertEqual(df.loc[0, "count"], 1)

    def test_theme_counts_across_datasets(self):
        store = Gio.ListStore.new(Scr.Dataset)
        store.append(Scr.Dataset.new_from_data(THEMES.encode()))
        store.append(Scr.Dataset.new_from_data(THEMES.replace('"r1"', '"r2"').encode()))
        counts = Scr.count_themes(store)
        self.assertEqual(len(counts), 1)
        self.assertEqual((counts[0].get_count(), counts[0].get_review_ids()), (2, ["r1", "r2"]))


if __name__ == "__main__":
    main()
