"""The model of model-1 through PyGObject: agencies, people, cases,
reviews, milestones, chronology events and the dataset."""
import os
import shutil
import tempfile
import unittest

from scrtest import TEST_DATA, GLib, Json, Scr, main

VALID = os.path.join(TEST_DATA, "model", "valid.json")
UNKNOWN = os.path.join(TEST_DATA, "model", "unknown-members.json")


def node(text):
    parser = Json.Parser()
    parser.load_from_data(text, -1)
    return parser.get_root()


def text(json_node):
    generator = Json.Generator()
    generator.set_root(json_node)
    return generator.to_data()[0]


class Notified:
    def __init__(self, obj, prop):
        self.count = 0
        obj.connect(f"notify::{prop}", self._on)

    def _on(self, *args):
        self.count += 1


class AgencyTest(unittest.TestCase):
    def test_properties_and_json(self):
        a = Scr.Agency.new("police", "Cumbria Police", Scr.AgencySector.POLICE)
        self.assertEqual((a.get_id(), a.get_name(), a.get_sector()),
                         ("police", "Cumbria Police", Scr.AgencySector.POLICE))
        n = Notified(a, "name")
        a.set_name("Cumbria Constabulary")
        a.set_name("Cumbria Constabulary")
        self.assertEqual(n.count, 1)
        a.set_sector(Scr.AgencySector.SOCIAL_CARE)
        self.assertEqual(a.props.sector, Scr.AgencySector.SOCIAL_CARE)
        self.assertEqual(text(a.to_json()),
                         '{"id":"police","name":"Cumbria Constabulary","sector":"social-care"}')
        b = Scr.Agency.new_from_json(node('{"id":"x","name":null,"sector":"other","y":1}'))
        self.assertIsNone(b.get_name())
        self.assertEqual(text(b.to_json()), '{"id":"x","name":null,"sector":"other","y":1}')
        with self.assertRaises(GLib.Error) as cm:
            Scr.Agency.new_from_json(node('{"id":"x","sector":"army"}'))
        self.assertTrue(cm.exception.matches(Scr.error_quark(), Scr.Error.VALIDATION))


class PersonTest(unittest.TestCase):
    TRISTATES = [("get_disability", "set_disability"), ("get_looked_after", "set_looked_after"),
                 ("get_child_protection_plan", "set_child_protection_plan"),
                 ("get_child_in_need", "set_child_in_need"),
                 ("get_custody_setting", "set_custody_setting"),
                 ("get_mha_detained", "set_mha_detained"), ("get_dol_order", "set_dol_order")]
    STRINGS = [("get_pseudonym", "set_pseudonym"), ("get_relationship", "set_relationship"),
               ("get_sex", "set_sex"), ("get_ethnicity", "set_ethnicity")]

    def test_accessors(self):
        p = Scr.Person.new("child-l")
        self.assertEqual(p.get_id(), "child-l")
        for get, set_ in self.STRINGS:
            self.assertIsNone(getattr(p, get)())
            getattr(p, set_)(get.upper())
            self.assertEqual(getattr(p, get)(), get.upper())
        for get, set_ in self.TRISTATES:
            self.assertEqual(getattr(p, get)(), Scr.Tristate.UNKNOWN)
            getattr(p, set_)(Scr.Tristate.YES)
            self.assertEqual(getattr(p, get)(), Scr.Tristate.YES)
        self.assertEqual((p.get_age(), p.get_care_leaver_age()), (-1, -1))
        p.set_age(3)
        p.set_care_leaver_age(21)
        self.assertEqual((p.get_age(), p.get_care_leaver_age()), (3, 21))
        self.assertIsNone(p.get_date_of_birth())
        p.set_date_of_birth(Scr.Date.new_year(2011))
        self.assertEqual(p.get_date_of_birth().to_iso8601(), "2011")
        n = Notified(p, "looked-after")
        p.set_looked_after(Scr.Tristate.NO)
        p.set_looked_after(Scr.Tristate.NO)
        self.assertEqual(n.count, 1)

    def test_json(self):
        p = Scr.Person.new_from_json(node(
            '{"pseudonym":"Child L","age":null,"legal_status":{"looked_after":"yes","z":0}}'))
        self.assertIsNone(p.get_id())
        self.assertEqual(p.get_looked_after(), Scr.Tristate.YES)
        out = text(p.to_json())
        self.assertIn('"looked_after":"yes"', out)
        self.assertIn('"dol_order":"unknown","z":0}', out)
        with self.assertRaises(GLib.Error):
            Scr.Person.new_from_json(node('{"age":200}'))


