"""The timeline of a briefing: every entry a whole event, and one entry per event with every source."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from generator.extract import extract_article
from generator.merge import merge_briefing
from generator.merge.timeline import same_event
from generator.model import Event
from tests.merge.test_merge import annotation, article

JAN05 = dt.date(2005, 1, 20)


def event(text, start="2002", end=None, predicate="", actors=()):
    return Event(text, 0, len(text), start, end, False, start, "s-1", None, predicate, tuple(actors))


@pytest.mark.parametrize(
    "a, b, same",
    [
        # The same date and predicate, no names to tell the doers apart: one happening.
        (event("Laws on cafe hours were introduced in 2002", predicate="introduce"),
         event("Rules introduced in 2002", predicate="introduce"), True),
        (event("Laws on cafe hours were introduced in 2002", predicate="introduce"),
         event("China introduced laws on cafe hours in 2002", predicate="introduce", actors=["china"]), True),
        # Names that differ, another date, another predicate: two.
        (event("Smith was arrested in 2002", predicate="arrest", actors=["smith"]),
         event("Jones was arrested in 2002", predicate="arrest", actors=["jones"]), False),
        (event("Laws were introduced in 2002", predicate="introduce"),
         event("Laws were introduced in 2003", start="2003", predicate="introduce"), False),
        (event("Cafes were shut in 2002", predicate="shut"), event("Laws were introduced in 2002", predicate="introduce"), False),
        # The same doer on one day: one happening; two sayings on one day are one only if they say the same.
        (event("Lavrov will visit Pyongyang on July 11", start="2025-07-11", predicate="visit", actors=["lavrov"]),
         event("Sergei Lavrov will hold talks in Pyongyang on July 11", start="2025-07-11", predicate="hold",
               actors=["lavrov", "sergei"]), True),
        (event("Officials said on Monday the border would close", start="2025-07-07", predicate="say"),
         event("Officials said on Monday that fuel prices had risen", start="2025-07-07", predicate="say"), False),
    ],
)
def test_same_event(a, b, same):
    assert same_event(a, b) is same


# Two small articles told the way BBC News tells a story (no dates of their own: the briefing's stands in).
CRACKDOWN = (
    "Net cafe crackdown in China\n\n"
    "Chinese authorities closed 12,575 net cafes in the closing months of 2004, the government said.\n\n"
    "The official news agency said the crackdown was carried out to protect young people. Rules introduced in 2002 "
    "demand that net cafes be at least 200 metres away from schools. The cafes were shut in the three months from "
    "October to December.\n\n"
    "Laws on net cafe opening hours were introduced in 2002 following a fire at one cafe that killed 25 people. "
    "In August 2004 Chinese authorities shut down 700 websites.\n"
)
NET_USE = (
    "China net use to overtake US\n\n"
    "The number of net users in China rose sharply in 2004, the government's figures show.\n\n"
    "Market analysts Panlogic predict that net users in China will exceed the number in the US by 2008. In an effort "
    "to live up to its reputation in the 1990s as a friend of business, the government pushed through new rules. "
    "China introduced laws on net cafe hours in 2002, when a fire killed 25 people.\n\n"
    "Officials, who met industry leaders last week, said more cafes would close. The Electoral Commission called on "
    "Thursday for new rules and urged cafes to register.\n"
)


@pytest.fixture(scope="module")
def timeline():
    found = [extract_article(article("crackdown", CRACKDOWN), JAN05), extract_article(article("net-use", NET_USE), JAN05)]
    return merge_briefing(annotation("seeds/crackdown.txt", "seeds/net-use.txt"), found).timeline


def test_every_entry_is_a_whole_event_once_with_every_source(timeline):
    """The laws of 2002 are told three times ("Rules introduced in 2002 demand ...", "Laws ... were
    introduced in 2002 following a fire ...", "China introduced laws ... in 2002, when a fire killed
    25 people"): one entry, the fullest telling, with both sources."""
    assert [(t.start, t.end, t.text, t.sources) for t in timeline] == [
        ("2002", None, "Laws on net cafe opening hours were introduced in 2002 following a fire at one cafe that "
                       "killed 25 people", ("crackdown", "net-use")),
        ("2004", None, "Chinese authorities closed 12,575 net cafes in the closing months of 2004", ("crackdown",)),
        ("2004", None, "The number of net users in China rose sharply in 2004", ("net-use",)),
        ("2004-08", None, "In August 2004 Chinese authorities shut down 700 websites", ("crackdown",)),
        ("2004-10", "2004-12", "The cafes were shut in the three months from October to December", ("crackdown",)),
        ("2005-01-20", None, "The Electoral Commission called on Thursday for new rules", ("net-use",)),
        ("2005-W02", None, "Officials met industry leaders last week", ("net-use",)),
        ("2008", None, "Market analysts Panlogic predict that net users in China will exceed the number in the US by "
                       "2008", ("net-use",)),
    ]


# What a fragment looks like: a clause that begins with a relative word, a subordinator, a
# conjunction or an infinitive, or ends with a function word or a comma.
FRAGMENT_START = re.compile(r"^(which|who|whom|that|when|where|while|because|and|but|or|to|as)\b", re.IGNORECASE)
FRAGMENT_END = re.compile(r"\b(and|or|but|the|a|an|of|to|in|on|for|with|is|are|was|were)$|[,;:]$", re.IGNORECASE)


def reads_whole(text: str) -> bool:
    quotes = sum(text.count(q) for q in ('"', "\u201c", "\u201d"))
    return text[:1].isupper() and not FRAGMENT_START.match(text) and not FRAGMENT_END.search(text) and quotes % 2 == 0


def test_no_entry_is_a_fragment(timeline):
    assert [t.text for t in timeline if not reads_whole(t.text)] == []


@pytest.mark.parametrize(
    "text, whole",
    [
        ("Voter turnout fell to 59% in the last general election in 2001", True),
        ("which fell to 59% in the last general election in 2001", False),
        ("to live up to its reputation in the 1990s as", False),
        ("2002 demand that net cafes be at least 200 metres away from schools, and", False),
        ('Lavrov "will visit the country on July 11-13" for the "second round', False),
    ],
)
def test_what_a_fragment_looks_like(text, whole):
    assert reads_whole(text) is whole
