"""Scr.Date through PyGObject."""
import datetime

from scrtest import GLib, Scr, main
import unittest


class DateTest(unittest.TestCase):
    def test_new_and_fields(self):
        d = Scr.Date.new(2014, 8, 27)
        self.assertEqual((d.get_year(), d.get_month(), d.get_day()), (2014, 8, 27))
        self.assertEqual(d.to_iso8601(), "2014-08-27")
        self.assertEqual(d.get_precision(), Scr.DatePrecision.DAY)
        self.assertEqual(d.get_weekday(), GLib.DateWeekday.WEDNESDAY)
        self.assertEqual(d.get_ordinal(), datetime.date(2014, 8, 27).toordinal())

    def test_invalid_raises_gerror(self):
        with self.assertRaises(GLib.Error) as cm:
            Scr.Date.new_from_iso8601("2014-02-30")
        self.assertTrue(cm.exception.matches(Scr.error_quark(), Scr.Error.INVALID_ARGUMENT))
        self.assertIn("is not a date", cm.exception.message)

    def test_partial(self):
        d = Scr.Date.new_from_iso8601("2011-11")
        self.assertFalse(d.is_complete())
        self.assertEqual(d.get_precision(), Scr.DatePrecision.MONTH)
        self.assertEqual(Scr.Date.new_year(2014).to_iso8601(), "2014")

    def test_arithmetic_and_compare(self):
        d = Scr.Date.new(2023, 8, 31)
        self.assertEqual(d.add_months(6).to_iso8601(), "2024-02-29")
        self.assertEqual(d.add_days(1).to_iso8601(), "2023-09-01")
        self.assertEqual(Scr.Date.days_between(d, d.add_days(10)), 10)
        self.assertLess(d.compare(d.add_days(1)), 0)
        self.assertTrue(d.equal(d.copy()))
        self.assertEqual(d.hash(), d.copy().hash())

    def test_ordinal_roundtrip(self):
        o = datetime.date(2022, 9, 19).toordinal()
        self.assertEqual(Scr.Date.new_from_ordinal(o).to_iso8601(), "2022-09-19")
        with self.assertRaises(GLib.Error):
            Scr.Date.new_from_ordinal(0)

    def test_date_time(self):
        dt = GLib.DateTime.new_utc(2022, 6, 30, 23, 30, 0)
        self.assertEqual(Scr.Date.new_from_date_time(dt).to_iso8601(), "2022-07-01")
        self.assertTrue(Scr.Date.new_today().is_complete())
        self.assertEqual(Scr.Date.new(2022, 7, 1).format("%a"), "Fri")


if __name__ == "__main__":
    main()
