"""What an article is about, as the grouping sees it."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.model import Entity, Timex
from generator.stories.features import article_features, days_mentioned, entity_names


@pytest.mark.parametrize(
    "entities, names",
    [
        ([Entity("the White House", 0, 1, "ORG")], ["white house"]),
        ([Entity("Elena Kagan", 0, 1, "PERSON")], ["elena kagan", "kagan"]),  # later mentions: 'Kagan'
        ([Entity("Arizona's", 0, 1, "GPE")], ["arizona"]),
        ([Entity("Republicans", 0, 1, "NORP")], []),  # a whole group names no event
    ],
)
def test_entity_names_are_written_one_way(entities, names):
    assert entity_names(entities) == names


def test_days_mentioned_leave_out_the_articles_own_day():
    timexes = [Timex("Monday", 0, 1, "DATE", "2025-03-03"), Timex("Friday", 0, 1, "DATE", "2025-02-28"),
               Timex("March", 0, 1, "DATE", "2025-03"), Timex("two days", 0, 1, "DURATION", "P2D")]
    assert days_mentioned(timexes, dt.date(2025, 3, 3)) == ["2025-02-28"]


def test_features_of_an_article_carry_every_kind(extracted):
    features = article_features("seeds/water-1.txt", extracted["water-1"])
    counts = dict(features.counts)
    assert features.key == "seeds/water-1.txt"
    assert features.title == "Supreme Court sides with Arizona in Colorado River water fight"
    assert features.date == dt.date(2025, 3, 3)
    assert {"t:arizona", "w:decree", "l:acre", "e:elena kagan", "e:kagan", "n:2.8"} <= set(counts)
    assert counts["t:arizona"] == 1 and counts["w:arizona"] >= 3
