// The criteria evaluator and the statutory timeline through GJS: every
// public function of the evaluator area.
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Json from 'gi://Json';
import Scr from 'gi://Scr?version=1';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const EXAMPLES = GLib.getenv('SCR_EXAMPLES');
const SIN = {abuse_neglect: 'suspected', serious_harm: 'yes', died: 'no', incident_location: 'this_la'};

function makeCase(facts = {}, events = {}, jurisdiction = Scr.Jurisdiction.ENGLAND) {
    const c = Scr.Case.new('js-case', jurisdiction);
    for (const [k, v] of Object.entries(facts))
        c.set_fact(k, v);
    for (const [k, v] of Object.entries(events))
        c.set_event(k, Scr.Date.new_from_iso8601(v));
    return c;
}

const iso = d => (d ? d.to_iso8601() : null);

function findDeadline(timeline, rule) {
    const model = timeline.get_deadlines();
    for (let i = 0; i < model.get_n_items(); i++) {
        if (model.get_item(i).get_rule_id() === rule)
            return model.get_item(i);
    }
    return null;
}

test('fact catalogue', () => {
    assert(Scr.facts_list_names().includes('abuse_neglect'));
    assert(Scr.facts_is_known('interagency_concern'));
    assert(!Scr.facts_is_known('nothing'));
    assertEqual(Scr.facts_get_values('interagency_concern').join(','), 'yes,no_definitive,no_unclear,unknown');
    assert(Scr.facts_is_integer('age'));
    assert(Scr.facts_get_description('died').length > 0);
    assert(Scr.facts_list_events().includes('rapid_review_completed'));
    assert(Scr.facts_is_event('published'));
    assert(Scr.facts_get_event_description('published').length > 0);
    assert(Scr.facts_check('died', 'no'));
    assert(Scr.facts_check('unknown_to_this_version', 'x'));
    assertThrows(() => Scr.facts_check('died', 'maybe'), e => {
        assert(e.matches(Scr.Error, Scr.Error.VALIDATION), 'validation error');
        assert(e.message.includes('yes, no, unknown'), e.message);
    });
});

test('rule set: built-in, lookup, rule getters, markdown', () => {
    const rules = Scr.RuleSet.new_builtin();
    assertEqual(rules.list_sources().length, 5);
    assert(rules.list_events().includes('became_aware'));
    assert(rules.get_rules().get_n_items() > 60);
    const r = rules.lookup('W-CPR-E');
    assertEqual(r.get_id(), 'W-CPR-E');
    assertEqual(r.get_kind(), Scr.RuleKind.CRITERIA);
    assertEqual(r.get_jurisdictions()[0], 'wales');
    assert(r.get_edition().includes('2012'));
    assertEqual(r.get_in_force_from(), '2013-01-01');
    assertEqual(r.get_in_force_until(), null);
    assertEqual(r.get_process(), Scr.Process.WALES_EXTENDED);
    assertEqual(r.get_outcome(), Scr.Verdict.REQUIRED);
    assertEqual(r.get_evidence(), Scr.Evidence.FOUND);
    assert(!r.get_unverified());
    assert(r.get_citation().includes('4B'));
    assert(r.get_text().includes('{cp_register_6m}'));
    assertEqual(r.get_trigger(), 'impairment_identified|incident');
    assertEqual(r.get_duration(), 0);
    assertEqual(r.get_unit(), Scr.TimeUnit.NONE);
    assertEqual(r.get_source(), 'built-in:rules-wales.json');
    const t = rules.lookup('T-PUB-PRE');
    assertEqual(t.get_unit(), Scr.TimeUnit.WORKING_DAYS_BEFORE);
    assertEqual(t.get_duration(), 7);
    assertEqual(Scr.Evidence.to_tag(t.get_evidence()), 'S');
    assertEqual(rules.lookup('NOPE'), null);
    assert(rules.to_markdown().includes('| NI-CMR-1 | northern-ireland |'));
});

test('rule set: load_file, load_data errors name the rule', () => {
    const rules = Scr.RuleSet.new();
    assert(rules.load_file(`${EXAMPLES}/rules/sefton.json`));
    assert(rules.lookup('T-LOCAL-15-D14') !== null);
    assertThrows(() => rules.load_data('{"schema_version": 1, "name": "x", "rules": [{"id": "R-1", "jurisdiction": "england", "trigger": "decision", "outcome": "required", "process": "scr", "citation": "c", "evidence": "F", "reason": "r", "condition": {"fact": "died", "equals": "perhaps"}}]}', -1, 'mine.json'), e => {
        assert(e.matches(Scr.Error, Scr.Error.VALIDATION));
        assert(e.message.startsWith('mine.json: rule R-1: rules[0].condition.equals:'), e.message);
    });
});

