"""The criteria evaluator and the statutory timeline through PyGObject:
every public function of the evaluator area."""
import json
import os
import subprocess
import unittest

from scrtest import EXAMPLES, SCR_TOOL, GLib, Json, Scr, main

SIN = dict(abuse_neglect="suspected", serious_harm="yes", died="no", incident_location="this_la")


def make_case(jurisdiction=Scr.Jurisdiction.ENGLAND, facts=None, events=None):
    c = Scr.Case.new("py-case", jurisdiction)
    for name, value in (facts or {}).items():
        c.set_fact(name, value)
    for name, value in (events or {}).items():
        c.set_event(name, Scr.Date.new_from_iso8601(value))
    return c


def iso(date):
    return date.to_iso8601() if date is not None else None


class FactsTest(unittest.TestCase):
    def test_catalogue(self):
        names = Scr.facts_list_names()
        self.assertIn("abuse_neglect", names)
        self.assertIn("interagency_concern", names)
        self.assertTrue(Scr.facts_is_known("died"))
        self.assertFalse(Scr.facts_is_known("no_such_fact"))
        self.assertEqual(Scr.facts_get_values("abuse_neglect"),
                         ["known", "suspected", "not_suspected", "unknown"])
        self.assertFalse(Scr.facts_get_values("age"))
        self.assertTrue(Scr.facts_is_integer("care_leaver_age"))
        self.assertFalse(Scr.facts_is_integer("died"))
        self.assertIn("Abuse or neglect", Scr.facts_get_description("abuse_neglect"))
        self.assertIsNone(Scr.facts_get_description("nothing"))
        events = Scr.facts_list_events()
        for e in ("became_aware", "notification_sent", "rapid_review_completed", "decision",
                  "review_initiated", "intended_publication", "published"):
            self.assertIn(e, events)
            self.assertTrue(Scr.facts_is_event(e))
            self.assertTrue(Scr.facts_get_event_description(e))
        self.assertFalse(Scr.facts_is_event("died"))
        self.assertIsNone(Scr.facts_get_event_description("nothing"))

    def test_check(self):
        self.assertTrue(Scr.facts_check("died", "yes"))
        self.assertTrue(Scr.facts_check("from_a_newer_libscr", "anything"))
        with self.assertRaises(GLib.Error) as cm:
            Scr.facts_check("abuse_neglect", "yes")
        self.assertTrue(cm.exception.matches(Scr.error_quark(), Scr.Error.VALIDATION))
        self.assertIn("known, suspected, not_suspected, unknown", cm.exception.message)
        with self.assertRaises(GLib.Error):
            make_case(facts={"died": "perhaps"})


