"""Timeline events: one per dated happening, with its own clause, date and upcoming flag."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from generator.extract.events import extract_events
from generator.extract.nlp import parse
from generator.extract.time import extract_timexes

WED = dt.date(2025, 7, 9)

# The sample story (seeds/000 and seeds/004), paragraphs as the reader cleans them.
STORY = "\n\n".join(
    [
        "Russian Foreign Minister Sergei Lavrov will visit North Korea this weekend, the latest in a series of "
        "high-profile visits by top Russian officials as the two countries deepen relations.",
        'Lavrov "will visit the Democratic People\'s Republic of Korea on July 11-13" for the "second round of '
        'strategic dialogue at the level of foreign ministers," Foreign Ministry spokeswoman Maria Zakharova told '
        "reporters on Wednesday.",
        "Pyongyang has become one of Moscow's key allies since the 2022 invasion of Ukraine, sending thousands of "
        "troops and container loads of weapons to help Russian forces oust Ukrainian forces from the southwestern "
        "Kursk region.",
        "North Korea confirmed it had deployed troops to support Russia's war in April, admitting that some of its "
        "soldiers had been killed in combat.",
        "Russia's security chief Sergei Shoigu has visited Pyongyang multiple times this year, including last month, "
        "when the two countries marked the one-year anniversary of the signing of a mutual defense agreement.",
        "Shoigu announced that the nuclear-armed North would send builders and deminers to the Kursk region in the "
        "coming weeks.",
        '"At the center of these discussions may well be plans for Kim\'s anticipated visit to Russia," he added.',
    ]
)


def events(text: str, reference: dt.date | None = WED):
    doc = parse(text)
    return extract_events(doc, extract_timexes(doc, reference), reference)


@pytest.fixture(scope="module")
def story():
    return events(STORY)


@pytest.mark.parametrize(
    "date_start, date_end, upcoming, must_hold, must_not_hold",
    [
        ("2022", None, False, "invasion", "Lim"),
        ("2025-04", None, False, "deployed troops", "admitting"),
        ("2025-06", None, False, "marked the one-year anniversary", "Shoigu has visited"),
        ("2025-07-09", None, False, "Zakharova told reporters on Wednesday", "July 11-13"),
        ("2025-07-11", "2025-07-13", True, "will visit", "Zakharova"),
        ("2025-07-09", None, True, "builders and deminers", "Lavrov"),
    ],
)
def test_sample_story_timeline(story, date_start, date_end, upcoming, must_hold, must_not_hold):
    matching = [e for e in story if (e.date_start, e.date_end, e.upcoming) == (date_start, date_end, upcoming)]
    assert any(must_hold in e.text and must_not_hold not in e.text for e in matching), matching


def test_every_word_is_the_articles_in_its_order(story):
    for event in story:
        printed = STORY[event.start:event.end]
        at = 0
        for word in re.findall(r"[\w'-]+", event.text):
            at = printed.find(word, at)
            assert at >= 0, (word, event.text)
        assert event.sentence == ""


def test_one_event_per_happening(story):
    """Lavrov's visit is dated twice ("this weekend", "July 11-13"): one event, the precise one."""
    visits = [e for e in story if "will visit" in e.text]
    assert len(visits) == 1
    assert (visits[0].date_start, visits[0].date_end) == ("2025-07-11", "2025-07-13")


@pytest.mark.parametrize(
    "sentence",
    [
        "The war has lasted more than three years.",  # a duration
        "Officials meet daily.",  # a set
        "He recently said the talks were going well.",  # a vague reference
        "At the center of these discussions may well be plans for a visit.",  # no date at all
    ],
)
def test_no_event(sentence):
    assert events(sentence) == ()


def test_without_reference_date_relative_dates_are_skipped():
    found = events("The invasion began in 2022. He visited last month.", None)
    assert [(e.date_start, e.timex) for e in found] == [("2022", "2022")]


def test_weekend_becomes_saturday_to_sunday():
    found = events("Lavrov will visit North Korea this weekend.")
    assert [(e.date_start, e.date_end, e.upcoming) for e in found] == [("2025-07-12", "2025-07-13", True)]


