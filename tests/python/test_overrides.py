"""The Scr PyGObject overrides: dates, errors, collections, tables."""
import datetime
import glob
import os
import pickle
import tempfile
import unittest

import gi.overrides
from scrtest import EXAMPLES, GLib, Scr, main

gi.require_version("Gio", "2.0")
gi.require_version("GObject", "2.0")
from gi.repository import Gio, GObject  # noqa: E402


class Item(GObject.Object):
    """A small object type for the table tests. PyGObject installs the
    properties of a Python class in the order of their names, which is the
    order of the columns."""
    __gtype_name__ = "TestOverridesItem"

    id = GObject.Property(type=str)
    title = GObject.Property(type=str)
    age = GObject.Property(type=int, minimum=-1, maximum=200, default=-1)
    done = GObject.Property(type=bool, default=False)
    when = GObject.Property(type=Scr.Date)
    precision = GObject.Property(type=Scr.DatePrecision, default=Scr.DatePrecision.DAY)
    tags = GObject.Property(type=GObject.TYPE_STRV)


COLUMNS = ["age", "done", "id", "precision", "tags", "title", "when"]


def make_items():
    store = Gio.ListStore.new(Item)
    store.append(Item(id="a", title="Plain", age=9, done=True, when=Scr.Date(2014, 8, 27),
                      precision=Scr.DatePrecision.MONTH, tags=["neglect", "school"]))
    store.append(Item(id="b", title='Said "no", twice', when=Scr.Date("2011-11")))
    store.append(Item(id="c"))
    return store


class OverrideLoadingTest(unittest.TestCase):
    def test_override_comes_from_this_tree(self):
        # bindings/python is on PYTHONPATH; gi.overrides extends its path
        # with every gi/overrides directory on sys.path.
        self.assertTrue(Scr.Date.__module__.startswith("gi.overrides"))
        here = os.path.dirname(os.path.abspath(__file__))
        tree = os.path.normpath(os.path.join(here, "..", "..", "bindings", "python", "gi",
                                             "overrides"))
        paths = [os.path.normpath(p) for p in gi.overrides.__path__]
        self.assertIn(tree, paths)


