# PyGObject overrides for libscr (namespace Scr, version 1).
#
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Python conveniences over the introspected libscr API.

- ``Scr.Date`` converts to and from ``datetime.date`` (``to_date()``,
  ``from_date()``), compares, hashes and prints like a value, and can be
  built as ``Scr.Date(2014, 8, 27)``, ``Scr.Date("2011-11")`` or
  ``Scr.Date(datetime.date(...))``.
- Every function and method of the Scr namespace that takes a ``Scr.Date``
  also takes a ``datetime.date``, and so do the ``Scr.Date`` properties of
  objects in constructors and ``set_property()``; found by introspection, so
  it covers the API as it grows. Dates come back as ``Scr.Date`` (a date may
  be known only to the month or year); ``to_date()`` converts complete ones.
- Likewise every ``GLib.DateTime`` argument (``Scr.Store.load_at()``) takes
  a ``datetime.datetime`` (a naive one is local time, as in Python), and
  ``Scr.to_dataframe()`` gives times as timezone-aware ``datetime``s
  (pandas ``Timestamp``s), such as the decision log's.
- Errors about a document (``Scr.Error.PARSE``, ``VALIDATION``,
  ``NOT_FOUND``, ``UNSUPPORTED_VERSION``) are raised as ``Scr.LoadError``,
  a ``GLib.Error`` that also carries ``filename``, ``json_path`` and
  ``detail`` parsed from the message ``FILE: JSON.PATH: what is wrong``.
- ``Scr.to_dataframe(model)`` turns any collection into a pandas
  ``DataFrame``, with the columns of ``Scr.csv_list_columns()`` (the same
  property walk as the CSV export). pandas is imported only then.

Collections are ``Gio.ListModel``s, which PyGObject already gives ``len()``,
iteration, indexing and ``in``.
"""
import datetime
import functools
import re

from gi._gi import (FunctionInfo, InterfaceInfo, ObjectInfo, Repository,
                    StructInfo)
from gi.module import get_introspection_module
from gi.overrides import override
from gi.repository import Gio, GLib, GObject

Scr = get_introspection_module("Scr")

__all__ = []

_GI_TYPE_TAG_INTERFACE = 16
_GI_DIRECTION_IN = 0


# -- Dates -----------------------------------------------------------------

def _date_key(value):
    """Sort key: the first day's ordinal, then the precision (day first)."""
    if isinstance(value, Scr.Date):
        return (value.get_ordinal(), int(value.get_precision()))
    if isinstance(value, datetime.datetime):
        return None
    if isinstance(value, datetime.date):
        return (value.toordinal(), int(Scr.DatePrecision.DAY))
    return None


