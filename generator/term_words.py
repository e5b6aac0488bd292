"""Word lists for `generator.terms`: words that say nothing about what a text is about."""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

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