class DateTest(unittest.TestCase):
    def test_constructors(self):
        self.assertEqual(Scr.Date(2014, 8, 27).to_iso8601(), "2014-08-27")
        self.assertEqual(Scr.Date(2011, 11).to_iso8601(), "2011-11")
        self.assertEqual(Scr.Date(2014).to_iso8601(), "2014")
        self.assertEqual(Scr.Date("2011-11").get_precision(), Scr.DatePrecision.MONTH)
        self.assertEqual(Scr.Date(datetime.date(2022, 9, 19)).to_iso8601(), "2022-09-19")
        with self.assertRaises(GLib.Error):
            Scr.Date(2014, 2, 30)
        with self.assertRaises(TypeError):
            Scr.Date()

    def test_from_and_to_date(self):
        d = Scr.Date.from_date(datetime.date(2014, 8, 27))
        self.assertIsInstance(d, Scr.Date)
        self.assertEqual(d.to_date(), datetime.date(2014, 8, 27))
        self.assertEqual(Scr.Date.from_date(datetime.datetime(2020, 2, 29, 23, 59)).to_date(),
                         datetime.date(2020, 2, 29))
        with self.assertRaises(ValueError):
            Scr.Date(2011, 11).to_date()
        with self.assertRaises(TypeError):
            Scr.Date.from_date("2014-08-27")

    def test_returned_dates_are_the_override(self):
        d = Scr.Date.new(2023, 8, 31).add_months(6)
        self.assertIsInstance(d, Scr.Date)
        self.assertEqual(d.to_date(), datetime.date(2024, 2, 29))

    def test_repr_and_str(self):
        self.assertEqual(repr(Scr.Date(2014, 8, 27)), "Scr.Date('2014-08-27')")
        self.assertEqual(str(Scr.Date(2011, 11)), "2011-11")
        self.assertEqual(f"{Scr.Date(2022, 9, 19):%A %-d %B %Y}", "Monday 19 September 2022")
        self.assertEqual(f"{Scr.Date(2022, 9, 19)}", "2022-09-19")

    def test_equality_and_hash(self):
        a = Scr.Date(2014, 8, 27)
        self.assertEqual(a, Scr.Date("2014-08-27"))
        self.assertEqual(a, datetime.date(2014, 8, 27))
        self.assertEqual(datetime.date(2014, 8, 27), a)
        self.assertNotEqual(a, Scr.Date(2014, 8, 28))
        self.assertNotEqual(Scr.Date(2014, 1, 1), Scr.Date(2014, 1))
        self.assertNotEqual(Scr.Date(2014), datetime.date(2014, 1, 1))
        self.assertNotEqual(a, "2014-08-27")
        self.assertEqual(hash(a), hash(Scr.Date.new(2014, 8, 27)))
        self.assertEqual(hash(a), hash(datetime.date(2014, 8, 27)))
        self.assertEqual(len({a, Scr.Date(2014, 8, 27), datetime.date(2014, 8, 27),
                              Scr.Date(2014, 8)}), 2)

    def test_ordering(self):
        dates = [Scr.Date(2014), Scr.Date(2014, 1), Scr.Date(2014, 1, 1), Scr.Date(2013, 12, 31),
                 datetime.date(2014, 1, 2)]
        self.assertEqual([str(d) for d in sorted(dates)],
                         ["2013-12-31", "2014-01-01", "2014-01", "2014", "2014-01-02"])
        self.assertLess(Scr.Date(2014, 1, 1), Scr.Date(2014, 1))
        self.assertLessEqual(Scr.Date(2014), Scr.Date(2014))
        self.assertGreater(Scr.Date(2015), datetime.date(2014, 12, 31))
        self.assertGreaterEqual(datetime.date(2015, 1, 1), Scr.Date(2015, 1, 1))
        with self.assertRaises(TypeError):
            Scr.Date(2014) < "2015"

    def test_pickle(self):
        d = Scr.Date(2011, 11)
        self.assertEqual(pickle.loads(pickle.dumps(d)), d)

    def test_methods_take_datetime_date(self):
        d = Scr.Date(2014, 8, 27)
        self.assertEqual(d.days_between(datetime.date(2014, 9, 1)), 5)
        self.assertEqual(d.compare(datetime.date(2014, 8, 28)), -1)
        self.assertTrue(d.equal(datetime.date(2014, 8, 27)))
        self.assertEqual(d.days_between(to=datetime.date(2014, 8, 20)), -7)
        # Scr.Date still works, and so does the unbound form.
        self.assertEqual(Scr.Date.days_between(d, Scr.Date(2014, 8, 28)), 1)

    def test_object_methods_and_properties_take_datetime_date(self):
        action = Scr.Action(id="a1", due_date=datetime.date(2016, 9, 30))
        self.assertEqual(action.get_due_date(), Scr.Date(2016, 9, 30))
        action.set_due_date(datetime.date(2016, 10, 31))
        self.assertEqual(str(action.props.due_date), "2016-10-31")
        action.set_property("due-date", datetime.date(2017, 1, 2))
        self.assertEqual(action.get_due_date().to_date(), datetime.date(2017, 1, 2))
        action.set_due_date(None)
        self.assertIsNone(action.get_due_date())
        # is_overdue takes the day to judge on.
        action.set_due_date(Scr.Date(2016, 9))
        self.assertTrue(action.is_overdue(datetime.date(2016, 10, 1)))
        self.assertFalse(action.is_overdue(datetime.date(2016, 9, 15)))

    def test_calendar_takes_datetime_date(self):
        cal = Scr.Calendar.new_for_division(Scr.Division.ENGLAND_AND_WALES)
        due = cal.add_working_days(datetime.date(2022, 9, 15), 5, Scr.Roll.ERROR)
        self.assertEqual(due, datetime.date(2022, 9, 23))
        self.assertEqual(cal.count_working_days(datetime.date(2022, 9, 15), due), 5)
        self.assertFalse(cal.is_working_day(datetime.date(2022, 9, 19)))
        # Out of range is not about a document: a plain GLib.Error.
        with self.assertRaises(GLib.Error) as cm:
            cal.add_working_days(datetime.date(1900, 1, 1), 5, Scr.Roll.ERROR)
        self.assertNotIsInstance(cm.exception, Scr.LoadError)
        self.assertTrue(cm.exception.matches(Scr.error_quark(), Scr.Error.OUT_OF_RANGE))

    def test_evaluator_takes_datetime_date(self):
        dataset = Scr.Dataset.new_from_file(os.path.join(EXAMPLES, "data",
                                                         "child-l-cumbria.json"))
        evaluator = Scr.Evaluator.new(None)
        case = dataset.get_cases()[0]
        timeline = evaluator.timeline(case, datetime.date(2024, 1, 1))
        self.assertEqual(timeline.get_today(), datetime.date(2024, 1, 1))
        evaluation = evaluator.evaluate(case, datetime.date(2014, 3, 1))
        self.assertEqual(evaluation.get_decision_date(), Scr.Date(2014, 3, 1))

    def test_every_date_argument_is_wrapped(self):
        # Walk the typelib: each callable with a Scr.Date "in" argument
        # is a Python wrapper, not the raw gi.FunctionInfo.
        from gi._gi import FunctionInfo, ObjectInfo, Repository, StructInfo

        def takes_date(info):
            for arg in info.get_arguments():
                t = arg.get_type()
                if t.get_tag() == 16 and t.get_interface().get_name() == "Date" \
                        and t.get_interface().get_namespace() == "Scr":
                    return True
            return False

        checked = 0
        for info in Repository.get_default().get_infos("Scr"):
            if isinstance(info, FunctionInfo):
                if takes_date(info):
                    self.assertNotIsInstance(getattr(Scr, info.get_name()), FunctionInfo)
                    checked += 1
            elif isinstance(info, (ObjectInfo, StructInfo)):
                cls = getattr(Scr, info.get_name())
                for method in info.get_methods():
                    if takes_date(method):
                        member = cls.__dict__.get(method.get_name())
                        self.assertIsNotNone(member, "%s.%s not wrapped"
                                             % (info.get_name(), method.get_name()))
                        checked += 1
        self.assertGreaterEqual(checked, 3)


