"""Dated happenings: timeline candidates built from the tagger's dates and the parse.

For each date that can place something on a calendar, the happening is the
whole clause it dates (clauses.py): who did what, with its subject ("Foreign
Ministry spokeswoman Maria Zakharova told reporters on Wednesday", "voter
turnout fell to 59% in the last general election in 2001"). Clauses the verb
carries that are happenings of their own (quoted speech, coordinated verbs) are
left to their own dates; a date that dates no such clause makes no event.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Sequence

from spacy.tokens import Doc, Span

from generator.extract.clauses import Clause, dated_clause, governing_verb, named_clause
from generator.model import Event, Timex

# TIMEX3 values that cannot place a happening on the calendar.
UNDATED = frozenset({"PAST_REF", "PRESENT_REF"})
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
# A range of dates: "from" or "between" before its start, "to" or "and" before its end.
RANGE_START = re.compile(r"\b(?:from|between)\s+(?:the\s+)?$", re.IGNORECASE)
RANGE_LINK = re.compile(r"\s*(?:to|until|till|through|and|-|\u2013)\s*", re.IGNORECASE)
# How precise each kind of value is; the finer reading of one happening wins.
PRECISION = {"day": 4, "week": 3, "month": 2, "year": 1}


def extract_events(doc: Doc, timexes: Sequence[Timex], reference_date: dt.date | None) -> tuple[Event, ...]:
    """One Event per dated happening in the parse (doc offsets), in text order."""
    found: list[tuple[tuple, Event]] = []
    text = doc.text  # spaCy builds it from the tokens at each access: once
    others = _date_tokens(doc, timexes, reference_date)
    ends = _range_ends(text, timexes, reference_date)
    for timex in timexes:
        if timex in ends.values():
            continue  # the end of a range ("to December") is dated with its start
        dates = event_dates(timex, reference_date)
        if dates is None:
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None:
            continue
        mine = {t.i for t in span}
        if timex in ends:
            end_span = doc.char_span(ends[timex].start, ends[timex].end, alignment_mode="expand")
            mine |= {t.i for t in end_span or ()}
            dates = (dates[0], event_dates(ends[timex], reference_date)[1] or event_dates(ends[timex], reference_date)[0])
        # The clause the date dates, and the one a "when" gives it ("in 2002, when a fire killed 25 people").
        for clause in (dated_clause(span, frozenset(others - mine)), named_clause(span, frozenset(others - mine))):
            if clause is not None:
                _keep(found, _event(clause, timex, dates, reference_date, span))
    return tuple(sorted((e for _, e in found), key=lambda e: e.start))


def _event(clause: Clause, timex: Timex, dates: tuple[str, str | None], reference: dt.date | None, span: Span) -> Event:
    date_start, date_end = dates
    return Event(
        text=clause.text, start=clause.start, end=clause.end, date_start=date_start, date_end=date_end,
        upcoming=_upcoming(timex, date_start, reference, span), timex=timex.text, sentence="",
        date_mod="AFTER" if timex.value == "FUTURE_REF" else None, predicate=clause.predicate, actors=clause.actors,
    )


def _keep(found: list[tuple[tuple, Event]], event: Event) -> None:
    """Add the event, unless it tells a happening already found: then the better telling stays.

    One happening dated twice ("this weekend", "on July 11-13") is one event: the precise
    date wins, then one written in figures, then the fuller telling.
    """
    rank = (_precision(event.date_start, event.date_end), any(c.isdigit() for c in event.timex),
            min(len(event.text.split()), 40))
    twin = next((n for n, (_, e) in enumerate(found) if _twice(e, event)), None)
    if twin is None:
        found.append((rank, event))
    elif rank > found[twin][0]:
        found[twin] = (rank, event)


def _range_ends(text: str, timexes: Sequence[Timex], reference: dt.date | None) -> dict[Timex, Timex]:
    """"from October to December", "between 2001 and 2009": the start of each range and its end."""
    pairs: dict[Timex, Timex] = {}
    dated = [t for t in timexes if event_dates(t, reference) is not None]
    for first, second in zip(dated, dated[1:]):
        if RANGE_START.search(text[max(0, first.start - 16):first.start]) and RANGE_LINK.fullmatch(text, first.end, second.start):
            if _precision(*event_dates(first, reference)) == _precision(*event_dates(second, reference)):
                pairs[first] = second
    return pairs


def _twice(a: Event, b: Event) -> bool:
    """The same doer doing the same thing at overlapping dates: one happening told twice."""
    if a.predicate != b.predicate or a.date_mod != b.date_mod or not a.same_doers(b):
        return False
    first_a, last_a = _interval(a.date_start, a.date_end)
    first_b, last_b = _interval(b.date_start, b.date_end)
    return first_a <= last_b and first_b <= last_a


def _date_tokens(doc: Doc, timexes: Sequence[Timex], reference: dt.date | None) -> set[int]:
    """Token indices of every date that dates a happening."""
    found: set[int] = set()
    for timex in timexes:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is not None and event_dates(timex, reference) is not None:
            found |= {t.i for t in span}
    return found


# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------


def event_dates(timex: Timex, reference: dt.date | None) -> tuple[str, str | None] | None:
    """ISO start and end of a timex that dates a happening; None for durations, sets, vague words."""
    if timex.type not in ("DATE", "TIME") or timex.value in UNDATED:
        return None
    if timex.value == "FUTURE_REF":
        # "in the coming weeks": not yet, from the article's day on.
        return (reference.isoformat(), None) if reference else None
    value = re.sub(r"T.*$", "", timex.value)
    if "X" in value:
        return None
    if "/" in value:
        first, last = value.split("/", 1)
        return first, last
    if m := re.fullmatch(r"(\d{4})-W(\d\d)-WE", value):
        try:
            saturday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 6)
            return saturday.isoformat(), (saturday + dt.timedelta(days=1)).isoformat()
        except (OverflowError, ValueError):
            return None  # no such weekend in the calendar
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        first = 3 * int(m[2]) - 2
        return f"{m[1]}-{first:02d}", f"{m[1]}-{first + 2:02d}"
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        begin, end = SEASON_MONTHS[m[2]]
        return f"{m[1]}-{begin:02d}", f"{int(m[1]) + (end < begin)}-{end:02d}"
    if re.fullmatch(r"\d{3}", value):
        return f"{value}0", f"{value}9"
    if re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?|\d{4}-W\d\d", value):
        return value, None
    return None


def _first_day(iso: str) -> dt.date | None:
    if m := re.fullmatch(r"(\d{4})-W(\d\d)", iso):
        return dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1)
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], 1)
    return dt.date(*parts)


def _interval(date_start: str, date_end: str | None) -> tuple[str, str]:
    """The first and last day an ISO date (or range) covers, as comparable strings."""
    last = date_end or date_start
    first_day = _first_day(date_start) or dt.date.min
    if re.fullmatch(r"\d{4}-W\d\d", last):
        last_day = _first_day(last) + dt.timedelta(days=6)
    else:
        parts = [int(p) for p in last.split("-")]
        month = parts[1] if len(parts) > 1 else 12
        day = parts[2] if len(parts) > 2 else calendar.monthrange(parts[0], month)[1]
        last_day = dt.date(parts[0], month, day)
    return first_day.isoformat(), last_day.isoformat()


def _upcoming(timex: Timex, date_start: str, reference: dt.date | None, span: Span) -> bool:
    if timex.value == "FUTURE_REF":
        return True
    if reference is None:
        verb = governing_verb(span)
        return verb is not None and any(c.lower_ in ("will", "'ll", "shall") for c in verb.children)
    first = _first_day(date_start)
    return first is not None and first > reference


def _precision(date_start: str, date_end: str | None) -> int:
    if "W" in date_start:
        return PRECISION["week"]
    kind = {1: "year", 2: "month", 3: "day"}[len(date_start.split("-"))]
    return PRECISION[kind]