test('evaluator properties', () => {
    const e = Scr.Evaluator.new(null);
    assert(e.get_rules() instanceof Scr.RuleSet);
    assertEqual(e.get_include_unverified(), false);
    e.set_include_unverified(true);
    assertEqual(e.include_unverified, true);
    assertEqual(e.get_calendar(), null);
    const cal = Scr.Calendar.new_for_division(Scr.Division.NORTHERN_IRELAND);
    e.set_calendar(cal);
    assertEqual(e.get_calendar(), cal);
    e.set_calendar(null);
});

test('evaluate: outcome, reason, citation, missing facts', () => {
    const e = Scr.Evaluator.new(null);
    const c = makeCase({abuse_neglect: 'suspected', died: 'yes', suspected_suicide: 'yes', incident_location: 'this_la', later_fact: 'x'},
        {became_aware: '2021-05-04'});
    const ev = e.evaluate(c, null);
    assertEqual(ev.get_case_id(), 'js-case');
    assertEqual(iso(ev.get_decision_date()), '2021-05-04');
    assert(ev.get_outcomes().get_n_items() > 3);
    const o = ev.get_outcome(Scr.Process.NOTIFICATION);
    assertEqual(o.get_process(), Scr.Process.NOTIFICATION);
    assertEqual(o.get_verdict(), Scr.Verdict.REQUIRED);
    assertEqual(o.get_rule_id(), 'E18-SIN-3');
    assert(o.get_edition().includes('s16C'));
    assert(o.get_citation().includes('suspected suicide'));
    assertEqual(o.get_evidence(), Scr.Evidence.FOUND);
    assertEqual(o.get_unverified(), false);
    assert(o.get_reason().includes('suspected suicide'));
    assertEqual(o.get_missing().length, 0);
    assertEqual(iso(o.get_date()), '2021-05-04');
    const nat = ev.get_outcome(Scr.Process.NATIONAL_REVIEW);
    assertEqual(nat.get_verdict(), Scr.Verdict.INDETERMINATE);
    assert(nat.get_missing().includes('national_importance'));
    assert(ev.list_missing_facts().includes('national_importance'));
    assertEqual(ev.list_ignored_facts().join(), 'later_fact');
    const data = JSON.parse(Json.to_string(ev.to_json(), false));
    assertEqual(Object.keys(data.outcomes[0]).join(), 'process,outcome,rule,citation,evidence,reason,missing');
});

test('evaluation questions: fact, text, allowed values, outcomes, rules', () => {
    const e = Scr.Evaluator.new(null);
    const c = makeCase({died: 'yes', abuse_neglect: 'suspected'}, {became_aware: '2024-03-01'});
    const questions = e.evaluate(c, null).get_questions();
    assertEqual(questions.get_item_type(), Scr.Question.$gtype);
    const items = [];
    for (let i = 0; i < questions.get_n_items(); i++)
        items.push(questions.get_item(i));
    assertEqual(items[0].get_fact(), 'age');
    assertEqual(items[0].get_allowed_values().length, 0);
    const where = items.find(q => q.get_fact() === 'incident_location');
    assertEqual(where.fact, 'incident_location');
    assert(where.get_text().endsWith('?'));
    assertEqual(where.text, where.get_text());
    assertEqual(where.get_allowed_values().join(), 'this_la,other_english_la,outside_england');
    assertEqual(where.allowed_values.join(), where.get_allowed_values().join());
    assertEqual(where.get_n_outcomes(), 2);
    assertEqual(where.n_outcomes, 2);
    assertEqual(where.get_rule_ids().join(), 'E18-SIN-1,E18-RR-1');
    assertEqual(where.rule_ids.join(), 'E18-SIN-1,E18-RR-1');
    for (let i = 1; i < items.length; i++)
        assert(items[i - 1].get_n_outcomes() >= items[i].get_n_outcomes());
    c.set_fact('incident_location', 'this_la');
    const known = e.evaluate(c, null).get_questions();
    for (let i = 0; i < known.get_n_items(); i++)
        assert(known.get_item(i).get_fact() !== 'suspected_suicide');
});

