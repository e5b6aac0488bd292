"""Word lists for `generator.terms`: words that say nothing about what a text is about."""

from __future__ import annotations

import importlib.util


def _spacy_stop_words() -> set[str]:
    """spaCy's English stop words, loaded from its own module file: importing
    spaCy takes seconds, and a rebuild with nothing to parse must not pay them."""
    spacy = importlib.util.find_spec("spacy")  # finds the package without importing it
    assert spacy is not None and spacy.submodule_search_locations, "spaCy is not installed"
    path = f"{spacy.submodule_search_locations[0]}/lang/en/stop_words.py"
    spec = importlib.util.spec_from_file_location("_spacy_en_stop_words", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.STOP_WORDS


STOP_WORDS = _spacy_stop_words()

# Words every news story uses, whatever it is about: reporting verbs and the
# vocabulary of reporting itself. They tie any two articles together.
NEWS_WORDS = frozenset(
    {
        "said", "say", "says", "saying", "told", "tell", "tells", "according", "added", "asked",
        "report", "reported", "reports", "reporting", "reporter", "reporters", "news", "statement",
        "announced", "announce", "announces", "mr", "mrs", "ms", "dr", "like", "just", "new",
        "year", "years", "day", "days", "week", "weeks", "month", "months", "time", "times",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "today", "yesterday", "tomorrow", "percent", "people", "way", "thing", "things", "going",
    }
)

STOP = frozenset(w.lower() for w in STOP_WORDS) | NEWS_WORDS

# Endings the S-stemmer must leave alone: words that end in -s but are not plurals.
NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ous", "ics")
