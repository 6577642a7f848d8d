#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
"""Writes bank-holidays-1990-2030.tsv, the reference table the calendar
tests check libscr against.

This is a second, independent statement of the UK rules (it does not read
libscr's uk-bank-holidays.json): plain Python, written from the Banking and
Financial Dealings Act 1971 schedule, the annual proclamations and GOV.UK's
published lists (2011-2028), with the one-offs typed in by hand. Run with
--check to compare against workalendar (England and Wales, Northern Ireland)
and print the known disagreements (working-days spec, section 1.8).

Columns: division, date, weekday, kind, name.
"""
import datetime as dt
import sys

D = dt.date
EW, SC, NI = "england-and-wales", "scotland", "northern-ireland"


def easter(y):
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    return D(y, (h + l - 7 * m + 114) // 31, (h + l - 7 * m + 114) % 31 + 1)


def first_monday(y, month):
    d = D(y, month, 1)
    return d + dt.timedelta((7 - d.weekday()) % 7)


def last_monday(y, month):
    d = D(y + (month == 12), month % 12 + 1, 1) - dt.timedelta(1)
    return d - dt.timedelta(d.weekday())


def weekend(d):
    return d.weekday() >= 5


def next_monday_if_weekend(d):
    return d + dt.timedelta(7 - d.weekday()) if weekend(d) else d


def year_days(div, y):
    """[(date, kind, name)] for one division and year."""
    out = []

    def add(d, name, kind="regular"):
        out.append((d, kind, name))

    def fixed_next_monday(d, name):
        s = next_monday_if_weekend(d)
        add(s, name, "substitute" if s != d else "regular")

    # New Year
    if div == SC:
        taken = []
        for nominal, name in ((D(y, 1, 1), "New Year’s Day"), (D(y, 1, 2), "2nd January")):
            d = nominal
            while weekend(d) or d in taken:
                d += dt.timedelta(1)
            taken.append(d)
            add(d, name, "substitute" if d != nominal else "regular")
    else:
        fixed_next_monday(D(y, 1, 1), "New Year’s Day")
    if div == NI:
        fixed_next_monday(D(y, 3, 17), "St Patrick’s Day")
    add(easter(y) - dt.timedelta(2), "Good Friday")
    if div != SC:
        add(easter(y) + dt.timedelta(1), "Easter Monday")
    # Early May
    early = first_monday(y, 5)
    if y == 1995 and div != SC:
        add(D(1995, 5, 8), "Early May bank holiday (VE day)", "moved")
    elif y == 2020:
        add(D(2020, 5, 8), "Early May bank holiday (VE day)", "moved")
    else:
        add(early, "Early May bank holiday")
    if y == 1995 and div == SC:
        add(D(1995, 5, 8), "VE day 50th anniversary bank holiday", "extra")
    if y == 2023:
        add(D(2023, 5, 8), "Bank holiday for the coronation of King Charles III", "extra")
    # Spring
    moved_spring = {2002: D(2002, 6, 4), 2012: D(2012, 6, 4), 2022: D(2022, 6, 2)}
    if y in moved_spring:
        add(moved_spring[y], "Spring bank holiday", "moved")
    else:
        add(last_monday(y, 5), "Spring bank holiday")
    extras = {
        1999: [(D(1999, 12, 31), "Millennium bank holiday")],
        2002: [(D(2002, 6, 3), "Queen’s Golden Jubilee")],
        2011: [(D(2011, 4, 29), "Royal wedding")],
        2012: [(D(2012, 6, 5), "Queen’s Diamond Jubilee")],
        2022: [(D(2022, 6, 3), "Platinum Jubilee bank holiday"),
               (D(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II")],
    }
    for d, name in extras.get(y, []):
        add(d, name, "extra")
    if y == 2026 and div == SC:
        add(D(2026, 6, 15), "World Cup bank holiday", "extra")
    if div == NI:
        fixed_next_monday(D(y, 7, 12), "Battle of the Boyne (Orangemen’s Day)")
    add(first_monday(y, 8) if div == SC else last_monday(y, 8), "Summer bank holiday")
    if div == SC and y >= 2007:
        fixed_next_monday(D(y, 11, 30), "St Andrew’s Day")
    # Christmas and Boxing Day: own weekday dates first, then the rest.
    xmas, boxing = D(y, 12, 25), D(y, 12, 26)
    placed = {}
    for nominal in (xmas, boxing):
        if not weekend(nominal):
            placed[nominal] = nominal
    for nominal in (xmas, boxing):
        if nominal not in placed:
            d = nominal
            while weekend(d) or d in placed.values():
                d += dt.timedelta(1)
            placed[nominal] = d
    add(placed[xmas], "Christmas Day", "substitute" if placed[xmas] != xmas else "regular")
    add(placed[boxing], "Boxing Day", "substitute" if placed[boxing] != boxing else "regular")
    return sorted(out)


def table(first=1990, last=2030):
    for div in (EW, SC, NI):
        for y in range(first, last + 1):
            for d, kind, name in year_days(div, y):
                yield div, d, kind, name


def check():
    from workalendar.europe import UnitedKingdom, UnitedKingdomNorthernIreland
    for div, cal in ((EW, UnitedKingdom()), (NI, UnitedKingdomNorthernIreland())):
        ours = {d for dv, d, _, _ in table() if dv == div}
        theirs = set()
        for y in range(1990, 2031):
            theirs |= {d for d, _ in cal.holidays(y) if not weekend(d)}
        for d in sorted(ours - theirs):
            print(f"{div}: {d} only in this table")
        for d in sorted(theirs - ours):
            print(f"{div}: {d} only in workalendar")


def main():
    if "--check" in sys.argv:
        check()
        return
    out = sys.stdout
    out.write("# division\tdate\tweekday\tkind\tname\n")
    for div, d, kind, name in table():
        out.write(f"{div}\t{d.isoformat()}\t{d.strftime('%a')}\t{kind}\t{name}\n")


if __name__ == "__main__":
    main()
