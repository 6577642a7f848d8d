// The model of model-1 through GJS: agencies, people, cases, reviews,
// milestones, chronology events and the dataset.
import GLib from 'gi://GLib';
import Json from 'gi://Json';
import Scr from 'gi://Scr?version=1';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const DATA = GLib.getenv('SCR_TEST_DATA');
const VALID = GLib.build_filenamev([DATA, 'model', 'valid.json']);
const UNKNOWN = GLib.build_filenamev([DATA, 'model', 'unknown-members.json']);

function node(text) {
    const parser = new Json.Parser();
    parser.load_from_data(text, -1);
    return parser.get_root();
}

function text(jsonNode) {
    const generator = new Json.Generator();
    generator.set_root(jsonNode);
    return generator.to_data()[0];
}

function isScrError(code) {
    return e => {
        assert(e instanceof GLib.Error, `a GLib.Error: ${e}`);
        assert(e.matches(Scr.Error, code), `code ${code}: ${e.message}`);
    };
}

function ids(model, getId) {
    const out = [];
    for (let i = 0; i < model.get_n_items(); i++)
        out.push(getId(model.get_item(i)));
    return out.join(',');
}

test('agency', () => {
    const a = Scr.Agency.new('police', 'Cumbria Police', Scr.AgencySector.POLICE);
    assertEqual(a.get_id(), 'police');
    assertEqual(a.get_name(), 'Cumbria Police');
    let notified = 0;
    a.connect('notify::sector', () => notified++);
    a.set_sector(Scr.AgencySector.HEALTH);
    a.set_sector(Scr.AgencySector.HEALTH);
    assertEqual(notified, 1);
    assertEqual(a.get_sector(), Scr.AgencySector.HEALTH);
    a.set_name(null);
    assertEqual(a.get_name(), null);
    assertEqual(text(a.to_json()), '{"id":"police","name":null,"sector":"health"}');
    const b = Scr.Agency.new_from_json(node('{"id":"x","name":"X","sector":"legal","z":[]}'));
    assertEqual(text(b.to_json()), '{"id":"x","name":"X","sector":"legal","z":[]}');
    assertThrows(() => Scr.Agency.new_from_json(node('{"name":"X","sector":"legal"}')),
        isScrError(Scr.Error.VALIDATION));
});

test('person', () => {
    const p = Scr.Person.new('child-l');
    assertEqual(p.get_id(), 'child-l');
    for (const [get, set] of [['get_pseudonym', 'set_pseudonym'],
        ['get_relationship', 'set_relationship'], ['get_sex', 'set_sex'],
        ['get_ethnicity', 'set_ethnicity']]) {
        assertEqual(p[get](), null);
        p[set](get);
        assertEqual(p[get](), get);
    }
    for (const [get, set] of [['get_disability', 'set_disability'],
        ['get_looked_after', 'set_looked_after'],
        ['get_child_protection_plan', 'set_child_protection_plan'],
        ['get_child_in_need', 'set_child_in_need'], ['get_custody_setting', 'set_custody_setting'],
        ['get_mha_detained', 'set_mha_detained'], ['get_dol_order', 'set_dol_order']]) {
        assertEqual(p[get](), Scr.Tristate.UNKNOWN);
        p[set](Scr.Tristate.NO);
        assertEqual(p[get](), Scr.Tristate.NO);
    }
    assertEqual(p.get_age(), -1);
    p.set_age(4);
    assertEqual(p.get_age(), 4);
    p.set_care_leaver_age(18);
    assertEqual(p.get_care_leaver_age(), 18);
    p.set_date_of_birth(Scr.Date.new_year(2011));
    assertEqual(p.get_date_of_birth().to_iso8601(), '2011');
    const q = Scr.Person.new_from_json(node(text(p.to_json())));
    assertEqual(text(q.to_json()), text(p.to_json()));
    assertThrows(() => Scr.Person.new_from_json(node('{"disability":"maybe"}')),
        isScrError(Scr.Error.VALIDATION));
});

