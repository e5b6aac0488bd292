"""Word families: the one form under which outlets' different words for one thing compare equal.

Two kinds of family: the same word in another part of speech or derivation
("prohibit", "prohibition"; "dismiss", "dismissal"; "landing", "land"), by its
Snowball (Porter 2) stem; and other words with the same meaning in news
("barred", "prohibits"), by the groups of `fact_words.SAME_MEANING`, each
standing for its group's first word.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import snowballstemmer

if TYPE_CHECKING:  # merge compares families too, and must not load spaCy to do it
    from spacy.tokens import Token

from generator.extract.fact_words import CANONICAL


@functools.lru_cache(maxsize=1)
def _stemmer():
    return snowballstemmer.stemmer("english")


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Porter 2 stem of a lower-case word: 'prohibition' -> 'prohibit'."""
    return _stemmer().stemWord(word)


def family(token: Token) -> str:
    """The token's family: its meaning group's word if it has one, else its stem."""
    noun = token.pos_ in ("NOUN", "PROPN")
    return word_family(token.lower_ if token.pos_ == "PROPN" else token.lemma_.lower(),
                       token.lower_ if noun else "")


@functools.lru_cache(maxsize=65536)
def word_family(lemma: str, noun: str = "") -> str:
    """The family of a lemma; `noun` is the word as written when it is a noun, for the
    lemmatizer's misses on plurals ('doses' -> 'dos')."""
    for word in (lemma, noun, stem(lemma), stem(noun) if noun else ""):
        if word in CANONICAL:
            return CANONICAL[word]
    return stem(lemma)
