"""Records which libscr functions a Python test calls, for
tests/check-binding-coverage.py.

    python3 tests/python/trace.py OUTFILE TEST.py [ARG...]

wraps every function, constructor and method of the Scr namespace (after the
overrides), appends "Class.method" (or "function") to OUTFILE the first time
each is called, then runs TEST.py as __main__.
"""
import keyword
import os
import runpy
import sys

import gi

gi.require_version("Scr", "1")
from gi._gi import (EnumInfo, FunctionInfo, InterfaceInfo, ObjectInfo, Repository,  # noqa: E402
                    StructInfo)
from gi.repository import Scr  # noqa: E402

out_file, test_file = sys.argv[1], sys.argv[2]
seen = set()


def recorder(name, original):
    def call(*args, **kwargs):
        if name not in seen:
            seen.add(name)
            with open(out_file, "a") as f:
                f.write(name + "\n")
        return original(*args, **kwargs)
    return call


for info in Repository.get_default().get_infos("Scr"):
    name = info.get_name()
    if isinstance(info, FunctionInfo):
        setattr(Scr, name, recorder(name, getattr(Scr, name)))
    elif isinstance(info, (ObjectInfo, StructInfo, InterfaceInfo, EnumInfo)):
        cls = getattr(Scr, name)
        for method in info.get_methods():
            attr = method.get_name()
            # PyGObject names a method spelt as a keyword with a "_" after
            member = attr[:-1] if keyword.iskeyword(attr[:-1]) else attr
            wrapped = recorder("%s.%s" % (name, member), getattr(cls, attr))
            setattr(cls, attr, wrapped if method.is_method() else staticmethod(wrapped))

sys.argv = [test_file] + sys.argv[3:]
sys.path.insert(0, os.path.dirname(os.path.abspath(test_file)))
runpy.run_path(test_file, run_name="__main__")
