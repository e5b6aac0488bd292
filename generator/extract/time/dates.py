"""TIMEX3 readings of calendar dates: days, months, years, decades, centuries, weekdays,
clock times, parts of days and holidays ("Sept. 30, 1989", "in April", "the nineties",
"Friday evening", "9 a.m. Tuesday", "Thanksgiving Day").

One function per rule of patterns.py, each a pure function of the match's groups
and a Context (reading.py): the document date, the direction the governing verb
points to (-1 past, +1 future, 0 unknown) and the last date mentioned. Periods,
durations, references and sets are read in periods.py.
"""

from __future__ import annotations

import datetime as dt
import re

from generator.extract.time import values as V
from generator.extract.time import words as W
from generator.extract.time.reading import Context, Normalised, dated, read_mod, read_month, read_year


# --------------------------------------------------------------------------
# small readers
# --------------------------------------------------------------------------


def _day(word: str) -> int:
    spoken = W.SPOKEN_DAYS.get(word.replace(" ", "-"))
    return spoken if spoken is not None else int(re.match(r"\d+", word).group(0))


def _anchor_day(context: Context) -> dt.date | None:
    """The day last mentioned, or else the document's: what "the next morning" counts from."""
    anchor = context.anchor
    return anchor[0] if anchor and anchor[1] == V.DAY else context.reference


# --------------------------------------------------------------------------
# calendar dates
# --------------------------------------------------------------------------


def calendar_date(g: dict[str, str], context: Context) -> Normalised | None:
    month = read_month(g["month"]) if not g["month"].isdigit() else int(g["month"])
    day = _day(g["day"])
    if "year" in g:
        year = read_year(g["year"])
        year += (1900 if year > 40 else 2000) if year < 100 else 0
        start = _safe_date(year, month, day)
    elif context.stated_year is not None:
        start = _safe_date(context.stated_year, month, day)
    elif context.reference is not None:
        start = V.month_by_tense(context.reference, month, context.direction, day, context.arranged)
    else:
        start = None
    if start is None and "year" in g:
        return None
    if "day2" in g:
        end_day = _day(g["day2"])
        if end_day <= day:
            return None
        if start is None:
            return Normalised("DATE", f"XXXX-{month:02d}-{day:02d}/XXXX-{month:02d}-{end_day:02d}")
        end = _safe_date(start.year, month, end_day)
        if end is None:
            return None
        return Normalised("DATE", f"{start.isoformat()}/{end.isoformat()}", read_mod(g), (start, V.DAY))
    if "weekof" in g:  # "the week of March 6": the week that holds the day
        granularity = V.WEEKEND if "weekend" in g["weekof"] else V.WEEK
        return dated(start, granularity) if start is not None else Normalised("DATE", V.UNRESOLVED[granularity])
    if start is None:
        return Normalised("DATE", f"XXXX-{month:02d}-{day:02d}", read_mod(g))
    return dated(start, V.DAY, read_mod(g))


def and_day(g: dict[str, str], context: Context) -> Normalised | None:
    """"25" in "April 24 and 25": a later day of the month of the day just named."""
    anchor = context.anchor
    day = _day(g["day"])
    if anchor is None or anchor[1] != V.DAY or day <= anchor[0].day:
        return None
    return dated(_safe_date(anchor[0].year, anchor[0].month, day), V.DAY)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def month(g: dict[str, str], context: Context) -> Normalised | None:
    number = read_month(g["month"])
    if "year" in g:
        return dated(dt.date(read_year(g["year"]), number, 1), V.MONTH, read_mod(g))
    if "ythat" in g or g.get("rel") == "that":  # "March of that year", "that June": the year last mentioned
        if context.anchor is None:
            return Normalised("DATE", f"XXXX-{number:02d}", read_mod(g))
        step = W.ANCHORED_YEAR_STEPS.get(g.get("ythat", ""), 0)
        return dated(dt.date(context.anchor[0].year + step, number, 1), V.MONTH, read_mod(g))
    if context.stated_year is not None and not g.get("rel") and "yrel" not in g:
        return dated(dt.date(context.stated_year, number, 1), V.MONTH, read_mod(g))
    if context.reference is None:
        return Normalised("DATE", f"XXXX-{number:02d}", read_mod(g))
    if "yrel" in g:  # "January this year", "June last year"
        step = W.RELATIVE_ADJECTIVES[g["yrel"]]
        return dated(dt.date(context.reference.year + step, number, 1), V.MONTH, read_mod(g))
    rel = g.get("rel")
    if rel in ("last", "past"):
        date = V.month_near(V.shift(context.reference, -1, V.MONTH), number, -1)
    elif rel in ("next", "coming"):
        date = V.month_near(V.shift(context.reference, 1, V.MONTH), number, 1)
    elif rel == "this":
        date = dt.date(context.reference.year, number, 1)
    else:
        date = V.month_by_tense(context.reference, number, context.direction, arranged=context.arranged)
    return dated(date, V.MONTH, read_mod(g))


