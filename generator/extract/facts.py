"""Key facts: sentences that carry numbers, tolls, amounts or the date of what will happen,
and the article's lead, the claim its outlet tells first.

A fact is a whole sentence, so a reader can always see the number in its
context. Sentences that are mostly somebody's quoted words are left to the
quotes section. Each fact is described (generator.extract.fact_features) so
that the merge can tell the same fact in another outlet's words.
"""

from __future__ import annotations

import bisect
from typing import Sequence

from spacy.tokens import Doc, Span

from generator.extract.fact_features import features
from generator.extract.labels import AMOUNT_LABELS
from generator.extract.spans import Spans
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
# Auxiliaries that put a dated happening in the future ("will visit on July 11").
FUTURE_AUX = frozenset({"will", "'ll", "shall", "would"})
MOSTLY_QUOTED = 0.5
# A lead shorter than this is a teaser ("America is hiring."), not a claim.
LEAD_MIN_WORDS = 8


def extract_facts(doc: Doc, timexes: Sequence[Timex], quotes: Sequence[Quote]) -> tuple[Fact, ...]:
    """Fact sentences of the parse (parse offsets), each with the kinds it carries."""
    facts = []
    lead_found = False
    quoted = Spans((p.start, p.end) for q in quotes for p in q.pieces or (q,))  # pieces: not what lies between
    dated = sorted(timexes, key=lambda t: t.start)
    starts = [t.start for t in dated]
    for sent in doc.sents:
        text = sent.text.strip()
        if not text or _quoted_share(sent, quoted) > MOSTLY_QUOTED:
            continue
        # Only this sentence's dates: looking through all of them each time is slow on long articles.
        here = dated[bisect.bisect_left(starts, sent.start_char):bisect.bisect_left(starts, sent.end_char)]
        kinds = fact_kinds(sent, here)
        if not lead_found and _is_claim(sent):
            lead_found = True
            kinds = ("lead", *kinds)
        if kinds:
            facts.append(describe(sent, here, kinds))
    return tuple(facts)


def describe(sent: Span, timexes: Sequence[Timex], kinds: tuple[str, ...] = ()) -> Fact:
    """`sent` as a fact (parse offsets), whatever its kinds: for comparing any two statements."""
    text = sent.text.strip()
    start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
    return Fact(text, start, start + len(text), "", kinds, **features(sent, timexes))


def _is_claim(sent: Span) -> bool:
    """A sentence that states something: long enough, with a verb, not a question."""
    words = [t for t in sent if t.is_alpha]
    return (len(words) >= LEAD_MIN_WORDS and not sent.text.rstrip().endswith("?")
            and any(t.pos_ in ("VERB", "AUX") for t in sent))


def fact_kinds(sent: Span, timexes: Sequence[Timex]) -> tuple[str, ...]:
    """Which kinds of fact a sentence carries, in a fixed order; () when none."""
    has_number = any(_is_news_number(t) for t in sent)
    kinds = []
    if has_number:
        kinds.append("number")
    if has_number and any(t.lemma_.lower() in CASUALTY_LEMMAS for t in sent):
        kinds.append("casualties")
    # Token by token: a span's .ents walks every entity of the document.
    if any(t.ent_type_ in AMOUNT_LABELS for t in sent):
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


def _quoted_share(sent: Span, quoted: Spans) -> float:
    """How much of the sentence is inside quotation marks (0..1)."""
    length = max(sent.end_char - sent.start_char, 1)
    inside = sum(min(end, sent.end_char) - max(start, sent.start_char)
                 for start, end in quoted.overlapping(sent.start_char, sent.end_char))
    return inside / length
