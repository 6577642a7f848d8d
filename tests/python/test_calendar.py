"""Scr.Calendar, Scr.CalendarBuilder, Scr.Holiday and Scr.SkippedDay through PyGObject."""
import datetime
import os
import unittest

from scrtest import GLib, Scr, TEST_DATA, main

try:
    import numpy
except ImportError:  # pragma: no cover - numpy is in .ci/packages.txt
    numpy = None

D = Scr.Date.new_from_iso8601
EW = Scr.Division.ENGLAND_AND_WALES
SC = Scr.Division.SCOTLAND
NI = Scr.Division.NORTHERN_IRELAND


def iso(date):
    return date.to_iso8601()


class DivisionTest(unittest.TestCase):
    def test_strings(self):
        self.assertEqual(Scr.Division.to_string(SC), "scotland")
        self.assertEqual(Scr.Division.get_label(EW), "England and Wales")
        self.assertEqual(Scr.Division.from_string("northern-ireland"), NI)
        self.assertEqual(Scr.Division.from_string("yr-alban"), SC)
        with self.assertRaises(GLib.Error) as cm:
            Scr.Division.from_string("wales")
        self.assertTrue(cm.exception.matches(Scr.error_quark(), Scr.Error.INVALID_ARGUMENT))
        self.assertIn('unknown division "wales"', cm.exception.message)