def decade(g: dict[str, str], context: Context) -> Normalised | None:
    if "words" in g:  # "the nineties"
        mod = read_mod({"part": g["part2"]} if "part2" in g else {})
        return Normalised("DATE", _latest_decade(W.DECADE_WORDS[g["words"]], context), mod)
    if g["decade"] == "'":  # "the '80s"
        if "short" not in g:
            return None
        return Normalised("DATE", _latest_decade(int(g["short"][0]), context), read_mod(g))
    return Normalised("DATE", g["decade"][:3], read_mod(g))


def _latest_decade(digit: int, context: Context) -> str:
    """The latest decade ending in `digit`0 that has begun by the document's year: "the '80s"
    written in 2013 are the 1980s, "the nineties" in 1998 the 1990s."""
    year = context.reference.year if context.reference else 1999
    century = year // 100 - (1 if digit * 10 > year % 100 else 0)
    return f"{century}{digit}"


def year(g: dict[str, str], context: Context) -> Normalised | None:
    number = read_year(g.get("year") or g["year2"])
    if "yearpart" in g:
        quarter = W.ORDINALS[g["yearpart"].replace("'s", "").split()[0]]
        return dated(dt.date(number, 3 * quarter - 2, 1), V.QUARTER)
    return dated(dt.date(number, 1, 1), V.YEAR, read_mod(g))


def weekday(g: dict[str, str], context: Context) -> Normalised | None:
    number = W.WEEKDAYS[g["weekday"].replace("'s", "")]
    suffix, type_ = _day_part_suffix(g.get("daypart") or g.get("daypart0"))
    if context.reference is None:
        return Normalised(type_, f"XXXX-WXX-{number + 1}{suffix}")
    rel = g.get("rel")
    if rel in W.ANCHORED_WEEKDAY_STEPS:  # "the previous Friday": the one before the day last mentioned
        date = V.weekday_near(_anchor_day(context), number, W.ANCHORED_WEEKDAY_STEPS[rel], inclusive=False)
    elif rel in ("last", "past"):
        date = V.weekday_near(context.reference, number, -1, inclusive=False)
    elif rel in ("next",):
        date = V.weekday_near(context.reference, number, 1, inclusive=False)
    elif rel in ("this", "coming", "this coming"):
        date = V.weekday_near(context.reference, number, 1 if rel.endswith("coming") else context.toward)
    else:
        date = V.weekday_near(context.reference, number, context.toward)
    return Normalised(type_, date.isoformat() + suffix, read_mod(g), (date, V.DAY))


def weekdays(g: dict[str, str], context: Context) -> Normalised | None:
    """"on Mondays", "Tuesday nights": every such day or part of it."""
    part = g.get("daypart") or g.get("daypart2")
    suffix, _ = _day_part_suffix(part[:-1] if part else None)
    return Normalised("SET", f"XXXX-WXX-{W.WEEKDAYS[g['weekday']] + 1}{suffix}")


def _day_part_suffix(part: str | None) -> tuple[str, str]:
    if not part:
        return "", "DATE"
    if part in ("noon", "midday"):
        return "T12:00", "TIME"
    if part == "midnight":
        return "T24:00", "TIME"
    return "T" + W.DAY_PARTS[part], "TIME"


