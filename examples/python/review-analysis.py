# %% [markdown]
# # Case review analysis with libscr
#
# The plain-script twin of `review-analysis.ipynb`: the tests run this file,
# and `tests/check-notebook.py` checks that the notebook holds the same cells.
# It loads the example datasets, evaluates every case, lists the overdue
# actions by agency, plots review durations and shows an audit's measures,
# writing CSV and PNG files as it goes.
#
# Run: `python3 examples/python/review-analysis.py [DATA_DIR] [OUTPUT_DIR] [TODAY]`

# %%
import datetime
import glob
import os
import sys

import gi

gi.require_version("Gio", "2.0")
gi.require_version("Scr", "1")
from gi.repository import Gio, Scr  # noqa: E402

import matplotlib  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

# %% Settings
# The notebook sets these directly; the script takes them from its arguments.
HERE = os.path.dirname(os.path.abspath(__file__))
DATA_DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "data")
OUTPUT_DIR = sys.argv[2] if len(sys.argv) > 2 else "review-analysis-output"
TODAY = datetime.date.fromisoformat(sys.argv[3]) if len(sys.argv) > 3 else datetime.date.today()
matplotlib.use("Agg")

# %% [markdown]
# ## Load the example datasets
#
# One dataset per file. Every collection (`get_cases()`, `get_reviews()`,
# `get_actions()`...) is a `Gio.ListModel`: `len()`, iteration and indexing
# work on it directly.

# %%
os.makedirs(OUTPUT_DIR, exist_ok=True)
datasets = {}
for path in sorted(glob.glob(os.path.join(DATA_DIR, "*.json"))):
    datasets[os.path.basename(path)] = Scr.Dataset.new_from_file(path)
for name, dataset in datasets.items():
    print("%-32s %2d cases %2d reviews %3d actions %d audits"
          % (name, len(dataset.get_cases()), len(dataset.get_reviews()),
             len(dataset.get_actions()), len(dataset.get_audits())))

# %% [markdown]
# ## Evaluate the cases
#
# For each case, the outcome of the statutory criteria for every process,
# with the deciding rule. `Scr.to_dataframe()` turns any collection into a
# table whose columns are the objects' properties.

# %%
evaluator = Scr.Evaluator.new(None)  # the built-in rules
tables = []
for name, dataset in datasets.items():
    for case in dataset.get_cases():
        outcomes = Scr.to_dataframe(evaluator.evaluate(case, None).get_outcomes())
        outcomes.insert(0, "case_id", case.get_id())
        tables.append(outcomes)
outcomes = pd.concat(tables, ignore_index=True)
outcomes.to_csv(os.path.join(OUTPUT_DIR, "outcomes.csv"), index=False)
print(pd.crosstab(outcomes["case_id"], outcomes["verdict"]))
decided = outcomes[outcomes["verdict"].isin(["required", "expected", "consider"])]
print(decided[["case_id", "process", "verdict", "rule_id"]].to_string(index=False))

# %% [markdown]
# ## Overdue actions by agency
#
# An action is overdue when it is not done and the last day its due date
# allows has passed (`2016-09` means the end of September). The same
# collection goes to CSV straight from C with `Scr.csv_write_model_to_file()`.

# %%
overdue = Gio.ListStore.new(Scr.Action)
agencies = []
for dataset in datasets.values():
    for action in dataset.get_actions():
        if action.is_overdue(TODAY):
            overdue.append(action)
            agency_id = action.get_owner_agency_id()
            agency = dataset.lookup_agency(agency_id) if agency_id else None
            agencies.append(agency.get_name() if agency else action.get_owner() or "(none)")
Scr.csv_write_model_to_file(overdue, os.path.join(OUTPUT_DIR, "overdue-actions.csv"))
overdue_actions = Scr.to_dataframe(overdue)
overdue_actions.insert(0, "agency", agencies)
print("%d actions overdue on %s" % (len(overdue), TODAY))
print(overdue_actions.groupby("agency").size().sort_values(ascending=False).to_string())

# %% [markdown]
# ## Review durations
#
# From referral to publication. Where a review records no referral, the
# first step it does record (notification, decision, appointment of the
# author) stands in, and the table says which. Dates known only to the month
# count from its first day, so those durations are approximate.

