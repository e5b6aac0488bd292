"""TIMEX3 readings of periods, durations, references and sets ("last month", "the third
quarter", "more than three years", "recently", "every day").

Calendar dates are read in dates.py. Here as there, each rule of patterns.py has one
pure function of the match's groups and a Context (reading.py).
"""

from __future__ import annotations

import datetime as dt

from generator.extract.time import values as V
from generator.extract.time import words as W
from generator.extract.time.reading import (
    UNIT_GRANULARITY, Context, Normalised, dated, from_anchor, read_mod, read_month, read_number, read_year,
)

# A quarter's books close on its last day or within a few days after ("the quarter ended Oct. 1").
QUARTER_CLOSE_DAYS = 7
# The months in which the seasons begin (on the 21st).
SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _unit(word: str) -> str:
    return W.UNIT_PLURALS.get(word, word)


def relative_unit(g: dict[str, str], context: Context) -> Normalised | None:
    rel, unit = g["rel"], g["unit"]
    if unit in W.SEASONS:
        return _season_of(W.SEASONS[unit], rel, context, g)
    if rel == "recent":
        return None  # "recent year" is not said; "recent years" is a vague stretch
    # "the past year", "the next week"; and "the following decade": ten years on, not
    # the calendar's next decade.
    stretch = rel in W.STRETCH_ADJECTIVES or (unit in W.LONG_UNITS and rel in W.ANCHORED_ADJECTIVES)
    if "the" in g and stretch and "part" not in g:
        letter, is_time = W.UNITS[unit]
        return Normalised("DURATION", V.duration(1, letter, is_time))
    granularity = UNIT_GRANULARITY[unit]
    step = W.RELATIVE_ADJECTIVES.get(rel, -1 if rel in ("latest", "final") else 0)
    if rel == "latest" and unit != "quarter":
        step = 0
    if rel in W.ANCHORED_ADJECTIVES:
        base = from_anchor(context)
        if base is None:
            return Normalised("DATE", V.UNRESOLVED[granularity], read_mod(g))
        return dated(V.shift(base[0], step, granularity), granularity, read_mod(g))
    if context.reference is None:
        return Normalised("DATE", V.UNRESOLVED[granularity], read_mod(g))
    base = _calendar_start(context.reference, granularity)
    if granularity == V.WEEKEND and step == 0 and context.direction < 0 and context.reference.weekday() < 5:
        step = -1  # "this weekend" in a past-tense sentence on a weekday: the one just gone
    return dated(V.shift(base, step, granularity), granularity, read_mod(g))


def _calendar_start(date: dt.date, granularity: str) -> dt.date:
    if granularity == V.QUARTER:
        return V.quarter_start(date)
    if granularity in (V.MONTH, V.YEAR, V.DECADE, V.CENTURY):
        return date.replace(day=1) if granularity == V.MONTH else dt.date(date.year, 1, 1)
    return date


def _season_of(code: str, rel: str | None, context: Context, g: dict[str, str]) -> Normalised:
    if "year" in g:
        return Normalised("DATE", f"{read_year(g['year'])}-{code}", read_mod(g))
    if rel is None and context.stated_year is not None:  # "in 2009 ... in the spring"
        return Normalised("DATE", f"{context.stated_year}-{code}", read_mod(g))
    if context.reference is None:
        return Normalised("DATE", f"XXXX-{code}", read_mod(g))
    ref = context.reference
    begins = dt.date(ref.year, SEASON_MONTHS[code], 21)
    ends = V.shift(begins, 3, V.MONTH)
    step = W.RELATIVE_ADJECTIVES.get(rel or "", 0)
    if rel is None:
        step = -1 if context.direction < 0 and begins > ref else (1 if context.direction > 0 and ends < ref else 0)
    elif step < 0:
        step = 0 if ends <= ref else -1
    elif step > 0:
        step = 0 if begins > ref else 1
    return Normalised("DATE", f"{ref.year + step}-{code}", read_mod(g))


