"""Merging quotes: a quote in pieces keeps a link per piece, and each piece must be printed."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from generator.errors import BriefingError
from generator.merge import merge_briefing, verify_quotes
from generator.model import Annotation, Article, ArticleExtraction, Quote, QuotePiece, SourceEntry

DAY = dt.date(2025, 7, 9)
TEXT = '"It was terrible," Smith said. "Nobody saw it coming."'


def extraction(quotes) -> ArticleExtraction:
    article = Article("a", "seeds/a.txt", TEXT, TEXT, tuple(range(len(TEXT) + 1)), title="A", date=DAY)
    return ArticleExtraction(article, DAY, (), (), tuple(quotes), (), (), (), ())


def in_pieces() -> Quote:
    first, second = QuotePiece("It was terrible,", 1, 17, "s-1"), QuotePiece("Nobody saw it coming.", 32, 53, "s-2")
    return Quote("It was terrible, \u2026 Nobody saw it coming.", 1, 53, "Smith", None, 0.9, "s-1",
                 pieces=(first, second))


def merged(*quotes: Quote):
    return merge_briefing(Annotation("briefings/x.yml", "x", "X", DAY, (SourceEntry("seeds/a.txt"),)),
                          [extraction(quotes)])


def test_a_quote_in_pieces_links_to_each_piece():
    (q,) = merged(in_pieces()).quotes
    assert q.text == "It was terrible, \u2026 Nobody saw it coming."
    assert [(a.source, a.sentence) for a in q.anchors] == [("a", "s-1"), ("a", "s-2")]


def test_pieces_in_one_sentence_link_once():
    pieces = tuple(dataclasses.replace(p, sentence="s-1") for p in in_pieces().pieces)
    (q,) = merged(dataclasses.replace(in_pieces(), pieces=pieces)).quotes
    assert [(a.source, a.sentence) for a in q.anchors] == [("a", "s-1")]


def test_a_partial_quote_keeps_its_sentence():
    partial = Quote("terrible", 5, 13, "Smith", None, 0.9, "s-1", pieces=(QuotePiece("terrible", 5, 13, "s-1"),),
                    context='"It was terrible," Smith said.')
    (q,) = merged(partial).quotes
    assert q.context == '"It was terrible," Smith said.'


@pytest.mark.parametrize(
    "text, printed",
    [
        ("It was terrible, \u2026 Nobody saw it coming.", True),  # each piece is printed
        ("It was terrible, Nobody saw it coming.", False),  # the pieces run together are not
        ("It was terrible, \u2026 Everybody saw it coming.", False),  # one piece is not printed
    ],
)
def test_each_piece_of_a_quote_must_be_printed_in_its_source(text, printed):
    briefing = merged(in_pieces())
    shown = dataclasses.replace(briefing, quotes=(dataclasses.replace(briefing.quotes[0], text=text),))
    if printed:
        verify_quotes(shown, [extraction([in_pieces()])])
    else:
        with pytest.raises(BriefingError):
            verify_quotes(shown, [extraction([in_pieces()])])
