"""Time words that name no time, or a time that recurs: checks tagger.py makes on the parse.

TimeML 1.2.1 leaves untagged the time words of proper names and titles ("the March
for Life", "USA Today", the film ``High Noon'') and expressions of speed ("120 miles
an hour", "15 million instructions per second"); a quantity per unit of time recurs,
as "twice a week" does, and is a SET ("four flights a week", "$2 million a year"),
not a stretch of a week or a year.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from generator.extract.labels import AMOUNT_LABELS
from generator.extract.time import words as W

# Quotes around a title; a title closes after capitalised words and at most a comma or stop.
OPENING_QUOTES = ('"', "``", "''", "\u201c")
CLOSING_TITLE = re.compile(r"(?:\s+[A-Z][\w'-]*)*[,.!?]?\s*(?:\"|''|\u201d)")
# Capitalised words between an opening quote and the expression: ``High Noon.''
OPENING_TITLE = re.compile(r"(?:\"|``|''|\u201c)((?:[A-Z][\w'-]*\s+)+)$")


def quoted_title(text: str, start: int, end: int) -> bool:
    """A title in quotes, not a time: ABC's "This Week," CBS's ''60 Minutes,'' the film ``High Noon.''

    The quotes must hold nothing but the expression and capitalised words around it,
    none of them a word that leads into a date ("On Monday," he said).
    """
    first = text[start:start + 1]
    if not (first.isupper() or first.isdigit()):
        return False
    if not text[:start].endswith(OPENING_QUOTES):
        before = OPENING_TITLE.search(text[max(0, start - 80):start])
        if before is None or any(w.lower() in W.DATE_LEADS for w in before.group(1).split()):
            return False
    return CLOSING_TITLE.match(text, end) is not None


def month_in_name(span: Span) -> bool:
    """A capitalised month heading a name: "the March for Life", "the March of Dimes",
    "the March on Washington"; not "March of 1998" nor "March for the second time"."""
    doc = span.doc
    if span.end + 1 >= len(doc):
        return False
    link, word = doc[span.end], doc[span.end + 1]
    return link.lower_ in W.NAME_LINKS and word.is_alpha and word.text[:1].isupper() and not _time_word(word.lower_)


def day_in_name(span: Span) -> bool:
    """"Today" or "Tonight" capitalised after a proper noun is a name: "USA Today", "VOA Today"."""
    word = span[0]
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (
        word.text.istitle() and before is not None and before.pos_ == "PROPN"
        and before.text[:1].isupper() and not _time_word(before.lower_)
    )


def per_unit(doc: Doc, span: Span) -> str | None:
    """What "a week" or "per second" after a quantity is: "speed" for things counted per
    second, minute or hour ("miles an hour"); "rate" for any other quantity per unit
    ("four flights a week", "$2 million a year", "3% a year", "24 hours a day", "twice a day");
    None when no quantity comes before ("for a week", "spent a week", "the cost per day")."""
    if span[0].lower_ not in W.RATE_WORDS or span.start == 0:
        return None
    before = doc[span.start - 1]
    counted = before.tag_ == "NNS" or before.like_num or before.ent_type_ in AMOUNT_LABELS
    if not counted and before.lower_ not in W.FREQUENCY_WORDS:
        return None
    things = before.tag_ == "NNS" and before.lower_ not in W.FREQUENCY_WORDS and before.lower_ not in W.UNIT_PLURALS
    unit = span[-1].lower_
    return "speed" if things and unit in W.SPEED_UNITS else "rate"


def _time_word(word: str) -> bool:
    return (
        word in W.MONTHS or word.rstrip(".") in W.MONTH_ABBREVIATIONS or word in W.WEEKDAYS
        or word in W.UNITS or word in W.UNIT_PLURALS or word in W.RELATIVE_DAYS
    )
