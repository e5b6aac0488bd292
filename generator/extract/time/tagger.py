"""The temporal tagger: TIMEX3 expressions found in spaCy's parse and resolved to dates.

Candidates come from the patterns of patterns.py; the parse vets the ambiguous
ones ("May" the modal, "March" a surname, a bare "2000" counting people) and
gives the tense of the governing verb (tense.py), which decides whether "Wednesday"
or "in April" lies before or after the document date. dates.py and periods.py then read
each candidate as a TIMEX3 value. Anchored comparisons ("a year earlier", "the
following week") are resolved against the last date mentioned; everything else
against the document date. Offsets are characters in doc.text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Doc, Span, Token

from generator.extract.labels import NOT_A_DATE_LABELS
from generator.extract.spans import Spans
from generator.extract.time import dates, names, periods
from generator.extract.time import words as W
from generator.extract.time.patterns import MONTH, RULES
from generator.extract.time.reading import Context, Normalised
from generator.extract.time.tense import governor, tense_of
from generator.model import Timex

# Rules whose dates are computed from another date, which therefore anchor nothing.
DERIVED_RULES = frozenset({"duration", "year_earlier", "period"})
# What reads each rule's match: calendar dates, then periods, durations, references and sets.
HANDLERS: dict[str, Callable[[dict[str, str], Context], Normalised | None]] = {**dates.HANDLERS, **periods.HANDLERS}
# What "25" in "April 24 and 25" follows: a month and a day.
AFTER_MONTH_DAY = re.compile(MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?\s+and\s+$")
# spaCy entity labels that make a capitalised month or weekday a name, not a date.


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    rule: str
    match: re.Match[str]


def extract_timexes(doc: Doc, reference_date: dt.date | None) -> tuple[Timex, ...]:
    """Every temporal expression of the parse, as TIMEX3 type, value and mod (doc offsets)."""
    text = doc.text  # spaCy builds it from the tokens at each access: once
    chosen = _select(c for c in _candidates(text) if _plausible(doc, text, c))
    found: list[Timex] = []
    anchor: tuple[dt.date, str] | None = None
    stated: tuple[int, Token] | None = None  # the last year the text wrote out, and the verb it dates
    for candidate in chosen:
        span = _span(doc, candidate)
        tense = tense_of(doc, span, candidate.rule)
        clause = governor(span) or span.root
        year = stated[0] if stated is not None and _within(clause, stated[1]) else None
        context = Context(reference_date, tense.direction, anchor, tense.arranged, year)
        result = _normalise(candidate, context)
        if result is None:
            continue
        found.append(_timex(doc, text, candidate, result))
        # Only dates the text states can anchor later ones: "a year earlier" counts
        # from the quarter just named, not from another comparison.
        if result.anchor is not None and candidate.rule not in DERIVED_RULES:
            anchor = result.anchor
        if candidate.match.groupdict().get("year") and result.anchor is not None:
            stated = (result.anchor[0].year, clause)
    return tuple(found)


def _within(clause: Token, stating: Token) -> bool:
    """Whether a year that dates `stating` holds for `clause`: the same clause, or a
    narrative past it governs ("In 2009 he moved, and in March he found work"); not a
    year inside a noun's modifier ("invited in July 1997, they will join on March 12"),
    nor one a later tense leaves behind ("rose from November 2003 but have been flat since August")."""
    if clause.i == stating.i:
        return True
    narrative = clause.tag_ == "VBD" and not any(c.dep_ == "aux" for c in clause.children)
    return narrative and stating.is_ancestor(clause)


def _candidates(text: str):
    for rule, pattern in RULES:
        for match in pattern.finditer(text):
            if match.end() > match.start():
                yield _Candidate(match.start(), match.end(), rule, match)


def _select(candidates) -> list[_Candidate]:
    """The longest expressions that do not overlap, in text order (earlier rules win ties)."""
    order = {rule: i for i, (rule, _) in enumerate(RULES)}
    taken = Spans()
    chosen: list[_Candidate] = []
    for c in sorted(candidates, key=lambda c: (-(c.end - c.start), order[c.rule], c.start)):
        if not taken.overlapping(c.start, c.end):
            taken.add(c.start, c.end)
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def _normalise(candidate: _Candidate, context: Context) -> Normalised | None:
    """The TIMEX3 reading of what the candidate's rule matched, or None when it is no time after all."""
    try:
        return HANDLERS[candidate.rule](_groups(candidate.match), context)
    except (OverflowError, ValueError):
        return None  # beyond the calendar: "next year" in an article dated 9999-12-31


