"""Dated happenings: timeline candidates built from the tagger's dates and the parse.

For each date that can place something on a calendar, the happening is the
clause of the verb that governs the date ("Zakharova told reporters on
Wednesday"), or the noun phrase the date modifies ("the 2022 invasion of
Ukraine"), or the clause a "when" attaches to the date ("last month, when the
two countries marked ..."). Clauses the verb carries that are happenings of
their own (quoted speech, coordinated verbs) are left to their own dates.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Sequence

from spacy.tokens import Doc, Span, Token

from generator.model import Event, Timex

# Children of a verb that are separate statements, not part of what it says happened.
SEPARATE_CLAUSES = frozenset({"conj", "cc", "parataxis", "advcl", "ccomp", "relcl", "appos", "dep"})
# Reporting verbs keep their complement: "confirmed it had deployed troops" is the news.
REPORTING_LEMMAS = frozenset({"confirm", "announce", "report", "reveal", "admit", "deny", "acknowledge"})
# Verbs of saying: dated, they date the saying, and what was said is the news
# ("The Kremlin said Wednesday it was unfazed", "Russia fired ..., Kiev said Wednesday").
SAYING_LEMMAS = frozenset(
    {"say", "tell", "state", "add", "claim", "insist", "warn", "note", "stress", "write", "declare", "assert",
     "argue", "explain", "predict", "allege"}
)
# Sentence adverbs that join a clause to the previous sentence, not part of the happening.
CONNECTIVES = frozenset({"meanwhile", "however", "also", "still", "moreover", "separately", "earlier", "later", "then"})
# Edges a clause should not begin or end with.
EDGE_PUNCT = " ,;:-\u2014\u2013"
# TIMEX3 values that cannot place a happening on the calendar.
UNDATED = frozenset({"PAST_REF", "PRESENT_REF"})
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
# How precise each kind of value is; the finer reading of one happening wins.
PRECISION = {"day": 4, "week": 3, "month": 2, "year": 1}


def extract_events(doc: Doc, timexes: Sequence[Timex], reference_date: dt.date | None) -> tuple[Event, ...]:
    """One Event per dated happening in the parse (doc offsets), in text order."""
    found: dict[tuple, tuple[tuple, Event]] = {}
    text = doc.text  # spaCy builds it from the tokens at each access: once
    others = _date_tokens(doc, timexes, reference_date)
    for timex in timexes:
        dates = event_dates(timex, reference_date)
        if dates is None:
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None:
            continue
        clause = happening(span, frozenset(others - {t.i for t in span}))
        if clause is None:
            continue
        start, end = _trim(text, clause[0].idx, clause[-1].idx + len(clause[-1].text))
        date_start, date_end = dates
        event = Event(
            text=text[start:end], start=start, end=end, date_start=date_start, date_end=date_end,
            upcoming=_upcoming(timex, date_start, reference_date, span), timex=timex.text, sentence="",
            date_mod="AFTER" if timex.value == "FUTURE_REF" else None,
        )
        key = _identity(clause, span)
        rank = (_precision(date_start, date_end), any(c.isdigit() for c in timex.text))
        if key not in found or rank > found[key][0]:
            found[key] = (rank, event)
    return tuple(sorted((e for _, e in found.values()), key=lambda e: e.start))


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
        saturday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 6)
        return saturday.isoformat(), (saturday + dt.timedelta(days=1)).isoformat()
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


def _upcoming(timex: Timex, date_start: str, reference: dt.date | None, span: Span) -> bool:
    if timex.value == "FUTURE_REF":
        return True
    if reference is None:
        verb = _governor(span)
        return verb is not None and any(c.lower_ in ("will", "'ll", "shall") for c in verb.children)
    first = _first_day(date_start)
    return first is not None and first > reference


def _precision(date_start: str, date_end: str | None) -> int:
    if "W" in date_start:
        return PRECISION["week"]
    kind = {1: "year", 2: "month", 3: "day"}[len(date_start.split("-"))]
    return PRECISION[kind]


# --------------------------------------------------------------------------
# the clause that says what happened
# --------------------------------------------------------------------------


def happening(span: Span, other_dates: frozenset[int] = frozenset()) -> list[Token] | None:
    """The tokens of the happening the date belongs to, contiguous, in order.

    `other_dates`: token indices of the other dates of the text; a part of the
    clause that holds one of them is a happening of its own and is left out.
    """
    root = span.root
    when = [c for c in root.children if c.dep_ == "relcl"]
    if when:  # "last month, when the two countries marked ..."
        clause = [t for t in when[0].subtree if not (t.tag_ == "WRB" and t.i == when[0].left_edge.i)]
        return _contiguous(clause, when[0])
    head = root.head
    if head.i != root.i and head.pos_ == "NOUN" and root.dep_ in ("nummod", "compound", "amod", "poss", "nmod") and root.i < head.i:
        phrase = [t for t in head.subtree if t.dep_ not in ("relcl", "acl") or t.i < head.i]
        return _contiguous(_drop(head, phrase), head)  # "the 2022 invasion of Ukraine"
    verb = _governor(span)
    if verb is None:
        return None
    chain = [verb]
    while _dependent(chain[-1]):
        chain.append(chain[-1].head)
    said = _reported_before(chain[-1], set(other_dates))
    if said is not None:  # "Russia fired ..., Kiev said Wednesday": the happening is what was said
        return _said_clause(said, set(other_dates))
    keep = {t.i for t in span}
    tokens = list(chain[-1].subtree)
    for link in chain:
        for child in link.children:
            if _holds(child, keep) or child in chain:
                continue
            separate = child.dep_ in SEPARATE_CLAUSES and not (
                child.dep_ == "ccomp" and link.lemma_ in REPORTING_LEMMAS | SAYING_LEMMAS and not _is_quoted(child)
            )
            if separate or _holds(child, set(other_dates)):
                drop = {t.i for t in child.subtree}
                tokens = [t for t in tokens if t.i not in drop]
    return _contiguous(tokens, chain[-1])


def _reported_before(verb: Token, other_dates: set[int]) -> Token | None:
    """The unquoted clause a verb of saying reports before it, when it carries no date of its own."""
    if verb.lemma_ not in REPORTING_LEMMAS | SAYING_LEMMAS:
        return None
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i < verb.i and child.pos_ in ("VERB", "AUX"):
            if not _is_quoted(child) and not _holds(child, other_dates) and child.right_edge.i < verb.i:
                return child
    return None


def _said_clause(clause: Token, other_dates: set[int]) -> list[Token]:
    """What was said, without a leading connective ("Meanwhile,") or clauses dated on their own."""
    tokens = list(clause.subtree)
    first = tokens[0]
    if first.lower_ in CONNECTIVES and first.head.i == clause.i:
        tokens = [t for t in tokens if t.i != first.i and not (t.i == first.i + 1 and t.is_punct)]
    for child in clause.children:
        if child.dep_ in SEPARATE_CLAUSES - {"cc", "dep"} and _holds(child, other_dates):
            drop = {t.i for t in child.subtree}
            tokens = [t for t in tokens if t.i not in drop]
    return _contiguous(tokens, clause)


def _dependent(verb: Token) -> bool:
    """A verb that says no happening of its own: an infinitive of purpose ("to support ... in
    April") or what a reporting verb reports ("confirmed it had deployed troops")."""
    head = verb.head
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return False
    if verb.tag_ in ("VB", "VBG") and verb.dep_ in ("xcomp", "advcl") and not any(c.dep_.startswith("nsubj") for c in verb.children):
        return True
    return verb.dep_ == "ccomp" and head.lemma_ in REPORTING_LEMMAS and not _is_quoted(verb)


def _governor(span: Span) -> Token | None:
    token = span.root
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def _holds(child: Token, indices: set[int]) -> bool:
    return any(t.i in indices for t in child.subtree)


def _is_quoted(token: Token) -> bool:
    doc = token.doc
    left = token.left_edge.i
    quotes = ('"', "\u201c", "``", "'")
    return doc[left].text in quotes or (left > 0 and doc[left - 1].text in quotes)


def _drop(head: Token, tokens: list[Token]) -> list[Token]:
    """Leave out clauses hanging off a noun phrase ("..., sending thousands of troops")."""
    drop: set[int] = set()
    for t in head.subtree:
        if t.dep_ in ("relcl", "acl", "advcl", "appos") and t.head.i != head.i:
            drop |= {d.i for d in t.subtree}
    return [t for t in tokens if t.i not in drop]


def _contiguous(tokens: list[Token], centre: Token) -> list[Token]:
    """The unbroken run of `tokens` (by position) around `centre`."""
    indices = sorted({t.i for t in tokens})
    if centre.i not in indices:
        return [centre]
    at = indices.index(centre.i)
    low = high = at
    while low > 0 and indices[low - 1] == indices[low] - 1:
        low -= 1
    while high < len(indices) - 1 and indices[high + 1] == indices[high] + 1:
        high += 1
    doc = centre.doc
    return [doc[i] for i in range(indices[low], indices[high] + 1) if not doc[i].is_space or i not in (indices[low], indices[high])]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """No stray punctuation, conjunction or lone quotation mark at the edges."""
    previous = None
    while previous != (start, end):
        previous = (start, end)
        while start < end and (text[start] in EDGE_PUNCT or text[start].isspace()):
            start += 1
        while end > start and (text[end - 1] in EDGE_PUNCT or text[end - 1].isspace() or text[end - 1] == "."):
            end -= 1
        for mark in ('"', "\u201c", "\u201d"):
            if start < end and text[start:end].count(mark) % 2 == 1:
                if text[start] == mark:
                    start += 1
                elif text[end - 1] == mark:
                    end -= 1
    return start, end


def _identity(clause: list[Token], span: Span) -> tuple:
    """What makes two mentions one happening: the same verb (or noun) done by the same subject."""
    head = next((t for t in clause if t.head.i == t.i or t.head not in clause), clause[0])
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return head.lemma_.lower(), subject.lemma_.lower() if subject is not None else ""