class LoadErrorTest(unittest.TestCase):
    def error(self, message, code=Scr.Error.VALIDATION):
        return GLib.Error.new_literal(Scr.error_quark(), message, code)

    def test_message_with_file_and_path(self):
        e = Scr.LoadError(self.error('cases.json: cases[3].incident.date: "2014-02-30" is not a '
                                     'date'), "cases.json")
        self.assertIsInstance(e, GLib.Error)
        self.assertTrue(e.matches(Scr.error_quark(), Scr.Error.VALIDATION))
        self.assertEqual(e.filename, "cases.json")
        self.assertEqual(e.json_path, "cases[3].incident.date")
        self.assertEqual(e.detail, '"2014-02-30" is not a date')

    def test_message_with_path_only(self):
        e = Scr.LoadError(self.error('reviews[2].case_id: no case "x" (referenced from review '
                                     '"y")', Scr.Error.NOT_FOUND))
        self.assertIsNone(e.filename)
        self.assertEqual(e.json_path, "reviews[2].case_id")
        self.assertTrue(e.detail.startswith("no case"))

    def test_message_with_unnamed_file(self):
        e = Scr.LoadError(self.error("/tmp/a b.json: schema_version: 7 is not supported",
                                     Scr.Error.UNSUPPORTED_VERSION))
        self.assertEqual(e.filename, "/tmp/a b.json")
        self.assertEqual(e.json_path, "schema_version")

    def test_message_with_unnamed_relative_file(self):
        e = Scr.LoadError(self.error("child-l.json: cases[0].jurisdiction: expected a string"))
        self.assertEqual(e.filename, "child-l.json")
        self.assertEqual(e.json_path, "cases[0].jurisdiction")
        e = Scr.LoadError(self.error("x.json: <data>:1:3: Parse error: unexpected character",
                                     Scr.Error.PARSE))
        self.assertEqual(e.filename, "x.json")
        self.assertIsNone(e.json_path)

    def test_message_without_path(self):
        e = Scr.LoadError(self.error("x.json: <data>:1:3: Parse error: unexpected character",
                                     Scr.Error.PARSE), "x.json")
        self.assertEqual(e.filename, "x.json")
        self.assertIsNone(e.json_path)

    def test_other_errors_stay_glib_errors(self):
        with self.assertRaises(GLib.Error) as cm:
            Scr.Date.new_from_iso8601("2014-02-30")
        self.assertNotIsInstance(cm.exception, Scr.LoadError)
        self.assertTrue(cm.exception.matches(Scr.error_quark(), Scr.Error.INVALID_ARGUMENT))

    @unittest.skipUnless(hasattr(Scr, "Dataset"), "no Scr.Dataset in this build")
    def test_dataset_load_error_carries_path(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "bad.json")
            with open(path, "w") as f:
                f.write('{"schema_version": 1, "cases": [{"id": "a", "jurisdiction": "england",'
                        ' "incident": {"date": "2014-02-30"}}]}')
            with self.assertRaises(Scr.LoadError) as cm:
                Scr.Dataset.new_from_file(path)
        e = cm.exception
        self.assertEqual(e.filename, path)
        self.assertEqual(e.json_path, "cases[0].incident.date")
        self.assertIn("is not a date", e.detail)
        self.assertTrue(e.matches(Scr.error_quark(), Scr.Error.VALIDATION))


