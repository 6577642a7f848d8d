// Scr.Store through GJS: a register in SQLite and its decision log.
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Scr from 'gi://Scr?version=1';
import {test, assert, assertEqual, assertThrows, run} from './harness.js';

const SEFTON = GLib.build_filenamev([GLib.getenv('SCR_EXAMPLES'), 'data', 'sefton-scr-timelines.json']);

// With SCR_TEST_POSTGRESQL_URI set (tests/pgserver.py), each register is
// a fresh schema of that server's database instead of an SQLite file.
const SERVER = GLib.getenv('SCR_TEST_POSTGRESQL_URI');
let nSchemas = 0;

function psql(sql) {
    const [ok, , err, status] = GLib.spawn_sync(null, ['psql', '-q', '-v', 'ON_ERROR_STOP=1',
        SERVER, '-c', sql], null, GLib.SpawnFlags.SEARCH_PATH, null);
    if (!ok || status !== 0)
        throw new Error(`psql ${sql}: ${new TextDecoder().decode(err)}`);
}

function withRegister(fn) {
    if (SERVER) {
        const schema = `scr_js_${new Date().getTime()}_${nSchemas++}`;
        psql(`CREATE SCHEMA ${schema}`);
        const uri = `${SERVER}${SERVER.includes('?') ? '&' : '?'}options=-csearch_path%3D${schema}`;
        try {
            const store = Scr.Store.create(uri);
            const dataset = Scr.Dataset.new_from_file(SEFTON);
            store.import(dataset, 'alice', 'first import');
            fn(store, dataset, uri);
        } finally {
            psql(`DROP SCHEMA ${schema} CASCADE`);
        }
        return;
    }
    const dir = GLib.dir_make_tmp('test-store-XXXXXX');
    const path = GLib.build_filenamev([dir, 'register.db']);
    try {
        const store = Scr.Store.create(`sqlite:${path}`);
        const dataset = Scr.Dataset.new_from_file(SEFTON);
        store.import(dataset, 'alice', 'first import');
        fn(store, dataset, path);
    } finally {
        for (const suffix of ['', '-wal', '-shm'])
            GLib.unlink(path + suffix);
        GLib.rmdir(dir);
    }
}

test('store: import, load, save, conflict', () => withRegister((store, dataset, path) => {
    const [text] = store.load().to_data();
    assertEqual(text, dataset.to_data()[0], 'round trip');
    assertEqual(Scr.Store.open(path).get_uri(), path);
    const before = GLib.DateTime.new_now_utc();
    GLib.usleep(5000);
    const c = store.load().get_cases().get_item(0);
    const version = store.get_version(c);
    assertEqual(version, 1);
    c.set_fact('died', 'no');
    const [ok, newVersion] = store.save(c, version, 'bob', 'told by the police');
    assert(ok);
    assertEqual(newVersion, 2);
    assertThrows(() => store.save(c, version, 'carol', null),
        e => assert(e.matches(Scr.error_quark(), Scr.Error.CONFLICT), e.message));
    const then = store.load_at(before);
    assertEqual(then.to_data()[0], dataset.to_data()[0], 'as it stood');
}));

test('store: the decision log', () => withRegister(store => {
    const c = store.load().get_cases().get_item(0);
    c.set_fact('died', 'no');
    store.save(c, 1, 'bob', 'told by the police');
    const log = store.list_log(c.get_id());
    assertEqual(log.get_n_items(), 2);
    const e = log.get_item(1);
    assertEqual(e.get_member(), 'facts.died');
    assertEqual(e.get_old_value(), null);
    assertEqual(e.get_new_value(), '"no"');
    assertEqual(e.get_user(), 'bob');
    assertEqual(e.get_reason(), 'told by the police');
    assertEqual(e.get_kind(), 'cases');
    assertEqual(e.get_entity_id(), c.get_id());
    assertEqual(e.get_entity_version(), 2);
    assertEqual(e.get_rules_digest(), store.get_rules().get_digest());
    assert(e.get_rules_version());
    assertEqual(e.get_hash().length, 64);
    assertEqual(e.get_previous_hash().length, 64);
    assert(e.get_time().to_unix() > 0);
    assertEqual(e.get_sequence(), store.list_log(null).get_n_items());
    const [verified, bad] = store.verify_log();
    assert(verified);
    assertEqual(bad, 0);
    store.set_rules(Scr.RuleSet.new_builtin());
    // roles are PostgreSQL's
    if (SERVER) {
        const n = new Date().getTime();
        assert(store.create_roles(`scr_js_reader_${n}`, `scr_js_writer_${n}`));
    } else {
        assertThrows(() => store.create_roles(null, null),
            e => assert(e.matches(Gio.IOErrorEnum, Gio.IOErrorEnum.NOT_SUPPORTED), e.message));
    }
}));

test('store: import with update', () => withRegister((store, dataset) => {
    const agency = dataset.get_agencies().get_item(0);
    agency.set_name('Another name');
    assertThrows(() => store.import(dataset, 'alice', null),
        e => assert(e.matches(Scr.error_quark(), Scr.Error.CONFLICT), e.message));
    store.import_full(dataset, Scr.ImportFlags.UPDATE, 'alice', 'renamed');
    const log = store.list_log(agency.get_id());
    assertEqual(log.get_item(log.get_n_items() - 1).get_member(), 'name');
}));

test('store: what is due, from the index, as full timelines give it', () => withRegister((store, dataset) => {
    const evaluator = Scr.Evaluator.new(null);
    const today = Scr.Date.new(2020, 10, 30);
    const due = store.list_due(today, null);
    assert(due.get_n_items() > 0);
    for (let i = 0; i < due.get_n_items(); i++) {
        const t = due.get_item(i);
        const full = evaluator.timeline(dataset.lookup_case(t.get_case_id()), today);
        const open = [];
        const all = full.get_deadlines();
        for (let k = 0; k < all.get_n_items(); k++) {
            const d = all.get_item(k);
            if (d.get_done() === null && d.get_due() !== null)
                open.push(`${d.get_rule_id()} ${d.get_due().to_iso8601()} ${d.get_status()}`);
        }
        const listed = [];
        const deadlines = t.get_deadlines();
        for (let k = 0; k < deadlines.get_n_items(); k++) {
            const d = deadlines.get_item(k);
            listed.push(`${d.get_rule_id()} ${d.get_due().to_iso8601()} ${d.get_status()}`);
        }
        assertEqual(listed.join('; '), open.join('; '), t.get_case_id());
    }
    assertThrows(() => store.list_due(null, 'no-such-agency'),
        e => assert(e.matches(Scr.error_quark(), Scr.Error.NOT_FOUND), e.message));
}));

test('store: one entity read alone', () => withRegister((store, dataset) => {
    const id = dataset.get_cases().get_item(0).get_id();
    const c = store.load_entity(Scr.Case.$gtype, id);
    assert(c instanceof Scr.Case);
    assertEqual(c.get_id(), id);
    assertEqual(store.get_version(c), 1);
    assertThrows(() => store.load_entity(Scr.Case.$gtype, 'no-such-case'),
        e => assert(e.matches(Scr.error_quark(), Scr.Error.NOT_FOUND), e.message));
}));

run();
