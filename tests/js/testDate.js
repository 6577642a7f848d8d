// Scr.Date through GJS.
import GLib from 'gi://GLib';
import Scr from 'gi://Scr?version=1';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

test('new and fields', () => {
    const d = Scr.Date.new(2014, 8, 27);
    assertEqual(d.get_year(), 2014);
    assertEqual(d.to_iso8601(), '2014-08-27');
    assertEqual(d.get_weekday(), GLib.DateWeekday.WEDNESDAY);
    assertEqual(d.get_precision(), Scr.DatePrecision.DAY);
    assertEqual(d.get_ordinal(), 735472);
});

test('invalid date throws GLib.Error in the Scr domain', () => {
    assertThrows(() => Scr.Date.new_from_iso8601('2014-02-30'), e => {
        assert(e instanceof GLib.Error, 'a GLib.Error');
        assert(e.matches(Scr.Error, Scr.Error.INVALID_ARGUMENT), 'domain and code');
        assert(e.message.includes('is not a date'), e.message);
    });
});

test('partial dates', () => {
    const d = Scr.Date.new_from_iso8601('2011-11');
    assert(!d.is_complete());
    assertEqual(d.get_precision(), Scr.DatePrecision.MONTH);
    assertEqual(Scr.Date.new_year(2014).to_iso8601(), '2014');
});

test('arithmetic and comparison', () => {
    const d = Scr.Date.new(2023, 8, 31);
    assertEqual(d.add_months(6).to_iso8601(), '2024-02-29');
    assertEqual(d.days_between(d.add_days(10)), 10);
    assert(d.compare(d.add_days(1)) < 0);
    assert(d.equal(d.copy()));
    assertEqual(Scr.Date.new_from_ordinal(738417).to_iso8601(), '2022-09-19');
});

test('date from GLib.DateTime uses UK civil date', () => {
    const dt = GLib.DateTime.new_utc(2022, 6, 30, 23, 30, 0);
    assertEqual(Scr.Date.new_from_date_time(dt).to_iso8601(), '2022-07-01');
    assert(Scr.Date.new_today().is_complete());
});

run();