class CalendarTest(unittest.TestCase):
    def setUp(self):
        self.ew = Scr.Calendar.new_for_division(EW)
        self.sc = Scr.Calendar.new_for_division_name("scotland")
        self.ni = Scr.Calendar.new_for_division(NI)

    def test_properties(self):
        self.assertEqual(self.sc.get_division(), SC)
        self.assertEqual(self.ew.props.division, EW)
        self.assertEqual(iso(self.ew.get_first_date()), "1971-01-01")
        self.assertEqual(iso(self.ew.get_last_date()), "2100-12-31")
        self.assertEqual(iso(self.ew.get_confirmed_through()), "2028-12-31")
        self.assertEqual(self.ew.get_n_closures(), 0)

    def test_spec_vectors(self):
        cals = {EW: self.ew, SC: self.sc, NI: self.ni}
        vectors = [
            (EW, "2025-12-19", 5, "2025-12-30"), (EW, "2022-12-23", 5, "2023-01-04"),
            (SC, "2022-12-23", 5, "2023-01-05"), (NI, "2022-12-23", 5, "2023-01-04"),
            (EW, "2022-09-01", 15, "2022-09-23"), (SC, "2026-06-11", 3, "2026-06-17"),
            (EW, "2026-06-11", 3, "2026-06-16"), (NI, "2026-07-10", 1, "2026-07-14"),
            (SC, "2026-06-24", -7, "2026-06-12"), (EW, "2026-06-24", -7, "2026-06-15"),
            (EW, "2027-12-24", 1, "2027-12-29"), (EW, "2027-12-31", 1, "2028-01-04"),
            (SC, "2027-12-31", 1, "2028-01-05"), (EW, "2026-04-02", 1, "2026-04-07"),
            (SC, "2026-04-02", 2, "2026-04-07"), (EW, "2022-09-15", 5, "2022-09-23"),
        ]
        for div, start, n, want in vectors:
            cal = cals[div]
            got = cal.add_working_days(D(start), n, Scr.Roll.ERROR)
            self.assertEqual(iso(got), want, (div, start, n))
            self.assertEqual(cal.count_working_days(D(start), got), n)

    def test_datetime_dates_work_too(self):
        got = self.ew.add_working_days(datetime.date(2022, 9, 15), 5, Scr.Roll.ERROR)
        self.assertEqual(iso(got), "2022-09-23")

    def test_working_days_and_counts(self):
        self.assertTrue(self.ew.is_working_day(D("2022-09-16")))
        self.assertFalse(self.ew.is_working_day(D("2022-09-19")))
        self.assertEqual(iso(self.ew.next_working_day(D("2022-09-16"))), "2022-09-20")
        self.assertEqual(iso(self.ew.previous_working_day(D("2022-09-20"))), "2022-09-16")
        self.assertEqual(self.ew.count_working_days(D("2022-09-20"), D("2022-09-16")), -1)
        self.assertEqual(self.ew.count_working_days_inclusive(D("2022-01-01"), D("2022-12-31")), 250)
        self.assertEqual(self.sc.count_working_days_inclusive(D("2026-01-01"), D("2026-12-31")), 251)
        self.assertEqual(self.ni.count_working_days_inclusive(D("2022-12-31"), D("2022-01-01")), -248)

    def test_roll(self):
        sat = D("2022-04-30")
        self.assertEqual(iso(self.ew.add_working_days(sat, 0, Scr.Roll.FOLLOWING)), "2022-05-03")
        self.assertEqual(iso(self.ew.add_working_days(sat, 0, Scr.Roll.MODIFIED_FOLLOWING)), "2022-04-29")
        self.assertEqual(iso(self.ew.add_working_days(sat, 0, Scr.Roll.PRECEDING)), "2022-04-29")
        self.assertEqual(iso(self.ew.add_working_days(D("2022-10-01"), 0, Scr.Roll.MODIFIED_PRECEDING)),
                         "2022-10-03")
        with self.assertRaises(GLib.Error) as cm:
            self.ew.add_working_days(sat, 0, Scr.Roll.ERROR)
        self.assertTrue(cm.exception.matches(Scr.error_quark(), Scr.Error.INVALID_ARGUMENT))
        self.assertIn("Sat 2022-04-30: weekend is not a working day", cm.exception.message)

    def test_out_of_range(self):
        with self.assertRaises(GLib.Error) as cm:
            self.ew.add_working_days(D("1970-12-31"), 1, Scr.Roll.ERROR)
        self.assertTrue(cm.exception.matches(Scr.error_quark(), Scr.Error.OUT_OF_RANGE))
        with self.assertRaises(GLib.Error):
            self.ew.add_working_days(D("2100-12-31"), 1, Scr.Roll.ERROR)
        with self.assertRaises(GLib.Error):
            self.ew.is_working_day_ordinal(1)

    def test_holidays_and_holiday(self):
        hs = self.sc.list_holidays(D("2023-01-01"), D("2023-12-31"))
        self.assertEqual(len(hs), 10)
        first = hs[0]
        self.assertIsInstance(first, Scr.Holiday)
        self.assertEqual(iso(first.get_date()), "2023-01-02")
        self.assertEqual(first.get_name(), "New Year’s Day")
        self.assertEqual(first.get_kind(), Scr.HolidayKind.SUBSTITUTE)
        self.assertEqual(iso(first.get_substitute_for()), "2023-01-01")
        self.assertEqual(first.get_division(), SC)
        self.assertFalse(first.get_provisional())
        self.assertEqual(first.get_provenance(), Scr.HolidayProvenance.PROCLAMATION)
        self.assertEqual(first.describe(), "New Year’s Day (substitute day), Scotland")
        funeral = self.ew.get_holiday(D("2022-09-19"))
        self.assertEqual(funeral.get_kind(), Scr.HolidayKind.EXTRA)
        self.assertEqual(funeral.get_provenance(), Scr.HolidayProvenance.ONE_OFF_PROCLAMATION)
        self.assertIn("Proclamation", funeral.get_source())
        self.assertEqual(funeral.props.name, "Bank Holiday for the State Funeral of Queen Elizabeth II")
        self.assertIsNone(self.ew.get_holiday(D("2022-09-20")))
        world_cup = self.sc.get_holiday(D("2026-06-15"))
        self.assertEqual(world_cup.get_name(), "World Cup bank holiday")
        self.assertIsNone(self.ew.get_holiday(D("2026-06-15")))
        self.assertTrue(self.ew.get_holiday(D("2029-05-07")).get_provisional())

    def test_explain(self):
        skipped = self.ew.explain_add(D("2022-09-15"), 5, Scr.Roll.ERROR)
        self.assertEqual([s.get_reason() for s in skipped], [
            "Sat 2022-09-17: weekend",
            "Sun 2022-09-18: weekend",
            "Mon 2022-09-19: Bank Holiday for the State Funeral of Queen Elizabeth II, England and Wales",
        ])
        self.assertTrue(skipped[0].get_weekend())
        self.assertIsNone(skipped[0].get_holiday())
        self.assertEqual(skipped[2].get_holiday().get_name(),
                         "Bank Holiday for the State Funeral of Queen Elizabeth II")
        self.assertEqual(iso(skipped[2].get_date()), "2022-09-19")
        self.assertFalse(skipped[2].get_provisional())
        counted = self.ew.explain_count(D("2028-12-22"), D("2029-01-02"))
        self.assertEqual(counted[-1].get_reason(), "Mon 2029-01-01: New Year’s Day, England and Wales (provisional)")
        self.assertTrue(counted[-1].get_provisional())

    def test_provisional(self):
        self.assertFalse(self.ew.is_provisional(D("2028-01-01"), D("2028-12-31")))
        self.assertTrue(self.ew.is_provisional(D("2028-12-20"), D("2029-01-03")))

    def test_identity_random(self):
        import random
        rng = random.Random(3)
        lo, hi = datetime.date(1972, 6, 1).toordinal(), datetime.date(2099, 6, 1).toordinal()
        for _ in range(2000):
            d = rng.randint(lo, hi)
            n = rng.choice([i for i in range(-250, 251) if i])
            r = self.sc.add_working_days_ordinal(d, n, Scr.Roll.ERROR)
            self.assertEqual(self.sc.count_working_days_ordinal(d, r), n)
            self.assertTrue(self.sc.is_working_day_ordinal(r))

    def test_batch_lists(self):
        o = datetime.date(2022, 9, 15).toordinal()
        out = self.ew.add_working_days_array([o, o + 1, o + 2], [5, 5, -5], Scr.Roll.ERROR)
        self.assertEqual(out, [self.ew.add_working_days_ordinal(o + i, n, Scr.Roll.ERROR)
                               for i, n in enumerate([5, 5, -5])])
        self.assertEqual(self.ew.add_working_days_array([o, o + 1], [1], Scr.Roll.ERROR),
                         [o + 1, o + 5])
        self.assertEqual(self.ew.count_working_days_array([o, o], [o + 8, o - 8]), [5, -6])
        with self.assertRaises(GLib.Error) as cm:
            self.ew.add_working_days_array([o, 5], [1, 1], Scr.Roll.ERROR)
        self.assertIn("ordinals[1]", cm.exception.message)

    @unittest.skipIf(numpy is None, "numpy is not installed")
    def test_batch_numpy(self):
        rng = numpy.random.default_rng(7)
        starts = rng.integers(datetime.date(2000, 1, 1).toordinal(),
                              datetime.date(2021, 12, 31).toordinal() + 1, 5000).astype(numpy.int32)
        offsets = rng.integers(1, 251, 5000).astype(numpy.int32)
        listed = numpy.array(self.ni.add_working_days_array(starts, offsets, Scr.Roll.ERROR), numpy.int32)
        packed = numpy.frombuffer(self.ni.add_working_days_bytes(
            GLib.Bytes.new(starts.tobytes()), GLib.Bytes.new(offsets.tobytes()), Scr.Roll.ERROR).get_data(),
            numpy.int32)
        self.assertTrue((listed == packed).all())
        counts = numpy.frombuffer(self.ni.count_working_days_bytes(
            GLib.Bytes.new(starts.tobytes()), GLib.Bytes.new(packed.tobytes())).get_data(), numpy.int32)
        self.assertTrue((counts == offsets).all())
        self.assertEqual(self.ni.count_working_days_array(starts[:10], listed[:10]), offsets[:10].tolist())
        # The same answers as numpy.busday_offset with the calendar's holidays.
        hs = self.ni.list_holidays(D("2000-01-01"), D("2023-12-31"))
        holidays = numpy.array([h.get_date().get_ordinal() - 719163 for h in hs], "datetime64[D]")
        cal = numpy.busdaycalendar(holidays=holidays)
        want = numpy.busday_offset((starts - 719163).astype("datetime64[D]"), offsets,
                                   roll="backward", busdaycal=cal)
        self.assertTrue(((want.astype(numpy.int64) + 719163) == packed).all())


