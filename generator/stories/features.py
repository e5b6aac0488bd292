"""What an article is about, as countable features: the words, the title's words,
the names, the figures and the days it mentions.

Each feature is a string with its kind as a prefix ("w:vaccine", "t:vaccine",
"e:ron desantis", "n:469", "d:2021-07-30"), so one bag holds them all and an
index over features needs no other structure. Everything comes from what the
extraction already found; nothing is parsed again.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

from generator.model import ArticleExtraction, Entity, Timex
from generator.terms import content_terms, figures

# How many of an article's first sentences make its lead: the event itself,
# told before background and reaction.
LEAD_SENTENCES = 2
# Entities that name a whole group or a country say little about the event.
GENERIC_LABELS = frozenset({"NORP"})
_ARTICLE_WORD = re.compile(r"^(the|a|an)\s+", re.I)
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class ArticleFeatures:
    """One article as the grouping sees it."""

    key: str  # how the caller names the article (the path as given)
    title: str
    date: dt.date | None
    counts: tuple[tuple[str, int], ...]  # feature -> how often, sorted by feature

    def kinds(self) -> set[str]:
        return {feature.split(":", 1)[0] for feature, _ in self.counts}


def article_features(key: str, extraction: ArticleExtraction) -> ArticleFeatures:
    """The features of one extracted article."""
    article = extraction.article
    texts = [s.text for s in extraction.sentences]
    title = article.title or ""
    counts: Counter = Counter()
    counts.update("w:" + t for t in content_terms(" ".join([title, *texts])))
    counts.update("t:" + t for t in content_terms(title))
    counts.update("l:" + t for t in content_terms(" ".join(texts[:LEAD_SENTENCES])))
    counts.update("e:" + n for n in entity_names(extraction.entities))
    counts.update("n:" + n for n in figures(" ".join([title, *texts])))
    counts.update("d:" + v for v in days_mentioned(extraction.timexes, extraction.reference_date))
    return ArticleFeatures(key, title or (texts[0] if texts else key), article.date or extraction.reference_date,
                           tuple(sorted(counts.items())))


def entity_names(entities: Iterable[Entity]) -> list[str]:
    """Names as one writes them everywhere: 'the White House' and 'White House' alike;
    a person also by surname, as later mentions name them."""
    names = []
    for entity in entities:
        if entity.label in GENERIC_LABELS:
            continue
        name = _ARTICLE_WORD.sub("", " ".join(entity.text.split())).lower().replace("’", "'")
        name = re.sub(r"'s$", "", name).strip(" .,")
        if not name:
            continue
        names.append(name)
        parts = name.split()
        if entity.label == "PERSON" and len(parts) > 1:
            names.append(parts[-1])
    return names


def days_mentioned(timexes: Sequence[Timex], reference: dt.date | None) -> list[str]:
    """The calendar days the article names, other than its own date (which every
    article of that day shares)."""
    own = reference.isoformat() if reference else ""
    return [t.value for t in timexes if t.type == "DATE" and _DAY.match(t.value) and t.value != own]
