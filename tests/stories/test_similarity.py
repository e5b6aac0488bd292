"""How alike two articles are, and which pairs are compared at all."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.stories.features import ArticleFeatures
from generator.stories.similarity import MAX_DAYS_APART, candidate_pairs, date_factor, similarities
from generator.terms import document_frequencies

DAY = dt.date(2025, 3, 3)


def features(key: str, words: str, day: dt.date | None = DAY) -> ArticleFeatures:
    return ArticleFeatures(key, key, day, tuple(sorted((f"w:{w}", 1) for w in set(words.split()))))


@pytest.mark.parametrize(
    "gap, factor",
    [(0, 1.0), (1, 0.75), (2, 0.5), (3, 0.25), (MAX_DAYS_APART, 0.0), (7, 0.0), (None, 1.0)],
)
def test_the_further_apart_the_more_alike_they_must_be(gap, factor):
    later = None if gap is None else DAY + dt.timedelta(days=gap)
    assert date_factor(DAY, later) == pytest.approx(factor)
    assert date_factor(later, DAY) == pytest.approx(factor)


def test_pairs_come_only_from_shared_rare_words_near_in_time():
    articles = [
        features("a", "kagan decree arizona river"),
        features("b", "kagan decree arizona drought"),
        features("c", "kagan decree arizona river", DAY + dt.timedelta(days=MAX_DAYS_APART)),  # too late
        features("d", "storm galveston flood"),  # nothing in common
        features("e", "kagan storm"),  # one word in common is chance
    ]
    frequency = document_frequencies([f for f, _ in a.counts] for a in articles)
    assert candidate_pairs(articles, frequency) == {(0, 1)}


def test_an_undated_article_is_compared_with_dated_ones():
    articles = [features("a", "kagan decree arizona"), features("b", "kagan decree arizona", None)]
    frequency = document_frequencies([f for f, _ in a.counts] for a in articles)
    assert candidate_pairs(articles, frequency) == {(0, 1)}


def test_a_word_only_one_article_has_does_not_lower_the_likeness():
    twins = [features("a", "kagan decree arizona"), features("b", "kagan decree arizona")]
    padded = [features("a", "kagan decree arizona zebra yak quokka"), features("b", "kagan decree arizona")]
    assert similarities(twins)[(0, 1)] == pytest.approx(similarities(padded)[(0, 1)])


def test_similar_articles_days_apart_are_less_alike():
    same_day = similarities([features("a", "kagan decree arizona"), features("b", "kagan decree arizona")])
    next_day = similarities([features("a", "kagan decree arizona"),
                             features("b", "kagan decree arizona", DAY + dt.timedelta(days=1))])
    assert next_day[(0, 1)] == pytest.approx(0.75 * same_day[(0, 1)])