def _groups(match: re.Match[str]) -> dict[str, str]:
    """Named groups, lower-cased with single spaces; the whole match as "text"."""
    found = {k: re.sub(r"\s+", " ", v.lower()) for k, v in match.groupdict().items() if v}
    found["text"] = re.sub(r"\s+", " ", match.group(0).lower())
    return found


def _timex(doc: Doc, text: str, candidate: _Candidate, result: Normalised) -> Timex:
    start, end = candidate.start, candidate.end
    span = _span(doc, candidate)
    # A leading article belongs to the expression only when it determines one of
    # its words: "the past two months", but not "the one-year anniversary".
    if span is not None and len(span) > 1 and span[0].lower_ in ("the", "a", "an") and not span.start <= span[0].head.i < span.end:
        start = span[1].idx
    # A possessive closes the phrase but is not part of it ("Friday's vote").
    for suffix in ("'s", "\u2019s"):
        if text[start:end].endswith(suffix):
            end -= len(suffix)
    return Timex(text[start:end], start, end, result.type, result.value, result.mod, "")


# --------------------------------------------------------------------------
# vetting against the parse
# --------------------------------------------------------------------------


def _span(doc: Doc, candidate: _Candidate) -> Span | None:
    return doc.char_span(candidate.start, candidate.end, alignment_mode="expand")


def _plausible(doc: Doc, text: str, candidate: _Candidate) -> bool:
    """Whether the parse agrees that the words are a time, not a name, a verb or a count."""
    span = _span(doc, candidate)
    if span is None or len(span) == 0:
        return False
    if names.quoted_title(text, candidate.start, candidate.end):
        return False
    groups = candidate.match.groupdict()
    if candidate.rule == "month" and not any(groups.get(k) for k in ("year", "part", "rel", "yrel", "ythat")):
        return _month_alone(doc, span) and not names.month_in_name(span)
    if candidate.rule == "relative_day" and len(span) == 1 and names.day_in_name(span):
        return False
    if not _per_unit(doc, span, candidate.rule, groups):
        return False
    if candidate.rule == "one_day":
        return _indefinite_day(doc, span)
    if candidate.rule == "spoken_clock":
        word = (groups.get("hour") or groups["hour2"]).lower()
        return word.isdigit() and 1 <= int(word) <= 12 or word in W.CLOCK_WORDS
    if candidate.rule == "and_day":
        return bool(AFTER_MONTH_DAY.search(text[max(0, candidate.start - 24):candidate.start])) and not _counts_something(span[-1])
    if candidate.rule == "month_day" and not groups.get("year") and _counts_something(span[-1]):
        return False  # "In January 25 people were jailed": a count, not a day
    if candidate.rule == "weekday" and len(span) == 1:
        return span[0].ent_type_ not in NOT_A_DATE_LABELS
    if candidate.rule == "year" and not groups.get("part") and not groups.get("fiscal") and groups["year"][0].isdigit():
        return _year_alone(doc, span)
    if candidate.rule == "year" and "thousand" in groups["year"].lower():
        return bool(groups.get("fiscal"))  # "the year two thousand", never "two thousand people"
    if candidate.rule == "bare_duration":
        return _bare_duration(doc, span, bool(groups.get("the")))
    if candidate.rule == "the_time":
        return not any(c.dep_ in ("relcl", "acl", "prep") for c in span[-1].children)
    if candidate.rule == "vague_duration" and not any(groups.get(k) for k in ("vague", "rel", "unit2")):
        return False  # "around year end": "around year" alone is no stretch; leave "year end" its place
    if candidate.rule in ("duration", "vague_duration"):
        return _unit_is_noun(span) and not _fraction(doc, span)
    if candidate.rule == "season":
        return _season(span, groups)
    if candidate.rule == "reference":
        return _reference(span)
    if candidate.rule == "set" and groups.get("adverb"):
        return span[-1].pos_ in ("ADJ", "ADV") or span[-1].dep_ in ("amod", "advmod")
    return True


def _indefinite_day(doc: Doc, span: Span) -> bool:
    """"one day" as an adverb of a verb ("he will one day return", "may one day be"),
    not a count of days ("for one day", "only one day", "one day of talks")."""
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.lower_ in W.ONE_DAY_COUNTS or after is not None and after.lower_ in ("of", "-"):
        return False
    if span[0].lower_ == "some":  # "some day" never counts days
        return True
    if span[0].is_sent_start:  # "One day, he ...", "One day he walked out"
        return after is not None and (after.text == "," or after.pos_ == "PRON")
    return after is not None and after.pos_ in ("VERB", "AUX") or (before is not None and before.pos_ == "AUX")


