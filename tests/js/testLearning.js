// The learning side of the model through GJS: themes, findings, lessons,
// recommendations, actions, audits and audit measures.
import GLib from 'gi://GLib';
import Json from 'gi://Json';
import Scr from 'gi://Scr?version=1';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const THEME = '{"id":"t1","review_id":"child-l-scr","title":"Working with resistant families",' +
    '"description":null,"x_note":{"k":[1,2]}}';
const FINDING = '{"id":"f1","review_id":"child-l-scr","number":"L1","title":null,' +
    '"text":"Insufficient professional curiosity","theme_ids":["t1"],"page":7}';
const LESSON = '{"id":"l2-1","review_id":"child-l-scr","number":"L2.1","finding_id":"f2",' +
    '"text":"Assessments must be thorough","linked_lesson_ids":["child-n-n2-1"],"scope":"single agency"}';
const RECOMMENDATION = '{"id":"r1","review_id":"b1","number":"1","text":"Share information",' +
    '"agency_id":"police","finding_ids":["f1","f2"],"lesson_ids":[],"priority":"high"}';
const ACTION = '{"id":"a1","review_id":"child-l-scr","recommendation_id":null,"text":"Workshops",' +
    '"owner_agency_id":null,"owner":"Learning and Improvement Subgroup","lead":"Named lead",' +
    '"due":"2016-07","status":"in-progress","rag":"amber","outcome_measure":"Staff survey",' +
    '"evidence":null,"completed":null,"x_order":2}';
const AUDIT = '{"id":"cse","title":"Multi-agency audit of CSE cases","type":"multi-agency",' +
    '"date_reported":"2015-06","methodology":"Case file audit",' +
    '"sample":{"size":32,"description":"Open CSE cases","period":"2014"},' +
    '"measures":[{"label":"Risk assessment on file","numerator":19,"denominator":32,"source":"panel"},' +
    '{"label":"Strategy meeting","numerator":32,"denominator":32}],' +
    '"findings":["Chronologies were rarely multi-agency"],"improvement_activity":["Chronology training"],' +
    '"agency_ids":["police","health"],"lead_auditor":null}';
const MEASURE = '{"label":"Voice of the child","numerator":1,"denominator":8,"note":[true]}';

const load = (cls, text) => cls.new_from_json(Json.from_string(text));
const dump = obj => Json.to_string(obj.to_json(), false);
const date = text => Scr.Date.new_from_iso8601(text);

function same(got, want) {
    if (want instanceof Scr.Date)
        return got !== null && got.equal(want);
    if (Array.isArray(want))
        return JSON.stringify(got) === JSON.stringify(want);
    return got === want;
}

// Calls every getter and setter; notify fires once per change only.
function checkAccessors(obj, accessors) {
    for (const [name, value, other] of accessors) {
        const prop = name.replaceAll('_', '-');
        let seen = 0;
        const id = obj.connect(`notify::${prop}`, () => seen++);
        obj[`set_${name}`](value);
        assert(same(obj[`get_${name}`](), value), `${name} set/get`);
        obj[`set_${name}`](value);
        assertEqual(seen, 1, `${name} notifies once`);
        obj[`set_${name}`](other);
        assert(same(obj[`get_${name}`](), other), `${name} second value`);
        assertEqual(seen, 2, `${name} notifies on change`);
        obj.disconnect(id);
    }
}

function assertError(fn, message) {
    assertThrows(fn, e => {
        assert(e instanceof GLib.Error, 'a GLib.Error');
        assert(e.matches(Scr.Error, Scr.Error.VALIDATION), 'domain and code');
        assertEqual(e.message, message);
    });
}

test('theme', () => {
    const theme = Scr.Theme.new('t1', 'Quality assessments');
    assertEqual(theme.get_id(), 't1');
    assertEqual(theme.title, 'Quality assessments');
    checkAccessors(theme, [['id', 'a', 'b'], ['review_id', 'r', null], ['title', 'a', 'b'],
        ['description', 'd', null]]);
    assertEqual(dump(load(Scr.Theme, THEME)), THEME);
    assertError(() => load(Scr.Theme, '{"id":""}'), 'id: must not be empty');
});

test('finding', () => {
    const finding = Scr.Finding.new('f1', 'text');
    assertEqual(finding.get_theme_ids().length, 0);
    checkAccessors(finding, [['id', 'a', 'b'], ['review_id', 'r', null], ['number', '1', null],
        ['title', 't', null], ['text', 'a', 'b'], ['theme_ids', ['t1', 't2'], []]]);
    const loaded = load(Scr.Finding, FINDING);
    assertEqual(loaded.get_theme_ids()[0], 't1');
    assertEqual(dump(loaded), FINDING);
});

test('lesson links to another review', () => {
    const lesson = Scr.Lesson.new('l1', 'text');
    checkAccessors(lesson, [['id', 'a', 'b'], ['review_id', 'r', null], ['number', 'L1.1', null],
        ['finding_id', 'f', null], ['text', 'a', 'b'], ['linked_lesson_ids', ['child-n-n2-1'], []]]);
    const loaded = load(Scr.Lesson, LESSON);
    assertEqual(loaded.get_linked_lesson_ids()[0], 'child-n-n2-1');
    assertEqual(dump(loaded), LESSON);
});

