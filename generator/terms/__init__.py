"""Bags of words and how alike two of them are: shared by story grouping and the summary.

A text becomes its content words (lower-case, stop words out, plurals made
singular by Harman's S-stemmer), counted. Weights are TF-IDF with a sublinear
term frequency; similarity is the cosine of two weighted bags. Bags are plain
dicts, so a bag holds only the terms a text has.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Iterable, Mapping

from generator.terms.words import NOT_PLURAL_ENDINGS, STOP

Bag = Mapping[str, float]

_WORD = re.compile(r"[^\W\d_](?:[\w’'-]*\w)?")
# A number standing alone: the 19 of COVID-19 or the 4 of SB4 is part of a name.
_FIGURE = re.compile(r"(?<![^\W_])(?<![^\W\d_]-)(?:\d[\d,.]*\d|\d)(?![\w-]*[^\W\d_])")


def words_of(text: str) -> list[str]:
    """Lower-case words without digits, possessive 's dropped: "Biden's" -> "biden"."""
    found = []
    for word in _WORD.findall(text.lower()):
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        found.append(word.replace("’", "'"))
    return found


def s_stem(word: str) -> str:
    """Harman's S-stemmer (1991): 'policies' -> 'policy', 'masks' -> 'mask', 'vaccines' -> 'vaccine'."""
    if len(word) <= 3 or not word.endswith("s") or word.endswith(NOT_PLURAL_ENDINGS):
        return word
    if word.endswith("ies") and not word.endswith(("eies", "aies")):
        return word[:-3] + "y"
    if word.endswith("es") and not word.endswith(("aes", "ees", "oes")):
        return word[:-1]
    return word[:-1]


def content_terms(text: str) -> list[str]:
    """The text's content words, stemmed, in order (repeats kept)."""
    terms = []
    for word in words_of(text):
        if word in STOP or len(word) < 2:
            continue
        for part in word.split("-") if "-" in word else (word,):
            if part and part not in STOP and len(part) > 1:
                terms.append(s_stem(part))
    return terms


def figures(text: str) -> list[str]:
    """Every figure but small counts and years, as one writes it everywhere: '178,000' -> '178000'."""
    found = []
    for match in _FIGURE.findall(text):
        value = match.replace(",", "").rstrip(".")
        if value.isdigit() and (int(value) < 10 or 1900 <= int(value) <= 2100):
            continue
        found.append(value)
    return found


def idf(document_frequency: int, documents: int) -> float:
    """Inverse document frequency, smoothed so a term in every document still weighs a little."""
    return math.log((documents + 1) / (document_frequency + 0.5))


def document_frequencies(bags: Iterable[Iterable[str]]) -> Counter:
    """In how many bags each term appears."""
    frequency: Counter = Counter()
    for bag in bags:
        frequency.update(set(bag))
    return frequency


def tf_idf(counts: Mapping[str, int], idfs: Mapping[str, float], default_idf: float) -> dict[str, float]:
    """Sublinear TF times IDF: a word said five times is not five times the topic."""
    return {t: (1 + math.log(c)) * idfs.get(t, default_idf) for t, c in counts.items() if c > 0}


def norm(bag: Bag) -> float:
    return math.sqrt(sum(w * w for w in bag.values()))


def normalized(bag: Bag) -> dict[str, float]:
    """The bag scaled to length 1 (an empty bag stays empty)."""
    length = norm(bag)
    return {t: w / length for t, w in bag.items()} if length else {}


def dot(a: Bag, b: Bag) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b[t] for t, w in a.items() if t in b)


def cosine(a: Bag, b: Bag) -> float:
    length = norm(a) * norm(b)
    return dot(a, b) / length if length else 0.0