def _day_of(word: str | None, context: Context) -> dt.date | None:
    """The day a clock time or part of the day belongs to."""
    if context.reference is None:
        return None
    if word is None:
        return _anchor_day(context)
    if word.replace("'s", "") in W.WEEKDAYS:
        return V.weekday_near(context.reference, W.WEEKDAYS[word.replace("'s", "")], context.toward)
    return context.reference + dt.timedelta(days=W.RELATIVE_DAYS.get(word, 0))


def clock(g: dict[str, str], context: Context) -> Normalised | None:
    hour = int(g["hour"]) % 12 + (12 if g["ampm"].startswith("p") else 0)
    minute = int(g.get("minute", "0"))
    if "offset" in g:  # "6 a.m. ten days before the shooting": the day is the event's, which we cannot see
        day = None
    elif "amonth" in g and context.reference is not None:  # "5 p.m. EST, Nov. 6"
        day = V.month_by_tense(context.reference, read_month(g["amonth"]), context.direction, _day(g["aday"]), context.arranged)
    else:
        day = _day_of(g.get("anchor") or g.get("onday"), context)
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    mod = "APPROX" if g.get("mod") in ("around", "approximately") else None
    return Normalised("TIME", f"{prefix}T{hour:02d}:{minute:02d}", mod)


def spoken_clock(g: dict[str, str], context: Context) -> Normalised | None:
    """"four in the morning", "eight in the evening", "three o'clock": the hour of the day last mentioned."""
    word = g.get("hour") or g["hour2"]
    hour = int(word) if word.isdigit() else W.NUMBER_WORDS.get(word, 0)
    if not 1 <= hour <= 12:
        return None  # "early in the morning", "the morning": no hour
    hour = hour % 12 + (12 if g.get("daypart") in ("afternoon", "evening") else 0)
    day = _day_of(None, context)
    return Normalised("TIME", f"{day.isoformat() if day else 'XXXX-XX-XX'}T{hour:02d}:00")


def clock24(g: dict[str, str], context: Context) -> Normalised | None:
    """"1700 GMT", "09:30 local time": a time of the day last mentioned."""
    day = _day_of(None, context)
    return Normalised("TIME", f"{day.isoformat() if day else 'XXXX-XX-XX'}T{g['hour']}:{g['minute']}")


def noon(g: dict[str, str], context: Context) -> Normalised | None:
    day = _day_of(g.get("anchor") or g.get("onday"), context)
    suffix, _ = _day_part_suffix(g["noon"])
    return Normalised("TIME", (day.isoformat() if day else "XXXX-XX-XX") + suffix)


def relative_day(g: dict[str, str], context: Context) -> Normalised | None:
    offset = W.RELATIVE_DAYS[g["rel"]]
    part = g.get("daypart") or ("night" if g["rel"] == "tonight" else None)
    suffix, type_ = _day_part_suffix(part)
    if context.reference is None:
        return Normalised(type_, "XXXX-XX-XX" + suffix)
    date = context.reference + dt.timedelta(days=offset)
    return Normalised(type_, date.isoformat() + suffix, read_mod(g), (date, V.DAY))


def day_part(g: dict[str, str], context: Context) -> Normalised | None:
    rel = g["rel"].split()[-1]
    offset = -1 if rel in ("last", "yesterday") else 1 if rel == "tomorrow" else 0
    if g["daypart"] != "night" and rel == "last":
        return None  # "last morning" is no idiom
    suffix, _ = _day_part_suffix(g["daypart"])
    if context.reference is None:
        return Normalised("TIME", "XXXX-XX-XX" + suffix)
    date = context.reference + dt.timedelta(days=offset)
    return Normalised("TIME", date.isoformat() + suffix)


def part_of_day(g: dict[str, str], context: Context) -> Normalised | None:
    """"mid-afternoon yesterday", "by early evening": the part of the day named or last mentioned."""
    day = _day_of(g.get("anchor"), context)
    suffix, _ = _day_part_suffix(g["daypart"])
    return Normalised("TIME", (day.isoformat() if day else "XXXX-XX-XX") + suffix, read_mod(g))


