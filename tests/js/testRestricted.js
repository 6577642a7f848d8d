// Restricted details through GJS: read from a dataset, written back only
// when the save asks for them.
import GLib from 'gi://GLib';
import Scr from 'gi://Scr?version=1';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const SECRET = ['Elizabeth Anne Hargreaves', 'Lizzie', '2011-03-03', 'LA9 4QT',
    'Castle Park', 'CS-2019-00417', '943 476 5919', 'Brookside'];
const DATASET = `{"schema_version": 1, "cases": [{"id": "c1", "jurisdiction": "england",
 "subject": {"id": "child", "pseudonym": "Child M", "relationship": "subject",
  "restricted": {"names": ["Elizabeth Anne Hargreaves", "Lizzie Hargreaves"],
   "date_of_birth": "2011-03-03", "addresses": ["14 Brookside Close, Kendal"],
   "postcodes": ["LA9 4QT"], "schools": ["Castle Park Primary School"],
   "case_numbers": ["CS-2019-00417"], "nhs_numbers": ["943 476 5919"]}}}]}`;

function subject(dataset) {
    return dataset.get_cases().get_item(0).get_subject();
}

test('restricted details accessors', () => {
    const details = Scr.RestrictedDetails.new();
    assert(details.is_empty(), 'new details are empty');
    details.set_names(['Zoë O\'Neill', 'Zoe Smith']);
    assertEqual(details.get_names().join('|'), 'Zoë O\'Neill|Zoe Smith');
    details.set_addresses(['1 High Street']);
    details.set_postcodes(['CA1 1AA']);
    details.set_schools(['Hill Top School']);
    details.set_case_numbers(['X-1']);
    details.set_nhs_numbers(['943 476 5919']);
    details.set_date_of_birth(Scr.Date.new(2012, 2, 29));
    assertEqual(details.get_date_of_birth().to_iso8601(), '2012-02-29');
    assertEqual([details.get_addresses(), details.get_postcodes(), details.get_schools(),
        details.get_case_numbers(), details.get_nhs_numbers()].flat().join('|'),
    '1 High Street|CA1 1AA|Hill Top School|X-1|943 476 5919');
    assert(!details.is_empty(), 'no longer empty');
    const person = Scr.Person.new('p');
    assertEqual(person.get_restricted(), null);
    person.set_restricted(details);
    assert(person.get_restricted() === details, 'the same object');
    person.set_restricted(null);
    assertEqual(person.get_restricted(), null);
});

test('restricted details are saved only when asked', () => {
    const dataset = Scr.Dataset.new_from_data(new TextEncoder().encode(DATASET));
    assertEqual(subject(dataset).get_restricted().get_names()[1], 'Lizzie Hargreaves');
    const [plain] = dataset.to_data();
    for (const secret of SECRET)
        assert(!plain.includes(secret), `${secret} left out`);
    const [full] = dataset.to_data_full(Scr.SaveFlags.INCLUDE_RESTRICTED);
    for (const secret of SECRET)
        assert(full.includes(secret), `${secret} written`);
    const again = Scr.Dataset.new_from_data(new TextEncoder().encode(full));
    assertEqual(again.to_data_full(Scr.SaveFlags.INCLUDE_RESTRICTED)[0], full);
    const dir = GLib.dir_make_tmp('scr-restricted-XXXXXX');
    const path = GLib.build_filenamev([dir, 'full.json']);
    assert(dataset.save_to_file_full(path, Scr.SaveFlags.INCLUDE_RESTRICTED), 'saved');
    const [, bytes] = GLib.file_get_contents(path);
    assertEqual(new TextDecoder().decode(bytes), full);
    GLib.unlink(path);
    GLib.rmdir(dir);
});

test('restricted errors do not quote values', () => {
    const bad = DATASET.replace('"2011-03-03"', '"2011-02-30 Hargreaves"');
    assertThrows(() => Scr.Dataset.new_from_data(new TextEncoder().encode(bad)), e => {
        assert(e.message.includes('restricted.date_of_birth'), e.message);
        assert(!e.message.includes('Hargreaves'), e.message);
    });
});

run();
