"""Stories: articles about the same event, found among many.

`group_stories` takes extracted articles and returns the stories they tell.
Two articles are one story when they share what is specific to one happening
(names, figures, the words of the title and lead) and appear within days of
each other; a topic alone (two Supreme Court rulings) is not enough.
"""

from __future__ import annotations

import datetime as dt
from typing import Mapping, Sequence

from generator.model import ArticleExtraction, Story
from generator.stories.clustering import average_linkage
from generator.stories.features import ArticleFeatures, article_features
from generator.stories.similarity import similarities

# The mean similarity two groups need to be one story.
SAME_STORY = 0.15


def group_stories(articles: Sequence[tuple[str, ArticleExtraction]]) -> tuple[Story, ...]:
    """Every (key, extraction) in exactly one story; stories oldest first."""
    features = [article_features(key, extraction) for key, extraction in articles]
    return group_features(features)


def group_features(features: Sequence[ArticleFeatures], threshold: float = SAME_STORY) -> tuple[Story, ...]:
    scores = similarities(features)
    groups = average_linkage(len(features), scores, threshold)
    stories = [_story(features, group, scores) for group in groups]
    return tuple(sorted(stories, key=lambda s: (s.date is None, s.date or 0, s.articles[0])))


def _story(features: Sequence[ArticleFeatures], group: list[int], scores: Mapping[tuple[int, int], float]) -> Story:
    """The story named by its most typical article (the one most like the others;
    of equals, the earliest, which broke the news)."""

    def closeness(i: int) -> float:
        return round(sum(scores.get((min(i, j), max(i, j)), 0.0) for j in group if j != i), 9)

    def earliness(i: int) -> int:
        return -features[i].date.toordinal() if features[i].date else -dt.date.max.toordinal()

    central = max(group, key=lambda i: (closeness(i), earliness(i), -i))
    dates = [features[i].date for i in group if features[i].date]
    return Story(
        title=features[central].title,
        articles=tuple(features[i].key for i in group),
        date=min(dates) if dates else None,
    )