class Date(Scr.Date):
    """An immutable calendar date, complete or known to the month or year.

    ``Scr.Date(2014, 8, 27)``, ``Scr.Date(2011, 11)``, ``Scr.Date(2014)``,
    ``Scr.Date("2011-11")`` and ``Scr.Date(datetime.date(2014, 8, 27))``
    all build one; invalid dates raise ``GLib.Error``.

    A complete date equals the ``datetime.date`` of the same day and hashes
    like it, so either can be a dictionary key for the other.
    """

    def __new__(cls, *args, **kwargs):
        if kwargs or not 1 <= len(args) <= 3:
            raise TypeError("Scr.Date() takes (year[, month[, day]]), an ISO 8601 string "
                            "or a datetime.date")
        if len(args) == 1 and isinstance(args[0], str):
            return Scr.Date.new_from_iso8601(args[0])
        if len(args) == 1 and isinstance(args[0], datetime.date):
            return cls.from_date(args[0])
        if len(args) == 1:
            return Scr.Date.new_year(args[0])
        if len(args) == 2:
            return Scr.Date.new_year_month(*args)
        return Scr.Date.new(*args)

    def __init__(self, *args, **kwargs):
        pass

    @classmethod
    def from_date(cls, value):
        """Returns the complete ``Scr.Date`` of a ``datetime.date``.

        A ``datetime.datetime`` counts by its own (naive or local) date.
        """
        if isinstance(value, datetime.datetime):
            value = value.date()
        if not isinstance(value, datetime.date):
            raise TypeError("expected a datetime.date, got %s" % type(value).__name__)
        return Scr.Date.new_from_ordinal(value.toordinal())

    def to_date(self):
        """Returns this date as a ``datetime.date``.

        Raises ``ValueError`` for a date known only to the month or the year:
        ``datetime.date`` cannot say so, and the first day would be a guess.
        """
        if not self.is_complete():
            raise ValueError("%s is not a complete date" % self.to_iso8601())
        return datetime.date.fromordinal(self.get_ordinal())

    def __repr__(self):
        return "Scr.Date(%r)" % self.to_iso8601()

    def __str__(self):
        return self.to_iso8601()

    def __format__(self, spec):
        """``f"{date:%A %-d %B %Y}"`` formats with ``format()``
        (``g_date_time_format`` codes); an empty spec gives ISO 8601."""
        return self.format(spec) if spec else self.to_iso8601()

    def __eq__(self, other):
        key = _date_key(other)
        if key is None:
            return NotImplemented
        return _date_key(self) == key

    def __ne__(self, other):
        key = _date_key(other)
        if key is None:
            return NotImplemented
        return _date_key(self) != key

    def __lt__(self, other):
        key = _date_key(other)
        if key is None:
            return NotImplemented
        return _date_key(self) < key

    def __le__(self, other):
        key = _date_key(other)
        if key is None:
            return NotImplemented
        return _date_key(self) <= key

    def __gt__(self, other):
        key = _date_key(other)
        if key is None:
            return NotImplemented
        return _date_key(self) > key

    def __ge__(self, other):
        key = _date_key(other)
        if key is None:
            return NotImplemented
        return _date_key(self) >= key

    def __hash__(self):
        if self.is_complete():
            return hash(datetime.date.fromordinal(self.get_ordinal()))
        return hash(_date_key(self))

    def __reduce__(self):
        return (Date, (self.to_iso8601(),))


Date = override(Date)
__all__.append("Date")


def _to_scr_date(value):
    if isinstance(value, datetime.date):
        return Date.from_date(value)
    return value


_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


def _to_glib_datetime(value):
    """A ``GLib.DateTime`` (UTC) of a ``datetime.datetime``, to the
    microsecond; naive values are local time."""
    if value.tzinfo is None or value.utcoffset() is None:
        value = value.astimezone()
    usec = (value - _EPOCH) // datetime.timedelta(microseconds=1)
    seconds, usec = divmod(usec, 1000000)
    return GLib.DateTime.new_from_unix_utc(seconds).add(usec)


def _from_glib_datetime(value):
    """A timezone-aware ``datetime.datetime`` of a ``GLib.DateTime``."""
    offset = datetime.timedelta(microseconds=value.get_utc_offset())
    usec = value.to_unix() * 1000000 + value.get_microsecond()
    return (_EPOCH + datetime.timedelta(microseconds=usec)).astimezone(
        datetime.timezone(offset))


# -- Errors ----------------------------------------------------------------

_LOAD_ERROR_CODES = frozenset(
    int(code) for code in (Scr.Error.PARSE, Scr.Error.VALIDATION, Scr.Error.NOT_FOUND,
                           Scr.Error.UNSUPPORTED_VERSION))

# A JSON path as libscr writes it: members and [indexes] joined by dots,
# such as cases[3].incident.date or schema_version.
_JSON_PATH = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\[\d+\])*"
                        r"(\.[A-Za-z_][A-Za-z0-9_]*(\[\d+\])*)*$")


class LoadError(GLib.Error):
    """A ``GLib.Error`` about a document, with the place of the problem.

    Raised instead of ``GLib.Error`` for ``Scr.Error.PARSE``,
    ``VALIDATION``, ``NOT_FOUND`` and ``UNSUPPORTED_VERSION``; it still
    ``matches()`` its domain and code, and ``except GLib.Error`` catches it.

    Attributes:
        filename: the file named at the start of the message, or None
        json_path: the JSON path of the problem (``cases[3].incident.date``),
            or None when the message names none (a syntax error)
        detail: the rest of the message, what is wrong
    """

    def __init__(self, error, filename=None):
        super().__init__(error.message, error.domain, error.code)
        self.filename, self.json_path, self.detail = _split_message(error.message, filename)