def next_day(g: dict[str, str], context: Context) -> Normalised | None:
    """"the next morning", "the previous day": one day on from, or back from, the day last mentioned."""
    step = 1 if g["rel"] in ("next", "following") else -1
    suffix, type_ = _day_part_suffix(None if g["daypart"] == "day" else g["daypart"])
    base = _anchor_day(context)
    if base is None:
        return Normalised(type_, "XXXX-XX-XX" + suffix)
    date = base + dt.timedelta(days=step)
    return Normalised(type_, date.isoformat() + suffix, None, (date, V.DAY))


def holiday(g: dict[str, str], context: Context) -> Normalised | None:
    name = g["name"]
    if context.reference is None:
        if name in W.HOLIDAYS:
            return Normalised("DATE", "XXXX-{:02d}-{:02d}".format(*W.HOLIDAYS[name]))
        return Normalised("DATE", "XXXX-XX-XX")
    dates = [_holiday_in(name, year) for year in _years_around(context.reference)]
    if g.get("rel") == "this":
        return dated(dates[1], V.DAY)
    direction = {"last": -1, "next": 1}.get(g.get("rel", ""), context.direction)
    return dated(_by_direction(dates, context.reference, direction), V.DAY)


def holiday_week(g: dict[str, str], context: Context) -> Normalised | None:
    """"Easter week", "Holy Week": the week that ends on Easter Sunday, the one the tense points to."""
    if context.reference is None:
        return Normalised("DATE", V.UNRESOLVED[V.WEEK])
    sundays = [_easter(year) for year in _years_around(context.reference)]
    # The document's own week counts either way, as "this week" does.
    current = next((s for s in sundays if 0 <= (s - context.reference).days < 7), None)
    return dated(current or _by_direction(sundays, context.reference, context.direction), V.WEEK)


def _years_around(reference: dt.date) -> tuple[int, int, int]:
    return reference.year - 1, reference.year, reference.year + 1


def _by_direction(dates: list[dt.date], reference: dt.date, direction: int) -> dt.date:
    """The first of `dates` not before `reference` (+1), the last not after it (-1), or the nearest (0)."""
    if direction > 0:
        return min(d for d in dates if d >= reference)
    if direction < 0:
        return max(d for d in dates if d <= reference)
    return min(dates, key=lambda d: (abs((d - reference).days), d > reference))


def _holiday_in(name: str, year: int) -> dt.date:
    if name in W.HOLIDAYS:
        return dt.date(year, *W.HOLIDAYS[name])
    if name in W.EASTER_HOLIDAYS:
        return _easter(year) + dt.timedelta(days=W.EASTER_HOLIDAYS[name])
    month_, weekday_, nth, first = W.WEEKDAY_HOLIDAYS[name]
    start = dt.date(year, month_, first)
    if nth < 0:  # the last such weekday on or before `first`
        return start - dt.timedelta(days=(start.weekday() - weekday_) % 7)
    return start + dt.timedelta(days=(weekday_ - start.weekday()) % 7 + 7 * (nth - 1))


def _easter(year: int) -> dt.date:
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month_, day = divmod(h + m - 7 * n + 114, 31)
    return dt.date(year, month_, day + 1)


def century(g: dict[str, str], context: Context) -> Normalised | None:
    """"the 20th century" is the 1900s: TIMEX3 writes its first two digits, 19."""
    word = g["ordinal"]
    number = int(re.match(r"\d+", word).group(0)) if word[0].isdigit() else W.CENTURY_WORDS[word]
    if not 1 <= number <= 21:
        return None
    return Normalised("DATE", f"{number - 1:02d}", read_mod(g))


HANDLERS = {
    "iso_date": calendar_date, "slash_date": calendar_date, "month_day": calendar_date,
    "day_month": calendar_date, "month": month, "decade": decade, "year": year, "weekday": weekday, "weekdays": weekdays,
    "clock": clock, "noon": noon, "spoken_clock": spoken_clock, "clock24": clock24, "relative_day": relative_day,
    "day_part": day_part,    "holiday": holiday, "century": century, "and_day": and_day, "holiday_week": holiday_week, "prefixed_year": year, "part_of_day": part_of_day, "next_day": next_day,
}