class RuleSetTest(unittest.TestCase):
    def test_builtin(self):
        rules = Scr.RuleSet.new_builtin()
        self.assertEqual(rules.list_sources()[0], "built-in:rules-england.json")
        model = rules.get_rules()
        ids = [model.get_item(i).get_id() for i in range(model.get_n_items())]
        for rid in ("E15-SCR-1", "E18-SIN-1", "W-CPR-E", "NI-CMR-1", "T-SIN-18", "T-RR", "T-PUB-PRE",
                    "CDR-JAR", "S21-LR-1", "E23-CL"):
            self.assertIn(rid, ids)
        self.assertIn("became_aware", rules.list_events())

    def test_rule_getters(self):
        rules = Scr.RuleSet.new_builtin()
        r = rules.lookup("E15-SCR-3")
        self.assertEqual(r.get_id(), "E15-SCR-3")
        self.assertEqual(r.get_kind(), Scr.RuleKind.CRITERIA)
        self.assertEqual(r.get_jurisdictions(), ["england"])
        self.assertEqual(r.get_edition(), "WT2015")
        self.assertEqual(r.get_in_force_from(), "2015-03-26")
        self.assertEqual(r.get_in_force_until(), "transition")
        self.assertEqual(r.get_process(), Scr.Process.SCR)
        self.assertEqual(r.get_outcome(), Scr.Verdict.EXPECTED)
        self.assertEqual(r.get_evidence(), Scr.Evidence.SEED)
        self.assertFalse(r.get_unverified())
        self.assertIn("Mental Health Act", r.get_citation())
        self.assertIn("{custody_setting}", r.get_text())
        self.assertEqual(r.get_trigger(), "decision")
        self.assertEqual(r.get_duration(), 0)
        self.assertEqual(r.get_unit(), Scr.TimeUnit.NONE)
        self.assertEqual(r.get_source(), "built-in:rules-england.json")
        self.assertEqual(r.props.id, "E15-SCR-3")
        t = rules.lookup("T-RR")
        self.assertEqual((t.get_duration(), t.get_unit()), (15, Scr.TimeUnit.WORKING_DAYS))
        self.assertEqual(t.get_trigger(), "notification_sent")
        self.assertTrue(rules.lookup("T-NI-13").get_unverified())
        self.assertIsNone(rules.lookup("NOPE"))
        self.assertEqual(Scr.Evidence.to_tag(Scr.Evidence.RECALLED), "R")

    def test_load_file_and_data(self):
        rules = Scr.RuleSet.new()
        self.assertEqual(rules.get_rules().get_n_items(), 0)
        self.assertTrue(rules.load_file(os.path.join(EXAMPLES, "rules", "liverpool.json")))
        self.assertIsNotNone(rules.lookup("T-LIV"))
        bad = '{"schema_version": 1, "name": "x", "timescales": [{"id": "T-BAD", "unit": "weeks"}]}'
        with self.assertRaises(GLib.Error) as cm:
            rules.load_data(bad, -1, "bad.json")
        self.assertTrue(cm.exception.matches(Scr.error_quark(), Scr.Error.VALIDATION))
        self.assertTrue(cm.exception.message.startswith("bad.json: rule T-BAD: timescales[0]."))
        self.assertEqual(rules.list_sources(), [os.path.join(EXAMPLES, "rules", "liverpool.json")])

    def test_markdown(self):
        md = Scr.RuleSet.new_builtin().to_markdown()
        self.assertIn("| E18-SIN-1 | england |", md)
        self.assertIn("| T-PUB-PRE | england |", md)


