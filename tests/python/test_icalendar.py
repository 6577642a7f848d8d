"""Timeline.to_icalendar() through PyGObject, read back with Python's
icalendar package: a second implementation of RFC 5545."""
import datetime
import os
import subprocess
import unittest

from scrtest import EXAMPLES, SCR_TOOL, GLib, Scr, main
from gi.repository import Gio

try:
    import icalendar
except ImportError:  # python3-icalendar (.ci/packages.txt)
    icalendar = None

SIN = dict(abuse_neglect="suspected", serious_harm="yes", died="no", incident_location="this_la")


def jubilee_timeline(case_id="py-case"):
    """Aware Friday 27 May 2022, Panel told 1 June, on 9 June: T-SIN-18
    met, T-SIN-18-SP overdue (due 7 June), T-RR pending (due 24 June)."""
    c = Scr.Case.new(case_id, Scr.Jurisdiction.ENGLAND)
    for name, value in SIN.items():
        c.set_fact(name, value)
    c.set_event("became_aware", Scr.Date.new(2022, 5, 27))
    c.set_event("notification_sent", Scr.Date.new(2022, 6, 1))
    return Scr.Evaluator.new(None).timeline(c, Scr.Date.new(2022, 6, 9))


def supported():
    try:
        jubilee_timeline().to_icalendar(None)
        return True
    except GLib.Error as e:
        if e.matches(GLib.io_error_quark(), GLib.IOErrorEnum.NOT_SUPPORTED):
            return False
        raise


@unittest.skipUnless(supported(), "built without libical-glib")
class ICalendarTest(unittest.TestCase):
    def setUp(self):
        self.timeline = jubilee_timeline()
        self.text = self.timeline.to_icalendar(None)

    @unittest.skipIf(icalendar is None, "python3-icalendar is not installed")
    def test_parsed_by_icalendar(self):
        cal = icalendar.Calendar.from_ical(self.text)
        self.assertEqual(str(cal["VERSION"]), "2.0")
        self.assertTrue(str(cal["PRODID"]).startswith("-//libscr//"))
        events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
        # One per pending or overdue deadline; none for the met T-SIN-18.
        statuses = {d.get_rule_id(): d.get_status() for d in self.timeline.get_deadlines()}
        open_rules = sorted(r for r, s in statuses.items()
                            if s in (Scr.DeadlineStatus.PENDING, Scr.DeadlineStatus.OVERDUE))
        self.assertEqual(open_rules, ["T-RR", "T-SIN-18-SP"])
        self.assertEqual(sorted(events), ["py-case.%s@libscr" % r for r in open_rules])

        overdue = events["py-case.T-SIN-18-SP@libscr"]
        self.assertEqual(overdue.decoded("DTSTART"), datetime.date(2022, 6, 7))
        self.assertEqual(overdue.decoded("DTEND"), datetime.date(2022, 6, 8))
        self.assertEqual(overdue.decoded("DTSTAMP"),
                         datetime.datetime(2022, 6, 9, tzinfo=datetime.timezone.utc))
        self.assertIn("py-case", str(overdue["SUMMARY"]))
        self.assertIn("(OVERDUE)", str(overdue["SUMMARY"]))
        description = str(overdue["DESCRIPTION"])
        self.assertIn("Rule: T-SIN-18-SP\nStatus: overdue by ", description)
        self.assertIn("To do: Tell the safeguarding partners", description)
        self.assertIn("Source: ", description)

        # The reminder: 09:00 on the second working day before the due
        # date, over the weekend and the Jubilee holidays of 2 and 3 June.
        for uid, remind in (("py-case.T-SIN-18-SP@libscr", datetime.date(2022, 6, 1)),
                            ("py-case.T-RR@libscr", datetime.date(2022, 6, 22))):
            event = events[uid]
            alarms = event.walk("VALARM")
            self.assertEqual(len(alarms), 1)
            self.assertEqual(str(alarms[0]["ACTION"]), "DISPLAY")
            start = datetime.datetime.combine(event.decoded("DTSTART"), datetime.time())
            self.assertEqual(start + alarms[0].decoded("TRIGGER"),
                             datetime.datetime.combine(remind, datetime.time(9)))

    def test_remind_day_is_two_working_days_before(self):
        calendar = Scr.Calendar.new_for_division(Scr.Division.ENGLAND_AND_WALES)
        remind = calendar.add_working_days(Scr.Date.new(2022, 6, 7), -2, Scr.Roll.ERROR)
        self.assertEqual(remind.to_iso8601(), "2022-06-01")
        self.assertIn("TRIGGER:-P5DT15H\r\n", self.text)

    def test_stable_and_calendar_default(self):
        calendar = Scr.Calendar.new_for_division(Scr.Division.ENGLAND_AND_WALES)
        self.assertEqual(self.timeline.to_icalendar(None), self.text)
        self.assertEqual(jubilee_timeline().to_icalendar(calendar), self.text)

    def test_several_timelines(self):
        store = Gio.ListStore.new(Scr.Timeline)
        store.append(self.timeline)
        store.append(jubilee_timeline("Child M"))
        text = Scr.timelines_to_icalendar(store, None)
        calendar = icalendar.Calendar.from_ical(text)
        uids = sorted(str(e["UID"]) for e in calendar.walk("VEVENT"))
        self.assertEqual(text.count("BEGIN:VCALENDAR\r\n"), 1)
        self.assertEqual(len(uids), 2 * self.text.count("BEGIN:VEVENT\r\n"))
        self.assertIn("Child%20M.T-RR@libscr", uids)

    def test_lines(self):
        self.assertTrue(self.text.endswith("END:VCALENDAR\r\n"))
        self.assertNotIn("\n", self.text.replace("\r\n", ""))
        self.assertTrue(all(len(line.encode("utf-8")) <= 75 for line in self.text.split("\r\n")))

    def test_uid_escapes(self):
        text = jubilee_timeline("Child L/2022.1").to_icalendar(None)
        self.assertIn("UID:Child%20L%2F2022%2E1.T-RR@libscr\r\n", text)

    def test_cli(self):
        source = os.path.join(EXAMPLES, "data", "liverpool-lif-audits.json")
        r = subprocess.run([SCR_TOOL, "timeline", "--ics", "--today", "2015-03-02", source],
                           capture_output=True)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout.decode("utf-8").count("BEGIN:VEVENT\r\n"), 2)


if __name__ == "__main__":
    main()
