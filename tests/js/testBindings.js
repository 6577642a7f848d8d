// The rest of the core API through GJS: date fields, formatting, hashing,
// the error quark, and Scr.Date values in a list model.
import GLib from 'gi://GLib';
import Scr from 'gi://Scr?version=1';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

test('date fields, format and hash', () => {
    const d = Scr.Date.new(2022, 9, 19);
    assertEqual(d.get_year(), 2022);
    assertEqual(d.get_month(), 9);
    assertEqual(d.get_day(), 19);
    assertEqual(d.format('%A %-d %B %Y'), 'Monday 19 September 2022');
    assertEqual(d.hash(), Scr.Date.new_from_iso8601('2022-09-19').hash());
    const partial = Scr.Date.new_year_month(2011, 11);
    assertEqual(partial.get_day(), 0);
    assertEqual(Scr.Date.new_year(2014).get_month(), 0);
});

test('the error quark is the Scr.Error domain', () => {
    const quark = Scr.Error.quark();
    assertEqual(GLib.quark_to_string(quark), 'scr-error-quark');
    assertThrows(() => Scr.Date.new(2014, 2, 30), e => {
        assertEqual(e.domain, quark);
        assertEqual(e.code, Scr.Error.INVALID_ARGUMENT);
    });
});

test('load errors carry the JSON path in the message', () => {
    const bad = '{"schema_version": 1, "cases": [{"id": "a", "jurisdiction": "england", ' +
        '"incident": {"date": "2014-02-30"}}]}';
    assertThrows(() => Scr.Dataset.new_from_data(new TextEncoder().encode(bad)), e => {
        assert(e.matches(Scr.Error, Scr.Error.VALIDATION), `${e}`);
        assert(e.message.startsWith('cases[0].incident.date: '), e.message);
    });
});

run();
