"""Bags of content words: what story grouping and the summary compare."""

from __future__ import annotations

import pytest

from generator.terms import content_terms, cosine, figures, idf, s_stem


@pytest.mark.parametrize(
    "word, stem",
    [("policies", "policy"), ("masks", "mask"), ("vaccines", "vaccine"), ("ruled", "ruled"),
     ("congress", "congress"), ("virus", "virus"), ("analysis", "analysis"), ("politics", "politics"),
     ("gas", "gas"), ("votes", "vote"), ("studies", "study")],
)
def test_s_stemmer_makes_plurals_singular_only(word, stem):
    assert s_stem(word) == stem


@pytest.mark.parametrize(
    "text, terms",
    [
        ("The Supreme Court said on Monday it would hear the case.", ["supreme", "court", "hear", "case"]),
        ("Biden's vaccine mandates", ["biden", "vaccine", "mandate"]),
        ("Stop-and-frisk policies", ["stop", "frisk", "policy"]),
        ("It was said that they had been there.", []),
    ],
)
def test_content_terms_drop_stop_words_and_news_words(text, terms):
    assert content_terms(text) == terms


@pytest.mark.parametrize(
    "text, found",
    [
        ("Agents made 178,000 arrests in June, a 3.5% rise.", ["178000", "3.5"]),
        ("In 2021, 2 of 9 judges agreed.", []),  # years and small counts say nothing
        ("No figures here.", []),
        ("COVID-19 cases rose in 12-15 year olds, SB4 and the F-35 jet said 30-40 were hurt.", ["12", "15", "30", "40"]),
        ("It cost $1.8 trillion, up 5.4% from 2.8 million.", ["1.8", "5.4", "2.8"]),
    ],
)
def test_figures_keep_the_telling_numbers(text, found):
    assert figures(text) == found


def test_rarer_terms_weigh_more_and_a_term_everywhere_still_weighs_a_little():
    assert idf(1, 100) > idf(10, 100) > idf(100, 100) > 0


@pytest.mark.parametrize(
    "a, b, expected",
    [({"x": 1.0}, {"x": 2.0}, 1.0), ({"x": 1.0}, {"y": 1.0}, 0.0), ({}, {"x": 1.0}, 0.0)],
)
def test_cosine(a, b, expected):
    assert cosine(a, b) == pytest.approx(expected)
