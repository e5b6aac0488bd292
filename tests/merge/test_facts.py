"""Key facts across outlets: one item per fact, how many outlets report it, most central first."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from generator.extract.facts import describe
from generator.extract.nlp import parse
from generator.extract.time import extract_timexes
from generator.merge.facts import clearest, merge_facts, same_fact

DAY = dt.date(2025, 7, 9)


def fact(text: str, sentence: str = "s-1", kinds: tuple[str, ...] = ()):
    """A statement as the extractor describes it."""
    doc = parse(text)
    return dataclasses.replace(describe(doc[:], extract_timexes(doc, DAY), kinds), sentence=sentence)


APPROVED = "The Senate approved a $150 billion programme for roads and bridges on Tuesday."


@pytest.mark.parametrize(
    "a, b",
    [
        (APPROVED, "Senators on Tuesday passed the 150bn dollar roads and bridges programme."),
        (APPROVED, "The $150 billion programme for roads and bridges won Senate approval on Tuesday."),
        ("Senate Democrats unveiled a bill on Wednesday to decriminalize marijuana at the federal level.",
         "Senate Majority Leader Chuck Schumer and other Senate Democrats introduced draft legislation on "
         "Wednesday that would decriminalize marijuana at the federal level."),
        ("Florida Gov. Ron DeSantis on Friday barred local school districts from requiring students to wear masks.",
         "Florida Gov. Ron DeSantis signed an executive order Friday that prohibits schools in the state from "
         "requiring students to wear face masks."),
        ("Around 600 North Korean soldiers have been killed fighting for Russia, Seoul has said.",
         "About 600 North Korean troops have been killed fighting for Russia, according to Seoul."),
        ("The number of job openings rose to 9.2 million in May.",
         "The number of job openings rose to 9.21 million in May."),
    ],
)
def test_the_same_fact_in_other_words(a, b):
    assert same_fact(fact(a), fact(b)) and same_fact(fact(b), fact(a))


@pytest.mark.parametrize(
    "a, b",
    [
        # Same topic, another fact: shared words, but neither who acts nor what is done.
        (APPROVED, "The programme for roads and bridges will be paid for by a tax on fuel, senators said."),
        ("Senate Democrats unveiled a bill on Wednesday to decriminalize marijuana at the federal level.",
         "Chuck Schumer has been working for months to build support in his chamber for repealing the "
         "federal ban on marijuana."),
        # The same words with other figures or another day: not a corroboration.
        ("Around 600 North Korean soldiers have been killed fighting for Russia, Seoul has said.",
         "Around 700 North Korean soldiers have been killed fighting for Russia, Seoul has said."),
        ("Lavrov will visit Pyongyang on July 11.", "Lavrov will visit Pyongyang on July 12."),
    ],
)
def test_different_facts_that_share_a_topic(a, b):
    assert not same_fact(fact(a), fact(b)) and not same_fact(fact(b), fact(a))


def test_three_outlets_one_fact_and_the_outlet_count():
    found = [
        ("a", fact(APPROVED, "s-a")),
        ("b", fact("The $150 billion programme for roads and bridges won Senate approval on Tuesday.", "s-b")),
        ("c", fact("Senators on Tuesday passed the 150bn dollar roads and bridges programme.", "s-c")),
        ("c", fact("The programme will be paid for by a tax on fuel, senators said.", "s-c2")),
    ]
    outlets = {"a": "reuters", "b": "the hill", "c": "reuters"}
    merged = merge_facts(found, outlets)
    assert [(f.sources, f.corroboration) for f in merged] == [(("a", "b", "c"), 2), (("c",), 1)]
    assert [a.sentence for a in merged[0].anchors] == ["s-a", "s-b", "s-c"]
    # Without outlets, each source counts as its own.
    assert merge_facts(found)[0].corroboration == 3


def test_corroborated_and_specific_facts_come_first():
    found = [
        ("a", fact("Talks went on in the capital for a second day.", "s-1", ("lead",))),
        ("a", fact("The ministry will spend $4.5 billion on new roads, officials said on July 3.", "s-2")),
        ("a", fact("Around 600 soldiers have been killed, Seoul said.", "s-3")),
        ("b", fact("About 600 soldiers have been killed, according to Seoul.", "s-4")),
    ]
    ranked = [f.text.split()[0] for f in merge_facts(found)]
    assert ranked == ["Around", "The", "Talks"]  # two outlets; then figures, a name and a day; then the lead


@pytest.mark.parametrize(
    "wordings, shown",
    [
        # A cut-off excerpt reads worse than a whole sentence.
        (["Around 600 soldiers have been killed, Seoul said on...", "About 600 soldiers were killed."],
         "About 600 soldiers were killed."),
        # The one with the figure the other lacks.
        (["Many soldiers have been killed fighting for Russia.",
          "Around 600 soldiers have been killed fighting for Russia."],
         "Around 600 soldiers have been killed fighting for Russia."),
        # Otherwise the shorter.
        (["Lavrov will visit North Korea this weekend for strategic talks with his counterpart.",
          "Lavrov will visit North Korea this weekend."],
         "Lavrov will visit North Korea this weekend."),
    ],
)
def test_the_clearest_wording_is_shown(wordings, shown):
    assert clearest([fact(w) for w in wordings]).text == shown