test('evaluate_all in one call', () => {
    const e = Scr.Evaluator.new(null);
    const store = Gio.ListStore.new(Scr.Case.$gtype);
    for (let i = 0; i < 20; i++)
        store.append(makeCase(i % 4 ? {died: 'no', serious_harm: 'no'} : SIN, {became_aware: '2020-03-02'}));
    const results = e.evaluate_all(store, null);
    assertEqual(results.get_n_items(), 20);
    let required = 0;
    for (let i = 0; i < 20; i++) {
        if (results.get_item(i).get_outcome(Scr.Process.RAPID_REVIEW).get_verdict() === Scr.Verdict.REQUIRED)
            required++;
    }
    assertEqual(required, 5);
    const timelines = e.timeline_all(store, Scr.Date.new(2020, 3, 12));
    assertEqual(timelines.get_n_items(), 20);
    assertEqual(timelines.get_item(0).get_deadlines().get_item(0).get_status(), Scr.DeadlineStatus.OVERDUE);
});

test('batch items equal the one-case calls', () => {
    const e = Scr.Evaluator.new(null);
    const store = Gio.ListStore.new(Scr.Case.$gtype);
    const today = Scr.Date.new(2020, 3, 12);
    for (let i = 0; i < 24; i++) {
        const month = String(1 + i % 12).padStart(2, '0');
        store.append(makeCase(i % 3 ? SIN : {abuse_neglect: 'unknown', died: 'yes'}, {became_aware: `2019-${month}-10`}));
    }
    const one = [];
    for (let i = 0; i < 24; i++) {
        const c = store.get_item(i);
        one.push(Json.to_string(e.evaluate(c, null).to_json(), false) +
                 Json.to_string(e.timeline(c, today).to_json(), false));
    }
    const results = e.evaluate_all(store, null);
    const timelines = e.timeline_all(store, today);
    // The results keep no reference to the cases.
    store.remove_all();
    for (let i = 0; i < 24; i++) {
        assertEqual(Json.to_string(results.get_item(i).to_json(), false) +
                    Json.to_string(timelines.get_item(i).to_json(), false), one[i]);
    }
});

test('timeline: deadline getters, bank holidays, late', () => {
    const e = Scr.Evaluator.new(null);
    const c = makeCase(SIN, {became_aware: '2022-06-01', notification_sent: '2022-06-13'});
    const t = e.timeline(c, Scr.Date.new(2022, 7, 1));
    assertEqual(t.get_case_id(), 'js-case');
    assertEqual(iso(t.get_today()), '2022-07-01');
    // the Jubilee holidays of 2 and 3 June 2022 are not working days
    assertEqual(t.get_calendar().get_division(), Scr.Division.ENGLAND_AND_WALES);
    assert(!t.get_calendar().is_working_day(Scr.Date.new(2022, 6, 2)));
    const d = findDeadline(t, 'T-SIN-18');
    assertEqual(d.get_rule_id(), 'T-SIN-18');
    assertEqual(d.get_process(), Scr.Process.NOTIFICATION);
    assert(d.get_description().includes('Panel'));
    assert(d.get_citation().includes('5 working days'));
    assertEqual(d.get_evidence(), Scr.Evidence.FOUND);
    assertEqual(d.get_unverified(), false);
    assertEqual(d.get_anchor(), 'became_aware');
    assertEqual(iso(d.get_from()), '2022-06-01');
    assertEqual(iso(d.get_due()), '2022-06-10');
    assertEqual(iso(d.get_done()), '2022-06-13');
    assertEqual(d.get_approximate(), false);
    assertEqual(d.get_status(), Scr.DeadlineStatus.LATE);
    assertEqual(d.get_days_late(), 1);
    assert(d.get_skipped().some(s => s.includes('2022-06-02')), d.get_skipped().join('; '));
    const data = JSON.parse(Json.to_string(t.to_json(), false));
    assertEqual(Object.keys(data.milestones[0]).join(), 'rule,from,due,done,status,days_late,skipped');
    const c2 = makeCase(Object.assign({looked_after_at_death: 'no'}, SIN), {decision: '2020-04-01'});
    assert(e.timeline(c2, Scr.Date.new(2020, 5, 1)).list_missing().includes('date:became_aware'));
});

test('timeline error is a GLib.Error', () => {
    const e = Scr.Evaluator.new(null);
    const c = makeCase(SIN, {became_aware: '2100-12-30'});
    assertThrows(() => e.timeline(c, Scr.Date.new(2101, 1, 1)),
        err => assert(err.matches(Scr.Error, Scr.Error.OUT_OF_RANGE), err.message));
});

run();