class EvaluatorTest(unittest.TestCase):
    def setUp(self):
        self.evaluator = Scr.Evaluator.new(None)

    def test_properties(self):
        e = self.evaluator
        self.assertIsInstance(e.get_rules(), Scr.RuleSet)
        self.assertFalse(e.get_include_unverified())
        e.set_include_unverified(True)
        self.assertTrue(e.props.include_unverified)
        self.assertIsNone(e.get_calendar())
        cal = Scr.Calendar.new_for_division(Scr.Division.SCOTLAND)
        e.set_calendar(cal)
        self.assertIs(e.get_calendar(), cal)
        e.set_calendar(None)
        self.assertIsNone(e.props.calendar)

    def test_evaluate_panel_era(self):
        c = make_case(facts=SIN, events={"became_aware": "2020-03-02"})
        ev = self.evaluator.evaluate(c, None)
        self.assertEqual(ev.get_case_id(), "py-case")
        self.assertEqual(iso(ev.get_decision_date()), "2020-03-02")
        outcomes = ev.get_outcomes()
        self.assertGreater(outcomes.get_n_items(), 3)
        o = ev.get_outcome(Scr.Process.NOTIFICATION)
        self.assertEqual(o.get_process(), Scr.Process.NOTIFICATION)
        self.assertEqual(o.get_verdict(), Scr.Verdict.REQUIRED)
        self.assertEqual(o.get_rule_id(), "E18-SIN-1")
        self.assertIn("s16C", o.get_edition())
        self.assertIn("s16C(1)(a)", o.get_citation())
        self.assertEqual(o.get_evidence(), Scr.Evidence.FOUND)
        self.assertFalse(o.get_unverified())
        self.assertIn("must notify the Child Safeguarding Practice Review Panel", o.get_reason())
        self.assertEqual(o.get_missing(), [])
        self.assertEqual(iso(o.get_date()), "2020-03-02")
        self.assertIsNone(ev.get_outcome(Scr.Process.NI_CMR))

    def test_indeterminate_and_missing(self):
        c = make_case(facts={"abuse_neglect": "suspected", "serious_harm": "yes", "died": "no",
                             "new_fact": "x"}, events={"became_aware": "2020-03-02"})
        ev = self.evaluator.evaluate(c, None)
        o = ev.get_outcome(Scr.Process.NOTIFICATION)
        self.assertEqual(o.get_verdict(), Scr.Verdict.INDETERMINATE)
        self.assertIn("incident_location", o.get_missing())
        self.assertIn("incident_location", ev.list_missing_facts())
        self.assertEqual(ev.list_ignored_facts(), ["new_fact"])

    def test_questions(self):
        c = make_case(facts={"died": "yes", "abuse_neglect": "suspected"},
                      events={"became_aware": "2024-03-01"})
        ev = self.evaluator.evaluate(c, None)
        questions = ev.get_questions()
        self.assertEqual(questions.get_item_type(), Scr.Question.__gtype__)
        items = [questions.get_item(i) for i in range(questions.get_n_items())]
        facts = [q.get_fact() for q in items]
        self.assertEqual(facts[0], "age")
        self.assertEqual(len(facts), len(set(facts)))
        self.assertEqual([f for f in ev.list_missing_facts() if not f.startswith("date:")],
                         [f for f in Scr.facts_list_names() if f in facts])
        counts = [q.get_n_outcomes() for q in items]
        self.assertEqual(counts, sorted(counts, reverse=True))
        where = items[facts.index("incident_location")]
        self.assertEqual(where.get_text(), where.props.text)
        self.assertTrue(where.get_text().endswith("?"))
        self.assertEqual(where.get_allowed_values(), ["this_la", "other_english_la", "outside_england"])
        self.assertEqual(where.props.allowed_values, where.get_allowed_values())
        self.assertEqual(where.get_n_outcomes(), 2)
        self.assertEqual(where.props.n_outcomes, 2)
        self.assertEqual(where.get_rule_ids(), ["E18-SIN-1", "E18-RR-1"])
        self.assertEqual(where.props.rule_ids, where.get_rule_ids())
        self.assertEqual(where.props.fact, "incident_location")
        self.assertEqual(items[0].get_allowed_values(), [])
        # Known where it happened: E18-SIN-1 requires the notification, and
        # whether it was a suicide is not asked.
        c.set_fact("incident_location", "this_la")
        known = self.evaluator.evaluate(c, None).get_questions()
        self.assertNotIn("suspected_suicide",
                         [known.get_item(i).get_fact() for i in range(known.get_n_items())])

    def test_edition_by_decision_date(self):
        c = make_case(facts={"abuse_neglect": "known", "died": "yes"}, events={"became_aware": "2015-03-20"})
        e13 = self.evaluator.evaluate(c, None).get_outcome(Scr.Process.SCR)
        e15 = self.evaluator.evaluate(c, Scr.Date.new(2015, 3, 26)).get_outcome(Scr.Process.SCR)
        self.assertEqual((e13.get_rule_id(), e15.get_rule_id()), ("E13-SCR-1", "E15-SCR-1"))

    def test_unverified_rules(self):
        c = make_case(facts={"abuse_neglect": "known", "serious_harm": "yes", "died": "no"},
                      events={"became_aware": "2014-01-10"})
        self.assertIsNone(self.evaluator.evaluate(c, None).get_outcome(Scr.Process.NOTIFICATION))
        self.evaluator.set_include_unverified(True)
        o = self.evaluator.evaluate(c, None).get_outcome(Scr.Process.NOTIFICATION)
        self.assertEqual(o.get_rule_id(), "E13-NI")
        self.assertTrue(o.get_unverified())
        self.assertTrue(o.get_reason().startswith("[unverified rule]"))

    def test_to_json(self):
        c = make_case(facts=SIN, events={"became_aware": "2020-03-02"})
        node = self.evaluator.evaluate(c, None).to_json()
        data = json.loads(Json.to_string(node, False))
        self.assertEqual(list(data["outcomes"][0].keys()),
                         ["process", "outcome", "rule", "citation", "evidence", "reason", "missing"])
        self.assertEqual(data["case"], "py-case")

    def test_evaluate_all_batch(self):
        store = Scr.Case.__gtype__
        from gi.repository import Gio
        cases = Gio.ListStore.new(store)
        for i in range(50):
            facts = dict(SIN) if i % 2 else {"died": "no", "serious_harm": "no"}
            cases.append(make_case(facts=facts, events={"became_aware": "2020-03-02"}))
        results = self.evaluator.evaluate_all(cases, None)
        self.assertEqual(results.get_n_items(), 50)
        verdicts = [results.get_item(i).get_outcome(Scr.Process.RAPID_REVIEW).get_verdict() for i in range(50)]
        self.assertEqual(verdicts.count(Scr.Verdict.REQUIRED), 25)
        timelines = self.evaluator.timeline_all(cases, Scr.Date.new(2020, 3, 12))
        self.assertEqual(timelines.get_n_items(), 50)
        self.assertEqual(timelines.get_item(1).get_deadlines().get_item(0).get_status(),
                         Scr.DeadlineStatus.OVERDUE)

    def test_batch_items_equal_single_calls(self):
        from gi.repository import Gio
        cases = Gio.ListStore.new(Scr.Case.__gtype__)
        for i in range(30):
            facts = dict(SIN) if i % 3 else {"abuse_neglect": "unknown", "died": "yes"}
            cases.append(make_case(facts=facts, events={"became_aware": "2019-%02d-10" % (1 + i % 12)}))
        today = Scr.Date.new(2020, 3, 12)
        one = [(Json.to_string(self.evaluator.evaluate(cases.get_item(i), None).to_json(), False),
                Json.to_string(self.evaluator.timeline(cases.get_item(i), today).to_json(), False))
               for i in range(30)]
        results = self.evaluator.evaluate_all(cases, None)
        timelines = self.evaluator.timeline_all(cases, today)
        # The results keep no reference to the cases: dropping them changes nothing.
        cases.remove_all()
        del cases
        batch = [(Json.to_string(results.get_item(i).to_json(), False),
                  Json.to_string(timelines.get_item(i).to_json(), False)) for i in range(30)]
        self.assertEqual(batch, one)


