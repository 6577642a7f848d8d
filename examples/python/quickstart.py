"""libscr from Python: dates and working with collections."""
import datetime
import sys

import gi

gi.require_version("Scr", "1")
from gi.repository import Scr  # noqa: E402

when = Scr.Date(2014, 8, 27)
print(when, when.add_months(6), when.days_between(datetime.date(2014, 9, 1)))
sys.exit(0)
