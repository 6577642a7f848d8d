#!/usr/bin/python3
"""Evaluate generated cases with full reasons, and their timelines, from
Python: per case (one call each) and in batch (evaluate_all / timeline_all:
one call for the whole list, and calls of 10,000 cases, the C benchmark's
batch size). A program, not a test. Times are this thread's CPU time (the
machine is shared).

Usage (from the source tree, with a build in BUILD):
  GI_TYPELIB_PATH=BUILD/libscr LD_LIBRARY_PATH=BUILD/libscr \\
    /usr/bin/python3 benchmarks/evaluate/bench_evaluate.py [N]
"""
import random
import sys
import time

import gi

gi.require_version("Scr", "1")
gi.require_version("Gio", "2.0")
from gi.repository import Gio, Scr  # noqa: E402

AN = ["known", "suspected", "not_suspected", "unknown"]
YN = ["yes", "no", "no", "unknown"]
INTER = ["yes", "no_definitive", "no_unclear", "unknown"]
LOC = ["this_la", "this_la", "this_la", "other_english_la", "outside_england", "unknown"]
JUR = [Scr.Jurisdiction.ENGLAND] * 7 + [Scr.Jurisdiction.WALES, Scr.Jurisdiction.SCOTLAND,
                                        Scr.Jurisdiction.NORTHERN_IRELAND]


def generate(i, rng):
    j = rng.choice(JUR)
    c = Scr.Case.new("case-%d" % i, j)
    aware = 734503 + rng.randrange(4748)
    decision = aware + 10 + rng.randrange(50)
    facts = {"abuse_neglect": rng.choice(AN), "died": rng.choice(YN[:3]),
             "serious_harm": rng.choice(YN), "age": str(rng.randrange(18))}
    if j == Scr.Jurisdiction.ENGLAND:
        facts.update(interagency_concern=rng.choice(INTER), incident_location=rng.choice(LOC),
                     normal_residence="this_la", suspected_suicide=rng.choice(YN[:3]),
                     looked_after_at_death=rng.choice(YN[:3]), custody_setting=rng.choice(YN[:3]),
                     mha_1983_detained="no", dol_order_16_17="no", regulated_setting=rng.choice(YN[:3]),
                     child_caused_serious_harm_to_other=rng.choice(YN[:3]),
                     rr_improvements_needed=rng.choice(YN), normally_resident_in_area="yes",
                     stillbirth_or_termination="no")
    elif j == Scr.Jurisdiction.WALES:
        facts.update(within_board_area="yes", cp_register_6m=rng.choice(YN), looked_after_6m=rng.choice(YN[:3]))
    else:
        facts.update(significant_harm=rng.choice(YN), sbni_concern=rng.choice(YN))
    events = {"incident": aware - rng.randrange(10), "became_aware": aware, "decision": decision}
    if rng.randrange(4):
        events["notification_sent"] = aware + rng.randrange(12)
    if rng.randrange(2):
        events["rapid_review_completed"] = aware + 10 + rng.randrange(20)
    if rng.randrange(3) == 0:
        facts["review_decision"] = "initiate"
        events["review_initiated"] = decision + rng.randrange(30)
        if rng.randrange(2):
            events["published"] = decision + 100 + rng.randrange(300)
    else:
        facts["review_decision"] = "not_initiate"
    for name, value in facts.items():
        c.set_fact(name, value)
    for name, ordinal in events.items():
        c.set_event(name, Scr.Date.new_from_ordinal(ordinal))
    return c


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    rng = random.Random(20261122)
    evaluator = Scr.Evaluator.new(None)
    today = Scr.Date.new(2025, 6, 30)
    cases = Gio.ListStore.new(Scr.Case.__gtype__)
    items = [generate(i, rng) for i in range(n)]
    cases.splice(0, 0, items)

    t0 = time.thread_time()
    for c in items:
        evaluator.evaluate(c, None)
        evaluator.timeline(c, today)
    per_case = time.thread_time() - t0

    t0 = time.thread_time()
    evaluations = evaluator.evaluate_all(cases, None)
    t1 = time.thread_time()
    timelines = evaluator.timeline_all(cases, today)
    t2 = time.thread_time()
    assert evaluations.get_n_items() == n and timelines.get_n_items() == n

    # The same cases in lists of 10,000, as the C benchmark evaluates them
    # (one call's results then stay a few megabytes).
    chunks = []
    for k in range(0, n, 10000):
        chunk = Gio.ListStore.new(Scr.Case.__gtype__)
        chunk.splice(0, 0, items[k:k + 10000])
        chunks.append(chunk)
    t_chunks = 0.0
    for chunk in chunks:
        t4 = time.thread_time()
        result = evaluator.evaluate_all(chunk, None)
        t_chunks += time.thread_time() - t4
        assert result.get_n_items() == chunk.get_n_items()
        del result

    # Reading every reason back into Python (object creation included).
    t3 = time.thread_time()
    reasons = 0
    for i in range(min(n, 20000)):
        for o in evaluations.get_item(i).get_outcomes():
            reasons += len(o.get_reason())
    read = time.thread_time() - t3

    print("cases: %d" % n)
    print("per case (evaluate + timeline, 2 calls a case): %8.3f s %10.0f cases/s" % (per_case, n / per_case))
    print("batch evaluate_all:                            %8.3f s %10.0f cases/s" % (t1 - t0, n / (t1 - t0)))
    print("batch timeline_all:                            %8.3f s %10.0f cases/s" % (t2 - t1, n / (t2 - t1)))
    print("batch evaluate_all + timeline_all:             %8.3f s %10.0f cases/s" % (t2 - t0, n / (t2 - t0)))
    print("batch evaluate_all, calls of 10,000 cases:     %8.3f s %10.0f cases/s" % (t_chunks, n / t_chunks))
    print("reading the reasons of %d cases into Python:   %8.3f s %10.0f cases/s (%d characters)"
          % (min(n, 20000), read, min(n, 20000) / read, reasons))


if __name__ == "__main__":
    main()
