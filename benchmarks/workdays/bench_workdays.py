#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Working-day arithmetic: libscr (C API, Python per call and batch) against
numpy.busday_offset (vectorised and per call, prebuilt busdaycalendar) and
workalendar's add_working_days, on the same 1,000,000 (date, offset) pairs.

Start dates are uniform over 2000-01-01..2021-12-31; offsets uniform over
1..30, then 1..250. Every result is checked against every other; workalendar
runs on the first 10,000 pairs (it steps day by day). numpy and workalendar
get England and Wales' holidays from tests/data/bank-holidays-1990-2030.tsv,
the independent table of the tests, so agreement also cross-checks libscr's
data. Prints a Markdown table for doc/benchmarks.md.

Run through meson (`ninja -C BUILD benchmark-workdays`) or by hand:
  env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE GI_TYPELIB_PATH=BUILD/libscr \
    LD_LIBRARY_PATH=BUILD/libscr PYTHONPATH=bindings/python \
    /usr/bin/python3 benchmarks/workdays/bench_workdays.py \
    --bench BUILD/benchmarks/workdays/bench-workdays --table tests/data/bank-holidays-1990-2030.tsv
"""
import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
import time

import numpy as np

import gi
gi.require_version("Scr", "1")
gi.require_version("GLib", "2.0")
from gi.repository import GLib, Scr  # noqa: E402

EPOCH = 719163  # date(1970, 1, 1).toordinal(): numpy day 0


def best(fn, repeats):
    times = []
    result = None
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return min(times), result


def load_holidays(table, division):
    days = []
    with open(table, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            div, iso = line.split("\t")[:2]
            if div == division:
                days.append(datetime.date.fromisoformat(iso))
    return days


def run(args, max_offset, out):
    n = args.n
    rng = np.random.default_rng(args.seed + max_offset)
    lo = datetime.date(2000, 1, 1).toordinal()
    hi = datetime.date(2021, 12, 31).toordinal()
    starts = rng.integers(lo, hi + 1, n).astype(np.int32)
    offsets = rng.integers(1, max_offset + 1, n).astype(np.int32)
    rows = []

    # libscr, C API (a separate program on the same pairs).
    with tempfile.TemporaryDirectory() as tmp:
        pairs = os.path.join(tmp, "pairs.bin")
        results = os.path.join(tmp, "results.bin")
        with open(pairs, "wb") as f:
            f.write(starts.tobytes())
            f.write(offsets.tobytes())
        proc = subprocess.run([args.bench, "england-and-wales", pairs, results, str(args.repeats)],
                              check=True, capture_output=True, text=True)
        c = json.loads(proc.stdout)
        c_results = np.fromfile(results, dtype=np.int32)
    reference = c_results
    rows.append(("libscr C API, per call (`add_working_days_ordinal`)", n, c["per_call"]))
    rows.append(("libscr C API, batch (`add_working_days_array`)", n, c["batch"]))
    rows.append(("libscr C API, per call with `ScrDate` values", n, c["scr_date"]))

    # libscr from Python.
    cal = Scr.Calendar.new_for_division(Scr.Division.ENGLAND_AND_WALES)
    roll = Scr.Roll.ERROR
    add = cal.add_working_days_ordinal
    s_list, o_list = starts.tolist(), offsets.tolist()
    t, py_results = best(lambda: [add(s, o, roll) for s, o in zip(s_list, o_list)], min(args.repeats, 3))
    assert py_results == reference.tolist(), "Python per call disagrees with C"
    rows.append(("libscr from Python, per call", n, t))

    def by_bytes():
        out = cal.add_working_days_bytes(GLib.Bytes.new(starts.tobytes()),
                                         GLib.Bytes.new(offsets.tobytes()), roll)
        return np.frombuffer(out.get_data(), np.int32)
    t, packed = best(by_bytes, args.repeats)
    assert (packed == reference).all(), "Python batch (bytes) disagrees with C"
    rows.append(("libscr from Python, batch, numpy arrays via `add_working_days_bytes`", n, t))

    t, listed = best(lambda: cal.add_working_days_array(starts, offsets, roll), min(args.repeats, 3))
    assert listed == reference.tolist(), "Python batch (array) disagrees with C"
    rows.append(("libscr from Python, batch, numpy arrays via `add_working_days_array`", n, t))

    # numpy: "n-th working day strictly after d" is roll='backward'.
    holidays = np.array([d.toordinal() - EPOCH for d in load_holidays(args.table, "england-and-wales")],
                        dtype="datetime64[D]")
    busdaycal = np.busdaycalendar(holidays=holidays)
    dates = (starts.astype(np.int64) - EPOCH).astype("datetime64[D]")
    t, vec = best(lambda: np.busday_offset(dates, offsets, roll="backward", busdaycal=busdaycal),
                  args.repeats)
    vec_ord = vec.astype(np.int64) + EPOCH
    assert (vec_ord == reference).all(), "numpy vectorised disagrees with libscr: %d mismatches" % (
        (vec_ord != reference).sum())
    rows.append(("numpy `busday_offset`, vectorised, prebuilt `busdaycalendar`", n, t))
    numpy_vec = t

    m = args.n_numpy_per_call
    d_list = list(dates[:m])
    off_list = o_list[:m]
    bo = np.busday_offset
    t, per = best(lambda: [bo(d, k, roll="backward", busdaycal=busdaycal) for d, k in zip(d_list, off_list)],
                  min(args.repeats, 3))
    assert [int(x.astype(np.int64)) + EPOCH for x in per] == reference[:m].tolist(), "numpy per call disagrees"
    rows.append(("numpy `busday_offset`, per call, prebuilt `busdaycalendar`", m, t))
    numpy_per_call = t / m

    # workalendar, on a sample.
    try:
        from workalendar.europe import UnitedKingdom
        uk = UnitedKingdom()
        k = args.n_workalendar
        sample = [(datetime.date.fromordinal(s), o) for s, o in zip(s_list[:k], o_list[:k])]
        t, wk = best(lambda: [uk.add_working_days(d, o) for d, o in sample], 1)
        mismatches = sum(1 for r, want in zip(wk, reference[:k].tolist()) if r.toordinal() != want)
        rows.append(("workalendar `UnitedKingdom().add_working_days`%s" % (
            "" if mismatches == 0 else " (%d mismatches)" % mismatches), k, t))
    except ImportError:
        print("workalendar is not installed: skipped", file=sys.stderr)

    out.write("\nOffsets 1..%d, start dates 2000-01-01..2021-12-31, England and Wales:\n\n" % max_offset)
    out.write("| way of calling | n | best time | calls/s | ratio to numpy |\n")
    out.write("| --- | ---: | ---: | ---: | ---: |\n")
    for name, count, seconds in rows:
        rate = count / seconds
        if ("per call" in name and "C API" not in name) or name.startswith("workalendar"):
            ratio_text = "%.2f× numpy per call" % (rate * numpy_per_call)
        else:
            ratio_text = "%.2f× numpy vectorised" % (rate * numpy_vec / n)
        out.write("| %s | %s | %.4f s | %s | %s |\n" % (
            name, format(count, ","), seconds, format(int(rate), ","), ratio_text))
    out.write("\nAll results agree (libscr C per call = C batch = ScrDate API = Python per call = "
              "Python batches = numpy vectorised = numpy per call%s).\n" % (
                  " = workalendar" if all("mismatch" not in r[0] for r in rows) else ""))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bench", required=True, help="the bench-workdays program")
    parser.add_argument("--table", required=True, help="tests/data/bank-holidays-1990-2030.tsv")
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--n-numpy-per-call", type=int, default=1_000_000)
    parser.add_argument("--n-workalendar", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--seed", type=int, default=20221)
    args = parser.parse_args()
    out = sys.stdout
    out.write("Machine: %s, %d cores; Python %s, numpy %s; OPENBLAS_CORETYPE %s.\n" % (
        platform.machine(), os.cpu_count(), platform.python_version(), np.__version__,
        "unset" if "OPENBLAS_CORETYPE" not in os.environ else "set"))
    for max_offset in (30, 250):
        run(args, max_offset, out)


if __name__ == "__main__":
    main()
