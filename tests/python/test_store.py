"""Scr.Store through PyGObject: a register in SQLite, its decision log
as a DataFrame, conflicts and the log's verification.

With SCR_TEST_POSTGRESQL_URI set (tests/pgserver.py sets it), the
register is in that PostgreSQL database instead, in a schema of its own
per test, tampered with through psql."""
import datetime
import os
import shutil
import sqlite3
import subprocess
import tempfile
import time
import unittest

from gi.repository import Gio
from scrtest import EXAMPLES, GLib, Scr, main

SEFTON = os.path.join(EXAMPLES, "data", "sefton-scr-timelines.json")
SERVER = os.environ.get("SCR_TEST_POSTGRESQL_URI") or None


def server_run(sql, schema=None):
    """Runs @sql in @schema of the server's database as its superuser."""
    if schema is not None:
        sql = "SET search_path TO %s; %s" % (schema, sql)
    # not the notices of DROP SCHEMA ... CASCADE
    sql = "SET client_min_messages TO warning; " + sql
    subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", SERVER, "-c", sql],
                   check=True, stdout=subprocess.DEVNULL)


def schema_uri(schema):
    """The server's database URI whose current schema is @schema."""
    return "%s%soptions=-csearch_path%%3D%s" % (SERVER, "&" if "?" in SERVER else "?", schema)