def _split_message(message, filename):
    rest = message
    found_file = None
    if filename and rest.startswith(filename + ": "):
        found_file = filename
        rest = rest[len(filename) + 2:]
    parts = rest.split(": ", 1)
    looks_like_file = found_file is None and len(parts) == 2 and \
        ("/" in parts[0] or parts[0].endswith(".json"))
    if len(parts) == 2 and _JSON_PATH.match(parts[0]) and not looks_like_file:
        return found_file, parts[0], parts[1]
    if found_file is None and len(parts) == 2:
        # "FILE: PATH: what" with a file the caller did not name (a
        # dataset loaded through a GFile, say).
        inner = parts[1].split(": ", 1)
        if len(inner) == 2 and _JSON_PATH.match(inner[0]):
            return parts[0], inner[0], inner[1]
        if looks_like_file:
            return parts[0], None, parts[1]
    return found_file, None, rest


__all__.append("LoadError")


def _filename_of(value):
    if isinstance(value, str):
        return value
    if isinstance(value, Gio.File):
        return value.get_path() or value.get_parse_name()
    return None


def _raise_load_error(error, args, kwargs):
    for value in list(args) + list(kwargs.values()):
        filename = _filename_of(value)
        if filename and error.message.startswith(filename + ": "):
            raise LoadError(error, filename) from None
    raise LoadError(error) from None


# -- Wrapping the introspected callables -----------------------------------

def _to_datetime_arg(value):
    if isinstance(value, datetime.datetime):
        return _to_glib_datetime(value)
    return value


# (namespace, type) of an argument: the Python type it also takes, and
# the conversion
_CONVERTED_ARGS = {
    ("Scr", "Date"): (datetime.date, _to_scr_date),
    ("GLib", "DateTime"): (datetime.datetime, _to_datetime_arg),
}


def _converted_arg(arg):
    """(Python type, conversion) of an argument also given as a Python
    value (datetime.date for a Scr.Date, datetime.datetime for a
    GLib.DateTime), or None."""
    if arg.get_direction() != _GI_DIRECTION_IN:
        return None
    type_info = arg.get_type()
    if type_info.get_tag() != _GI_TYPE_TAG_INTERFACE:
        return None
    iface = type_info.get_interface()
    return _CONVERTED_ARGS.get((iface.get_namespace(), iface.get_name()))


def _wrap(func, info, method):
    """Wraps an introspected callable so that it takes datetime.date for
    Scr.Date arguments, datetime.datetime for GLib.DateTime ones, and raises LoadError for errors about documents.
    Returns None when the callable needs neither."""
    offset = 1 if method else 0
    positions = []
    names = {}
    for index, arg in enumerate(info.get_arguments()):
        converted = _converted_arg(arg)
        if converted is not None:
            positions.append((index + offset,) + converted)
            names[arg.get_name()] = converted[1]
    throws = info.can_throw_gerror()
    if not positions and not throws:
        return None

    def wrapper(*args, **kwargs):
        for position, python_type, convert in positions:
            if position < len(args) and isinstance(args[position], python_type):
                args = args[:position] + (convert(args[position]),) + args[position + 1:]
        if kwargs:
            for name, convert in names.items():
                if name in kwargs:
                    kwargs[name] = convert(kwargs[name])
        try:
            return func(*args, **kwargs)
        except GLib.Error as error:
            if (throws and not isinstance(error, LoadError) and
                    error.domain == GLib.quark_to_string(Scr.error_quark()) and
                    error.code in _LOAD_ERROR_CODES):
                _raise_load_error(error, args, kwargs)
            raise

    functools.update_wrapper(wrapper, func, assigned=("__name__", "__doc__"))
    wrapper.__qualname__ = info.get_name()
    return wrapper


def _class_overrides(orig, info):
    """The wrapped methods, constructors and static functions of a class."""
    members = {}
    for method in info.get_methods():
        name = method.get_name()
        if name in members:
            continue
        wrapped = _wrap(getattr(orig, name), method, method.is_method())
        if wrapped is None:
            continue
        # Constructors and static functions take no instance; constructors
        # still return the override class, which PyGObject registered for
        # the GType.
        members[name] = wrapped if method.is_method() else staticmethod(wrapped)
    return members