def season(g: dict[str, str], context: Context) -> Normalised | None:
    return _season_of(W.SEASONS[g["season"]], None, context, g)


def quarter(g: dict[str, str], context: Context) -> Normalised | None:
    if "halves" in g:  # "the last half of 1989" is its second half, "the first two quarters" its first
        g = {**g, "ordinal": "second" if g["halves"].startswith("last") else "first", "unit": "half"}
    ordinal = W.ORDINALS[g["ordinal"]]
    adjectives = g.get("adjs", "")
    if g["unit"] == "half" and ordinal > 2:
        return None
    year = _year_in(adjectives) or (read_year(g["year"]) if "year" in g else None)
    if year is None and g.get("yof") in W.ANCHORED_YEAR_WORDS and context.anchor is not None:
        # "the first half of that year", "the third quarter of the following year"
        year = context.anchor[0].year + W.ANCHORED_YEAR_STEPS.get(g["yof"], 0)
    if year is None and context.reference is not None:
        year = context.reference.year
        if "last year" in adjectives or g.get("rel") == "last" or "year-earlier" in adjectives or "year-ago" in adjectives:
            year -= 1
        elif "next year" in adjectives or g.get("rel") == "next":
            year += 1
        elif context.direction <= 0 and dt.date(year, 3 * ordinal - 2, 1) > context.reference and g["unit"] == "quarter":
            year -= 1  # "the fourth quarter" reported in January: the one just ended
    if year is None:
        return Normalised("DATE", f"XXXX-Q{ordinal}" if g["unit"] == "quarter" else f"XXXX-H{ordinal}")
    if g["unit"] == "half":
        return Normalised("DATE", f"{year}-H{ordinal}")
    return dated(dt.date(year, 3 * ordinal - 2, 1), V.QUARTER)


def _year_in(words: str) -> int | None:
    for word in words.replace("'s", " ").split():
        if word.isdigit() and len(word) == 4:
            return int(word)
    return None


def period(g: dict[str, str], context: Context) -> Normalised | None:
    adjectives = set(g.get("adjs", "").split())
    unit = g["unit"].replace("fiscal ", "")
    earlier = bool(adjectives & {"year-earlier", "year-ago"})
    year = _year_in(" ".join(adjectives))
    if year is not None:  # "the 1988 quarter", "the 1989 year"
        return _same_period_in(year, context) if unit in ("quarter", "period") else dated(dt.date(year, 1, 1), V.YEAR)
    if unit == "period" or (adjectives & {"same", "comparable"}):
        base = context.anchor
        if base is None:
            return None
        if base[1] == V.DAY:  # "the quarter ended Oct. 1 ... the latest period": the quarter that day closes
            base = (V.quarter_start(base[0] - dt.timedelta(days=QUARTER_CLOSE_DAYS)), V.QUARTER)
        if earlier:
            return dated(*_year_before(base, context))
        return dated(*base) if adjectives else None
    if adjectives & W.PAST_STRETCH_ADJECTIVES:
        return None  # "the past year" is read by relative_unit
    # "the year ended Aug. 31": a stretch, dated by its end; but "the quarter ended
    # Sept. 30" names one of the calendar's quarters, read below.
    if "ended" in g and unit in ("year", "month", "week"):
        letter, is_time = W.UNITS[unit]
        return Normalised("DURATION", V.duration(1, letter, is_time))
    granularity = UNIT_GRANULARITY[unit]
    if context.reference is None:
        return Normalised("DATE", V.UNRESOLVED[granularity])
    ref = context.reference
    if unit == "quarter":
        if "emonth" in g:  # "the quarter ended Sept. 30": the quarter that day closes, whatever came before
            tense = -1 if "ended" in g["ended"] else context.direction
            closing = V.month_by_tense(ref, read_month(g["emonth"]), tense, int(g["eday"].rstrip("stndrh")))
            return dated(V.quarter_start(closing - dt.timedelta(days=QUARTER_CLOSE_DAYS)), V.QUARTER)
        if context.anchor is not None and context.anchor[1] == V.QUARTER and not adjectives - {"fiscal"}:
            return dated(*context.anchor)
        step = 0 if "current" in adjectives or context.direction > 0 else -1
        date = V.shift(V.quarter_start(ref), step, V.QUARTER)
        return dated(V.shift(date, -1, V.YEAR) if earlier else date, V.QUARTER)
    if unit == "weekend":
        monday = ref - dt.timedelta(days=ref.weekday())
        step = -1 if context.direction < 0 and ref.weekday() < 5 else 0
        return dated(V.shift(monday, step, V.WEEK), V.WEEKEND)
    date = _calendar_start(ref, granularity)
    return dated(V.shift(date, -1, granularity) if earlier else date, granularity)


