// Scr.Calendar, Scr.CalendarBuilder, Scr.Holiday and Scr.SkippedDay through GJS.
import GLib from 'gi://GLib';
import Scr from 'gi://Scr?version=1';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const D = s => Scr.Date.new_from_iso8601(s);
const iso = d => d.to_iso8601();
const data = GLib.getenv('SCR_TEST_DATA');
const {ENGLAND_AND_WALES: EW, SCOTLAND: SC, NORTHERN_IRELAND: NI} = Scr.Division;

function isScrError(code) {
    return e => {
        assert(e instanceof GLib.Error, `a GLib.Error: ${e}`);
        assert(e.matches(Scr.Error, code), `code ${code}: ${e.message}`);
    };
}

test('divisions', () => {
    assertEqual(Scr.Division.to_string(SC), 'scotland');
    assertEqual(Scr.Division.get_label(NI), 'Northern Ireland');
    // GJS keeps the (skip)ped boolean return: [true, division].
    const parsed = Scr.Division.from_string('northern-ireland');
    assertEqual(Array.isArray(parsed) ? parsed[parsed.length - 1] : parsed, NI);
    assertThrows(() => Scr.Division.from_string('wales'), isScrError(Scr.Error.INVALID_ARGUMENT));
});

test('calendar properties', () => {
    const cal = Scr.Calendar.new_for_division_name('northern-ireland');
    assertEqual(cal.get_division(), NI);
    assertEqual(cal.division, NI);
    assertEqual(iso(cal.get_first_date()), '1971-01-01');
    assertEqual(iso(cal.get_last_date()), '2100-12-31');
    assertEqual(iso(cal.get_confirmed_through()), '2028-12-31');
    assertEqual(cal.get_n_closures(), 0);
});

test('add and count: the spec vectors', () => {
    const cals = {[EW]: Scr.Calendar.new_for_division(EW), [SC]: Scr.Calendar.new_for_division(SC),
        [NI]: Scr.Calendar.new_for_division(NI)};
    const vectors = [
        [EW, '2025-12-19', 5, '2025-12-30'], [SC, '2022-12-23', 5, '2023-01-05'],
        [NI, '2022-12-23', 5, '2023-01-04'], [EW, '2022-09-01', 15, '2022-09-23'],
        [SC, '2026-06-11', 3, '2026-06-17'], [NI, '2026-07-10', 1, '2026-07-14'],
        [SC, '2026-06-24', -7, '2026-06-12'], [EW, '2027-12-31', 1, '2028-01-04'],
        [SC, '2026-04-02', 2, '2026-04-07'], [EW, '2022-09-15', 5, '2022-09-23'],
    ];
    for (const [div, start, n, want] of vectors) {
        const got = cals[div].add_working_days(D(start), n, Scr.Roll.ERROR);
        assertEqual(iso(got), want, `${start} ${n}`);
        assertEqual(cals[div].count_working_days(D(start), got), n);
    }
});

test('working days, next, previous, inclusive counts, roll', () => {
    const cal = Scr.Calendar.new_for_division(EW);
    assert(cal.is_working_day(D('2022-09-16')));
    assert(!cal.is_working_day(D('2022-09-19')));
    assertEqual(iso(cal.next_working_day(D('2022-09-16'))), '2022-09-20');
    assertEqual(iso(cal.previous_working_day(D('2022-09-20'))), '2022-09-16');
    assertEqual(cal.count_working_days_inclusive(D('2023-01-01'), D('2023-12-31')), 251);
    assertEqual(iso(cal.add_working_days(D('2022-04-30'), 0, Scr.Roll.MODIFIED_FOLLOWING)), '2022-04-29');
    assertEqual(iso(cal.add_working_days(D('2022-10-01'), 0, Scr.Roll.MODIFIED_PRECEDING)), '2022-10-03');
    assertEqual(iso(cal.add_working_days(D('2022-09-17'), 0, Scr.Roll.FOLLOWING)), '2022-09-20');
    assertEqual(iso(cal.add_working_days(D('2022-09-17'), 0, Scr.Roll.PRECEDING)), '2022-09-16');
    assertThrows(() => cal.add_working_days(D('2022-09-17'), 0, Scr.Roll.ERROR),
        isScrError(Scr.Error.INVALID_ARGUMENT));
    assertThrows(() => cal.count_working_days(D('1970-01-01'), D('2022-01-01')),
        isScrError(Scr.Error.OUT_OF_RANGE));
    assert(cal.is_provisional(D('2028-12-01'), D('2029-01-10')));
    assert(!cal.is_provisional(D('2028-12-01'), D('2028-12-10')));
});

