"""libscr from Python: load a dataset, evaluate its cases, list their deadlines."""
import datetime

import gi

gi.require_version("Scr", "1")
from gi.repository import Scr  # noqa: E402

dataset = Scr.Dataset.new_from_file("examples/data/child-l-cumbria.json")
evaluator = Scr.Evaluator.new(None)  # the built-in statutory rules

for case in dataset.get_cases():  # every collection is a Gio.ListModel
    evaluation = evaluator.evaluate(case, None)
    for outcome in evaluation.get_outcomes():
        if outcome.get_verdict() == Scr.Verdict.REQUIRED:
            print(case.get_id(), outcome.get_process().value_nick, outcome.get_rule_id())
            print("   ", outcome.get_reason())
    # Functions that take a Scr.Date take a datetime.date too.
    timeline = evaluator.timeline(case, datetime.date(2024, 1, 1))
    for deadline in timeline.get_deadlines():
        print(deadline.get_rule_id(), deadline.get_due(), deadline.get_status().value_nick)

# Any collection as a table: pandas (imported only when asked) or CSV.
actions = Scr.to_dataframe(dataset.get_actions())
print(actions[["id", "due_date", "status"]].head())
print(Scr.csv_model_to_string(dataset.get_reviews()))

# Errors in documents carry the JSON path of the problem.
try:
    Scr.Dataset.new_from_data(b'{"schema_version": 1, "cases": [{"id": "x", "jurisdiction": 3}]}')
except Scr.LoadError as error:
    print(error.json_path, "-", error.detail)
