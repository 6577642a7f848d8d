"""The learning side of the model through PyGObject: themes, findings,
lessons, recommendations, actions, audits and audit measures."""
import glob
import os
import unittest

from scrtest import EXAMPLES, GLib, Json, Scr, main

THEME = ('{"id":"t1","review_id":"child-l-scr","title":"Working with resistant families",'
         '"description":null,"x_note":{"k":[1,2]}}')
FINDING = ('{"id":"f1","review_id":"child-l-scr","number":"L1","title":null,'
           '"text":"Insufficient professional curiosity","theme_ids":["t1"],"page":7}')
LESSON = ('{"id":"l2-1","review_id":"child-l-scr","number":"L2.1","finding_id":"f2",'
          '"text":"Assessments must be thorough","linked_lesson_ids":["child-n-n2-1"],'
          '"scope":"single agency"}')
RECOMMENDATION = ('{"id":"r1","review_id":"b1","number":"1","text":"Share information",'
                  '"agency_id":"police","finding_ids":["f1","f2"],"lesson_ids":[],"priority":"high"}')
ACTION = ('{"id":"a1","review_id":"child-l-scr","recommendation_id":null,"text":"Workshops",'
          '"owner_agency_id":null,"owner":"Learning and Improvement Subgroup","lead":"Named lead",'
          '"due":"2016-07","status":"in-progress","rag":"amber","outcome_measure":"Staff survey",'
          '"evidence":null,"completed":null,"x_order":2}')
AUDIT = ('{"id":"cse","title":"Multi-agency audit of CSE cases","type":"multi-agency",'
         '"date_reported":"2015-06","methodology":"Case file audit",'
         '"sample":{"size":32,"description":"Open CSE cases","period":"2014"},'
         '"measures":[{"label":"Risk assessment on file","numerator":19,"denominator":32,'
         '"source":"panel"},{"label":"Strategy meeting","numerator":32,"denominator":32}],'
         '"findings":["Chronologies were rarely multi-agency"],'
         '"improvement_activity":["Chronology training"],"agency_ids":["police","health"],'
         '"lead_auditor":null}')
MEASURE = '{"label":"Voice of the child","numerator":1,"denominator":8,"note":[true]}'


def load(cls, text):
    return cls.new_from_json(Json.from_string(text))


def dump(obj):
    return Json.to_string(obj.to_json(), False)


class AccessorMixin:
    """Calls every getter and setter and checks notify-on-change-only."""

    def check_accessors(self, obj, accessors):
        for name, value, other in accessors:
            prop = name.replace("_", "-")
            seen = []
            handler = obj.connect("notify::" + prop, lambda o, p: seen.append(p.name))
            getattr(obj, "set_" + name)(value)
            self.assert_same(getattr(obj, "get_" + name)(), value, name)
            getattr(obj, "set_" + name)(value)
            self.assertEqual(len(seen), 1, name)
            self.assert_same(obj.get_property(prop), value, name)
            obj.set_property(prop, other)
            self.assert_same(getattr(obj, "get_" + name)(), other, name)
            self.assertEqual(len(seen), 2, name)
            obj.disconnect(handler)

    def assert_same(self, got, want, name):
        if isinstance(want, Scr.Date):
            self.assertTrue(got.equal(want), name)
        elif isinstance(want, list):
            self.assertEqual(list(got), want, name)
        else:
            self.assertEqual(got, want, name)


class ThemeTest(unittest.TestCase, AccessorMixin):
    def test_new_and_accessors(self):
        theme = Scr.Theme.new("t1", "Quality assessments")
        self.assertEqual((theme.get_id(), theme.get_title()), ("t1", "Quality assessments"))
        self.assertIsNone(theme.get_review_id())
        self.check_accessors(theme, [
            ("id", "a", "b"), ("review_id", "r", None), ("title", "a", "b"),
            ("description", "d", None)])

    def test_round_trip(self):
        theme = load(Scr.Theme, THEME)
        self.assertEqual(theme.props.title, "Working with resistant families")
        self.assertEqual(dump(theme), THEME)

    def test_error(self):
        with self.assertRaises(GLib.Error) as cm:
            load(Scr.Theme, '{"id":"t"}')
        self.assertTrue(cm.exception.matches(Scr.error_quark(), Scr.Error.VALIDATION))
        self.assertEqual(cm.exception.message, "title: required member is missing")

    def test_final(self):
        with self.assertRaises(RuntimeError):
            type("MyTheme", (Scr.Theme,), {})


