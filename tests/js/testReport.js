// The scrutiny report through GJS: seed 002's five reviews, a late step
// with its rule and case, the HTML, CSV and JSON, and a file.
import GLib from 'gi://GLib';
import Json from 'gi://Json';
import Scr from 'gi://Scr?version=1';
import {test, assert, assertEqual, run} from './harness.js';

const EXAMPLES = GLib.getenv('SCR_EXAMPLES');

function load(name) {
    return Scr.Dataset.new_from_file(GLib.build_filenamev([EXAMPLES, 'data', name]));
}

function day(text) {
    return Scr.Date.new_from_iso8601(text);
}

function sefton() {
    return Scr.Report.new_scrutiny(load('sefton-scr-timelines.json'), null, null, day('2021-01-26'));
}

test('report: properties and the period', () => {
    const report = Scr.Report.new_scrutiny(load('sefton-scr-timelines.json'), day('2019'),
        day('2019-12-31'), day('2021-01-26'));
    assertEqual(report.get_kind(), 'scrutiny');
    assertEqual(report.kind, 'scrutiny');
    assertEqual(report.title, report.get_title());
    assertEqual(report.get_from().to_iso8601(), '2019');
    assertEqual(report.from.to_iso8601(), '2019');
    assertEqual(report.get_to().to_iso8601(), '2019-12-31');
    assertEqual(report.to.to_iso8601(), '2019-12-31');
    assertEqual(report.get_today().to_iso8601(), '2021-01-26');
    assertEqual(report.today.to_iso8601(), '2021-01-26');
    assertEqual(report.get_reviews().get_n_items(), 4);
    assertEqual(report.reviews.get_item(0).get_id(), 'sefton-scr2-review');
});

test('report: seed 002 dates and a late step', () => {
    const data = JSON.parse(Json.to_string(sefton().to_json(), false));
    assertEqual(data.reviews.length, 5);
    const scr2 = data.reviews[1].steps.find(s => s.step === 'report-to-board');
    assertEqual(scr2.date_text, 'January 2019');
    assertEqual(scr2.status, 'not-applicable');

    const b1 = Scr.Report.new_scrutiny(load('child-b1-leicester.json'), null, null, day('2026-01-01'));
    const step = JSON.parse(Json.to_string(b1.to_json(), false))
        .reviews[0].steps.find(s => s.step === 'report-to-board');
    assertEqual(step.rule, 'T-LCSPR-DONE');
    assertEqual(step.days_late, 44);
    assert(b1.to_html().includes('late by 44 working days'));
});

test('report: HTML, CSV and a file', () => {
    const report = sefton();
    const html = report.to_html();
    assert(html.startsWith('<!DOCTYPE html>'));
    assert(html.includes('<svg'));
    const lines = report.to_csv().split('\r\n');
    assertEqual(lines.length, 1 + 5 * 7 + 1);
    const dir = GLib.dir_make_tmp('scr-report-XXXXXX');
    const path = GLib.build_filenamev([dir, 'report.csv']);
    assert(report.write_file(Scr.ReportOutput.CSV, path));
    const [, bytes] = GLib.file_get_contents(path);
    assertEqual(new TextDecoder().decode(bytes), report.to_csv());
    GLib.unlink(path);
    GLib.rmdir(dir);
});

test('report: the review report of child B1', () => {
    const report = Scr.Report.new_review(load('child-b1-leicester.json'), 'child-b1-scr',
        day('2015-06-30'));
    assertEqual(report.get_kind(), 'review');
    const data = JSON.parse(Json.to_string(report.to_json(), false));
    assertEqual(data.totals.actions, 32);
    assertEqual(data.totals.by_rag.red.count, 13);
    assertEqual(data.totals.by_rag.amber.actions[0], 'b1-action-lscb-2');
    assertEqual(data.totals.complete_without_evidence.count, 3);
    assertEqual(report.to_csv().split('\r\n').length, 1 + 32 + 1);
    assert(report.to_html().includes('Actions by owner agency and RAG'));
    let caught = null;
    try {
        Scr.Report.new_review(load('child-b1-leicester.json'), 'no-such-review', null);
    } catch (e) {
        caught = e;
    }
    assert(caught !== null && caught.matches(Scr.error_quark(), Scr.Error.NOT_FOUND));
    assert(caught.message.includes('no-such-review'));
});

run();