test('case', () => {
    const c = Scr.Case.new('child-l', Scr.Jurisdiction.ENGLAND);
    assertEqual(c.get_id(), 'child-l');
    for (const [get, set] of [['get_local_reference', 'set_local_reference'],
        ['get_notification_id', 'set_notification_id'], ['get_partnership', 'set_partnership'],
        ['get_incident_location', 'set_incident_location']]) {
        c[set]('v');
        assertEqual(c[get](), 'v');
    }
    for (const [get, set] of [['get_incident_date', 'set_incident_date'],
        ['get_became_aware', 'set_became_aware'],
        ['get_area_transition_date', 'set_area_transition_date']]) {
        assertEqual(c[get](), null);
        c[set](Scr.Date.new(2019, 9, 29));
        assertEqual(c[get]().to_iso8601(), '2019-09-29');
    }
    c.set_jurisdiction(Scr.Jurisdiction.SCOTLAND);
    assertEqual(c.get_jurisdiction(), Scr.Jurisdiction.SCOTLAND);
    c.set_incident_nature(Scr.IncidentNature.DEATH);
    assertEqual(c.get_incident_nature(), Scr.IncidentNature.DEATH);
    c.set_agency_ids(['a', 'b']);
    assertEqual(c.get_agency_ids().join(','), 'a,b');
    const s = Scr.Person.new('s');
    c.set_subject(s);
    assert(c.get_subject() === s, 'the same subject');
    const m = Scr.Person.new('m');
    c.add_person(m);
    assertEqual(c.get_people().get_n_items(), 1);
    assert(c.remove_person(m));
    assert(!c.remove_person(m));

    assert(c.set_fact('died', 'yes'));
    assertEqual(c.get_fact('died'), 'yes');
    assertEqual(c.get_fact('suspected_suicide'), null);
    c.set_fact('abuse_neglect', 'suspected');
    assertEqual(c.list_facts().join(','), 'died,abuse_neglect');
    assertThrows(() => c.set_fact('died', 'perhaps'), e => assert(e instanceof GLib.Error));
    c.set_event('became_aware', Scr.Date.new_year_month(2011, 8));
    assertEqual(c.get_event('became_aware').to_iso8601(), '2011-08');
    assertEqual(c.list_events().join(','), 'became_aware');
    c.set_event('became_aware', null);
    assertEqual(c.list_events().length, 0);

    const copy = Scr.Case.new_from_json(c.to_json());
    assertEqual(text(copy.to_json()), text(c.to_json()));
    assertThrows(() => Scr.Case.new_from_json(node('{"id":"c","jurisdiction":"mars"}')),
        isScrError(Scr.Error.VALIDATION));
});