# %%
STARTS = [Scr.MilestoneKind.REFERRED, Scr.MilestoneKind.NOTIFIED, Scr.MilestoneKind.DECISION,
          Scr.MilestoneKind.AUTHOR_APPOINTED]
rows = []
for dataset in datasets.values():
    for review in dataset.get_reviews():
        dates = {m.get_kind(): m.get_date() for m in review.get_milestones() if m.get_date()}
        start_kind = next((kind for kind in STARTS if kind in dates), None)
        end = dates.get(Scr.MilestoneKind.PUBLICATION)
        if start_kind is None or end is None:
            continue
        start = dates[start_kind]
        rows.append({"review": review.get_id(), "from": start_kind.value_nick,
                     "start": str(start), "published": str(end),
                     "days": end.get_ordinal() - start.get_ordinal(),
                     "approximate": not (start.is_complete() and end.is_complete())})
durations = pd.DataFrame(rows, columns=["review", "from", "start", "published", "days",
                                        "approximate"])
durations.to_csv(os.path.join(OUTPUT_DIR, "review-durations.csv"), index=False)
print(durations.to_string(index=False))

fig, ax = plt.subplots(figsize=(8, max(2.5, 0.5 * len(durations) + 1)))
colours = ["tab:orange" if approx else "tab:blue" for approx in durations["approximate"]]
ax.barh(durations["review"], durations["days"], color=colours)
ax.invert_yaxis()
ax.set_xlabel("days from referral (or first recorded step) to publication")
ax.set_title("Review durations (orange: dates known only to the month)")
fig.tight_layout()
fig.savefig(os.path.join(OUTPUT_DIR, "review-durations.png"))

# %% [markdown]
# ## An audit's measures

# %%
audit = next(audit for dataset in datasets.values() for audit in dataset.get_audits()
             if len(audit.get_measures()) > 0)
measures = Scr.to_dataframe(audit.get_measures())
measures["percent"] = (100 * measures["numerator"] / measures["denominator"]).round(1)
measures.to_csv(os.path.join(OUTPUT_DIR, "audit-measures.csv"), index=False)
print("%s (%s, sample %s)" % (audit.get_title(), audit.get_date_reported(),
                              audit.get_sample_size()))
print(measures[["label", "numerator", "denominator", "percent"]].to_string(index=False))

# %% [markdown]
# ## A register: what is due, and the decision log
#
# The same datasets in a register (`Scr.Store`, an SQLite file), as a
# business unit keeps them: every change logged with who, when and why.
# Liverpool's file holds a shorter record of the Child N case, so it goes in
# first and Lancashire's completes it (each member that changes is logged).
# `list_due()` gives, per case, the statutory steps not yet done, from the
# register's due index; the log is a DataFrame whose times are `datetime`s.

# %%
register_path = os.path.join(OUTPUT_DIR, "register.db")
for suffix in ("", "-wal", "-shm"):
    if os.path.exists(register_path + suffix):
        os.remove(register_path + suffix)
store = Scr.Store.create(register_path)
for name in sorted(datasets, key=lambda name: not name.startswith("liverpool")):
    store.import_full(datasets[name], Scr.ImportFlags.UPDATE, "analyst", "from " + name)

rows = []
for timeline in store.list_due(TODAY, None):
    calendar = timeline.get_calendar()
    for deadline in timeline.get_deadlines():
        if deadline.get_status() not in (Scr.DeadlineStatus.PENDING, Scr.DeadlineStatus.OVERDUE):
            continue
        rows.append({"case": timeline.get_case_id(), "rule": deadline.get_rule_id(),
                     "due": deadline.get_due().to_date(),
                     "status": deadline.get_status().value_nick,
                     "working_days_left": calendar.count_working_days(TODAY, deadline.get_due()),
                     "what": deadline.get_description()})
due = pd.DataFrame(rows, columns=["case", "rule", "due", "status", "working_days_left", "what"])
due = due.sort_values(["working_days_left", "case"])
due.to_csv(os.path.join(OUTPUT_DIR, "due.csv"), index=False)
print(due[["case", "rule", "due", "status", "working_days_left"]].to_string(index=False))

log = Scr.to_dataframe(store.list_log(None))
log.to_csv(os.path.join(OUTPUT_DIR, "decision-log.csv"), index=False)
print("%d log entries from %s to %s" % (len(log), log["time"].min(), log["time"].max()))
print(log.groupby("kind").size().to_string())
