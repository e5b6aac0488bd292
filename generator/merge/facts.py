"""Key facts: the same fact from several outlets becomes one item listing them all,
and the facts are ranked by how central they are to the story.

Two statements are the same fact when they give no figures or days that
disagree and say mostly the same thing: many of the same content words with
the same actor or the same action, or enough of them with both (`same_fact`);
a statement about the same topic that says something else ("the programme
will be paid for by a fuel tax" beside "the Senate approved the programme")
shares words, but neither who acts nor what is done. A
third outlet's wording joins a fact when it is the same as any outlet's. The
merged item keeps the clearest of the wordings (`clearest`), counts the
independent outlets that report it (`corroboration`), and the list is ordered
by centrality (`rank`): corroborated first, then specific (figures, names,
days), then the order the sources tell them in.
"""

from __future__ import annotations

from typing import Mapping, Sequence

from generator.extract.quantities import figures_agree
from generator.merge.grouping import Found, anchors, group_similar, item_id, source_ids, unique_ids
from generator.merge.outlets import independent_outlets
from generator.model import BriefingFact, Fact

# Share of content words two wordings must have in common (Jaccard) to be one
# fact, with the same actor or the same action; with both, fewer will do: at
# least SHARED_WORDS words, and this share of the shorter wording's. Tuned on
# the tuning part of the AllSides pairs (`make eval-corroboration`), precision first.
SAME_WORDS = 0.3
SHARED_WORDS = 3
SAME_ACTOR_AND_ACTION = 0.25
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


def same_fact(a: Fact, b: Fact) -> bool:
    """No figures or days that disagree, and the same thing said (`similar_wording`)."""
    return figures_agree(a.quantities, b.quantities) and dates_agree(a, b) and similar_wording(a, b)


def similar_wording(a: Fact, b: Fact) -> bool:
    """Mostly the same content words and the same actor or action, or enough words
    with the same actor doing the same thing; figures and days aside."""
    terms_a, terms_b = set(a.terms), set(b.terms)
    shared = terms_a & terms_b
    if not shared:
        return False
    same_actor = bool(set(a.actors) & set(b.actors))
    same_action = bool(set(a.actions) & terms_b or set(b.actions) & terms_a)
    if len(shared) / len(terms_a | terms_b) >= SAME_WORDS and (same_action or same_actor):
        return True
    return (same_actor and same_action and len(shared) >= SHARED_WORDS
            and len(shared) / min(len(terms_a), len(terms_b)) >= SAME_ACTOR_AND_ACTION)


def dates_agree(a: Fact, b: Fact) -> bool:
    """No days, or at least one day both give."""
    return not a.dates or not b.dates or bool(set(a.dates) & set(b.dates))


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