test('review and milestones', () => {
    const r = Scr.Review.new('r', Scr.ReviewType.WALES_CPR_EXTENDED);
    assertEqual(r.get_id(), 'r');
    assertEqual(r.get_review_type(), Scr.ReviewType.WALES_CPR_EXTENDED);
    for (const [get, set] of [['get_case_id', 'set_case_id'], ['get_title', 'set_title'],
        ['get_partnership', 'set_partnership'], ['get_lead_reviewer', 'set_lead_reviewer'],
        ['get_panel_chair', 'set_panel_chair'], ['get_methodology', 'set_methodology']]) {
        r[set]('v');
        assertEqual(r[get](), 'v');
    }
    r.set_review_type(Scr.ReviewType.SCR);
    assertEqual(r.get_review_type(), Scr.ReviewType.SCR);
    r.set_status(Scr.ReviewStatus.PUBLISHED);
    assertEqual(r.get_status(), Scr.ReviewStatus.PUBLISHED);
    r.set_stage(Scr.ReviewStage.ACTION_PLAN);
    assertEqual(r.get_stage(), Scr.ReviewStage.ACTION_PLAN);
    r.set_terms_of_reference(['one']);
    assertEqual(r.get_terms_of_reference().join(','), 'one');
    r.set_agency_ids(['p', 'q']);
    assertEqual(r.get_agency_ids().join(','), 'p,q');
    r.set_timeframe_from(Scr.Date.new(2010, 10, 20));
    r.set_timeframe_to(Scr.Date.new(2014, 8, 27));
    assertEqual(r.get_timeframe_from().to_iso8601(), '2010-10-20');
    assertEqual(r.get_timeframe_to().to_iso8601(), '2014-08-27');

    const m = Scr.Milestone.new(Scr.MilestoneKind.PUBLICATION);
    m.set_kind(Scr.MilestoneKind.DECISION);
    assertEqual(m.get_kind(), Scr.MilestoneKind.DECISION);
    m.set_planned(Scr.Date.new_year(2014));
    m.set_date(Scr.Date.new(2014, 3, 3));
    m.set_note('n');
    assertEqual(m.get_planned().to_iso8601(), '2014');
    assertEqual(m.get_date().to_iso8601(), '2014-03-03');
    assertEqual(m.get_note(), 'n');
    r.add_milestone(m);
    assert(r.lookup_milestone(Scr.MilestoneKind.DECISION) === m, 'lookup');
    assertEqual(r.lookup_milestone(Scr.MilestoneKind.REFERRED), null);
    assertEqual(r.get_milestones().get_n_items(), 1);
    const m2 = Scr.Milestone.new_from_json(m.to_json());
    assertEqual(text(m2.to_json()), text(m.to_json()));
    const r2 = Scr.Review.new_from_json(r.to_json());
    assertEqual(text(r2.to_json()), text(r.to_json()));
    assert(r.remove_milestone(m));
    assert(!r.remove_milestone(m));
    assertThrows(() => Scr.Review.new_from_json(node('{"id":"r"}')), isScrError(Scr.Error.VALIDATION));
    assertThrows(() => Scr.Milestone.new_from_json(node('{"kind":1}')), isScrError(Scr.Error.VALIDATION));
});

test('chronology event', () => {
    const e = Scr.ChronologyEvent.new('e', Scr.Date.new_year_month(2011, 11), 'Referral');
    assertEqual(e.get_id(), 'e');
    assertEqual(e.get_date().to_iso8601(), '2011-11');
    for (const [get, set] of [['get_review_id', 'set_review_id'], ['get_case_id', 'set_case_id'],
        ['get_agency_id', 'set_agency_id'], ['get_text', 'set_text']]) {
        e[set]('v');
        assertEqual(e[get](), 'v');
    }
    e.set_date(null);
    assertEqual(e.get_date(), null);
    const copy = Scr.ChronologyEvent.new_from_json(e.to_json());
    assertEqual(text(copy.to_json()), text(e.to_json()));
    assertThrows(() => Scr.ChronologyEvent.new_from_json(node('{"id":"e","date":"2014-02-30"}')),
        isScrError(Scr.Error.VALIDATION));
});

// get, lookup and add of each collection, the first id and the count
const COLLECTIONS = [
    ['get_agencies', 'lookup_agency', 'add_agency', 'police', 3],
    ['get_cases', 'lookup_case', 'add_case', 'child-t', 2],
    ['get_reviews', 'lookup_review', 'add_review', 'child-t-scr', 2],
    ['get_chronology', 'lookup_chronology_event', 'add_chronology_event', 'ev-1', 3],
    ['get_themes', 'lookup_theme', 'add_theme', 'theme-1', 1],
    ['get_findings', 'lookup_finding', 'add_finding', 'finding-1', 1],
    ['get_lessons', 'lookup_lesson', 'add_lesson', 'lesson-1', 1],
    ['get_recommendations', 'lookup_recommendation', 'add_recommendation', 'rec-1', 1],
    ['get_actions', 'lookup_action', 'add_action', 'action-1', 3],
    ['get_audits', 'lookup_audit', 'add_audit', 'audit-1', 1],
];