def _date_property_members(orig):
    """__init__ and set_property that take datetime.date for the object's
    Scr.Date properties (Scr.Case(incident_date=datetime.date(...)))."""
    gtype = getattr(orig, "__gtype__", None)
    if gtype is None or not gtype.is_a(GObject.Object.__gtype__):
        return {}
    names = set()
    for pspec in GObject.list_properties(gtype):
        if pspec.value_type == Scr.Date.__gtype__ and pspec.flags & GObject.ParamFlags.WRITABLE:
            names.add(pspec.name)
            names.add(pspec.name.replace("-", "_"))
    if not names:
        return {}

    def __init__(self, *args, **kwargs):
        for name in names.intersection(kwargs):
            kwargs[name] = _to_scr_date(kwargs[name])
        orig.__init__(self, *args, **kwargs)

    def set_property(self, name, value):
        if name in names:
            value = _to_scr_date(value)
        orig.set_property(self, name, value)

    return {"__init__": __init__, "set_property": set_property}


def _install_wrappers():
    repository = Repository.get_default()
    module = globals()
    for info in repository.get_infos("Scr"):
        name = info.get_name()
        if isinstance(info, FunctionInfo):
            wrapped = _wrap(getattr(Scr, name), info, False)
            if wrapped is not None:
                module[name] = wrapped
                __all__.append(name)
        elif isinstance(info, (ObjectInfo, StructInfo, InterfaceInfo)):
            orig = module.get(name) or getattr(Scr, name, None)
            if orig is None:
                continue
            members = _class_overrides(orig, info)
            if isinstance(info, ObjectInfo):
                members.update(_date_property_members(orig))
            if not members:
                continue
            if name in module:
                # Already overridden above (Date): add to that class.
                for member, value in members.items():
                    setattr(orig, member, value)
                continue
            members["__module__"] = __name__
            members["__doc__"] = orig.__doc__
            cls = override(type(name, (orig,), members))
            module[name] = cls
            __all__.append(name)


_install_wrappers()


# -- Tables ----------------------------------------------------------------

def _cell(item, pspec):
    """A property value in Python terms for a table cell."""
    value = item.get_property(pspec.name)
    if value is None:
        return None
    if isinstance(value, Scr.Date):
        return value.to_date() if value.is_complete() else value.to_iso8601()
    if isinstance(value, GLib.DateTime):
        return _from_glib_datetime(value)
    if isinstance(value, GObject.GFlags):
        return list(value.value_nicks)
    if isinstance(value, GObject.GEnum):
        return value.value_nick
    if isinstance(value, GObject.Object):
        return value.get_property("id")
    if isinstance(value, list):
        return list(value)
    if (isinstance(value, int) and not isinstance(value, bool) and value == -1 and
            getattr(pspec, "minimum", None) == -1):
        return None
    return value


def table_rows(model):
    """Returns (columns, rows) for a collection: the column names of
    ``Scr.csv_list_columns()`` and one list of Python values per item.

    Values: ``datetime.date`` for complete dates and the ISO 8601 text for
    partial ones, timezone-aware ``datetime.datetime`` for times, enum nicks, lists for string arrays and flags, ids for
    objects, ``None`` for nulls and for -1 meaning "unknown".
    """
    columns = list(Scr.csv_list_columns(model))
    rows = []
    for item in model:
        find = item.find_property
        row = []
        for column in columns:
            pspec = find(column.replace("_", "-"))
            row.append(None if pspec is None else _cell(item, pspec))
        rows.append(row)
    return columns, rows


__all__.append("table_rows")


def to_dataframe(model):
    """Returns a collection as a pandas ``DataFrame``: one row per item, one
    column per property, the columns of ``Scr.csv_list_columns()``.

    Cells hold what ``table_rows()`` gives. Imports pandas on first use.
    """
    import pandas

    columns, rows = table_rows(model)
    return pandas.DataFrame(rows, columns=columns)


__all__.append("to_dataframe")
