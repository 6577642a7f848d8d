"""Legal-status periods through PyGObject: ScrPeriod, a person's periods
on the child protection register and looked after, the JSON path of a
period that ends before it starts, and the facts derived from them."""
import unittest

from scrtest import GLib, Json, Scr, main


def day(text):
    return Scr.Date.new_from_iso8601(text)


class PeriodTest(unittest.TestCase):
    def test_period(self):
        period = Scr.Period.new(day("2020-02-03"), None)
        self.assertTrue(period.is_open())
        self.assertIsNone(period.get_to())
        period.set_to(day("2020-08"))
        self.assertFalse(period.is_open())
        period.set_from(day("2020-02"))
        self.assertEqual(period.get_from().to_iso8601(), "2020-02")
        self.assertEqual(period.props.to.to_iso8601(), "2020-08")
        self.assertEqual(Json.to_string(period.to_json(), False),
                         '{"from":"2020-02","to":"2020-08"}')
        read = Scr.Period.new_from_json(Json.from_string('{"from":"2019","to":null,"x":1}'))
        self.assertTrue(read.is_open())
        self.assertEqual(Json.to_string(read.to_json(), False), '{"from":"2019","to":null,"x":1}')

    def test_person_periods(self):
        person = Scr.Person.new("c")
        periods = person.get_cp_register_periods()
        self.assertEqual(periods.get_n_items(), 0)
        period = Scr.Period.new(day("2020-02-03"), day("2020-08-10"))
        person.add_cp_register_period(period)
        person.add_looked_after_period(Scr.Period.new(day("2021-01"), None))
        self.assertEqual(len(periods), 1)
        self.assertEqual(periods[0].get_to().to_iso8601(), "2020-08-10")
        looked_after = person.get_looked_after_periods()
        self.assertEqual(looked_after[0].get_from().to_iso8601(), "2021-01")
        status = Json.to_string(person.to_json(), False)
        self.assertIn('"cp_register_periods":[{"from":"2020-02-03","to":"2020-08-10"}]', status)
        self.assertIn('"looked_after_periods":[{"from":"2021-01","to":null}]', status)
        self.assertTrue(person.remove_cp_register_period(period))
        self.assertFalse(person.remove_cp_register_period(period))
        self.assertTrue(person.remove_looked_after_period(looked_after[0]))
        self.assertEqual(len(person.props.looked_after_periods), 0)

    def test_to_before_from(self):
        text = ('{"id":"c","legal_status":{"cp_register_periods":'
                '[{"from":"2020-05-01","to":"2020-04"}]}}')
        with self.assertRaises(GLib.Error) as caught:
            Scr.Person.new_from_json(Json.from_string(text))
        self.assertTrue(caught.exception.matches(Scr.error_quark(), Scr.Error.VALIDATION))
        self.assertEqual(caught.exception.message,
                         "legal_status.cp_register_periods[0].to: "
                         "is before the period's start (2020-05-01)")

    def wales(self, incident, start, end, **facts):
        case = Scr.Case.new("w", Scr.Jurisdiction.WALES)
        for name, value in dict(abuse_neglect="suspected", died="yes", within_board_area="yes",
                                looked_after_6m="no", **facts).items():
            case.set_fact(name, value)
        case.set_event("incident", day(incident))
        subject = Scr.Person.new("s")
        subject.add_cp_register_period(Scr.Period.new(day(start), day(end) if end else None))
        case.set_subject(subject)
        return Scr.Evaluator.new(None).evaluate(case, None).get_outcome(
            Scr.Process.WALES_EXTENDED)

    def test_six_month_window(self):
        V = Scr.Verdict
        derived = self.wales("2020-12-01", "2020-02-03", "2020-08-10")
        self.assertEqual(derived.get_verdict(), V.REQUIRED)
        self.assertIn("on the child protection register from 3 February 2020 to "
                      "10 August 2020, which overlaps the six months before 1 December 2020",
                      derived.get_reason())
        # the window's first day, and the day before it
        self.assertEqual(self.wales("2020-12-01", "2020-01-01", "2020-06-01").get_verdict(),
                         V.REQUIRED)
        self.assertEqual(self.wales("2020-12-01", "2020-01-01", "2020-05-31").get_verdict(),
                         V.NOT_REQUIRED)
        # open, and a month that straddles the window's first day
        self.assertEqual(self.wales("2020-12-01", "2020-11-30", None).get_verdict(), V.REQUIRED)
        straddling = self.wales("2020-11-15", "2020-01", "2020-05")
        self.assertEqual(straddling.get_verdict(), V.INDETERMINATE)
        self.assertEqual(straddling.get_missing(), ["cp_register_6m"])
        self.assertIn("whether it ended before 15 May 2020", straddling.get_reason())
        # a recorded fact wins
        self.assertEqual(self.wales("2020-12-01", "2020-02-03", "2020-08-10",
                                    cp_register_6m="no").get_verdict(), V.NOT_REQUIRED)


if __name__ == "__main__":
    main()
