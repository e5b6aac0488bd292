"""What two outlets' statements share, and which names are one."""

from __future__ import annotations

import dataclasses

import pytest

from generator.merge.fact_match import evidence, same_name
from tests.merge.test_facts import fact


@pytest.mark.parametrize(
    "a, b, same",
    [
        (("food and drug administration",), ("fda", "food and drug administration"), True),
        (("biden", "white house"), ("biden",), True),
        # The shorter name must be the end of the longer, word for word.
        (("court of appeals",), ("court",), False),
        (("district court",), ("court",), True),
        # Country names are in every story: no evidence of one fact.
        (("united states",), ("united states", "u.s."), False),
    ],
)
def test_names_both_give(a, b, same):
    assert same_name(a, b) is same


def test_what_two_wordings_share():
    found = evidence(
        fact("Weekly jobless claims fell by 92,000 last week from 590,000, the Labor Department said on Thursday."),
        fact("Applications for unemployment benefits fell to 498,000 from a revised 590,000, "
             "the Labor Department said."))
    shown = {k: v for k, v in dataclasses.asdict(found).items() if isinstance(v, bool)}
    assert shown == {"same_actor": True, "same_action": True, "same_main_action": True, "same_name": True,
                     "same_figure": True, "same_day": False, "disagree": False}
    assert found.anchors == 5  # the same main verb counts twice


def test_days_or_spans_of_time_that_disagree():
    assert evidence(fact("Lavrov will visit Pyongyang on July 11."), fact("Lavrov will visit Pyongyang on July 12.")).disagree
    assert evidence(fact("Prices are the highest in nearly a decade."),
                    fact("Prices are the highest in seven years.")).disagree
