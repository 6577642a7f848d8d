// Timeline.to_icalendar() through GJS: the iCalendar export of a timeline.
import GLib from 'gi://GLib';
import Gio from 'gi://Gio';
import Scr from 'gi://Scr?version=1';
import {test, assert, assertEqual, run} from './harness.js';

const SIN = {abuse_neglect: 'suspected', serious_harm: 'yes', died: 'no', incident_location: 'this_la'};

// Aware Friday 27 May 2022, Panel told 1 June, on 9 June: T-SIN-18 met,
// T-SIN-18-SP overdue (due 7 June), T-RR pending (due 24 June).
function jubileeTimeline() {
    const c = Scr.Case.new('js-case', Scr.Jurisdiction.ENGLAND);
    for (const [k, v] of Object.entries(SIN))
        c.set_fact(k, v);
    c.set_event('became_aware', Scr.Date.new(2022, 5, 27));
    c.set_event('notification_sent', Scr.Date.new(2022, 6, 1));
    return Scr.Evaluator.new(null).timeline(c, Scr.Date.new(2022, 6, 9));
}

function exportOrNull(timeline, calendar) {
    try {
        return timeline.to_icalendar(calendar);
    } catch (err) {
        // Built without libical-glib.
        assert(err.matches(Gio.IOErrorEnum, Gio.IOErrorEnum.NOT_SUPPORTED), err.message);
        return null;
    }
}

test('timeline: iCalendar events, UIDs and reminders', () => {
    const text = exportOrNull(jubileeTimeline(), null);
    if (text === null)
        return;
    assert(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'), text);
    assertEqual(text.split('BEGIN:VEVENT\r\n').length - 1, 2);
    assert(text.includes('UID:js-case.T-SIN-18-SP@libscr\r\n'), text);
    assert(text.includes('UID:js-case.T-RR@libscr\r\n'), text);
    assert(!text.includes('UID:js-case.T-SIN-18@libscr\r\n'), 'the met step is left out');
    assert(text.includes('DTSTART;VALUE=DATE:20220607\r\n'), text);
    assert(text.includes('TRIGGER:-P5DT15H\r\n'), 'Wednesday 1 June, 09:00');
    assert(text.split('\r\n').every(line => new TextEncoder().encode(line).length <= 75));
});

test('timeline: iCalendar is the same on every export', () => {
    const calendar = Scr.Calendar.new_for_division(Scr.Division.ENGLAND_AND_WALES);
    const first = exportOrNull(jubileeTimeline(), null);
    if (first === null)
        return;
    assertEqual(exportOrNull(jubileeTimeline(), calendar), first);
    assert(GLib.str_has_suffix(first, 'END:VCALENDAR\r\n'));
});

test('timeline: several timelines in one calendar', () => {
    const store = Gio.ListStore.new(Scr.Timeline);
    store.append(jubileeTimeline());
    store.append(jubileeTimeline());
    let text;
    try {
        text = Scr.timelines_to_icalendar(store, null);
    } catch (err) {
        assert(err.matches(Gio.IOErrorEnum, Gio.IOErrorEnum.NOT_SUPPORTED), err.message);
        return;
    }
    assertEqual(text.split('BEGIN:VCALENDAR\r\n').length - 1, 1);
    assertEqual(text.split('BEGIN:VEVENT\r\n').length - 1, 4);
});

run();
