"""Calendar arithmetic and TIMEX3 value strings for the temporal tagger (dates.py, periods.py).

A resolved date is a `datetime.date` plus a granularity (year, quarter, month,
week, weekend, day, decade, century): "last month" in an article of 2025-07-09
is (2025-06-01, "M") and prints as `2025-06`. Without an anchor (no document
date) values keep X's in the places the text does not fix (`XXXX-XX`).
"""

from __future__ import annotations

import calendar
import datetime as dt

# Granularities, coarse to fine.
CENTURY, DECADE, YEAR, QUARTER, MONTH, WEEK, WEEKEND, DAY = "CE", "DE", "Y", "Q", "M", "W", "WE", "D"
ORDER = (CENTURY, DECADE, YEAR, QUARTER, MONTH, WEEK, WEEKEND, DAY)
UNRESOLVED = {
    CENTURY: "XX", DECADE: "XXX", YEAR: "XXXX", QUARTER: "XXXX-QX", MONTH: "XXXX-XX",
    WEEK: "XXXX-WXX", WEEKEND: "XXXX-WXX-WE", DAY: "XXXX-XX-XX",
}


# How far ahead a month or day of the month without a year or a tense may lie (four months).
FUTURE_REACH_DAYS = 120


def value(date: dt.date | None, granularity: str) -> str:
    """The TIMEX3 value of `date` at `granularity` ("2025-06", "2025-W28-WE", "198")."""
    if date is None:
        return UNRESOLVED[granularity]
    if granularity == CENTURY:
        return f"{date.year // 100:02d}"
    if granularity == DECADE:
        return f"{date.year // 10:03d}"
    if granularity == YEAR:
        return f"{date.year:04d}"
    if granularity == QUARTER:
        return f"{date.year:04d}-Q{(date.month - 1) // 3 + 1}"
    if granularity == MONTH:
        return f"{date.year:04d}-{date.month:02d}"
    if granularity in (WEEK, WEEKEND):
        year, week, _ = date.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if granularity == WEEKEND else "")
    return date.isoformat()


def shift(date: dt.date, steps: int, unit: str) -> dt.date:
    """`date` moved by `steps` units (months keep the day where the month allows)."""
    if unit == DAY:
        return date + dt.timedelta(days=steps)
    if unit in (WEEK, WEEKEND):
        return date + dt.timedelta(weeks=steps)
    months = {MONTH: 1, QUARTER: 3, YEAR: 12, DECADE: 120, CENTURY: 1200}[unit] * steps
    index = date.year * 12 + date.month - 1 + months
    year, month = divmod(index, 12)
    day = min(date.day, calendar.monthrange(year, month + 1)[1])
    return dt.date(year, month + 1, day)


def weekday_near(reference: dt.date, weekday: int, direction: int, inclusive: bool = True) -> dt.date:
    """The `weekday` nearest `reference` going back (-1), forward (+1) or either way (0).

    Inclusive: "Wednesday" said on a Wednesday is that very day.
    """
    if direction == 0:
        return _closest(reference, weekday_near(reference, weekday, -1, inclusive), weekday_near(reference, weekday, 1, inclusive))
    delta = (weekday - reference.weekday()) % 7 if direction > 0 else -((reference.weekday() - weekday) % 7)
    if delta == 0 and not inclusive:
        delta = 7 * direction
    return reference + dt.timedelta(days=delta)


def month_near(reference: dt.date, month: int, direction: int, day: int | None = None) -> dt.date:
    """The `month` (and day) nearest `reference` going back (-1), forward (+1) or either way (0).

    The reference's own month (or day) counts as either way.
    """
    before, after = _occurrence(reference, month, day, -1), _occurrence(reference, month, day, 1)
    if direction == 0:
        # News reports what happened: a month more than four months ahead is rarer than one gone by.
        return after if (after - reference).days <= FUTURE_REACH_DAYS else before
    return before if direction < 0 else after


def month_by_tense(reference: dt.date, month: int, tense: int, day: int | None = None, arranged: bool = False) -> dt.date:
    """A month (and day) without its year, as the tense of its verb places it.

    An arrangement told in the past with this month or the next is still ahead
    ("had been set to expire Nov. 6", "a summit set for April"); a done deed in
    the past tense is not ("it sold the stake in April", said in March, is last April).
    """
    if tense < 0 and arranged and _months_apart(reference, _occurrence(reference, month, day, 1)) <= 1:
        tense = 1
    return month_near(reference, month, tense, day)


def _occurrence(reference: dt.date, month: int, day: int | None, direction: int) -> dt.date:
    """The latest `month` (and day) not after `reference` (-1), or the first not before it (+1)."""
    year = reference.year
    wanted = (month, day or 0)
    here = (reference.month, reference.day if day else 0)
    if direction < 0 and wanted > here:
        year -= 1
    elif direction > 0 and wanted < here:
        year += 1
    return dt.date(year, month, min(day or 1, calendar.monthrange(year, month)[1]))


def _months_apart(earlier: dt.date, later: dt.date) -> int:
    return (later.year - earlier.year) * 12 + later.month - earlier.month


def _closest(reference: dt.date, before: dt.date, after: dt.date) -> dt.date:
    """The nearer of two candidates; a tie goes to the past, which news reports more."""
    return after if (after - reference) < (reference - before) else before


def quarter_start(date: dt.date) -> dt.date:
    return dt.date(date.year, (date.month - 1) // 3 * 3 + 1, 1)


# Units TIMEX3 durations spell in a smaller unit: a quarter is three months, a decade ten years.
SCALED_UNITS = {"Q": (3, "M"), "DE": (10, "Y"), "CE": (100, "Y")}


# A fraction of a unit in the next smaller one: {is_time: {letter: (factor, smaller letter, smaller is a time)}}.
FRACTION_UNITS = {
    False: {"Y": (12, "M", False), "W": (7, "D", False), "D": (24, "H", True)},
    True: {"H": (60, "M", True), "M": (60, "S", True)},
}


def duration(amount: float | None, letter: str, is_time: bool) -> str:
    """A TIMEX3 duration: `P3Y`, `PT4H`, `PXD` (unknown amount), `P18M` for six quarters, `P20Y` for two decades."""
    if letter in SCALED_UNITS:
        factor, letter = SCALED_UNITS[letter]
        amount = None if amount is None else amount * factor
    if amount is None:
        number = "X"
    elif amount == int(amount):
        number = str(int(amount))
    elif letter in FRACTION_UNITS.get(is_time, {}):
        # "2 1/2 years" is P2Y6M: the whole units, then the rest in the next smaller unit.
        factor, smaller, smaller_is_time = FRACTION_UNITS[is_time][letter]
        whole, rest = int(amount), round((amount - int(amount)) * factor)
        head = ("PT" if is_time else "P") + (f"{whole}{letter}" if whole else "")
        if smaller_is_time and not is_time:
            head += "T"
        return head + f"{rest}{smaller}"
    else:
        number = f"{amount:g}"
    return ("PT" if is_time else "P") + number + letter