@pytest.mark.parametrize(
    "sentence, expected_text",
    [
        # What was said is the news: the clause follows the verb of saying...
        ("The Kremlin said Wednesday it was \"unfazed\" by Trump's comment.",
         "The Kremlin said Wednesday it was \"unfazed\" by Trump's comment"),
        # ... or comes first, the attribution trailing: the happening alone, dated by the saying.
        ("Meanwhile, Russia fired its largest missile and drone attack on Ukraine in more than three years of war, "
         "Kiev said Wednesday after strikes that mainly targeted areas furthest from the front line.",
         "Russia fired its largest missile and drone attack on Ukraine in more than three years of war"),
        # A quotation stays with its speaker: quotes are another extractor's business.
        ('"We are ready," the minister told reporters on Wednesday.', "the minister told reporters on Wednesday"),
    ],
)
def test_saying_verbs_keep_what_was_said(sentence, expected_text):
    found = events(sentence)
    assert [(e.text, e.date_start) for e in found] == [(expected_text, "2025-07-09")]


def test_said_clause_with_its_own_date_stays_apart():
    """A complement dated on its own is its own happening, not part of the saying."""
    found = events("The president said on Monday that the talks would resume in April.")
    assert [(e.text, e.date_start) for e in found] == [
        ("The president said on Monday", "2025-07-07"), ("the talks would resume in April", "2026-04"),
    ]


def test_a_future_without_a_date_is_after_the_article_date(story):
    """"In the coming weeks" starts no earlier than the article's day; a stated date is exact."""
    mods = {e.date_mod for e in story if "deminers" in e.text}
    assert mods == {"AFTER"}
    assert all(e.date_mod is None for e in story if "deminers" not in e.text)


JAN05 = dt.date(2005, 1, 20)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A relative pronoun gives way to the noun it stands for.
        ("The government has looked at ways of boosting voter turnout, which fell to 59% in the last general "
         "election in 2001.", [("2001", "voter turnout fell to 59% in the last general election in 2001")]),
        ("The country is backsliding from the high point it reached in the mid-1990s.",
         [("1990", "it reached the high point in the mid-1990s")]),
        # A verb that shares its subject takes it; a participle takes the noun it describes.
        ("Lord Greaves called last week for observers at the general election - saying otherwise there could be "
         "months of court challenges.", [("2005-W02", "Lord Greaves called last week for observers at the general election")]),
        ("Rules introduced in 2002 demand that net cafes be at least 200 metres away from schools.",
         [("2002", "Rules introduced in 2002")]),
        ("The plan, announced last week, will start next year.",
         [("2005-W02", "The plan, announced last week"), ("2006", "The plan will start next year")]),
        # No leading "when" or "that"; an undated verb of saying keeps its sayer.
        ("12% of voters disappeared from the roll when it was introduced in 2002.", [("2002", "it was introduced in 2002")]),
        ("Market analysts Panlogic predict that net users in China will exceed 137 million by 2008.",
         [("2008", "Market analysts Panlogic predict that net users in China will exceed 137 million by 2008")]),
        # What a verb shows stays with it; a conjunction left dangling goes.
        ("Figures for the 2001 general election suggest 29% of people aged between 18 and 24, and 19% of black "
         "voters were not on the electoral roll.",
         [("2001", "Figures for the 2001 general election suggest 29% of people aged between 18 and 24")]),
        # A range of dates is one happening.
        ("The 12,575 cafes were shut in the three months from October to December.",
         [("2004-10", "The 12,575 cafes were shut in the three months from October to December")]),
    ],
)
def test_each_event_is_a_whole_clause(text, expected):
    found = events(text, JAN05)
    assert [(e.date_start, e.text) for e in found] == expected


@pytest.mark.parametrize(
    "text",
    [
        # A date of a noun inside an aim is no happening.
        'In an effort to live up to its reputation in the 1990s as "an island of democracy", the president pushed '
        "through the law.",
        # A verb dated on its own: another date under a noun in its clause dates nothing more.
        "The Kyrgyz Republic is seen as backsliding from the high point it reached in the mid-1990s with a hastily "
        "pushed through referendum in 2003.",
    ],
)
def test_dates_of_no_happening_make_no_event_of_their_own(text):
    found = events(text, JAN05)
    assert all("effort" not in e.text and "2003" not in e.timex for e in found), found


def test_a_quotation_the_clause_opens_is_closed_as_the_article_closes_it(story):
    (visit,) = [e for e in story if e.date_start == "2025-07-11"]
    assert visit.text.endswith('at the level of foreign ministers"') and visit.text.count('"') == 4


def test_the_range_has_both_ends():
    (event,) = events("The cafes were shut in the three months from October to December.", JAN05)
    assert (event.date_start, event.date_end) == ("2004-10", "2004-12")


def test_the_same_happening_told_twice_in_an_article_is_one_event():
    found = events("Rules introduced in 2002 demand that cafes be 200 metres from schools. Laws on cafe opening hours "
                   "were introduced in 2002 following a fire.", JAN05)
    assert [e.text for e in found] == ["Laws on cafe opening hours were introduced in 2002 following a fire"]
