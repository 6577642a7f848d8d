// The national returns through GJS: the Panel's serious incident
// notification of child L, its fields, what is missing, restricted
// details in and out, JSON, CSV and the errors; the health Safeguarding
// Case Review Tracker's record of child B1's review and the review's
// tracker members.
import GLib from 'gi://GLib';
import Json from 'gi://Json';
import Scr from 'gi://Scr?version=1';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const EXAMPLES = GLib.getenv('SCR_EXAMPLES');

function load(name) {
    return Scr.Dataset.new_from_file(GLib.build_filenamev([EXAMPLES, 'data', name]));
}

function childL() {
    return Scr.Return.new('panel-notification', load('child-l-cumbria.json'), 'child-l');
}

test('return: kinds and properties', () => {
    assertEqual(Scr.Return.list_kinds().join(), 'panel-notification,case-review-tracker');
    const r = childL();
    assertEqual(r.get_kind(), 'panel-notification');
    assertEqual(r.kind, 'panel-notification');
    assertEqual(r.get_case_id(), 'child-l');
    assertEqual(r.case_id, 'child-l');
    assert(r.get_include_restricted());
    assert(r.include_restricted);
    assertEqual(r.get_fields().get_n_items(), 17);
    assertEqual(r.fields.get_n_items(), 17);
    assertEqual(r.missing.get_n_items(), 2);
});

test('return: a field', () => {
    const field = childL().get_fields().get_item(0);
    assertEqual(field.get_id(), 'local_authority');
    assertEqual(field.id, 'local_authority');
    assertEqual(field.get_label(), field.label);
    assertEqual(field.get_value(), 'Cumbria LSCB');
    assertEqual(field.value, 'Cumbria LSCB');
    assertEqual(field.get_source(), 'cases[].partnership');
    assertEqual(field.source, 'cases[].partnership');
    assert(field.get_required());
    assert(field.required);
    assert(field.get_evidence().startsWith('[F]'));
    assertEqual(field.evidence, field.get_evidence());
});

test('return: missing, JSON and CSV', () => {
    const r = childL();
    const missing = r.get_missing();
    assertEqual(missing.get_n_items(), 2);
    assertEqual(missing.get_item(0).get_id(), 'child_name');
    assertEqual(missing.get_item(1).get_source(), 'cases[].incident.location');
    const data = JSON.parse(Json.to_string(r.to_json(), false));
    assertEqual(data.missing.map(m => m.id).join(), 'child_name,incident_location');
    assertEqual(data.fields.length, 8);
    const lines = r.to_csv().split('\r\n');
    assertEqual(lines[0], 'field,label,value,source');
    assertEqual(lines.length, 19);
});

test('return: restricted details', () => {
    const dataset = load('child-l-cumbria.json');
    const details = Scr.RestrictedDetails.new();
    details.set_names(['Test Name']);
    dataset.lookup_case('child-l').get_subject().set_restricted(details);
    assertEqual(Scr.Return.new('panel-notification', dataset, 'child-l')
        .get_fields().get_item(1).get_value(), 'Test Name');
    const without = Scr.Return.new_full('panel-notification', dataset, 'child-l', false);
    assert(!without.get_include_restricted());
    assertEqual(without.get_fields().get_item(1).get_value(), null);
    const data = JSON.parse(Json.to_string(without.to_json(), false));
    assert(data.withheld.includes('child_name'));
});

test('return: errors', () => {
    const dataset = load('child-l-cumbria.json');
    assertThrows(() => Scr.Return.new('tracker', dataset, 'child-l'),
        e => assert(e.matches(Scr.error_quark(), Scr.Error.NOT_FOUND) &&
                    e.message.includes('panel-notification')));
    assertThrows(() => Scr.Return.new_full('panel-notification', dataset, 'child-z', true),
        e => assert(e.message.includes('child-z')));
});

test('return: the case review tracker', () => {
    const dataset = load('child-b1-leicester.json');
    const review = dataset.lookup_review('child-b1-scr');
    assertEqual(review.get_steis_number(), null);
    assertEqual(review.get_signed_off(), null);
    assertEqual(review.get_dissemination().length, 0);
    review.set_steis_number('2014/23456');
    review.set_signed_off(Scr.Date.new_year_month(2015, 9));
    review.set_dissemination(['7-minute briefing', 'learning event']);
    assertEqual(review.steis_number, '2014/23456');
    assertEqual(review.dissemination.join(), '7-minute briefing,learning event');
    assertEqual(review.get_signed_off().get_precision(), Scr.DatePrecision.MONTH);
    const r = Scr.Return.new_for_review('case-review-tracker', dataset, 'child-b1-scr');
    assertEqual(r.get_review_id(), 'child-b1-scr');
    assertEqual(r.review_id, 'child-b1-scr');
    assertEqual(r.get_missing().get_n_items(), 0);
    const data = JSON.parse(Json.to_string(r.to_json(), false));
    const values = Object.fromEntries(data.fields.map(f => [f.id, f.value]));
    assertEqual(values.steis_number, '2014/23456');
    assertEqual(values.signed_off, '2015-09');
    assertEqual(values.open_closed, 'closed');
    assertEqual(values.dissemination, '7-minute briefing; learning event');
    assertThrows(() => Scr.Return.new_for_review('case-review-tracker', dataset, 'nope'),
        e => assert(e.matches(Scr.error_quark(), Scr.Error.NOT_FOUND)));
});

run();
