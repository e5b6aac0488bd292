"""Figures as values that outlets' wordings can be compared on."""

from __future__ import annotations

import pytest

from generator.extract.nlp import parse
from generator.extract.quantities import agree, conflicts, figures_agree, quantities


def figures(text: str):
    doc = parse(text)
    return quantities(doc[:])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Congress approved a $150 billion programme.", [(150e9, "$", False, "$150 billion")]),
        ("Congress approved a 150bn dollar programme.", [(150e9, "$", False, "150bn")]),
        ("About 500 soldiers were killed.", [(500, "soldier", True, "500")]),
        ("Inflation rose to 4.2 percent.", [(4.2, "%", False, "4.2")]),
        ("Openings rose to 9.21 million from 9.19 million.",
         [(9.21e6, "", False, "9.21 million"), (9.19e6, "", False, "9.19 million")]),
        ("The court ruled 8-1 in her favour.", [(8, "", False, "8")]),  # a score: its first half only
        ("Lavrov visited Pyongyang in 2024 and on July 11.", []),  # years and dates are no counts
        ("He came 3rd in the race.", []),
    ],
)
def test_figures_and_what_they_count(text, expected):
    assert [(q.value, q.unit, q.approximate, q.text) for q in figures(text)] == expected


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Congress approved a $150 billion programme.", "Congress approved a 150bn dollar programme.", True),
        ("Openings rose to 9.2 million.", "Openings rose to 9.21 million.", True),  # rounded
        ("Prices rose 0.8 percent.", "Prices rose 0.9 percent.", False),  # only touching when rounded
        ("Nearly 8 percent skipped the second dose.", "8% skipped the second dose.", True),
        ("About 600 soldiers were killed.", "600 troops were killed.", True),
        ("About 500 soldiers were killed.", "600 soldiers were killed.", False),  # 20 % apart
        ("Around 600 soldiers were killed.", "Around 700 soldiers were killed.", False),
        ("Prices rose 2 percent.", "Prices rose by $2.", False),  # not the same thing counted
        # A floor or a ceiling agrees with any figure within it.
        ("More than 180 people were killed.", "At least 150 people were killed.", True),
        ("Up to 50 soldiers will go.", "30 soldiers will go.", True),
        ("Up to 50 soldiers will go.", "60 soldiers will go.", False),
        ("Nearly 8 percent skipped it.", "Over 8% skipped it.", False),  # below against above
        ("At least 8 percent skipped it.", "8% skipped it.", True),
    ],
)
def test_when_two_figures_agree(a, b, same):
    (x,), (y,) = figures(a), figures(b)
    assert agree(x, y) is same


def test_sentences_agree_when_one_figure_does_and_conflict_when_none_does():
    plan = figures("The plan costs $1.2 trillion over eight years, with $579 billion in new spending.")
    other = figures("The plan has about $579 billion in new spending and costs $974 billion over five years.")
    assert figures_agree(plan, other) and not conflicts(plan, other)
    assert figures_agree(plan, ())  # nothing to disagree with
    killed = figures("About 500 were killed.")
    assert not figures_agree(figures("600 were killed."), killed)
    assert [(x.text, y.text) for x, y in conflicts(figures("600 were killed."), killed)] == [("600", "500")]
    # A discrepancy needs figures of one thing: 600 soldiers and 500 (of what?) may be two counts.
    assert conflicts(figures("600 soldiers were killed."), killed) == []