def _same_period_in(year: int, context: Context) -> Normalised:
    """"the 1988 quarter": the quarter last mentioned, or else the one just reported, in that year."""
    base = context.anchor
    if base is not None and base[1] == V.QUARTER:
        month_ = base[0].month
    elif context.reference is not None:
        month_ = V.shift(V.quarter_start(context.reference), -1, V.QUARTER).month
    else:
        return Normalised("DATE", f"{year:04d}-QX")
    return dated(dt.date(year, month_, 1), V.QUARTER)


def year_earlier(g: dict[str, str], context: Context) -> Normalised | None:
    granularity = UNIT_GRANULARITY[g["unit"]]
    base = context.anchor
    if base is None:
        if context.reference is None:
            return Normalised("DATE", V.UNRESOLVED[granularity])
        base = (context.reference, granularity)
    keep = base[1] if base[1] in (V.QUARTER, V.MONTH, V.YEAR) else granularity
    if granularity == V.YEAR:
        return Normalised("DATE", V.value(_year_before((base[0], keep), context)[0], keep))
    return Normalised("DATE", V.value(V.shift(base[0], -1, granularity), keep))


def _year_before(base: tuple[dt.date, str], context: Context) -> tuple[dt.date, str]:
    """The period a year before the one a report gives figures for ("the year-ago results").

    That is the period last named, unless it already lies in the year before the
    document's ("in the 1988 period ... the year-ago results" are 1988's), or lies
    ahead of the document, which reports no results for it (the period just ended then).
    """
    date, granularity = base
    reference = context.reference
    if reference is not None and date.year == reference.year - 1:
        return base
    if reference is not None and date > reference:
        start = _calendar_start(reference, granularity)
        date = start if granularity not in (V.QUARTER, V.MONTH) else V.shift(start, -1, granularity)
    return V.shift(date, -1, V.YEAR), granularity


def period_end(g: dict[str, str], context: Context) -> Normalised | None:
    unit = g.get("unit") or g["unit2"]
    granularity = UNIT_GRANULARITY[unit]
    mod = read_mod(g) if "part" in g else "END"
    if context.reference is None:
        return Normalised("DATE", V.UNRESOLVED[granularity], mod)
    if granularity == V.YEAR and context.stated_year is not None and "this" not in g:  # "in 1988 ... at year-end"
        return Normalised("DATE", str(context.stated_year), mod)
    start = _calendar_start(context.reference, granularity)
    # A past event at the end of a period whose end is still to come: the period before
    # ("debt fell at year-end", said in October, is the end of last year); "this" keeps its own.
    if mod == "END" and context.direction < 0 and "this" not in g and _still_open(start, granularity, context.reference):
        start = V.shift(start, -1, granularity)
    return Normalised("DATE", V.value(start, granularity), mod)


def _still_open(start: dt.date, granularity: str, reference: dt.date) -> bool:
    """Whether the period beginning at `start` has more days to run after `reference`."""
    return V.shift(start, 1, granularity) > reference + dt.timedelta(days=1)


