// Actions judged by impact through GJS: the impact record, the RAG in
// working days, the concerns and the theme counts.
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Json from 'gi://Json';
import Scr from 'gi://Scr?version=1';
import {test, assert, assertEqual, run} from './harness.js';

const FIXTURE = GLib.build_filenamev([GLib.getenv('SCR_TEST_DATA'), 'impact', 'front-door.json']);
const THEMES = '{"schema_version":1,"title":null,"agencies":[],"cases":[],' +
    '"reviews":[{"id":"r1","type":"scr","status":"published","stage":"action-plan",' +
    '"milestones":[{"kind":"publication","date":"2016-06"}]}],"chronology":[],' +
    '"themes":[{"id":"t1","review_id":"r1","title":"Neglect"}],' +
    '"findings":[],"lessons":[],"recommendations":[],"actions":[],"audits":[]}';
const day = text => Scr.Date.new_from_iso8601(text);

test('impact record', () => {
    const impact = Scr.ActionImpact.new_from_json(
        Json.from_string('{"audit_measure_id":"m","date":"2017-11","note":"n"}'));
    assertEqual(impact.get_audit_measure_id(), 'm');
    assertEqual(impact.get_date().to_iso8601(), '2017-11');
    assertEqual(impact.get_note(), 'n');
    assert(!impact.is_empty());
    assertEqual(Json.to_string(impact.to_json(), false),
        '{"audit_measure_id":"m","date":"2017-11","note":"n"}');
    const empty = Scr.ActionImpact.new();
    assert(empty.is_empty());
    empty.set_audit_measure_id('x');
    empty.set_date(day('2018-01-02'));
    empty.set_note('seen');
    const action = Scr.Action.new('a', 't');
    assertEqual(action.get_impact(), null);
    action.set_impact(empty);
    assertEqual(action.get_impact().get_note(), 'seen');
    const measure = Scr.AuditMeasure.new('label', 1, 2);
    measure.set_id('m1');
    assertEqual(measure.get_id(), 'm1');
});

test('rag across Christmas', () => {
    const calendar = Scr.Calendar.new_for_division(Scr.Division.ENGLAND_AND_WALES);
    const action = Scr.Action.new('a', 't');
    action.set_due_date(day('2025-01-02'));
    assertEqual(action.compute_rag(day('2024-12-20'), calendar, 6), Scr.Rag.AMBER);
    assertEqual(action.compute_rag(day('2024-12-20'), calendar, 5), Scr.Rag.GREEN);
    assertEqual(action.compute_rag(day('2025-01-03'), calendar, 5), Scr.Rag.RED);
});

test('concerns', () => {
    const dataset = Scr.Dataset.new_from_file(FIXTURE);
    assertEqual(dataset.get_rag_amber_working_days(), 6);
    dataset.set_rag_amber_working_days(8);
    assertEqual(dataset.get_rag_amber_working_days(), 8);
    const concerns = dataset.list_action_concerns(day('2025-01-03'));
    assertEqual(concerns.get_n_items(), 4);
    const first = concerns.get_item(0);
    assertEqual(first.get_action_id(), 'line-manager-discussion');
    assertEqual(first.get_kind(), Scr.ActionConcernKind.MEASURE_NOT_IMPROVED);
    assert(first.get_reason().includes('9 of 30 (30%)'));
    assertEqual(JSON.parse(Json.to_string(first.to_json(), false)).kind, 'measure-not-improved');
});

test('theme counts', () => {
    const dataset = Scr.Dataset.new_from_data(new TextEncoder().encode(THEMES));
    const counts = dataset.count_themes();
    assertEqual(counts.get_n_items(), 1);
    const count = counts.get_item(0);
    assertEqual(count.get_theme(), 'Neglect');
    assertEqual(count.get_year(), 2016);
    assertEqual(count.get_agency_id(), null);
    assertEqual(count.get_count(), 1);
    assertEqual(count.get_review_ids().join(','), 'r1');
    assertEqual(JSON.parse(Json.to_string(count.to_json(), false)).review_ids[0], 'r1');
});

test('theme counts across datasets', () => {
    const store = new Gio.ListStore({item_type: Scr.Dataset});
    store.append(Scr.Dataset.new_from_data(new TextEncoder().encode(THEMES)));
    store.append(Scr.Dataset.new_from_data(new TextEncoder().encode(THEMES.replaceAll('"r1"', '"r2"'))));
    const counts = Scr.count_themes(store);
    assertEqual(counts.get_n_items(), 1);
    assertEqual(counts.get_item(0).get_count(), 2);
    assertEqual(counts.get_item(0).get_review_ids().join(','), 'r1,r2');
});

run();