class TimelineTest(unittest.TestCase):
    def setUp(self):
        self.evaluator = Scr.Evaluator.new(None)

    def deadline(self, timeline, rule):
        model = timeline.get_deadlines()
        for i in range(model.get_n_items()):
            if model.get_item(i).get_rule_id() == rule:
                return model.get_item(i)
        return None

    def test_jubilee_and_late(self):
        c = make_case(facts=SIN, events={"became_aware": "2022-06-01", "notification_sent": "2022-06-13"})
        t = self.evaluator.timeline(c, Scr.Date.new(2022, 7, 1))
        self.assertEqual(t.get_case_id(), "py-case")
        self.assertEqual(iso(t.get_today()), "2022-07-01")
        # the Jubilee holidays of 2 and 3 June 2022 are not working days
        self.assertEqual(t.get_calendar().get_division(), Scr.Division.ENGLAND_AND_WALES)
        self.assertFalse(t.get_calendar().is_working_day(Scr.Date.new(2022, 6, 2)))
        d = self.deadline(t, "T-SIN-18")
        self.assertEqual(d.get_rule_id(), "T-SIN-18")
        self.assertEqual(d.get_process(), Scr.Process.NOTIFICATION)
        self.assertIn("5 working days", d.get_description())
        self.assertIn("gov.uk", d.get_citation())
        self.assertEqual(d.get_evidence(), Scr.Evidence.FOUND)
        self.assertFalse(d.get_unverified())
        self.assertEqual(d.get_anchor(), "became_aware")
        self.assertEqual(iso(d.get_from()), "2022-06-01")
        self.assertEqual(iso(d.get_due()), "2022-06-10")
        self.assertEqual(iso(d.get_done()), "2022-06-13")
        self.assertFalse(d.get_approximate())
        self.assertEqual(d.get_status(), Scr.DeadlineStatus.LATE)
        self.assertEqual(d.get_days_late(), 1)
        skipped = d.get_skipped()
        self.assertTrue(any("2022-06-02" in s for s in skipped))
        self.assertTrue(any("2022-06-03" in s for s in skipped))
        rr = self.deadline(t, "T-RR")
        self.assertEqual(iso(rr.get_due()), "2022-07-04")
        self.assertEqual(rr.get_status(), Scr.DeadlineStatus.PENDING)

    def test_missing_and_json(self):
        c = make_case(facts=dict(SIN, looked_after_at_death="no"), events={"decision": "2020-04-01"})
        t = self.evaluator.timeline(c, Scr.Date.new(2020, 5, 1))
        self.assertIn("date:became_aware", t.list_missing())
        c2 = make_case(facts=SIN, events={"became_aware": "2020-03-02"})
        data = json.loads(Json.to_string(self.evaluator.timeline(c2, Scr.Date.new(2020, 3, 12)).to_json(), False))
        m = data["milestones"][0]
        self.assertEqual(list(m.keys()), ["rule", "from", "due", "done", "status", "days_late", "skipped"])
        self.assertEqual((m["rule"], m["status"], m["days_late"]), ("T-SIN-18", "overdue", 3))

    def test_out_of_range_raises(self):
        c = make_case(facts=SIN, events={"became_aware": "2100-12-30"})
        with self.assertRaises(GLib.Error) as cm:
            self.evaluator.timeline(c, Scr.Date.new(2101, 1, 1))
        self.assertTrue(cm.exception.matches(Scr.error_quark(), Scr.Error.OUT_OF_RANGE))

    def test_child_l_seed(self):
        ds = Scr.Dataset.new_from_file(os.path.join(EXAMPLES, "data", "child-l-cumbria.json"))
        c = ds.get_cases().get_item(0)
        t = self.evaluator.timeline(c, Scr.Date.new(2016, 7, 1))
        d = self.deadline(t, "T-LCSPR-DONE")
        self.assertEqual(d.get_status(), Scr.DeadlineStatus.LATE)
        self.assertTrue(d.get_approximate())