def duration(g: dict[str, str], context: Context) -> Normalised | None:
    amount = read_number(g["num"])
    if amount is not None and ("half" in g or "half2" in g):  # "2 1/2 years", "a minute and a half"
        amount += 0.5
    unit = _unit(g["unit"])
    if amount is None or amount <= 0 or (amount > 10000 and unit not in ("second", "minute", "hour", "day")):
        return None
    letter, is_time = W.UNITS[unit]
    mod = read_mod(g) or ("APPROX" if "orso" in g or "about" in g else None)
    direction = g.get("dir") or g.get("dir2")
    if direction is None:
        if g.get("rel") == "the" and amount == 1 and g["num"] in ("a", "an"):
            return None
        return Normalised("DURATION", V.duration(amount, letter, is_time), mod)
    if is_time or amount != int(amount) or unit == "weekend":
        return Normalised("DATE", "PAST_REF" if direction in ("ago", "earlier", "before") else "FUTURE_REF", mod)
    steps = int(amount) * (1 if direction in ("later", "after", "from now", "hence") else -1)
    granularity = UNIT_GRANULARITY[unit]
    if direction in ("ago", "from now", "hence"):
        base = (context.reference, V.DAY) if context.reference else None
    else:
        base = from_anchor(context)
    if base is None:
        return Normalised("DATE", V.UNRESOLVED[granularity], mod)
    # "a year ago" after a quarter's results compares that quarter with the same one a year before.
    if unit == "year" and steps == -1 and context.anchor is not None and context.anchor[1] in (V.QUARTER, V.MONTH):
        base = context.anchor
    keep = base[1] if unit == "year" and base[1] in (V.QUARTER, V.MONTH) else granularity
    if granularity in (V.DECADE, V.CENTURY):  # "a decade ago", said in 1999, is 1989, not the 1980s
        keep = V.YEAR
    return Normalised("DATE", V.value(V.shift(base[0], steps, granularity), keep), mod)


def vague_duration(g: dict[str, str], context: Context) -> Normalised | None:
    unit = _unit(g["unit"])
    letter, is_time = W.UNITS[unit]
    rel = g.get("rel", "")
    if "vague" not in g and not rel and "unit2" not in g:
        return None
    if "dir" in g and g["dir"] in ("ago", "earlier"):
        return Normalised("DATE", "PAST_REF")
    if rel == "recent":  # "in recent weeks": a stretch of unknown length up to now
        return Normalised("DURATION", V.duration(None, letter, is_time))
    if rel in ("coming", "the coming") or ("dir" in g and g["dir"] == "later"):
        return Normalised("DATE", "FUTURE_REF")
    if "vague" not in g and rel and "unit2" not in g:
        return None  # "the past year": relative_unit reads it
    mod = read_mod(g) or ("APPROX" if "unit2" in g else None)
    return Normalised("DURATION", V.duration(None, letter, is_time), mod)


def ahead(g: dict[str, str], context: Context) -> Normalised | None:
    """"the weeks ahead" lies in the future, as "the coming weeks" does."""
    return Normalised("DATE", "FUTURE_REF")


def anaphoric_unit(g: dict[str, str], context: Context) -> Normalised | None:
    """"that year", "the same day": the date last mentioned, at the unit named.

    A unit finer than what was mentioned ("that day" after "in 1988") is not known.
    """
    granularity = UNIT_GRANULARITY[g["unit"]]
    base = context.anchor
    if base is None or V.ORDER.index(base[1]) < V.ORDER.index(granularity):
        return Normalised("DATE", V.UNRESOLVED[granularity])
    return Normalised("DATE", V.value(base[0], granularity))


