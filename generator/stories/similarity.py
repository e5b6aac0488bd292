"""How alike two articles are, computed only for pairs that can be one story.

Features are weighted by kind and by TF-IDF over the articles given, then
scaled to length 1, so a pair's similarity is a dot product. Pairs are found
through an inverted index on the rarer features (names, figures, title words,
uncommon words) and kept only when the articles are near in time: the work
grows with the pairs that share something specific, not with the square of the
archive.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from itertools import combinations
from typing import Iterator, Sequence

from generator.stories.features import ArticleFeatures
from generator.terms import document_frequencies, idf, normalized, tf_idf

# How much each kind of feature counts: the title and the lead say what happened;
# names and figures pin down which happening it was.
KIND_WEIGHTS = {"w": 1.0, "t": 1.0, "l": 1.0, "e": 1.0, "n": 1.0, "d": 0.5}
# A story's articles come out within days of each other: each day between two
# articles asks more of their likeness, and at this gap apart they are two
# stories however alike (the same court, a week later, another ruling).
MAX_DAYS_APART = 4
# A feature shared by more than this share of the articles is too common to
# propose a pair (it still counts in the similarity of pairs proposed otherwise).
RARE_SHARE = 0.02
RARE_MIN = 20  # ... but in small batches every feature may propose pairs
# One rare word in common is chance; a story's articles share several.
MIN_SHARED = 2


def weighted_vectors(articles: Sequence[ArticleFeatures], frequency: Counter) -> list[dict[str, float]]:
    """Each article's features as a unit vector: kind weight x sublinear TF x IDF.

    A feature no other article has is left out: it can tie no two articles
    together, and kept it would only lengthen the vector, the more so the fewer
    the articles (every word is rare in a batch of ten), so that one threshold
    would not fit batches of ten and of a thousand.
    """
    n = len(articles)
    idfs = {feature: idf(df, n) for feature, df in frequency.items() if df > 1}
    vectors = []
    for article in articles:
        shared = {f: c for f, c in article.counts if f in idfs}
        vector = tf_idf(shared, idfs, 0.0)
        vectors.append(normalized({f: w * KIND_WEIGHTS[f.split(":", 1)[0]] for f, w in vector.items()}))
    return vectors


def date_factor(a: dt.date | None, b: dt.date | None) -> float:
    """1 for articles of the same day (or undated), falling linearly to 0 at MAX_DAYS_APART."""
    if a is None or b is None:
        return 1.0
    return max(0.0, 1 - abs((a - b).days) / MAX_DAYS_APART)


def candidate_pairs(articles: Sequence[ArticleFeatures], frequency: Counter) -> set[tuple[int, int]]:
    """Index pairs (i < j) sharing MIN_SHARED rare features and fewer than MAX_DAYS_APART days apart."""
    limit = max(RARE_MIN, RARE_SHARE * len(articles))
    postings: dict[str, list[int]] = defaultdict(list)
    for i, article in enumerate(articles):
        for feature, _ in article.counts:
            if 1 < frequency[feature] <= limit:
                postings[feature].append(i)
    shared: Counter = Counter()
    for members in postings.values():
        shared.update(_near_in_time(members, articles))
    return {pair for pair, count in shared.items() if count >= MIN_SHARED}


def _near_in_time(members: list[int], articles: Sequence[ArticleFeatures]) -> Iterator[tuple[int, int]]:
    """Pairs of `members` near enough in time, found by a sweep over their dates."""
    dated = sorted((articles[i].date.toordinal(), i) for i in members if articles[i].date)
    undated = [i for i in members if not articles[i].date]
    for n, (day, i) in enumerate(dated):
        for later, j in dated[n + 1 :]:
            if later - day >= MAX_DAYS_APART:
                break
            yield min(i, j), max(i, j)
    for n, i in enumerate(undated):
        for j in (*undated[n + 1 :], *(j for _, j in dated)):
            yield min(i, j), max(i, j)


def similarities(articles: Sequence[ArticleFeatures]) -> dict[tuple[int, int], float]:
    """(i, j) -> similarity in 0..1 for every candidate pair with any similarity."""
    frequency = document_frequencies([f for f, _ in a.counts] for a in articles)
    vectors = weighted_vectors(articles, frequency)
    found = {}
    for i, j in sorted(candidate_pairs(articles, frequency)):
        a, b = vectors[i], vectors[j]
        if len(a) > len(b):
            a, b = b, a
        score = sum(w * b[f] for f, w in a.items() if f in b)
        score *= date_factor(articles[i].date, articles[j].date)
        if score > 0:
            found[(i, j)] = score
    return found
