"""Key facts: sentences that carry numbers, tolls, amounts or the date of what will happen.

A fact is a whole sentence, so a reader can always see the number in its
context. Sentences that are mostly somebody's quoted words are left to the
quotes section.
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc, Span

from generator.model import Fact, Quote, Timex

# Lemmas that make a number a toll.
CASUALTY_LEMMAS = frozenset(
    {"kill", "wound", "injure", "die", "dead", "death", "casualty", "victim", "missing", "wounded", "injured"}
)
# Spelled-out quantities big enough to be news ("thousands of troops");
# "two countries" is not a fact.
SCALE_WORDS = frozenset(
    {"dozens", "hundreds", "thousands", "millions", "billions", "hundred", "thousand", "million", "billion", "trillion"}
)
AMOUNT_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY"})
# Auxiliaries that put a dated happening in the future ("will visit on July 11").
FUTURE_AUX = frozenset({"will", "'ll", "shall", "would"})
MOSTLY_QUOTED = 0.5


def extract_facts(doc: Doc, timexes: Sequence[Timex], quotes: Sequence[Quote]) -> tuple[Fact, ...]:
    """Fact sentences of the parse (parse offsets), each with the kinds it carries."""
    facts = []
    for sent in doc.sents:
        text = sent.text.strip()
        if not text or _quoted_share(sent, quotes) > MOSTLY_QUOTED:
            continue
        kinds = fact_kinds(sent, timexes)
        if kinds:
            start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            facts.append(Fact(text, start, start + len(text), "", kinds))
    return tuple(facts)


def fact_kinds(sent: Span, timexes: Sequence[Timex]) -> tuple[str, ...]:
    """Which kinds of fact a sentence carries, in a fixed order; () when none."""
    has_number = any(_is_news_number(t) for t in sent)
    kinds = []
    if has_number:
        kinds.append("number")
    if has_number and any(t.lemma_.lower() in CASUALTY_LEMMAS for t in sent):
        kinds.append("casualties")
    if any(ent.label_ in AMOUNT_LABELS for ent in sent.ents):
        kinds.append("amount")
    if _is_scheduled(sent, timexes):
        kinds.append("scheduled")
    return tuple(kinds)


def _is_news_number(token) -> bool:
    """A figure worth a fact: digits counting something, or a large spelled quantity."""
    if token.lower_ in SCALE_WORDS:
        return True
    if not any(c.isdigit() for c in token.text):
        return False
    # Years, dates and times are the timeline's, ordinals are not counts.
    return token.ent_type_ in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY", "")


def _is_scheduled(sent: Span, timexes: Sequence[Timex]) -> bool:
    """A dated happening announced for later: a future auxiliary and a date in one sentence."""
    dated = any(
        t.type == "DATE" and sent.start_char <= t.start < sent.end_char for t in timexes
    )
    return dated and any(t.lower_ in FUTURE_AUX and t.tag_ == "MD" for t in sent)


def _quoted_share(sent: Span, quotes: Sequence[Quote]) -> float:
    """How much of the sentence is inside quotation marks (0..1)."""
    length = max(sent.end_char - sent.start_char, 1)
    inside = sum(
        max(0, min(p.end, sent.end_char) - max(p.start, sent.start_char)) for q in quotes for p in q.pieces or (q,)
    )
    return inside / length
