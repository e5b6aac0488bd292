"""What dates.py and periods.py share: the Context an expression is read in, the
Normalised reading they return, and readers of the words a pattern matched.

A reader takes the lower-cased groups of a match from patterns.py ("sept.",
"nineteen ninety-six", "more than") and gives what they stand for, through the
word lists of words.py and the granularities of values.py.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from generator.extract.time import values as V
from generator.extract.time import words as W

UNIT_GRANULARITY = {
    "day": V.DAY, "week": V.WEEK, "weekend": V.WEEKEND, "month": V.MONTH, "quarter": V.QUARTER,
    "year": V.YEAR, "decade": V.DECADE, "century": V.CENTURY,
}


@dataclass(frozen=True)
class Context:
    reference: dt.date | None
    direction: int  # -1 past, +1 future, 0 unknown (read as past: news reports what happened)
    anchor: tuple[dt.date, str] | None  # the last date mentioned and its granularity
    arranged: bool = False  # a date something was set for, moved to or is due by
    # The year the sentence wrote out before the expression: "in 2009 ... in March" is March 2009.
    stated_year: int | None = None

    @property
    def toward(self) -> int:
        return 1 if self.direction > 0 else -1


@dataclass(frozen=True)
class Normalised:
    type: str
    value: str
    mod: str | None = None
    anchor: tuple[dt.date, str] | None = None  # what later expressions may count from


def read_month(word: str) -> int:
    word = word.rstrip(".")
    return W.MONTHS.get(word) or W.MONTH_ABBREVIATIONS[word]


def read_number(word: str) -> float | None:
    word = word.replace("-", " ")
    if re.fullmatch(r"\d{1,3}(,\d{3})+", word):  # "6,000 years"
        word = word.replace(",", "")
    if re.fullmatch(r"\d+(\.\d+)?", word):
        return float(word)
    if word in W.NUMBER_WORDS:
        return float(W.NUMBER_WORDS[word])
    parts = word.split()
    if len(parts) == 2 and parts[0] in W.NUMBER_WORDS and parts[1] in W.NUMBER_WORDS:
        return float(W.NUMBER_WORDS[parts[0]] + W.NUMBER_WORDS[parts[1]])
    return None


def read_year(word: str) -> int:
    """A year in digits or as spoken: "1996", "nineteen ninety-six", "nineteen hundred and five", "two thousand"."""
    if word.isdigit():
        return int(word)
    words = word.replace("-", " ").replace(" and ", " ").replace("hundred", "").replace(" oh ", " ").split()
    if len(words) > 1 and words[1] == "thousand":  # "two thousand and one"
        return 1000 * W.NUMBER_WORDS[words[0]] + int(read_number(" ".join(words[2:])) or 0)
    rest = read_number(" ".join(words[1:])) or 0
    return 100 * W.NUMBER_WORDS[words[0]] + int(rest)


def read_mod(groups: dict[str, str]) -> str | None:
    """The TIMEX3 mod of a part ("late", "mid-") or a modifier ("more than") the match holds."""
    if "part" in groups:
        return W.PERIOD_PARTS.get(groups["part"].rstrip("-") if groups["part"] != "mid-" else "mid")
    if "mod" in groups:
        return W.MODIFIERS.get(groups["mod"])
    return None


def dated(date: dt.date | None, granularity: str, mod: str | None = None, type_: str = "DATE") -> Normalised:
    """A date at `granularity`, which later expressions may count from."""
    anchor = (date, granularity) if date is not None else None
    return Normalised(type_, V.value(date, granularity), mod, anchor)


def from_anchor(context: Context) -> tuple[dt.date, str] | None:
    """The date last mentioned, or else the document's day: what "the following week" counts from."""
    if context.anchor is not None:
        return context.anchor
    if context.reference is not None:
        return context.reference, V.DAY
    return None
