"""Whether two statements from different outlets report the same fact.

What two statements share is gathered as `Evidence`: their content words (as
word families, `generator.extract.families`), who acts, what is done, the
names, figures and days both give. Figures or days that disagree keep them
apart whatever else they share. Otherwise they are one fact (`same_fact`) when
they say mostly the same thing with the same actor or action, or when enough
of what anchors a fact agrees: what is done, who does it, a name, a figure, a
day; the more anchors agree, the fewer words they need in common. A statement
of the same topic that says something else ("the programme will be paid for by
a fuel tax" beside "the Senate approved the programme") shares words, but
neither who acts nor what is done.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.extract.fact_words import COMMON_NAMES
from generator.extract.quantities import agree, conflicts, figures_agree
from generator.model import Fact

# Share of content words two wordings must have in common (Jaccard) to be one
# fact, with the same actor or the same action; with the same actor and the same
# main verb, fewer will do: at least SHARED_WORDS words, and this share of the
# shorter wording's. Tuned on the tuning part of the AllSides pairs (`make
# eval-corroboration`), precision first.
SAME_WORDS = 0.3
SHARED_WORDS = 3
SAME_ACTOR_AND_ACTION = 0.25
# With enough anchors in agreement (`Evidence.anchors`), this share of the
# shorter wording's words will do.
ANCHORED = 3
ANCHORED_WORDS = 0.35


@dataclass(frozen=True)
class Evidence:
    """What two statements have in common."""

    shared: int  # content words both use
    overlap: float  # shared words / all their words (Jaccard)
    containment: float  # shared words / the shorter wording's words
    same_actor: bool  # a word of one's subject in the other's subject
    same_action: bool  # one's main verb among the other's words
    same_main_action: bool  # the same main verb
    same_name: bool  # a name both give (not a country's: too common in the news)
    same_figure: bool  # a figure both give
    same_day: bool  # a day both give
    disagree: bool  # figures, days or spans of time the two give differently

    @property
    def anchors(self) -> int:
        """How much of what anchors a fact agrees: what is done (2 for the same main
        verb), who does it, a name, a figure, a day."""
        what = 2 if self.same_main_action else int(self.same_action)
        return what + self.same_actor + self.same_name + self.same_figure + self.same_day


def evidence(a: Fact, b: Fact) -> Evidence:
    """What `a` and `b` share."""
    terms_a, terms_b = set(a.terms), set(b.terms)
    shared = terms_a & terms_b
    return Evidence(
        shared=len(shared),
        overlap=len(shared) / max(len(terms_a | terms_b), 1),
        containment=len(shared) / max(min(len(terms_a), len(terms_b)), 1),
        same_actor=bool(set(a.actors) & set(b.actors)),
        same_action=bool(set(a.actions) & terms_b or set(b.actions) & terms_a),
        same_main_action=bool(set(a.actions) & set(b.actions)),
        same_name=same_name(a.names, b.names),
        same_figure=any(agree(x, y) for x in a.quantities for y in b.quantities),
        same_day=bool(set(a.dates) & set(b.dates)),
        disagree=(not figures_agree(a.quantities, b.quantities) or not dates_agree(a, b)
                  or bool(conflicts(a.durations, b.durations))),
    )


def same_fact(a: Fact, b: Fact) -> bool:
    """No figures or days that disagree, and the same thing said."""
    found = evidence(a, b)
    if found.disagree or not found.shared:
        return False
    same_doing = found.same_action or found.same_actor
    if found.overlap >= SAME_WORDS and same_doing:
        return True
    if (found.same_actor and found.same_main_action and found.shared >= SHARED_WORDS
            and found.containment >= SAME_ACTOR_AND_ACTION):
        return True  # the same actor doing the same thing
    if found.same_main_action and found.same_figure:
        return True  # the same change to the same figure: "fell ... from 590,000"
    return found.anchors >= ANCHORED and found.shared >= SHARED_WORDS and found.containment >= ANCHORED_WORDS


def same_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """A name both give, the shorter the end of the longer ("Food and Drug Administration",
    "US Food and Drug Administration")."""
    return any(x not in COMMON_NAMES and y not in COMMON_NAMES and _ends_with(x, y) for x in a for y in b)


def _ends_with(x: str, y: str) -> bool:
    longer, shorter = (x, y) if len(x) >= len(y) else (y, x)
    return longer == shorter or longer.endswith(" " + shorter)


def dates_agree(a: Fact, b: Fact) -> bool:
    """No days, or at least one day both give."""
    return not a.dates or not b.dates or bool(set(a.dates) & set(b.dates))
