// Legal-status periods through GJS: ScrPeriod, a person's periods on the
// child protection register and looked after, the JSON path of a period
// that ends before it starts, and the facts derived from them.
import Json from 'gi://Json';
import Scr from 'gi://Scr?version=1';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const day = text => Scr.Date.new_from_iso8601(text);

test('period', () => {
    const period = Scr.Period.new(day('2020-02-03'), null);
    assert(period.is_open());
    assertEqual(period.get_to(), null);
    period.set_to(day('2020-08'));
    assert(!period.is_open());
    period.set_from(day('2020-02'));
    assertEqual(period.get_from().to_iso8601(), '2020-02');
    assertEqual(Json.to_string(period.to_json(), false), '{"from":"2020-02","to":"2020-08"}');
    const read = Scr.Period.new_from_json(Json.from_string('{"from":"2019","to":null,"x":1}'));
    assert(read.is_open());
    assertEqual(Json.to_string(read.to_json(), false), '{"from":"2019","to":null,"x":1}');
});

test('person periods', () => {
    const person = Scr.Person.new('c');
    const periods = person.get_cp_register_periods();
    assertEqual(periods.get_n_items(), 0);
    const period = Scr.Period.new(day('2020-02-03'), day('2020-08-10'));
    person.add_cp_register_period(period);
    person.add_looked_after_period(Scr.Period.new(day('2021-01'), null));
    assertEqual(periods.get_n_items(), 1);
    assertEqual(periods.get_item(0).get_to().to_iso8601(), '2020-08-10');
    const lookedAfter = person.get_looked_after_periods();
    assertEqual(lookedAfter.get_item(0).get_from().to_iso8601(), '2021-01');
    const status = JSON.parse(Json.to_string(person.to_json(), false)).legal_status;
    assertEqual(status.cp_register_periods[0].to, '2020-08-10');
    assertEqual(status.looked_after_periods[0].to, null);
    assert(person.remove_cp_register_period(period));
    assert(!person.remove_cp_register_period(period));
    assert(person.remove_looked_after_period(lookedAfter.get_item(0)));
    assertEqual(lookedAfter.get_n_items(), 0);
});

test('to before from', () => {
    const text = '{"id":"c","legal_status":{"cp_register_periods":' +
        '[{"from":"2020-05-01","to":"2020-04"}]}}';
    const e = assertThrows(() => Scr.Person.new_from_json(Json.from_string(text)));
    assert(e.matches(Scr.error_quark(), Scr.Error.VALIDATION));
    assertEqual(e.message,
        "legal_status.cp_register_periods[0].to: is before the period's start (2020-05-01)");
});

function wales(incident, start, end, facts = {}) {
    const scrCase = Scr.Case.new('w', Scr.Jurisdiction.WALES);
    const all = {abuse_neglect: 'suspected', died: 'yes', within_board_area: 'yes',
        looked_after_6m: 'no', ...facts};
    for (const [name, value] of Object.entries(all))
        scrCase.set_fact(name, value);
    scrCase.set_event('incident', day(incident));
    const subject = Scr.Person.new('s');
    subject.add_cp_register_period(Scr.Period.new(day(start), end ? day(end) : null));
    scrCase.set_subject(subject);
    return Scr.Evaluator.new(null).evaluate(scrCase, null).get_outcome(
        Scr.Process.WALES_EXTENDED);
}

test('six-month window', () => {
    const V = Scr.Verdict;
    const derived = wales('2020-12-01', '2020-02-03', '2020-08-10');
    assertEqual(derived.get_verdict(), V.REQUIRED);
    assert(derived.get_reason().includes('from 3 February 2020 to 10 August 2020, ' +
        'which overlaps the six months before 1 December 2020'));
    assertEqual(wales('2020-12-01', '2020-01-01', '2020-06-01').get_verdict(), V.REQUIRED);
    assertEqual(wales('2020-12-01', '2020-01-01', '2020-05-31').get_verdict(), V.NOT_REQUIRED);
    assertEqual(wales('2020-12-01', '2020-11-30', null).get_verdict(), V.REQUIRED);
    const straddling = wales('2020-11-15', '2020-01', '2020-05');
    assertEqual(straddling.get_verdict(), V.INDETERMINATE);
    assertEqual(straddling.get_missing().join(','), 'cp_register_6m');
    assert(straddling.get_reason().includes('whether it ended before 15 May 2020'));
    assertEqual(wales('2020-12-01', '2020-02-03', '2020-08-10', {cp_register_6m: 'no'})
        .get_verdict(), V.NOT_REQUIRED);
});

run();
