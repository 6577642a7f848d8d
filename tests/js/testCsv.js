// CSV export and list models through GJS.
import GLib from 'gi://GLib';
import GObject from 'gi://GObject';
import Gio from 'gi://Gio';
import Scr from 'gi://Scr?version=1';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const Item = GObject.registerClass({
    GTypeName: 'TestCsvItem',
    Properties: {
        'id': GObject.ParamSpec.string('id', null, null, GObject.ParamFlags.READWRITE, null),
        'free-text': GObject.ParamSpec.string('free-text', null, null,
            GObject.ParamFlags.READWRITE, null),
        'age': GObject.ParamSpec.int('age', null, null, GObject.ParamFlags.READWRITE,
            -1, 200, -1),
        'when': GObject.ParamSpec.boxed('when', null, null, GObject.ParamFlags.READWRITE,
            Scr.Date.$gtype),
        'precision': GObject.ParamSpec.enum('precision', null, null,
            GObject.ParamFlags.READWRITE, Scr.DatePrecision.$gtype, Scr.DatePrecision.DAY),
        'tags': GObject.ParamSpec.boxed('tags', null, null, GObject.ParamFlags.READWRITE,
            GObject.type_from_name('GStrv')),
    },
}, class Item extends GObject.Object {});

function makeItems() {
    const store = new Gio.ListStore({item_type: Item.$gtype});
    store.append(new Item({
        id: 'a', free_text: 'plain', age: 9, when: Scr.Date.new(2014, 8, 27),
        precision: Scr.DatePrecision.MONTH, tags: ['neglect', 'school'],
    }));
    store.append(new Item({id: 'b', free_text: 'Said "no", twice\nthen left',
        when: Scr.Date.new_from_iso8601('2011-11')}));
    store.append(new Item({id: 'c'}));
    return store;
}

const expected =
    'id,free_text,age,when,precision,tags\r\n' +
    'a,plain,9,2014-08-27,month,neglect; school\r\n' +
    'b,"Said ""no"", twice\nthen left",,2011-11,day,\r\n' +
    'c,,,,day,\r\n';

test('columns are the properties in snake_case', () => {
    const columns = Scr.csv_list_columns(makeItems());
    assertEqual(columns.join(','), 'id,free_text,age,when,precision,tags');
});

test('model to string: RFC 4180 quoting, CRLF, nicks, ISO dates, unknown -1 empty', () => {
    assertEqual(Scr.csv_model_to_string(makeItems()), expected);
});

test('write to a stream', () => {
    const stream = Gio.MemoryOutputStream.new_resizable();
    assert(Scr.csv_write_model(makeItems(), stream, null));
    stream.close(null);
    const text = new TextDecoder().decode(stream.steal_as_bytes().toArray());
    assertEqual(text, expected);
});

test('write to a file, atomically replacing it', () => {
    const dir = GLib.dir_make_tmp('scr-csv-XXXXXX');
    const path = GLib.build_filenamev([dir, 'items.csv']);
    GLib.file_set_contents(path, 'old');
    assert(Scr.csv_write_model_to_file(makeItems(), path));
    const [, contents] = GLib.file_get_contents(path);
    assertEqual(new TextDecoder().decode(contents), expected);
    GLib.unlink(path);
    GLib.rmdir(dir);
});

test('a missing directory is a GLib.Error in the file error domain', () => {
    assertThrows(() => Scr.csv_write_model_to_file(makeItems(), '/nonexistent/dir/x.csv'), e => {
        assert(e instanceof GLib.Error, 'a GLib.Error');
        assert(e.matches(GLib.FileError, GLib.FileError.NOENT), `${e}`);
    });
});

test('cancelled write throws G_IO_ERROR_CANCELLED', () => {
    const cancellable = new Gio.Cancellable();
    cancellable.cancel();
    assertThrows(() => Scr.csv_write_model(makeItems(),
        Gio.MemoryOutputStream.new_resizable(), cancellable), e => {
        assert(e.matches(Gio.IOErrorEnum, Gio.IOErrorEnum.CANCELLED), `${e}`);
    });
});

test("libscr's own collections: agencies, cases, actions", () => {
    const examples = GLib.getenv('SCR_EXAMPLES');
    const dataset = Scr.Dataset.new_from_file(
        GLib.build_filenamev([examples, 'data', 'child-l-cumbria.json']));
    const agencies = Scr.csv_model_to_string(dataset.get_agencies());
    assert(agencies.startsWith('id,name,sector\r\n'), agencies);
    assert(agencies.includes('\r\ncumbria-police,Cumbria Police,police\r\n'), agencies);
    const cases = Scr.csv_model_to_string(dataset.get_cases());
    assert(cases.includes(',england,'), cases);
    assert(cases.includes(',child-l-subject,2011,death,'), cases);
    const columns = Scr.csv_list_columns(dataset.get_actions());
    assert(columns.includes('due_date') && columns.includes('status'), columns.join());
});

test('list models iterate natively', () => {
    const store = makeItems();
    assertEqual(store.get_n_items(), 3);
    assertEqual([...store].map(item => item.id).join(','), 'a,b,c');
    assertEqual(store.get_item(1).when.to_iso8601(), '2011-11');
});

run();