class ToolTest(unittest.TestCase):
    def run_tool(self, *args):
        return subprocess.run([SCR_TOOL, *args], capture_output=True, text=True)

    def test_evaluate_json(self):
        r = self.run_tool("evaluate", "--json", os.path.join(EXAMPLES, "data", "child-b1-leicester.json"))
        self.assertEqual(r.returncode, 0, r.stderr)
        data = json.loads(r.stdout)
        scr = [o for o in data["outcomes"] if o["process"] == "scr"][0]
        self.assertEqual((scr["outcome"], scr["rule"], scr["evidence"]), ("required", "E13-SCR-2", "F"))

    def test_timeline_text_and_rules(self):
        path = os.path.join(EXAMPLES, "data", "child-n-lancashire.json")
        r = self.run_tool("timeline", "--today", "2015-06-01", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("T-LCSPR-DONE", r.stdout)
        self.assertIn("late", r.stdout)
        r = self.run_tool("timeline", "--rules", "/nonexistent.json", path)
        self.assertEqual(r.returncode, 2)
        self.assertIn("/nonexistent.json", r.stderr)
        r = self.run_tool("evaluate", "--case", "nope", path)
        self.assertEqual(r.returncode, 2)
        self.assertIn('no case "nope"', r.stderr)


if __name__ == "__main__":
    main()