def _counts_something(token) -> bool:
    """A number that counts the plural noun after it ("25 people"), not a day of the month."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.like_num and token.dep_ == "nummod" and following is not None and following.tag_ == "NNS" and token.head.i == following.i


def _per_unit(doc: Doc, span: Span, rule: str, groups: dict) -> bool:
    """Whether a rate or a speed leaves the candidate standing: "a week" after a quantity
    recurs ("four flights a week"), which the set rule reads, not the duration rule; a
    speed ("miles an hour", "instructions per second") is no time at all."""
    word = (groups.get("num") if rule == "duration" else groups.get("each")) or ""
    if rule not in ("duration", "set") or word.lower() not in W.RATE_WORDS:
        return True
    kind = names.per_unit(doc, span)
    if rule == "duration":
        return kind is None or any(groups.get(k) for k in ("mod", "rel", "dir", "dir2", "half", "half2", "orso"))
    if word.lower() == "per":
        return kind != "speed"
    return kind == "rate" and not groups.get("num") and (groups.get("unit") or "").lower() in W.UNITS


def _month_alone(doc: Doc, span: Span) -> bool:
    """A month name standing alone: not the modal "May", not "March" or "April" as a name."""
    token = span[0]
    if token.tag_ == "MD" or token.pos_ in ("VERB", "AUX"):
        return False
    if token.ent_type_ in NOT_A_DATE_LABELS:
        return False
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before = doc[token.i - 1] if token.i > 0 else None
    # "April Ryan", "Jack March": a capitalised name beside it.
    if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper() and after.ent_type_ != "DATE":
        return False
    if before is not None and before.pos_ == "PROPN" and before.text[:1].isupper() and before.ent_type_ in NOT_A_DATE_LABELS:
        return False
    return token.text.lower() != "may" or token.ent_type_ == "DATE" or (before is not None and before.lower_ in W.DATE_PREPOSITIONS)


def _year_alone(doc: Doc, span: Span) -> bool:
    """A bare four-digit number is a year when the parse or a date preposition says so."""
    token = span[0]
    if token.ent_type_ == "DATE":
        return True
    if token.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY", "PERCENT") :
        before = doc[token.i - 1] if token.i > 0 else None
        return before is not None and before.lower_ in W.YEAR_PREPOSITIONS
    before = doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.lower_ in W.DATE_PREPOSITIONS


def _unit_is_noun(span: Span) -> bool:
    """"two years" and "two-year", but not "a second round" (an ordinal) or "a minute detail"."""
    units = [t for t in span if t.lower_ in W.UNITS or t.lower_ in W.UNIT_PLURALS]
    if not units:
        return True  # hyphenated forms split oddly; the pattern already asked for a unit
    return units[-1].tag_ not in ("JJ", "JJR", "JJS", "RB", "VB", "VBP", "VBZ", "VBD")


def _bare_duration(doc: Doc, span: Span, the: bool) -> bool:
    """"for years", "within weeks", "over the years", "in the years since", and what a verb
    of duration takes ("can take weeks", "spent months"); not "the days were long"."""
    before = doc[span.start - 1] if span.start > 0 else None
    unit = span[-1]
    if before is not None and before.lower_ in (W.STRETCH_PREPOSITIONS_THE if the else W.STRETCH_PREPOSITIONS):
        return True
    if not the and span.start > 1 and doc[span.start - 2:span.start].text.lower() == "matter of":
        return True  # "in a matter of weeks"
    return not the and unit.dep_ in ("dobj", "npadvmod") and unit.head.lemma_ in W.DURATION_VERBS


def _fraction(doc: Doc, span: Span) -> bool:
    """"three-quarters of its food", "a quarter of the market": a share, not a time."""
    after = doc[span.end] if span.end < len(doc) else None
    return span[-1].lower_ in ("quarter", "quarters") and after is not None and after.lower_ == "of"


def _season(span: Span, groups: dict) -> bool:
    """"fall" and "spring" are also verbs and springs: keep them as nouns with a date word."""
    season = [t for t in span if t.lower_ in W.SEASONS]
    if not season or season[0].pos_ not in ("NOUN", "PROPN"):
        return False
    return bool(groups.get("year") or groups.get("the") or groups.get("part")) or season[0].lower_ not in W.SEASON_HOMONYMS


def _reference(span: Span) -> bool:
    """"current" and "recent" only where they date something, not "current account"."""
    word = span.text.lower()
    if word not in W.GUARDED_REFERENCE_WORDS:
        return True
    token = span[0]
    if word in ("current", "recent"):
        return token.pos_ == "ADJ" and token.head.lower_ not in W.UNDATED_BY_CURRENT
    return token.pos_ == "ADV" and token.dep_ == "advmod" and token.head.pos_ in ("VERB", "AUX")