class FindingLessonRecommendationTest(unittest.TestCase, AccessorMixin):
    def test_finding(self):
        finding = Scr.Finding.new("f1", "text")
        self.assertEqual(finding.get_theme_ids(), [])
        self.check_accessors(finding, [
            ("id", "a", "b"), ("review_id", "r", None), ("number", "1", None),
            ("title", "t", None), ("text", "a", "b"), ("theme_ids", ["t1", "t2"], [])])
        finding = load(Scr.Finding, FINDING)
        self.assertEqual(finding.get_theme_ids(), ["t1"])
        self.assertEqual(dump(finding), FINDING)

    def test_lesson(self):
        lesson = Scr.Lesson.new("l1", "text")
        self.check_accessors(lesson, [
            ("id", "a", "b"), ("review_id", "r", None), ("number", "L1.1", None),
            ("finding_id", "f", None), ("text", "a", "b"),
            ("linked_lesson_ids", ["child-n-n2-1"], [])])
        lesson = load(Scr.Lesson, LESSON)
        self.assertEqual(lesson.get_linked_lesson_ids(), ["child-n-n2-1"])
        self.assertEqual(dump(lesson), LESSON)

    def test_recommendation(self):
        rec = Scr.Recommendation.new("r1", "text")
        self.check_accessors(rec, [
            ("id", "a", "b"), ("review_id", "r", None), ("number", "1", None),
            ("text", "a", "b"), ("agency_id", "police", None),
            ("finding_ids", ["f1"], []), ("lesson_ids", ["l1", "l2"], [])])
        rec = load(Scr.Recommendation, RECOMMENDATION)
        self.assertEqual(rec.get_finding_ids(), ["f1", "f2"])
        self.assertEqual(dump(rec), RECOMMENDATION)
        with self.assertRaises(GLib.Error) as cm:
            load(Scr.Recommendation, '{"id":"r","text":"x","lesson_ids":[null]}')
        self.assertEqual(cm.exception.message, "lesson_ids[0]: expected a string, found null")


class ActionTest(unittest.TestCase, AccessorMixin):
    def test_accessors(self):
        action = Scr.Action.new("a1", "text")
        self.assertEqual(action.get_status(), Scr.ActionStatus.UNKNOWN)
        self.assertEqual(action.get_rag(), Scr.Rag.NONE)
        self.check_accessors(action, [
            ("id", "a", "b"), ("review_id", "r", None), ("recommendation_id", "x", None),
            ("text", "a", "b"), ("owner_agency_id", "police", None),
            ("owner", "Case Review Subgroup", None), ("lead", "Named person", None),
            ("due_date", Scr.Date.new_from_iso8601("2016-09"), Scr.Date.new(2016, 9, 1)),
            ("status", Scr.ActionStatus.COMPLETED, Scr.ActionStatus.SUPERSEDED),
            ("rag", Scr.Rag.BLUE, Scr.Rag.RED),
            ("outcome_measure", "how will we know", None), ("evidence", "minutes", None),
            ("completed_date", Scr.Date.new(2016, 8, 30), Scr.Date.new_year(2016))])
        action.set_due_date(None)
        self.assertIsNone(action.get_due_date())

    def test_round_trip(self):
        action = load(Scr.Action, ACTION)
        self.assertEqual(action.get_due_date().to_iso8601(), "2016-07")
        self.assertEqual(action.get_status(), Scr.ActionStatus.IN_PROGRESS)
        self.assertEqual(action.get_rag(), Scr.Rag.AMBER)
        self.assertEqual(dump(action), ACTION)

    def test_overdue_boundaries(self):
        action = Scr.Action.new("a", "t")
        on = Scr.Date.new_from_iso8601
        self.assertFalse(action.is_overdue(on("2030-01-01")))   # no due date
        cases = [
            ("2016-09", "2016-09-30", False), ("2016-09", "2016-10-01", True),
            ("2016-02", "2016-02-29", False), ("2016-02", "2016-03-01", True),
            ("2015-02", "2015-02-28", False), ("2015-02", "2015-03-01", True),
            ("2016", "2016-12-31", False), ("2016", "2017-01-01", True),
            ("2016-12-31", "2016-12-31", False), ("2016-12-31", "2017-01-01", True),
            ("2016-09", "2016-10", True), ("2016-09", "2016-09", False),
        ]
        for due, when, expected in cases:
            action.set_due_date(on(due))
            self.assertEqual(action.is_overdue(on(when)), expected, (due, when))
        action.set_due_date(on("2016-09"))
        for status, expected in [(Scr.ActionStatus.COMPLETED, False),
                                 (Scr.ActionStatus.SUPERSEDED, False),
                                 (Scr.ActionStatus.OVERDUE, True),
                                 (Scr.ActionStatus.NOT_STARTED, True),
                                 (Scr.ActionStatus.UNKNOWN, True)]:
            action.set_status(status)
            self.assertEqual(action.is_overdue(on("2016-10-01")), expected, status)

    def test_errors(self):
        with self.assertRaises(GLib.Error) as cm:
            load(Scr.Action, '{"id":"a","text":"x","rag":"purple"}')
        self.assertEqual(cm.exception.message,
                         'rag: "purple" is not one of "none", "red", "amber", "green", "blue"')
        with self.assertRaises(GLib.Error) as cm:
            load(Scr.Action, '{"id":"a","text":"x","due":"2016-13"}')
        self.assertEqual(cm.exception.message,
                         'due: "2016-13" is not a date: month 13 is outside 1..12')


