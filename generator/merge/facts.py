"""Key facts: the same fact from several sources becomes one item listing them all."""

from __future__ import annotations

import re
from typing import Sequence

from rapidfuzz import fuzz

from generator.ids import words
from generator.merge.grouping import Found, anchors, group_similar, item_id, source_ids, unique_ids
from generator.model import BriefingFact, Fact


def merge_facts(found: Sequence[Found[Fact]]) -> tuple[BriefingFact, ...]:
    """Facts in reading order; one item for the same fact from several sources."""
    facts = []
    for group in group_similar(found, same_fact):
        _, first = group[0]
        facts.append(BriefingFact(id=item_id("f", first.text), text=first.text,
                                  sources=source_ids(group), anchors=anchors(group)))
    return unique_ids(facts)


def same_fact(a: Fact, b: Fact) -> bool:
    """Mostly the same words, and exactly the same figures."""
    if figures(a.text) != figures(b.text):
        return False
    return fuzz.token_set_ratio(words(a.text), words(b.text)) >= 75


def figures(text: str) -> set[str]:
    """The numbers a text gives, as printed ("1,200", "3.5")."""
    return set(re.findall(r"\d[\d,.]*\d|\d", text))