class CaseTest(unittest.TestCase):
    def test_accessors(self):
        c = Scr.Case.new("child-l", Scr.Jurisdiction.ENGLAND)
        self.assertEqual(c.get_id(), "child-l")
        for get, set_ in [(c.get_local_reference, c.set_local_reference),
                          (c.get_notification_id, c.set_notification_id),
                          (c.get_partnership, c.set_partnership),
                          (c.get_incident_location, c.set_incident_location)]:
            self.assertIsNone(get())
            set_("v")
            self.assertEqual(get(), "v")
        for get, set_ in [(c.get_incident_date, c.set_incident_date),
                          (c.get_became_aware, c.set_became_aware),
                          (c.get_area_transition_date, c.set_area_transition_date)]:
            self.assertIsNone(get())
            set_(Scr.Date.new_year_month(2011, 8))
            self.assertEqual(get().to_iso8601(), "2011-08")
        c.set_jurisdiction(Scr.Jurisdiction.NORTHERN_IRELAND)
        self.assertEqual(c.get_jurisdiction(), Scr.Jurisdiction.NORTHERN_IRELAND)
        c.set_incident_nature(Scr.IncidentNature.SERIOUS_HARM)
        self.assertEqual(c.get_incident_nature(), Scr.IncidentNature.SERIOUS_HARM)
        self.assertEqual(c.get_agency_ids(), [])
        c.set_agency_ids(["a", "b"])
        self.assertEqual(c.get_agency_ids(), ["a", "b"])
        self.assertEqual(c.props.agency_ids, ["a", "b"])

        s = Scr.Person.new("s")
        n = Notified(c, "subject")
        c.set_subject(s)
        c.set_subject(s)
        self.assertEqual(n.count, 1)
        self.assertIs(c.get_subject(), s)
        m = Scr.Person.new("m")
        c.add_person(m)
        self.assertEqual([p.get_id() for p in c.get_people()], ["m"])
        self.assertTrue(c.remove_person(m))
        self.assertFalse(c.remove_person(m))
        self.assertEqual(len(c.get_people()), 0)

    def test_facts_and_events(self):
        c = Scr.Case.new("c", Scr.Jurisdiction.WALES)
        self.assertIsNone(c.get_fact("died"))
        self.assertTrue(c.set_fact("died", "yes"))
        self.assertTrue(c.set_fact("abuse_neglect", "known"))
        self.assertEqual(c.get_fact("died"), "yes")
        self.assertEqual(c.list_facts(), ["died", "abuse_neglect"])
        c.set_fact("died", None)
        self.assertEqual(c.list_facts(), ["abuse_neglect"])
        with self.assertRaises(GLib.Error):
            c.set_fact("died", "perhaps")
        c.set_event("became_aware", Scr.Date.new(2014, 6, 3))
        c.set_event("decision", Scr.Date.new_year(2014))
        self.assertEqual(c.get_event("became_aware").to_iso8601(), "2014-06-03")
        self.assertEqual(c.list_events(), ["became_aware", "decision"])
        c.set_event("decision", None)
        self.assertIsNone(c.get_event("decision"))

    def test_json(self):
        src = ('{"id":"c","local_reference":null,"notification_id":null,"jurisdiction":"scotland",'
               '"partnership":null,"subject":null,"people":[],"incident":{"date":null,'
               '"nature":"other","location":null,"became_aware":null,"k":1},'
               '"area_transition_date":null,"facts":{"died":"no"},"events":{},'
               '"agency_ids":[],"extra":"kept"}')
        c = Scr.Case.new_from_json(node(src))
        self.assertEqual(c.get_jurisdiction(), Scr.Jurisdiction.SCOTLAND)
        self.assertEqual(text(c.to_json()), src)
        with self.assertRaises(GLib.Error) as cm:
            Scr.Case.new_from_json(node('{"id":"c","jurisdiction":"wales","incident":{"date":"2014-02-30"}}'))
        self.assertIn("incident.date", cm.exception.message)