class AuditTest(unittest.TestCase, AccessorMixin):
    def test_measure(self):
        measure = Scr.AuditMeasure.new("Chronology on file", 19, 32)
        self.assertEqual(measure.get_percentage(), 59)
        self.check_accessors(measure, [
            ("label", "a", "b"), ("numerator", 1, 2), ("denominator", 8, 3)])
        self.assertEqual(measure.get_percentage(), 67)
        measure.set_denominator(0)
        self.assertEqual(measure.get_percentage(), -1)
        measure = load(Scr.AuditMeasure, MEASURE)
        self.assertEqual(measure.get_percentage(), 13)
        self.assertEqual(dump(measure), MEASURE)

    def test_audit_accessors_and_measures(self):
        audit = Scr.Audit.new("a1", "Section 11 audit")
        self.assertEqual(audit.get_audit_type(), Scr.AuditType.OTHER)
        self.assertEqual(audit.get_sample_size(), -1)
        self.check_accessors(audit, [
            ("id", "a", "b"), ("title", "a", "b"),
            ("audit_type", Scr.AuditType.SECTION_11, Scr.AuditType.CASE_FILE),
            ("date_reported", Scr.Date.new_from_iso8601("2015-06"), None),
            ("methodology", "m", None), ("findings", ["x", "y"], []),
            ("improvement_activity", ["training"], []), ("agency_ids", ["police"], []),
            ("sample_size", 32, -1), ("sample_description", "ten cases", None)])
        measures = audit.get_measures()
        self.assertIs(audit.props.measures, measures)
        changes = []
        measures.connect("items-changed", lambda *args: changes.append(args[1:]))
        audit.add_measure(Scr.AuditMeasure.new("one", 1, 2))
        audit.add_measure(Scr.AuditMeasure.new("two", 2, 2))
        self.assertEqual(measures.get_n_items(), 2)
        self.assertEqual([m.get_label() for m in measures], ["one", "two"])
        self.assertTrue(audit.remove_measure(0))
        self.assertFalse(audit.remove_measure(5))
        self.assertEqual(changes, [(0, 0, 1), (1, 0, 1), (0, 1, 0)])
        self.assertEqual(measures.get_item(0).get_percentage(), 100)

    def test_round_trip_keeps_unknown_members_everywhere(self):
        audit = load(Scr.Audit, AUDIT)
        self.assertEqual(audit.get_audit_type(), Scr.AuditType.MULTI_AGENCY)
        self.assertEqual(audit.get_date_reported().to_iso8601(), "2015-06")
        self.assertEqual(audit.get_sample_size(), 32)
        self.assertEqual([m.get_percentage() for m in audit.get_measures()], [59, 100])
        self.assertEqual(dump(audit), AUDIT)

    def test_measure_errors_name_the_path(self):
        bad = ('{"id":"a","title":"t","measures":[{"label":"a","numerator":1,"denominator":2},'
               '{"label":"b","numerator":0,"denominator":0}]}')
        with self.assertRaises(GLib.Error) as cm:
            load(Scr.Audit, bad)
        self.assertEqual(cm.exception.message,
                         "measures[1].denominator: must be more than 0 (the number of cases looked at)")
        with self.assertRaises(GLib.Error) as cm:
            load(Scr.AuditMeasure, '{"label":"a","numerator":40,"denominator":32}')
        self.assertEqual(cm.exception.message, "numerator: 40 is more than the denominator 32")


class ExampleDataTest(unittest.TestCase):
    """Every learning item of the example datasets loads and writes back
    the same bytes, unknown members included."""

    COLLECTIONS = {"themes": Scr.Theme, "findings": Scr.Finding, "lessons": Scr.Lesson,
                   "recommendations": Scr.Recommendation, "actions": Scr.Action,
                   "audits": Scr.Audit}

    def test_examples_round_trip(self):
        files = sorted(glob.glob(os.path.join(EXAMPLES, "data", "*.json")))
        if not files:
            self.skipTest("no example datasets")
        seen = 0
        for path in files:
            parser = Json.Parser.new()
            parser.load_from_file(path)
            root = parser.get_root().get_object()
            for member, cls in self.COLLECTIONS.items():
                if not root.has_member(member):
                    continue
                items = root.get_array_member(member)
                for i in range(items.get_length()):
                    node = items.get_element(i)
                    with self.subTest(file=os.path.basename(path), item=f"{member}[{i}]"):
                        obj = cls.new_from_json(node)
                        self.assertEqual(Json.to_string(obj.to_json(), False),
                                         Json.to_string(node, False))
                    seen += 1
        self.assertGreater(seen, 0)


if __name__ == "__main__":
    main()
