"""The temporal tagger: TIMEX3 expressions (type, value, mod) of a spaCy parse.

    words.py     the language data: names, numbers, units, and the words of tense
    patterns.py  the regular expressions that find candidates, built from words.py
    values.py    calendar arithmetic and TIMEX3 value strings
    reading.py   what dates.py and periods.py share: Context, Normalised, readers
    dates.py     readings of calendar dates ("Sept. 30", "Friday evening")
    periods.py   readings of periods, durations, references and sets
    tagger.py    the entry point: candidates vetted by the parse, tense, anchoring
"""

from generator.extract.time.tagger import extract_timexes

__all__ = ["extract_timexes"]