class CombinedTest(unittest.TestCase):
    def test_union_and_intersection(self):
        ew = Scr.Calendar.new_for_division(EW)
        sc = Scr.Calendar.new_for_division(SC)
        both = ew.combine(sc, Scr.CalendarCombination.UNION)
        either = ew.combine(sc, Scr.CalendarCombination.INTERSECTION)
        self.assertEqual(iso(both.add_working_days(D("2026-06-11"), 3, Scr.Roll.ERROR)), "2026-06-17")
        self.assertEqual(iso(either.add_working_days(D("2026-04-02"), 1, Scr.Roll.ERROR)), "2026-04-06")
        self.assertEqual(both.count_working_days_inclusive(D("2026-01-01"), D("2026-12-31")), 249)
        self.assertEqual(either.count_working_days_inclusive(D("2026-01-01"), D("2026-12-31")), 255)
        reasons = [s.get_reason() for s in both.explain_add(D("2026-06-11"), 3, Scr.Roll.ERROR)]
        self.assertEqual(reasons[-1], "Mon 2026-06-15: World Cup bank holiday, Scotland")
        self.assertEqual(both.get_division(), EW)


class BuilderTest(unittest.TestCase):
    def test_closures(self):
        b = Scr.CalendarBuilder.new(EW)
        self.assertEqual(b.get_division(), EW)
        self.assertTrue(b.add_closure(D("2024-12-27"), D("2024-12-31"), "Council Christmas closure"))
        self.assertTrue(b.add_closure(D("2025-02-14"), None, "Staff day"))
        self.assertTrue(b.load_closures_file(os.path.join(TEST_DATA, "closures-sample.json")))
        self.assertTrue(b.load_closures_data(
            '{"schema_version": 1, "closures": [{"date": "2025-03-03", "name": "Moving day"}]}', -1))
        cal = b.build()
        self.assertEqual(cal.get_n_closures(), 5 + 1 + 5 + 1)
        self.assertEqual(iso(cal.add_working_days(D("2024-12-24"), 1, Scr.Roll.ERROR)), "2025-01-02")
        reasons = [s.get_reason() for s in cal.explain_add(D("2024-12-24"), 1, Scr.Roll.ERROR)]
        self.assertIn("Mon 2024-12-30: Council Christmas closure (local closure)", reasons)
        self.assertEqual(cal.get_holiday(D("2025-03-03")).get_kind(), Scr.HolidayKind.CLOSURE)
        with self.assertRaises(GLib.Error) as cm:
            b.load_closures_data('{"schema_version": 1, "closures": [{"date": "2025-02-30", "name": "x"}]}', -1)
        self.assertIn("closures[0].date", cm.exception.message)
        with self.assertRaises(GLib.Error):
            b.add_closure(D("2025-01-02"), D("2025-01-01"), "Backwards")

    def test_gov_uk(self):
        path = os.path.join(TEST_DATA, "gov-uk-sample.json")
        b = Scr.CalendarBuilder.new(EW)
        self.assertTrue(b.load_gov_uk_file(path))
        cal = b.build()
        extra = cal.get_holiday(D("2027-06-14"))
        self.assertEqual(extra.get_name(), "Sample extra bank holiday")
        self.assertEqual(extra.get_provenance(), Scr.HolidayProvenance.GOV_UK)
        self.assertTrue(cal.is_working_day(D("2027-08-30")))
        self.assertEqual(iso(cal.get_confirmed_through()), "2029-01-01")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        s = Scr.CalendarBuilder.new(SC)
        self.assertTrue(s.load_gov_uk_data(text, -1))
        self.assertEqual(s.build().get_holiday(D("2027-12-27")).get_provenance(),
                         Scr.HolidayProvenance.GOV_UK)
        with self.assertRaises(GLib.Error) as cm:
            s.load_gov_uk_data('{"scotland": {"events": [{"title": "x", "date": "2026-13-01"}]}}', -1)
        self.assertIn("scotland.events[0].date", cm.exception.message)


if __name__ == "__main__":
    main()