test('dataset collections', () => {
    const d = Scr.Dataset.new_from_file(VALID);
    const empty = Scr.Dataset.new();
    assertEqual(d.get_title(), 'Test register: Child T');
    for (const [get, lookup, add, firstId, count] of COLLECTIONS) {
        const model = d[get]();
        assertEqual(model.get_n_items(), count, get);
        const first = model.get_item(0);
        assert(d[lookup](firstId) === first, lookup);
        assertEqual(d[lookup]('nope'), null);
        assertThrows(() => d[add](first), isScrError(Scr.Error.VALIDATION));
        assert(empty[add](first));
        assertEqual(empty[get]().get_n_items(), 1);
    }
});

test('dataset round trip and errors', () => {
    for (const path of [VALID, UNKNOWN]) {
        const [, bytes] = GLib.file_get_contents(path);
        const d = Scr.Dataset.new_from_data(bytes);
        const [out, length] = d.to_data();
        assertEqual(length, bytes.length);
        assertEqual(out, new TextDecoder().decode(bytes));
        const tmp = GLib.build_filenamev([GLib.get_tmp_dir(), `testModel-${GLib.random_int()}.json`]);
        assert(d.save_to_file(tmp));
        const [, written] = GLib.file_get_contents(tmp);
        assertEqual(new TextDecoder().decode(written), out);
        GLib.unlink(tmp);
    }
    const bad = GLib.build_filenamev([DATA, 'malformed', 'date-feb-30.json']);
    assertThrows(() => Scr.Dataset.new_from_file(bad), e => {
        isScrError(Scr.Error.VALIDATION)(e);
        assert(e.message.startsWith(`${bad}: cases[0].incident.date: "2014-02-30" is not a date`), e.message);
    });
    assertThrows(() => Scr.Dataset.new_from_data(new TextEncoder().encode('{"schema_version":2}')),
        isScrError(Scr.Error.UNSUPPORTED_VERSION));
    assertEqual(Scr.Dataset.check_file(VALID).length, 0);
    assertEqual(Scr.Dataset.check_file(bad).length, 1);
});

test('files that are not regular files are refused in one line', () => {
    for (const [path, code] of [[DATA, GLib.FileError.ISDIR], ['/dev/zero', GLib.FileError.INVAL]]) {
        assertThrows(() => Scr.Dataset.new_from_file(path), e => {
            assert(e.matches(GLib.file_error_quark(), code), e.message);
            assert(e.message.startsWith(`${path}: `) && !e.message.includes('\n'), e.message);
        });
    }
    assertThrows(() => Scr.Date.new_from_iso8601('2026-\n01'),
        e => assertEqual(e.message, '"2026-\\n01" is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)'));
});

test('dataset validate and queries', () => {
    const d = Scr.Dataset.new_from_file(VALID);
    assert(d.validate());
    d.set_title('T');
    assertEqual(d.get_title(), 'T');
    const id = Scr.Action.prototype.get_id;
    const call = f => x => f.call(x);
    assertEqual(ids(d.list_overdue_actions(Scr.Date.new(2016, 10, 1)), call(id)), 'action-1');
    assertEqual(ids(d.list_overdue_actions(Scr.Date.new(2018, 1, 1)), call(id)), 'action-1,action-3');
    assertEqual(ids(d.list_reviews_by_stage(Scr.ReviewStage.ACTION_PLAN), x => x.get_id()), 'child-t-scr');
    assertEqual(ids(d.list_case_reviews('child-t'), x => x.get_id()), 'child-t-scr');
    assertEqual(ids(d.list_case_chronology('child-t'), x => x.get_id()), 'ev-1,ev-2');
    assertEqual(ids(d.list_case_actions('child-t'), x => x.get_id()), 'action-1,action-2');
    assertEqual(ids(d.list_case_agencies('child-t'), x => x.get_id()), 'police,csc,lscb');
    assertThrows(() => d.list_case_actions('child-x'), isScrError(Scr.Error.NOT_FOUND));
    const r = Scr.Review.new('r9', Scr.ReviewType.DHR);
    r.set_case_id('ghost');
    d.add_review(r);
    assertThrows(() => d.validate(), isScrError(Scr.Error.NOT_FOUND));
});

run();
