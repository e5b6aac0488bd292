"""Word families: outlets' different words for one thing compare equal, other words do not."""

from __future__ import annotations

import pytest

from generator.extract.families import family
from generator.extract.nlp import parse


def families(text: str) -> dict[str, str]:
    return {t.text: family(t) for t in parse(text) if t.is_alpha}


@pytest.mark.parametrize(
    "a, word_a, b, word_b, same",
    [
        # Derivation: the same word as noun and verb.
        ("The judge ordered the dismissal of the case.", "dismissal", "The judge dismissed the case.", "dismissed", True),
        ("The prohibition starts today.", "prohibition", "The order prohibits masks.", "prohibits", True),
        ("The plane made an emergency landing.", "landing", "The plane had to land.", "land", True),
        # Other words for the same thing in the news.
        ("DeSantis barred mask mandates.", "barred", "The order prohibits mask mandates.", "prohibits", True),
        ("Three people died in the fire.", "died", "The fire killed three people.", "killed", True),
        ("The US condemned Belarus.", "condemned", "The condemnation was swift.", "condemnation", True),
        ("A plane was diverted.", "plane", "An airplane was diverted.", "airplane", True),
        ("Millions skipped the second dose.", "skipped", "Millions missed the second dose.", "missed", True),
        # Plurals, whatever the lemmatizer makes of them.
        ("They got their second doses.", "doses", "They got a second dose.", "dose", True),
        # Words that only look alike, or are only related, stay apart.
        ("The police arrived.", "police", "The policy changed.", "policy", False),
        ("Prices rose.", "rose", "Prices fell.", "fell", False),
        ("The court ruled on Monday.", "ruled", "The court heard the case on Monday.", "heard", False),
    ],
)
def test_words_of_one_family(a, word_a, b, word_b, same):
    assert (families(a)[word_a] == families(b)[word_b]) is same
