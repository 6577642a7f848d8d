// The publication check through GJS: names, dates and identifiers of a
// case found in a report, redaction and the one-call check.
import GLib from 'gi://GLib';
import Scr from 'gi://Scr?version=1';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const DATA = GLib.getenv('SCR_TEST_DATA');
const EXAMPLES = GLib.getenv('SCR_EXAMPLES');
const EVAL = GLib.build_filenamev([DATA, 'publication', 'eval']);
const REPORT = GLib.build_filenamev([EXAMPLES, 'publication', 'draft-report.md']);

function loadCase() {
    const dataset = Scr.Dataset.new_from_file(GLib.build_filenamev([EVAL, 'dataset.json']));
    return dataset.get_cases().get_item(0);
}

function items(model) {
    const out = [];
    for (let i = 0; i < model.get_n_items(); i++)
        out.push(model.get_item(i));
    return out;
}

test('check text', () => {
    const scrCase = loadCase();
    const check = Scr.PublicationCheck.new(scrCase);
    assert(check.get_case() === scrCase, 'the same case');
    const found = items(check.check_text('Then Zoë saw the GP.\nLizzie was at school.'));
    assertEqual(found.map(d => d.get_text()).join('|'), 'Zoë|Lizzie');
    const [zoe, lizzie] = found;
    assertEqual(zoe.get_kind(), Scr.DisclosureKind.NAME);
    assertEqual(zoe.get_severity(), Scr.DisclosureSeverity.RESTRICTED);
    assertEqual([zoe.get_page(), zoe.get_line(), zoe.get_column()].join(','), '1,1,6');
    assertEqual([lizzie.get_line(), lizzie.get_column()].join(','), '2,1');
    assertEqual(zoe.get_end() - zoe.get_start(), 4);  // bytes: ë is two
    assertEqual(zoe.get_person_id(), 'eval-child-m-mother');
    assertEqual(zoe.get_suggestion(), 'Mother');
    assert(zoe.get_reason().includes('Mother'), zoe.get_reason());
    assertEqual(zoe.get_context(), 'Then Zoë saw the GP.');
    const json = zoe.to_json().get_object();
    assertEqual(json.get_string_member('kind'), 'name');
    assertEqual(check.redact('Lizzie was at LA9 4QT.', null), 'Child M was at [postcode removed].');
});

test('places, gazetteer and files', () => {
    const check = Scr.PublicationCheck.new(loadCase());
    check.add_place(Scr.DisclosureKind.PLACE, 'Staveley', 1600);
    const warned = items(check.check_text('A 13-year-old Roma boy from Staveley.'));
    assertEqual(warned.length, 1);
    assertEqual(warned[0].get_kind(), Scr.DisclosureKind.COMBINATION);
    assert(check.load_gazetteer(GLib.build_filenamev([EVAL, 'gazetteer.json'])), 'loaded');
    const [found, text] = check.check_file(REPORT, Scr.ReportFormat.AUTO);
    assert(found.get_n_items() >= 10, `${found.get_n_items()} found`);
    assert(text.includes('Child M'), 'the text comes back');
    assertEqual(Scr.publication_check(loadCase(), REPORT).get_n_items() > 0, true);
    const dir = GLib.dir_make_tmp('scr-publication-XXXXXX');
    const out = GLib.build_filenamev([dir, 'redacted.md']);
    assert(check.write_redacted(REPORT, out), 'written');
    const [, bytes] = GLib.file_get_contents(out);
    const redacted = new TextDecoder().decode(bytes);
    assert(!redacted.includes('Lizzie') && !redacted.includes('LA9 4QT'), redacted);
    assertThrows(() => check.write_redacted(REPORT, REPORT), e => {
        assert(e.matches(Scr.Error, Scr.Error.INVALID_ARGUMENT), e.message);
    });
    GLib.unlink(out);
    GLib.rmdir(dir);
});

run();
