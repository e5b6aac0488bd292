"""Properties that hold for any text at all (hypothesis): the reader and the
extractors never fail on it, and every span they give lies inside the file."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.errors import BriefingError
from generator.extract import extract_article
from generator.read.articles import decode_article, parse_article

# Text that looks like news: words, names, numbers, dates, quotes, headers, breaks.
PIECES = st.sampled_from([
    "Lavrov", "said", "will visit", "on July 11-13", "Friday", "last year", "2025", "$150 billion",
    "600", "killed", "“", "”", '"', "'", "—", "-", ".", ",", ":", "\n", "\n\n", " ", "  ", "\t",
    "date 2025-07-09 ", "---\n", "title: x\n", "# ", "MOSCOW —", "Photo: AP", "Related article:",
    "<script>alert(1)</script>", "&amp;", "*", "_", "[1]", "(AP)", "Mr.", "Ms. Maria Zakharova",
    "\u00a0", "\u200b", "é", "ß", "中文", "🙂", "\r\n", "\r",
])
NEWSLIKE = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=60).map("".join)
RELAXED = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@RELAXED
@given(st.binary(max_size=400))
def test_any_bytes_are_text_or_a_sentence_naming_the_file(data: bytes) -> None:
    try:
        text = decode_article(data, "seeds/x.txt")
    except BriefingError as error:
        assert str(error).startswith("seeds/x.txt: ")
    else:
        assert isinstance(text, str) and text.strip()


@RELAXED
@given(st.one_of(NEWSLIKE, st.text(max_size=300)))
def test_the_reader_maps_every_cleaned_character_into_the_file(raw: str) -> None:
    try:
        article = parse_article(raw, "x", "seeds/x.txt")
    except BriefingError:
        return
    assert len(article.offsets) == len(article.text) + 1
    assert all(0 <= at <= len(raw) for at in article.offsets)
    assert list(article.offsets) == sorted(article.offsets)
    for i, char in enumerate(article.text):
        if not char.isspace():  # spacing is normalised; every other character is the file's
            assert raw[article.offsets[i]] == char


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NEWSLIKE, st.sampled_from([None, dt.date(2025, 7, 9), dt.date(1, 1, 1), dt.date(9999, 12, 31)]))
def test_extraction_never_fails_and_every_span_is_inside_the_file(raw: str, date) -> None:
    try:
        article = parse_article(raw, "x", "seeds/x.txt")
    except BriefingError:
        return
    extraction = extract_article(article, date)
    sentences = {s.id for s in extraction.sentences}
    for field in ("sentences", "entities", "quotes", "timexes", "facts", "events", "people"):
        for item in getattr(extraction, field):
            assert 0 <= item.start <= item.end <= len(raw), (field, item)
            values = dataclasses.asdict(item)
            if values.get("sentence"):
                assert values["sentence"] in sentences, (field, item)