class ReviewTest(unittest.TestCase):
    def test_review(self):
        r = Scr.Review.new("r", Scr.ReviewType.LCSPR)
        self.assertEqual(r.get_id(), "r")
        for get, set_ in [(r.get_case_id, r.set_case_id), (r.get_title, r.set_title),
                          (r.get_partnership, r.set_partnership),
                          (r.get_lead_reviewer, r.set_lead_reviewer),
                          (r.get_panel_chair, r.set_panel_chair),
                          (r.get_methodology, r.set_methodology)]:
            self.assertIsNone(get())
            set_("v")
            self.assertEqual(get(), "v")
        r.set_review_type(Scr.ReviewType.NI_CMR)
        self.assertEqual(r.get_review_type(), Scr.ReviewType.NI_CMR)
        r.set_status(Scr.ReviewStatus.COMPLETED)
        self.assertEqual(r.get_status(), Scr.ReviewStatus.COMPLETED)
        n = Notified(r, "stage")
        r.set_stage(Scr.ReviewStage.REPORT_TO_PANEL)
        r.set_stage(Scr.ReviewStage.REPORT_TO_PANEL)
        self.assertEqual(n.count, 1)
        self.assertEqual(r.get_stage(), Scr.ReviewStage.REPORT_TO_PANEL)
        r.set_terms_of_reference(["one", "two"])
        self.assertEqual(r.get_terms_of_reference(), ["one", "two"])
        r.set_agency_ids(["police"])
        self.assertEqual(r.get_agency_ids(), ["police"])
        r.set_timeframe_from(Scr.Date.new(2010, 10, 20))
        r.set_timeframe_to(Scr.Date.new(2014, 8, 27))
        self.assertEqual(r.get_timeframe_from().to_iso8601(), "2010-10-20")
        self.assertEqual(r.get_timeframe_to().to_iso8601(), "2014-08-27")

        m = Scr.Milestone.new(Scr.MilestoneKind.DECISION)
        r.add_milestone(m)
        self.assertIs(r.lookup_milestone(Scr.MilestoneKind.DECISION), m)
        self.assertIsNone(r.lookup_milestone(Scr.MilestoneKind.PUBLICATION))
        self.assertEqual(len(r.get_milestones()), 1)
        self.assertTrue(r.remove_milestone(m))
        self.assertFalse(r.remove_milestone(m))

        out = text(r.to_json())
        again = Scr.Review.new_from_json(node(out))
        self.assertEqual(text(again.to_json()), out)
        with self.assertRaises(GLib.Error):
            Scr.Review.new_from_json(node('{"id":"r","type":"scr","status":"x","stage":"closed"}'))

    def test_milestone(self):
        m = Scr.Milestone.new(Scr.MilestoneKind.REFERRED)
        m.set_kind(Scr.MilestoneKind.OTHER)
        self.assertEqual(m.get_kind(), Scr.MilestoneKind.OTHER)
        m.set_planned(Scr.Date.new(2014, 3, 1))
        m.set_date(Scr.Date.new_year_month(2014, 4))
        m.set_note("late")
        self.assertEqual((m.get_planned().to_iso8601(), m.get_date().to_iso8601(), m.get_note()),
                         ("2014-03-01", "2014-04", "late"))
        self.assertEqual(text(m.to_json()),
                         '{"kind":"other","planned":"2014-03-01","date":"2014-04","note":"late"}')
        m2 = Scr.Milestone.new_from_json(node('{"kind":"publication","u":true}'))
        self.assertEqual(m2.get_kind(), Scr.MilestoneKind.PUBLICATION)
        self.assertIn('"u":true', text(m2.to_json()))

    def test_chronology_event(self):
        e = Scr.ChronologyEvent.new("e", Scr.Date.new_year_month(2011, 11), "Referral")
        self.assertEqual((e.get_id(), e.get_date().to_iso8601(), e.get_text()),
                         ("e", "2011-11", "Referral"))
        for get, set_ in [(e.get_review_id, e.set_review_id), (e.get_case_id, e.set_case_id),
                          (e.get_agency_id, e.set_agency_id), (e.get_text, e.set_text)]:
            set_("v")
            self.assertEqual(get(), "v")
        e.set_date(None)
        self.assertIsNone(e.get_date())
        e2 = Scr.ChronologyEvent.new_from_json(node(text(e.to_json())))
        self.assertEqual(text(e2.to_json()), text(e.to_json()))
        with self.assertRaises(GLib.Error):
            Scr.ChronologyEvent.new_from_json(node('{"id":"e","date":"Nov 2011"}'))


