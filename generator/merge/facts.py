"""Key facts: the same fact from several outlets becomes one item listing them all,
and the facts are ranked by how central they are to the story.

Two statements are the same fact when they give no figures or days that
disagree and say the same thing (`generator.merge.fact_match.same_fact`). A
third outlet's wording joins a fact when it is the same as any outlet's. The
merged item keeps the clearest of the wordings (`clearest`), counts the
independent outlets that report it (`corroboration`), and the list is ordered
by centrality (`rank`): corroborated first, then specific (figures, names,
days), then the order the sources tell them in.
"""

from __future__ import annotations

from typing import Mapping, Sequence

from generator.merge.fact_match import same_fact
from generator.merge.grouping import Found, anchors, group_similar, item_id, source_ids, unique_ids
from generator.merge.outlets import independent_outlets
from generator.model import BriefingFact, Fact

# A wording longer than this many words reads less clearly than a shorter one.
CLEAR_WORDS = 35


def merge_facts(found: Sequence[Found[Fact]], outlet_of: Mapping[str, str] | None = None) -> tuple[BriefingFact, ...]:
    """One item per fact, most central first; `outlet_of` maps a source id to its outlet."""
    outlet_of = outlet_of or {}
    groups = group_facts(found)
    facts = []
    for group in groups:
        _, first = group[0]  # the id comes from the first source's words: stable
        sources = source_ids(group)
        facts.append(BriefingFact(id=item_id("f", first.text), text=clearest([f for _, f in group]).text,
                                  sources=sources, anchors=anchors(group),
                                  corroboration=independent_outlets(sources, outlet_of)))
    order = rank([[f for _, f in group] for group in groups], facts)
    return unique_ids([facts[i] for i in order])


def group_facts(found: Sequence[Found[Fact]]) -> list[list[Found[Fact]]]:
    """The statements of every source, grouped by fact, in order of first sight."""
    return group_similar(found, same_fact, any_member=True)


def specificity(fact: Fact) -> int:
    """How much a reader can check: figures, names and days it gives (0 to 3)."""
    return sum(map(bool, (fact.quantities, fact.names, fact.dates)))


def clearest(wordings: Sequence[Fact]) -> Fact:
    """The wording to show: whole (not cut off), most specific, not overlong, shortest."""
    def clarity(fact: Fact) -> tuple:
        words = len(fact.text.split())
        return (fact.text.rstrip().endswith(("...", "…")), -specificity(fact), words > CLEAR_WORDS, words)
    return min(wordings, key=clarity)


def rank(groups: Sequence[Sequence[Fact]], facts: Sequence[BriefingFact]) -> list[int]:
    """Indexes of `facts` from the most central: corroborated, specific, told as a lead;
    then the order of first sight."""
    def centrality(i: int) -> tuple:
        wordings = groups[i]
        return (-facts[i].corroboration, -max(map(specificity, wordings)),
                not any("lead" in f.kinds for f in wordings), i)
    return sorted(range(len(facts)), key=centrality)