def range_start(g: dict[str, str], context: Context) -> Normalised | None:
    """"12" in "between 12 and 18 months": a length in the unit the range names after its end."""
    amount = read_number(g["num"])
    if amount is None or amount <= 0 or g["num"] in ("a", "an"):
        return None
    letter, is_time = W.UNITS[_unit(g["unit"])]
    return Normalised("DURATION", V.duration(amount, letter, is_time), read_mod(g))


def long_adjective(g: dict[str, str], context: Context) -> Normalised | None:
    """"decades-long" is a stretch of decades, of no stated number; "day-long" one day."""
    unit = g["unit"]
    letter, is_time = W.UNITS[_unit(unit)]
    return Normalised("DURATION", V.duration(None if unit in W.UNIT_PLURALS else 1, letter, is_time))


def bare_duration(g: dict[str, str], context: Context) -> Normalised | None:
    """"for years", "within weeks": a stretch of that unit, of no stated length."""
    letter, is_time = W.UNITS[_unit(g["unit"])]
    return Normalised("DURATION", V.duration(None, letter, is_time))


def the_time(g: dict[str, str], context: Context) -> Normalised | None:
    """"at the time": the time last spoken of, behind the document unless the verb looks ahead."""
    return Normalised("DATE", "FUTURE_REF" if context.direction > 0 else "PAST_REF")


def at_present(g: dict[str, str], context: Context) -> Normalised | None:
    return Normalised("DATE", "PRESENT_REF")


def soon(g: dict[str, str], context: Context) -> Normalised | None:
    """"soon" is the near future (TimeML FUTURE_REF) unless its verb is past: "was soon released" orders
    past events and dates nothing."""
    return Normalised("DATE", "FUTURE_REF") if context.direction >= 0 else None


def generic_day(g: dict[str, str], context: Context) -> Normalised | None:
    """"the people of tomorrow" is the future at large, "today's youth" the present."""
    return Normalised("DATE", "FUTURE_REF" if "tomorrow" in g else "PRESENT_REF")


def one_day(g: dict[str, str], context: Context) -> Normalised | None:
    """"will one day be": some day ahead (FUTURE_REF); told in the past, a day we cannot name."""
    return Normalised("DATE", "XXXX-XX-XX" if context.direction < 0 else "FUTURE_REF")


def reference(g: dict[str, str], context: Context) -> Normalised | None:
    return Normalised("DATE", W.REFERENCE_WORDS[g["text"]])


def recurring(g: dict[str, str], context: Context) -> Normalised | None:
    if "adverb" in g:
        return Normalised("SET", W.SET_WORDS[g["adverb"]])
    if "month" in g:  # "each July"
        return Normalised("SET", f"XXXX-{read_month(g['month']):02d}")
    unit = g["unit"].replace("'s", "")
    if unit in W.WEEKDAYS:
        return Normalised("SET", f"XXXX-WXX-{W.WEEKDAYS[unit] + 1}")
    if unit in W.DAY_PARTS:
        return Normalised("SET", f"XXXX-XX-XXT{W.DAY_PARTS[unit]}")
    if unit in W.SEASONS:
        return Normalised("SET", f"XXXX-{W.SEASONS[unit]}")
    amount = read_number(g["num"]) if "num" in g else 1
    if amount is None:
        return None
    amount *= 2 if "other" in g else 1
    letter, is_time = W.UNITS[_unit(unit)]
    return Normalised("SET", V.duration(amount, letter, is_time))


HANDLERS = {
    "relative_unit": relative_unit, "quarter": quarter, "period": period, "year_earlier": year_earlier,
    "period_end": period_end, "duration": duration, "vague_duration": vague_duration,
    "reference": reference, "set": recurring, "bare_duration": bare_duration,
    "anaphoric_unit": anaphoric_unit, "season": season, "ahead": ahead, "the_time": the_time,
    "range_start": range_start, "soon": soon, "at_present": at_present, "long_adjective": long_adjective,
    "generic_day": generic_day, "one_day": one_day,
}