# (get, lookup, add) of each collection, the first id and the count
COLLECTIONS = [
    ("get_agencies", "lookup_agency", "add_agency", "police", 3),
    ("get_cases", "lookup_case", "add_case", "child-t", 2),
    ("get_reviews", "lookup_review", "add_review", "child-t-scr", 2),
    ("get_chronology", "lookup_chronology_event", "add_chronology_event", "ev-1", 3),
    ("get_themes", "lookup_theme", "add_theme", "theme-1", 1),
    ("get_findings", "lookup_finding", "add_finding", "finding-1", 1),
    ("get_lessons", "lookup_lesson", "add_lesson", "lesson-1", 1),
    ("get_recommendations", "lookup_recommendation", "add_recommendation", "rec-1", 1),
    ("get_actions", "lookup_action", "add_action", "action-1", 3),
    ("get_audits", "lookup_audit", "add_audit", "audit-1", 1),
]


class DatasetTest(unittest.TestCase):
    def test_collections(self):
        d = Scr.Dataset.new_from_file(VALID)
        empty = Scr.Dataset.new()
        self.assertEqual(d.get_title(), "Test register: Child T")
        for get, lookup, add, first_id, count in COLLECTIONS:
            model = getattr(d, get)()
            self.assertEqual(len(model), count, get)
            first = model[0]
            self.assertIs(getattr(d, lookup)(first_id), first)
            self.assertIsNone(getattr(d, lookup)("nope"))
            with self.assertRaises(GLib.Error) as cm:
                getattr(d, add)(first)
            self.assertTrue(cm.exception.matches(Scr.error_quark(), Scr.Error.VALIDATION))
            self.assertTrue(getattr(empty, add)(first))
            self.assertEqual(len(getattr(empty, get)()), 1)

    def test_round_trip_bytes(self):
        for path in (VALID, UNKNOWN):
            with open(path, "rb") as f:
                original = f.read()
            d = Scr.Dataset.new_from_data(original)
            data, length = d.to_data()
            self.assertEqual(length, len(original))
            self.assertEqual(data.encode(), original)
            with tempfile.TemporaryDirectory() as tmp:
                out = os.path.join(tmp, "out.json")
                self.assertTrue(d.save_to_file(out))
                with open(out, "rb") as f:
                    self.assertEqual(f.read(), original)

    def test_errors(self):
        bad = os.path.join(TEST_DATA, "malformed", "dangling-review-case.json")
        with self.assertRaises(GLib.Error) as cm:
            Scr.Dataset.new_from_file(bad)
        self.assertTrue(cm.exception.matches(Scr.error_quark(), Scr.Error.NOT_FOUND))
        self.assertEqual(cm.exception.message,
                         f'{bad}: reviews[1].case_id: no case "child-x" '
                         '(referenced from review "child-u-cpr")')
        with self.assertRaises(GLib.Error) as cm:
            Scr.Dataset.new_from_data(b'{"schema_version": 3}')
        self.assertTrue(cm.exception.matches(Scr.error_quark(), Scr.Error.UNSUPPORTED_VERSION))
        self.assertEqual(Scr.Dataset.check_file(VALID), [])
        problems = Scr.Dataset.check_file(bad)
        self.assertEqual(len(problems), 1)
        self.assertTrue(problems[0].startswith(bad + ": reviews[1].case_id"))

    def test_files_refused(self):
        # doc/robustness.md: what is not a regular file is refused before
        # any read, in one line naming the file; bad bytes likewise.
        for path, code in ((TEST_DATA, GLib.FileError.ISDIR), ("/dev/zero", GLib.FileError.INVAL)):
            with self.assertRaises(GLib.Error) as cm:
                Scr.Dataset.new_from_file(path)
            self.assertTrue(cm.exception.matches(GLib.file_error_quark(), code), cm.exception.message)
            self.assertTrue(cm.exception.message.startswith(path + ": "), cm.exception.message)
            self.assertNotIn("\n", cm.exception.message)
        with self.assertRaises(GLib.Error) as cm:
            Scr.Dataset.new_from_data(b'{"schema_version": 1, "title": "\xff"}')
        self.assertTrue(cm.exception.matches(Scr.error_quark(), Scr.Error.PARSE), cm.exception.message)
        with self.assertRaises(GLib.Error) as cm:
            Scr.Date.new_from_iso8601("2026-\n01")
        self.assertEqual(cm.exception.message,
                         '"2026-\\n01" is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)')

    def test_validate(self):
        d = Scr.Dataset.new_from_file(VALID)
        self.assertTrue(d.validate())
        r = Scr.Review.new("r9", Scr.ReviewType.SAR)
        r.set_case_id("ghost")
        d.add_review(r)
        with self.assertRaises(GLib.Error) as cm:
            d.validate()
        self.assertIn('no case "ghost"', cm.exception.message)
        d.set_title("T")
        self.assertEqual(d.props.title, "T")

    def test_queries(self):
        d = Scr.Dataset.new_from_file(VALID)
        ids = lambda model, get: [get(x) for x in model]
        self.assertEqual(ids(d.list_overdue_actions(Scr.Date.new(2016, 10, 1)), Scr.Action.get_id),
                         ["action-1"])
        self.assertEqual(ids(d.list_overdue_actions(Scr.Date.new(2018, 1, 1)), Scr.Action.get_id),
                         ["action-1", "action-3"])
        self.assertEqual(ids(d.list_reviews_by_stage(Scr.ReviewStage.ANALYSIS), Scr.Review.get_id),
                         ["child-u-cpr"])
        self.assertEqual(ids(d.list_case_reviews("child-t"), Scr.Review.get_id), ["child-t-scr"])
        self.assertEqual(ids(d.list_case_chronology("child-t"), Scr.ChronologyEvent.get_id),
                         ["ev-1", "ev-2"])
        self.assertEqual(ids(d.list_case_actions("child-t"), Scr.Action.get_id),
                         ["action-1", "action-2"])
        self.assertEqual(ids(d.list_case_agencies("child-t"), Scr.Agency.get_id),
                         ["police", "csc", "lscb"])
        with self.assertRaises(GLib.Error) as cm:
            d.list_case_reviews("child-x")
        self.assertTrue(cm.exception.matches(Scr.error_quark(), Scr.Error.NOT_FOUND))


if __name__ == "__main__":
    main()
