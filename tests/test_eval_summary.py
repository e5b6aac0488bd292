"""The pieces of `make eval-summary` that do not need ../shared: the ceiling of the
approach (the best choice the summary's own rules allow) and ours against a baseline
story by story."""

from __future__ import annotations

import datetime as dt

import pytest

from eval.allsides import Story
from eval.summary import best_choice, difference
from generator.extract import extract_article
from generator.read.articles import parse_article
from generator.summary import MAX_WORDS


def _overlap(reference: str):
    """A stand-in for ROUGE: how many of the text's words the reference has."""
    words = set(reference.lower().split())
    return lambda text: sum(word in words for word in text.lower().split())


def test_the_ceiling_is_the_best_choice_the_rules_allow(extracted):
    sources = [extracted["storm-1"], extracted["storm-2"]]
    leads = [ex.sentences[0].text for ex in sources]
    chosen = best_choice(sources, _overlap(" ".join(leads)))
    # Both leads give the 40,000 homes: the same thing, so only one of them, with
    # whatever else matches the reference best, within the summary's limits.
    assert len(set(leads) & set(chosen)) == 1
    assert 2 <= len(chosen) <= 4
    assert sum(len(text.split()) for text in chosen) <= MAX_WORDS


def test_the_ceiling_leaves_out_what_the_summary_could_not_show():
    text = ("Budget\n\nThe council approved the new city budget on Monday after a long debate.\n\n"
            "He said the budget would raise taxes for every family in the city.\n\n"
            "The mayor will sign the budget into law later this week.\n")
    source = extract_article(parse_article(text, "budget", "seeds/budget.txt"), dt.date(2025, 3, 3))
    chosen = best_choice([source], _overlap("He said the budget would raise taxes for every family"))
    # The sentence the reference repeats leans on one before it ("He said..."): the
    # summary may not take it, so neither may the ceiling.
    assert chosen == ["The council approved the new city budget on Monday after a long debate.",
                      "The mayor will sign the budget into law later this week."]


def _story(number: int) -> Story:
    return Story(number, "issue", "2021-07-01", ())


@pytest.mark.parametrize(
    "ours, theirs, expected",
    [
        # Two stories: ahead by 0.1 and by 0.3 on ROUGE-1 -> +0.2, standard error 0.1.
        ({1: (0.5, 0.2, 0.3), 2: (0.7, 0.2, 0.3)}, {1: (0.4, 0.2, 0.4), 2: (0.4, 0.2, 0.2)},
         [(0.2, 0.1), (0.0, 0.0), (0.0, 0.1)]),
        # Behind on every story: a negative difference.
        ({1: (0.3, 0.1, 0.2), 2: (0.3, 0.1, 0.2)}, {1: (0.4, 0.1, 0.2), 2: (0.5, 0.1, 0.2)},
         [(-0.15, 0.05), (0.0, 0.0), (0.0, 0.0)]),
    ],
)
def test_ours_minus_a_baseline_story_by_story(ours, theirs, expected):
    found = difference(ours, theirs, [_story(1), _story(2)])
    assert found == [pytest.approx(pair) for pair in expected]