test('ordinals and batches', () => {
    const cal = Scr.Calendar.new_for_division(SC);
    const o = D('2022-12-23').get_ordinal();
    const r = cal.add_working_days_ordinal(o, 5, Scr.Roll.ERROR);
    assertEqual(iso(Scr.Date.new_from_ordinal(r)), '2023-01-05');
    assertEqual(cal.count_working_days_ordinal(o, r), 5);
    assert(cal.is_working_day_ordinal(r));
    const out = cal.add_working_days_array([o, o, o + 1], [1, 5, -1], Scr.Roll.ERROR);
    assertEqual(out.length, 3);
    assertEqual(out[1], r);
    assertEqual(out[0], cal.add_working_days_ordinal(o, 1, Scr.Roll.ERROR));
    const counts = cal.count_working_days_array([o, o, o + 1], out);
    assertEqual(JSON.stringify(Array.from(counts)), '[1,5,-1]');
    const pack = arr => new GLib.Bytes(new Uint8Array(new Int32Array(arr).buffer));
    const packed = cal.add_working_days_bytes(pack([o, o, o + 1]), pack([1, 5, -1]), Scr.Roll.ERROR);
    const values = new Int32Array(packed.toArray().buffer);
    assertEqual(JSON.stringify(Array.from(values)), JSON.stringify(Array.from(out)));
    const countsPacked = cal.count_working_days_bytes(pack([o]), pack([r]));
    assertEqual(new Int32Array(countsPacked.toArray().buffer)[0], 5);
    assertThrows(() => cal.add_working_days_array([o, 3], [1, 1], Scr.Roll.ERROR),
        e => assert(e.message.includes('ordinals[1]'), e.message));
});

test('holidays, explanations', () => {
    const cal = Scr.Calendar.new_for_division(EW);
    const list = cal.list_holidays(D('2022-01-01'), D('2022-12-31'));
    assertEqual(list.get_n_items(), 10);
    const funeral = cal.get_holiday(D('2022-09-19'));
    assertEqual(funeral.get_name(), 'Bank Holiday for the State Funeral of Queen Elizabeth II');
    assertEqual(funeral.get_kind(), Scr.HolidayKind.EXTRA);
    assertEqual(funeral.get_division(), EW);
    assertEqual(funeral.get_provenance(), Scr.HolidayProvenance.ONE_OFF_PROCLAMATION);
    assert(funeral.get_source().includes('Proclamation'));
    assert(!funeral.get_provisional());
    assertEqual(funeral.get_substitute_for(), null);
    assertEqual(iso(funeral.get_date()), '2022-09-19');
    const xmas = cal.get_holiday(D('2022-12-27'));
    assertEqual(iso(xmas.get_substitute_for()), '2022-12-25');
    assertEqual(xmas.describe(), 'Christmas Day (substitute day), England and Wales');
    const skipped = cal.explain_add(D('2022-09-15'), 5, Scr.Roll.ERROR);
    assertEqual(skipped.get_n_items(), 3);
    const day = skipped.get_item(2);
    assertEqual(day.get_reason(), 'Mon 2022-09-19: Bank Holiday for the State Funeral of Queen Elizabeth II, England and Wales');
    assertEqual(iso(day.get_date()), '2022-09-19');
    assert(!day.get_weekend());
    assert(!day.get_provisional());
    assertEqual(day.get_holiday().get_name(), funeral.get_name());
    assert(skipped.get_item(0).get_weekend());
    const counted = cal.explain_count(D('2022-09-23'), D('2022-09-15'));
    assertEqual(counted.get_n_items(), 3);
});

test('combined calendars', () => {
    const ew = Scr.Calendar.new_for_division(EW);
    const sc = Scr.Calendar.new_for_division(SC);
    const both = ew.combine(sc, Scr.CalendarCombination.UNION);
    const either = ew.combine(sc, Scr.CalendarCombination.INTERSECTION);
    assertEqual(iso(both.add_working_days(D('2026-06-11'), 3, Scr.Roll.ERROR)), '2026-06-17');
    assertEqual(iso(either.add_working_days(D('2026-04-02'), 1, Scr.Roll.ERROR)), '2026-04-06');
    assertEqual(both.count_working_days_inclusive(D('2026-01-01'), D('2026-12-31')), 249);
    assertEqual(either.list_holidays(D('2026-01-01'), D('2026-12-31')).get_n_items(), 12);
});

test('builder: closures and GOV.UK', () => {
    const b = Scr.CalendarBuilder.new(EW);
    assertEqual(b.get_division(), EW);
    b.add_closure(D('2024-12-27'), D('2024-12-31'), 'Council Christmas closure');
    b.add_closure(D('2025-02-14'), null, 'Staff day');
    b.load_closures_file(`${data}/closures-sample.json`);
    b.load_closures_data('{"schema_version": 1, "closures": [{"date": "2025-03-03", "name": "Moving day"}]}', -1);
    b.load_gov_uk_file(`${data}/gov-uk-sample.json`);
    const cal = b.build();
    assertEqual(cal.get_n_closures(), 12);
    assertEqual(iso(cal.add_working_days(D('2024-12-24'), 1, Scr.Roll.ERROR)), '2025-01-02');
    assertEqual(cal.get_holiday(D('2027-06-14')).get_provenance(), Scr.HolidayProvenance.GOV_UK);
    const [, text] = GLib.file_get_contents(`${data}/gov-uk-sample.json`);
    const s = Scr.CalendarBuilder.new(SC);
    s.load_gov_uk_data(new TextDecoder().decode(text), -1);
    assertEqual(s.build().get_holiday(D('2027-12-27')).get_provenance(), Scr.HolidayProvenance.GOV_UK);
    assertThrows(() => s.load_gov_uk_data('{"mars": {"events": []}}', -1),
        e => assert(e.message.includes('mars: unknown division'), e.message));
    assertThrows(() => b.load_closures_data('{"schema_version": 1, "division": "scotland", "closures": []}', -1),
        e => assert(e.message.includes('the closures are for scotland'), e.message));
});

run();