class CollectionTest(unittest.TestCase):
    def test_list_model_protocols(self):
        store = make_items()
        self.assertEqual(len(store), 3)
        self.assertEqual([item.props.id for item in store], ["a", "b", "c"])
        self.assertEqual(store[0].props.id, "a")
        self.assertEqual(store[-1].props.id, "c")
        self.assertEqual([i.props.id for i in store[1:]], ["b", "c"])
        self.assertIn(store[1], store)
        with self.assertRaises(IndexError):
            store[3]

    @unittest.skipUnless(hasattr(Scr, "Dataset"), "no Scr.Dataset in this build")
    def test_dataset_collections(self):
        files = sorted(glob.glob(os.path.join(EXAMPLES, "data", "*.json")))
        self.assertTrue(files)
        dataset = Scr.Dataset.new_from_file(files[0])
        cases = dataset.get_cases()
        self.assertIsInstance(cases, Gio.ListModel)
        self.assertEqual(len(cases), cases.get_n_items())
        self.assertEqual([c.get_id() for c in cases],
                         [cases.get_item(i).get_id() for i in range(len(cases))])


class TableTest(unittest.TestCase):
    def test_columns(self):
        self.assertEqual(Scr.csv_list_columns(make_items()), COLUMNS)

    def test_csv_string(self):
        csv = Scr.csv_model_to_string(make_items())
        self.assertEqual(csv,
                         "age,done,id,precision,tags,title,when\r\n"
                         "9,true,a,month,neglect; school,Plain,2014-08-27\r\n"
                         ',false,b,day,,"Said ""no"", twice",2011-11\r\n'
                         ",false,c,day,,,\r\n")

    def test_csv_file_and_stream(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "items.csv")
            self.assertTrue(Scr.csv_write_model_to_file(make_items(), path))
            with open(path, newline="") as f:
                self.assertEqual(f.read(), Scr.csv_model_to_string(make_items()))
        stream = Gio.MemoryOutputStream.new_resizable()
        self.assertTrue(Scr.csv_write_model(make_items(), stream, None))
        stream.close()
        self.assertEqual(stream.steal_as_bytes().get_data().decode(),
                         Scr.csv_model_to_string(make_items()))

    def test_csv_reads_back_with_the_csv_module(self):
        import csv
        import io
        rows = list(csv.reader(io.StringIO(Scr.csv_model_to_string(make_items()), newline="")))
        self.assertEqual(rows[2][COLUMNS.index("title")], 'Said "no", twice')
        self.assertEqual(len(rows), 4)

    def test_table_rows(self):
        columns, rows = Scr.table_rows(make_items())
        self.assertEqual(columns, Scr.csv_list_columns(make_items()))
        self.assertEqual(rows[0], [9, True, "a", "month", ["neglect", "school"], "Plain",
                                   datetime.date(2014, 8, 27)])
        self.assertEqual(rows[1][COLUMNS.index("when")], "2011-11")
        self.assertIsNone(rows[2][COLUMNS.index("age")])  # -1: unknown

    def test_to_dataframe(self):
        df = Scr.to_dataframe(make_items())
        self.assertEqual(list(df.columns), COLUMNS)
        self.assertEqual(len(df), 3)
        self.assertEqual(df.loc[0, "when"], datetime.date(2014, 8, 27))
        self.assertEqual(df.loc[0, "precision"], "month")
        self.assertEqual(df["id"].tolist(), ["a", "b", "c"])
        self.assertTrue(df["age"].isna().tolist()[2])

    def test_empty_model(self):
        df = Scr.to_dataframe(Gio.ListStore.new(Item))
        self.assertEqual(len(df), 0)
        self.assertEqual(list(df.columns), COLUMNS)

    @unittest.skipUnless(hasattr(Scr, "Dataset"), "no Scr.Dataset in this build")
    def test_dataset_cases_as_table(self):
        files = sorted(glob.glob(os.path.join(EXAMPLES, "data", "*.json")))
        dataset = Scr.Dataset.new_from_file(files[0])
        df = Scr.to_dataframe(dataset.get_cases())
        self.assertIn("id", df.columns)
        self.assertIn("jurisdiction", df.columns)
        self.assertEqual(len(df), len(dataset.get_cases()))
        csv = Scr.csv_model_to_string(dataset.get_cases())
        self.assertTrue(csv.startswith(",".join(df.columns) + "\r\n"))


class PandasImportTest(unittest.TestCase):
    def test_pandas_not_imported_by_the_override(self):
        import subprocess
        import sys
        code = ("import sys, gi; gi.require_version('Scr', '1'); "
                "from gi.repository import Scr; Scr.Date(2014); "
                "print('pandas' in sys.modules)")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             check=True)
        self.assertEqual(out.stdout.strip(), "False")


if __name__ == "__main__":
    main()