class StoreTest(unittest.TestCase):
    schemas = 0

    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="test-store-")
        self.path = os.path.join(self.dir, "register.db")
        self.schema = None
        if SERVER is not None:
            StoreTest.schemas += 1
            self.schema = "scr_test_py_%d_%d" % (os.getpid(), StoreTest.schemas)
            server_run("CREATE SCHEMA " + self.schema)
            self.uri = schema_uri(self.schema)
            self.path = self.uri
        else:
            self.uri = "sqlite:" + self.path
        self.store = Scr.Store.create(self.uri)
        self.dataset = Scr.Dataset.new_from_file(SEFTON)
        self.store.import_(self.dataset, "alice", "first import")

    def tearDown(self):
        del self.store
        shutil.rmtree(self.dir)
        if self.schema is not None:
            server_run("DROP SCHEMA %s CASCADE" % self.schema)

    def test_round_trip(self):
        loaded = self.store.load()
        self.assertEqual(loaded.to_data()[0], self.dataset.to_data()[0])
        self.assertEqual(self.store.get_uri(), self.uri)
        self.assertEqual(Scr.Store.open(self.path).load().to_data()[0],
                         self.dataset.to_data()[0])

    def test_save_conflict_and_log(self):
        before = GLib.DateTime.new_now_utc()
        time.sleep(0.005)
        case = self.store.load().get_cases().get_item(0)
        version = self.store.get_version(case)
        self.assertEqual(version, 1)
        case.set_fact("died", "no")
        ok, new_version = self.store.save(case, version, "bob", "told by the police")
        self.assertTrue(ok)
        self.assertEqual(new_version, 2)
        with self.assertRaises(GLib.Error) as raised:
            self.store.save(case, version, "carol", None)
        self.assertTrue(raised.exception.matches(Scr.error_quark(), Scr.Error.CONFLICT))

        log = self.store.list_log(case.get_id())
        entries = list(log)
        self.assertEqual([e.get_member() for e in entries], ["", "facts.died"])
        last = entries[-1]
        self.assertEqual(last.get_user(), "bob")
        self.assertEqual(last.get_reason(), "told by the police")
        self.assertEqual(last.get_kind(), "cases")
        self.assertEqual(last.get_entity_id(), case.get_id())
        self.assertEqual(last.get_entity_version(), 2)
        self.assertIsNone(last.get_old_value())
        self.assertEqual(last.get_new_value(), '"no"')
        self.assertEqual(last.get_rules_digest(),
                         self.store.get_rules().get_digest())
        self.assertTrue(last.get_rules_version())
        whole = self.store.list_log(None)
        self.assertEqual(last.get_previous_hash(),
                         whole.get_item(last.get_sequence() - 2).get_hash())
        self.assertEqual(len(last.get_hash()), 64)
        self.assertGreaterEqual(last.get_time().to_unix(), before.to_unix())
        self.assertEqual(last.get_sequence(), self.store.list_log(None).get_n_items())

        then = self.store.load_at(before)
        self.assertEqual(then.to_data()[0], self.dataset.to_data()[0])
        ok, bad = self.store.verify_log()
        self.assertTrue(ok)
        self.assertEqual(bad, 0)

    def test_log_dataframe(self):
        frame = Scr.to_dataframe(self.store.list_log(None))
        self.assertEqual(len(frame), self.store.list_log(None).get_n_items())
        for column in ("sequence", "time", "user", "kind", "entity_id", "member", "hash"):
            self.assertIn(column, frame.columns)
        self.assertEqual(set(frame["user"]), {"alice"})
        self.assertEqual(frame["sequence"].tolist(), list(range(1, len(frame) + 1)))

    def test_verify_finds_edit(self):
        edit = "UPDATE scr_log SET user_name = 'mallory' WHERE sequence = 2;"
        if self.schema is not None:
            server_run("ALTER TABLE scr_log DISABLE TRIGGER ALL; " + edit, self.schema)
        else:
            db = sqlite3.connect(self.path)
            db.executescript("DROP TRIGGER scr_log_no_update;" + edit)
            db.commit()
            db.close()
        with self.assertRaises(GLib.Error) as raised:
            self.store.verify_log()
        self.assertTrue(raised.exception.matches(Scr.error_quark(), Scr.Error.INTEGRITY))
        self.assertIn("log entry 2", raised.exception.message)

    COLUMNS = ("sequence", "time", "user_name", "kind", "entity_id", "entity_version",
               "member", "old_value", "new_value", "reason", "rules_version", "rules_digest",
               "previous_hash")

    @staticmethod
    def row_hash(row):
        """The hash of a log row as doc/register.md defines it."""
        import hashlib
        h = hashlib.sha256()
        for value in row:
            if value is None:
                h.update(b"-;")
            else:
                text = str(value).encode("utf-8")
                h.update(b"%d:" % len(text) + text + b";")
        return h.hexdigest()

    def test_log_hash_as_documented_and_forged_chain(self):
        if self.schema is not None:
            self.skipTest("rewrites the SQLite file (test-store covers PostgreSQL's chain)")
        db = sqlite3.connect(self.path)
        rows = db.execute("SELECT %s, hash FROM scr_log ORDER BY sequence"
                          % ", ".join(self.COLUMNS)).fetchall()
        previous = "0" * 64
        for row in rows:
            self.assertEqual(row[-2], previous)
            self.assertEqual(self.row_hash(row[:-1]), row[-1])
            previous = row[-1]
        # someone who knows the format back-dates entry 3 and re-chains the
        # rest: the hashes hold, the times do not
        db.executescript("DROP TRIGGER scr_log_no_update;")
        previous = rows[1][-1]
        for row in rows[2:]:
            row = list(row)
            if row[0] == 3:
                row[1] = "2001-01-01T00:00:00.000000Z"
            row[-2] = previous
            row[-1] = self.row_hash(row[:-1])
            db.execute("UPDATE scr_log SET time = ?, previous_hash = ?, hash = ? "
                       "WHERE sequence = ?", (row[1], row[-2], row[-1], row[0]))
            previous = row[-1]
        db.commit()
        db.close()
        with self.assertRaises(GLib.Error) as raised:
            self.store.verify_log()
        self.assertTrue(raised.exception.matches(Scr.error_quark(), Scr.Error.INTEGRITY))
        self.assertIn("log entry 3 is dated 2001-01-01", raised.exception.message)

    def test_import_update(self):
        agency = self.dataset.get_agencies().get_item(0)
        agency.set_name("Another name")
        with self.assertRaises(GLib.Error) as raised:
            self.store.import_(self.dataset, "alice", None)
        self.assertTrue(raised.exception.matches(Scr.error_quark(), Scr.Error.CONFLICT))
        self.store.import_full(self.dataset, Scr.ImportFlags.UPDATE, "alice", "renamed")
        entries = list(self.store.list_log(agency.get_id()))
        self.assertEqual(entries[-1].get_member(), "name")
        self.assertEqual(entries[-1].get_new_value(), '"Another name"')

    def test_rules(self):
        rules = Scr.RuleSet.new_builtin()
        self.store.set_rules(rules)
        self.assertIs(self.store.get_rules(), rules)
        self.assertTrue(rules.get_digest().startswith("sha256:"))

    def test_roles(self):
        if self.schema is None:
            with self.assertRaises(GLib.Error) as raised:
                self.store.create_roles(None, None)
            self.assertTrue(raised.exception.matches(Gio.io_error_quark(),
                                                     Gio.IOErrorEnum.NOT_SUPPORTED))
            return
        reader, writer = self.schema + "_reader", self.schema + "_writer"
        self.assertTrue(self.store.create_roles(reader, writer))
        try:
            server_run("CREATE ROLE %s_analyst LOGIN IN ROLE %s" % (self.schema, reader))
            analyst = Scr.Store.open("%s&user=%s_analyst" % (self.uri, self.schema))
            self.assertEqual(analyst.load().to_data()[0], self.dataset.to_data()[0])
            case = analyst.load().get_cases().get_item(0)
            case.set_fact("died", "no")
            with self.assertRaises(GLib.Error) as raised:
                analyst.save(case, 1, "analyst", None)
            self.assertIn("permission denied", raised.exception.message)
            del analyst
        finally:
            server_run("DROP OWNED BY %s, %s; DROP ROLE IF EXISTS %s_analyst, %s, %s"
                       % (reader, writer, self.schema, reader, writer))

    def test_log_times_as_datetime(self):
        frame = Scr.to_dataframe(self.store.list_log(None))
        first = self.store.list_log(None).get_item(0).get_time()
        stamp = frame["time"][0]
        self.assertEqual(stamp.tzinfo.utcoffset(None), datetime.timedelta(0))
        self.assertEqual(int(stamp.timestamp()), first.to_unix())
        self.assertEqual(stamp.microsecond, first.get_microsecond())

    def test_load_at_datetime(self):
        before = datetime.datetime.now(datetime.timezone.utc)
        time.sleep(0.005)
        case = self.store.load().get_cases().get_item(0)
        case.set_fact("died", "no")
        self.store.save(case, self.store.get_version(case), "bob", "told by the police")
        then = self.store.load_at(before)
        self.assertEqual(then.to_data()[0], self.dataset.to_data()[0])
        # naive: local time, as Python reads it
        then = self.store.load_at(before.astimezone().replace(tzinfo=None))
        self.assertEqual(then.to_data()[0], self.dataset.to_data()[0])
        now = self.store.load_at(datetime.datetime.now(datetime.timezone.utc))
        self.assertEqual(now.lookup_case(case.get_id()).get_fact("died"), "no")

    def test_list_due(self):
        # Sefton's reports: each published report is to stay on the website
        # for at least 12 months (a minimum period: met once it has run)
        evaluator = Scr.Evaluator.new(None)
        for today in (datetime.date(2016, 1, 14), datetime.date(2026, 12, 7)):
            due = self.store.list_due(today, None)
            self.assertGreater(len(due), 0)
            for timeline in due:
                case = self.dataset.lookup_case(timeline.get_case_id())
                full = [d for d in evaluator.timeline(case, today).get_deadlines()
                        if d.get_done() is None and d.get_due() is not None]
                self.assertEqual([(d.get_rule_id(), d.get_due(), d.get_status())
                                  for d in timeline.get_deadlines()],
                                 [(d.get_rule_id(), d.get_due(), d.get_status())
                                  for d in full])
        def rows(today):
            return [(t.get_case_id(), d.get_rule_id(), d.get_due().to_date(), d.get_status())
                    for t in self.store.list_due(today, None) for d in t.get_deadlines()]
        self.assertIn(("sefton-scr4", "T-WEB-18", datetime.date(2020, 10, 31),
                       Scr.DeadlineStatus.PENDING), rows(datetime.date(2020, 10, 30)))
        self.assertIn(("sefton-scr4", "T-WEB-18", datetime.date(2020, 10, 31),
                       Scr.DeadlineStatus.MET), rows(datetime.date(2020, 10, 31)))
        with self.assertRaises(GLib.Error) as raised:
            self.store.list_due(None, "no-such-agency")
        self.assertTrue(raised.exception.matches(Scr.error_quark(), Scr.Error.NOT_FOUND))

    def test_load_entity(self):
        whole = self.store.load().get_cases().get_item(0)
        case = self.store.load_entity(Scr.Case, whole.get_id())
        self.assertIsInstance(case, Scr.Case)
        self.assertEqual(case.to_json().get_object().get_member("id").get_string(),
                         whole.get_id())
        self.assertEqual(self.store.get_version(case), 1)
        case.set_fact("died", "no")
        ok, version = self.store.save(case, 1, "bob", "one case alone")
        self.assertEqual(version, 2)
        with self.assertRaises(GLib.Error) as raised:
            self.store.load_entity(Scr.Case, "no-such-case")
        self.assertTrue(raised.exception.matches(Scr.error_quark(), Scr.Error.NOT_FOUND))

    def test_errors(self):
        with self.assertRaises(GLib.Error) as raised:
            if self.schema is not None:
                Scr.Store.open(schema_uri(self.schema + "_missing"))
            else:
                Scr.Store.open(os.path.join(self.dir, "missing.db"))
        if self.schema is not None:
            self.assertTrue(raised.exception.matches(Scr.error_quark(), Scr.Error.STORAGE))
            self.assertIn("not a libscr register", raised.exception.message)
        else:
            self.assertIn("scr init", raised.exception.message)
        with self.assertRaises(GLib.Error):
            Scr.Store.create(self.uri)


if __name__ == "__main__":
    main()
