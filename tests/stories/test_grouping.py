"""Articles grouped into stories: the same event, not merely the same topic."""

from __future__ import annotations

import datetime as dt

from generator.model import Story
from generator.stories import group_stories
from tests.stories.texts import STORIES


def test_each_story_is_one_event(extracted):
    stories = group_stories(list(extracted.items()))
    assert sorted(sorted(s.articles) for s in stories) == STORIES


def test_same_court_same_day_other_case_is_another_story(extracted):
    names = ["water-1", "migrants-1", "water-2", "migrants-2"]
    stories = group_stories([(name, extracted[name]) for name in names])
    assert sorted(s.articles for s in stories) == [("migrants-1", "migrants-2"), ("water-1", "water-2")]


def test_same_topic_a_week_later_is_another_story(extracted):
    names = ["water-1", "lake-1", "water-2", "lake-2"]
    stories = group_stories([(name, extracted[name]) for name in names])
    assert [s.articles for s in stories] == [("water-1", "water-2"), ("lake-1", "lake-2")]


def test_a_story_is_named_and_dated_and_keeps_the_callers_names(extracted):
    stories = group_stories([("../elsewhere/a.txt", extracted["migrants-2"]),
                             ("/abs/b.txt", extracted["migrants-1"])])
    assert stories == (Story(title="Supreme Court blocks Texas law letting police arrest migrants",
                             articles=("../elsewhere/a.txt", "/abs/b.txt"), date=dt.date(2025, 3, 3)),)


def test_one_article_is_one_story_and_none_is_none(extracted):
    assert [s.articles for s in group_stories([("x", extracted["storm-1"])])] == [("x",)]
    assert group_stories([]) == ()
