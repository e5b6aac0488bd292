"""Figures in a sentence as comparable values: "$150 billion" = "150bn", "about 500" approximate.

A figure keeps what it counts (its unit: a currency, percent, or the noun it
counts, "soldier"), how exactly it is given (9.2 million is given to 0.1
million) and whether the text calls it approximate, so that two outlets'
figures can be said to agree or not (`agree`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable

from generator.extract.fact_words import (
    APPROXIMATE, AT_LEAST, AT_MOST, CANONICAL, CURRENCIES, LESS_THAN, MORE_THAN, PERCENT, SCALES,
)

BOUNDS = (("at least", AT_LEAST), ("more than", MORE_THAN), ("at most", AT_MOST), ("less than", LESS_THAN))
from generator.model import Quantity

if TYPE_CHECKING:  # merge reads figures; spaCy loads only when there is text to parse
    from spacy.tokens import Span, Token

# A figure with its scale in one token: "150bn", "1.2T", "$5m".
_NUMBER = re.compile(r"^[$£€]?(\d[\d,]*(?:\.\d+)?)([a-z]*)$", re.IGNORECASE)
# How far, as a share of itself, an approximate figure may lie from what it says.
APPROXIMATE_TOLERANCE = 0.05
# Entity types whose digits are no count: years, dates, clock times, ordinals.
NOT_COUNTS = frozenset({"DATE", "TIME", "ORDINAL"})


def quantities(sent: Span) -> tuple[Quantity, ...]:
    """The figures of a sentence, in order; years, dates, times and ordinals left out."""
    found = []
    for token in sent:
        if token.ent_type_ in NOT_COUNTS or not token.text[:1].isdigit():
            continue
        if token.i > sent.start and sent.doc[token.i - 1].text in "-–/" and token.i - 1 > sent.start \
                and sent.doc[token.i - 2].text[:1].isdigit():
            continue  # the second half of a score or range, "8-1": read with the first
        quantity = _quantity(token, sent)
        if quantity:
            found.append(quantity)
    return tuple(found)


def _quantity(token: Token, sent: Span) -> Quantity | None:
    match = _NUMBER.match(token.text)
    if not match:
        return None
    digits, suffix = match.groups()
    value = float(digits.replace(",", ""))
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    scale = SCALES.get(suffix.lower(), 1.0) if suffix else 1.0
    if suffix and suffix.lower() not in SCALES:
        return None  # "3rd", "5G": not a count
    following = sent.doc[token.i + 1] if token.i + 1 < sent.end else None
    last = token
    if scale == 1.0 and following is not None and following.lower_ in SCALES and following.lower_ not in ("m", "b", "t", "k"):
        scale, last = SCALES[following.lower_], following
    unit = _unit(token, last, sent)
    before = {t.lower_ for t in _words_before(token, sent)}
    return Quantity(
        value=value * scale,
        unit=unit,
        approximate=bool(before & APPROXIMATE),
        precision=scale * 10 ** -decimals,
        text=sent.doc[_first_of(token, sent).i : last.i + 1].text,
        bound=next((name for name, words in BOUNDS if before & words), ""),
    )


def _first_of(token: Token, sent: Span) -> Token:
    """The figure's first token: its currency sign, if it has one."""
    before = sent.doc[token.i - 1] if token.i > sent.start else None
    return before if before is not None and before.lower_ in CURRENCIES else token


def _unit(token: Token, last: Token, sent: Span) -> str:
    """What the figure counts: a currency, '%', or the lemma of the noun it counts ('' if none)."""
    if token.text[:1] in CURRENCIES:
        return CURRENCIES[token.text[0]]
    before = sent.doc[token.i - 1] if token.i > sent.start else None
    if before is not None and before.lower_ in CURRENCIES:
        return CURRENCIES[before.lower_]
    after = sent.doc[last.i + 1] if last.i + 1 < sent.end else None
    if after is not None and after.lower_ in PERCENT:
        return "%"
    if after is not None and after.lower_ in CURRENCIES:
        return CURRENCIES[after.lower_]
    for candidate in (last, token):
        head = candidate.head
        if head is not candidate and head.pos_ in ("NOUN", "PROPN") and head.i > last.i:
            lemma = head.lemma_.lower()
            return CANONICAL.get(lemma, lemma)
    return ""


def _words_before(token: Token, sent: Span) -> Span:
    """The two words before the figure ("more than", "at least", "about")."""
    first = _first_of(token, sent).i
    return sent.doc[max(sent.start, first - 2) : first]


def agree(a: Quantity, b: Quantity) -> bool:
    """The same figure, once rounding, the text's approximation and its bounds are allowed
    for: "9.2 million" and "9.21 million", "about 600" and "620", "more than 180" and
    "at least 150" all agree; "600" and "about 500", "nearly 8 percent" and "over 8%" do not."""
    if not comparable(a, b):
        return False
    low_a, high_a = _interval(a)
    low_b, high_b = _interval(b)
    # Intervals that only touch (0.8 given to a tenth and 0.9: both reach 0.85) do not
    # overlap; the margin keeps float rounding from making them.
    margin = 1e-9 * max(abs(a.value), abs(b.value), 1.0)
    return max(low_a, low_b) < min(high_a, high_b) - margin or (low_a == high_a == low_b == high_b)


def _interval(q: Quantity) -> tuple[float, float]:
    """The values the text allows, as an interval; a bound that excludes its figure
    ("more than 8") touches the figure's own interval without overlapping it."""
    slack = max(q.precision / 2, APPROXIMATE_TOLERANCE * q.value if q.approximate else 0.0)
    low, high = q.value - slack, q.value + slack
    if q.bound in ("at least", "more than"):
        return (low if q.bound == "at least" else q.value), float("inf")
    if q.bound in ("at most", "less than"):
        return (low if q.approximate else float("-inf")), (high if q.bound == "at most" else q.value)
    return low, high


def comparable(a: Quantity, b: Quantity) -> bool:
    """Counts that may be of the same thing: the same unit, or one not given ("500 killed")."""
    return not (a.unit and b.unit and a.unit != b.unit)


def figures_agree(a: Iterable[Quantity], b: Iterable[Quantity]) -> bool:
    """No figures on one side, or at least one figure both give."""
    a, b = tuple(a), tuple(b)
    return not a or not b or any(agree(x, y) for x in a for y in b)


def conflicts(a: Iterable[Quantity], b: Iterable[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """Figures of the same thing (the same unit, or none on both sides) that the two sides
    give differently, none of them agreeing."""
    a, b = tuple(a), tuple(b)
    pairs = [(x, y) for x in a for y in b if x.unit == y.unit]
    if any(agree(x, y) for x, y in pairs):
        return []
    return pairs
