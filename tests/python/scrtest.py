"""Shared set-up for the PyGObject tests: load Scr 1 from the build tree."""
import os
import sys
import unittest

import gi

gi.require_version("GLib", "2.0")
gi.require_version("Json", "1.0")
gi.require_version("Scr", "1")
from gi.repository import GLib, Json, Scr  # noqa: E402,F401

TEST_DATA = os.environ.get("SCR_TEST_DATA", os.path.join(os.path.dirname(__file__), "..", "data"))
EXAMPLES = os.environ.get("SCR_EXAMPLES", os.path.join(os.path.dirname(__file__), "..", "..", "examples"))
SCR_TOOL = os.environ.get("SCR_TOOL", "scr")


def main():
    """Run the calling module's tests; exit non-zero on any failure."""
    result = unittest.main(module="__main__", exit=False, verbosity=2).result
    sys.exit(0 if result.wasSuccessful() and result.testsRun > 0 else 1)