test('recommendation', () => {
    const rec = Scr.Recommendation.new('r1', 'text');
    checkAccessors(rec, [['id', 'a', 'b'], ['review_id', 'r', null], ['number', '1', null],
        ['text', 'a', 'b'], ['agency_id', 'police', null], ['finding_ids', ['f1'], []],
        ['lesson_ids', ['l1', 'l2'], []]]);
    assertEqual(dump(load(Scr.Recommendation, RECOMMENDATION)), RECOMMENDATION);
    assertError(() => load(Scr.Recommendation, '{"id":"r","text":"x","finding_ids":"f"}'),
        'finding_ids: expected an array, found a string');
});

test('action accessors and JSON', () => {
    const action = Scr.Action.new('a1', 'text');
    assertEqual(action.get_status(), Scr.ActionStatus.UNKNOWN);
    assertEqual(action.get_rag(), Scr.Rag.NONE);
    checkAccessors(action, [['id', 'a', 'b'], ['review_id', 'r', null],
        ['recommendation_id', 'x', null], ['text', 'a', 'b'], ['owner_agency_id', 'police', null],
        ['owner', 'Case Review Subgroup', null], ['lead', 'Named person', null],
        ['due_date', date('2016-09'), Scr.Date.new(2016, 9, 1)],
        ['status', Scr.ActionStatus.COMPLETED, Scr.ActionStatus.SUPERSEDED],
        ['rag', Scr.Rag.BLUE, Scr.Rag.RED],
        ['outcome_measure', 'how will we know', null], ['evidence', 'minutes', null],
        ['completed_date', Scr.Date.new(2016, 8, 30), Scr.Date.new_year(2016)]]);
    action.set_due_date(null);
    assertEqual(action.get_due_date(), null);
    const loaded = load(Scr.Action, ACTION);
    assertEqual(loaded.get_due_date().to_iso8601(), '2016-07');
    assertEqual(loaded.status, Scr.ActionStatus.IN_PROGRESS);
    assertEqual(dump(loaded), ACTION);
    assertError(() => load(Scr.Action, '{"id":"a","text":"x","status":"done"}'),
        'status: "done" is not one of "not-started", "in-progress", "completed", "overdue", "superseded", "unknown"');
});

test('action overdue boundaries', () => {
    const action = Scr.Action.new('a', 't');
    assert(!action.is_overdue(date('2030-01-01')), 'no due date');
    for (const [due, on, expected] of [
        ['2016-09', '2016-09-30', false], ['2016-09', '2016-10-01', true],
        ['2016-02', '2016-02-29', false], ['2016-02', '2016-03-01', true],
        ['2016', '2016-12-31', false], ['2016', '2017-01-01', true],
        ['2016-12', '2016-12-31', false], ['2016-12', '2017-01-01', true]]) {
        action.set_due_date(date(due));
        assertEqual(action.is_overdue(date(on)), expected, `due ${due} on ${on}`);
    }
    action.set_status(Scr.ActionStatus.COMPLETED);
    assert(!action.is_overdue(date('2030-01-01')), 'completed');
});

test('audit measure percentage', () => {
    const measure = Scr.AuditMeasure.new('Chronology on file', 19, 32);
    assertEqual(measure.get_percentage(), 59);
    checkAccessors(measure, [['label', 'a', 'b'], ['numerator', 1, 2], ['denominator', 8, 3]]);
    assertEqual(measure.get_percentage(), 67);
    const loaded = load(Scr.AuditMeasure, MEASURE);
    assertEqual(loaded.get_percentage(), 13);
    assertEqual(dump(loaded), MEASURE);
    assertError(() => load(Scr.AuditMeasure, '{"label":"a","numerator":1,"denominator":0}'),
        'denominator: must be more than 0 (the number of cases looked at)');
});

test('audit', () => {
    const audit = Scr.Audit.new('a1', 'Section 11 audit');
    assertEqual(audit.get_audit_type(), Scr.AuditType.OTHER);
    checkAccessors(audit, [['id', 'a', 'b'], ['title', 'a', 'b'],
        ['audit_type', Scr.AuditType.SECTION_11, Scr.AuditType.CASE_FILE],
        ['date_reported', date('2015-06'), null], ['methodology', 'm', null],
        ['findings', ['x', 'y'], []], ['improvement_activity', ['training'], []],
        ['agency_ids', ['police'], []], ['sample_size', 32, -1],
        ['sample_description', 'ten cases', null]]);
    const measures = audit.get_measures();
    assert(audit.measures === measures, 'measures property');
    let changes = 0;
    measures.connect('items-changed', () => changes++);
    audit.add_measure(Scr.AuditMeasure.new('one', 1, 2));
    audit.add_measure(Scr.AuditMeasure.new('two', 2, 2));
    assertEqual(measures.get_n_items(), 2);
    assert(audit.remove_measure(0), 'removed');
    assert(!audit.remove_measure(3), 'nothing at 3');
    assertEqual(changes, 3);
    assertEqual(measures.get_item(0).get_label(), 'two');

    const loaded = load(Scr.Audit, AUDIT);
    assertEqual(loaded.get_sample_size(), 32);
    assertEqual(loaded.get_measures().get_item(0).get_percentage(), 59);
    assertEqual(dump(loaded), AUDIT);
    assertError(() => load(Scr.Audit, '{"id":"a","title":"t","measures":[' +
        '{"label":"a","numerator":1,"denominator":2},{"label":"b","numerator":0,"denominator":0}]}'),
    'measures[1].denominator: must be more than 0 (the number of cases looked at)');
});

run();
