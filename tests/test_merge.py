"""Merging one briefing from several articles' extractions."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from generator.errors import BriefingError
from generator.merge import merge_briefing, verify_quotes
from generator.model import (
    Annotation, Article, ArticleExtraction, Event, Fact, PersonMention, Quote, QuotePiece, SourceEntry,
)

DAY = dt.date(2025, 7, 9)


def article(aid: str, text: str, date=None) -> Article:
    return Article(aid, f"seeds/{aid}.txt", text, text, tuple(range(len(text) + 1)), title=aid.upper(), date=date)


def extraction(aid, text, date=None, quotes=(), facts=(), events=(), people=()):
    return ArticleExtraction(article(aid, text, date), date or DAY, (), (), tuple(quotes), (), tuple(facts),
                             tuple(events), tuple(people))


def quote(text, speaker="Maria Zakharova", confidence=0.9):
    return Quote(text, 0, len(text), speaker, "spokeswoman", confidence, "s-1")


def annotation(*paths) -> Annotation:
    return Annotation("briefings/x.yml", "x", "X", DAY, tuple(SourceEntry(p) for p in paths))


A_TEXT = 'Zakharova said Lavrov "will visit the DPRK on July 11-13" for "talks," she said.'
B_TEXT = 'Lavrov "will visit the DPRK on July 11-13," Zakharova said of the "talks".'


def sample(order=("a", "b")):
    found = {
        "a": extraction("a", A_TEXT, DAY, quotes=[quote("will visit the DPRK on July 11-13")],
                        facts=[Fact("Around 600 soldiers were killed, Seoul said.", 0, 10, "s-a")],
                        events=[Event("Lavrov will visit", 0, 5, "2025-07-11", "2025-07-13", True, "July 11-13", "s-a"),
                                Event("the 2022 invasion", 0, 5, "2022", None, False, "2022", "s-a2")],
                        people=[PersonMention("Maria Zakharova", "Foreign Ministry spokeswoman", 0, 5, "s-a")]),
        "b": extraction("b", B_TEXT, None, quotes=[quote("will visit the DPRK on July 11-13,", speaker="Zakharova")],
                        facts=[Fact("Around 600 soldiers have been killed, according to Seoul.", 0, 10, "s-b"),
                               Fact("Around 700 soldiers were killed, Seoul said.", 0, 10, "s-b2")],
                        events=[Event("Lavrov visits", 0, 5, "2025-07-11", "2025-07-13", True, "July 11-13", "s-b")],
                        people=[PersonMention("Zakharova", None, 0, 5, "s-b")]),
    }
    return merge_briefing(annotation(*(f"seeds/{k}.txt" for k in order)), [found[k] for k in order])


def test_the_same_quote_from_two_outlets_is_one_quote_with_both_sources():
    (q,) = sample().quotes
    assert q.sources == ("a", "b")
    assert q.speaker == "Maria Zakharova" and q.speaker_role == "Foreign Ministry spokeswoman"
    assert [a.source for a in q.anchors] == ["a", "b"]


def test_same_fact_merges_but_different_figures_do_not():
    facts = sample().facts
    assert [f.sources for f in facts] == [("a", "b"), ("b",)]


def test_timeline_merges_the_same_happening_and_orders_by_date():
    timeline = sample().timeline
    assert [(t.start, t.end, t.sources) for t in timeline] == [
        ("2022", None, ("a",)), ("2025-07-11", "2025-07-13", ("a", "b"))]
    assert timeline[1].upcoming and timeline[1].timex == "July 11-13"


def test_people_are_one_person_across_sources():
    (person,) = sample().people
    assert (person.name, person.role, person.sources) == ("Maria Zakharova", "Foreign Ministry spokeswoman", ("a", "b"))


def test_an_undated_article_takes_the_briefing_date():
    sources = {s.id: s for s in sample().sources}
    assert sources["a"].date == DAY and not sources["a"].date_from_briefing
    assert sources["b"].date == DAY and sources["b"].date_from_briefing


def test_ids_do_not_depend_on_the_order_of_sources():
    first, second = sample(("a", "b")), sample(("b", "a"))
    for section in ("facts", "quotes", "timeline", "people"):
        assert sorted(i.id for i in getattr(first, section)) == sorted(i.id for i in getattr(second, section))


def test_a_quote_not_printed_in_its_source_fails():
    briefing = sample()
    found = [extraction("a", A_TEXT, DAY), extraction("b", B_TEXT)]
    verify_quotes(briefing, found)  # as extracted: fine
    wrong = dataclasses.replace(briefing.quotes[0], text="will never visit")
    with pytest.raises(BriefingError) as error:
        verify_quotes(dataclasses.replace(briefing, quotes=(wrong,)), found)
    assert "is not printed in its source a, b" in str(error.value)


PIECES_TEXT = '"It was terrible," Smith said. "Nobody saw it coming."'


def pieces_quote(text=PIECES_TEXT) -> Quote:
    first, second = QuotePiece("It was terrible,", 1, 17, "s-1"), QuotePiece("Nobody saw it coming.", 32, 53, "s-2")
    return Quote("It was terrible, \u2026 Nobody saw it coming.", 1, 53, "Smith", None, 0.9, "s-1",
                 pieces=(first, second))


def test_a_quote_in_pieces_links_to_each_piece():
    briefing = merge_briefing(annotation("seeds/a.txt"), [extraction("a", PIECES_TEXT, quotes=[pieces_quote()])])
    (q,) = briefing.quotes
    assert q.text == "It was terrible, \u2026 Nobody saw it coming."
    assert [(a.source, a.sentence) for a in q.anchors] == [("a", "s-1"), ("a", "s-2")]


@pytest.mark.parametrize(
    "text, printed",
    [
        ("It was terrible, \u2026 Nobody saw it coming.", True),  # each piece is printed
        ("It was terrible, Nobody saw it coming.", False),  # the pieces run together are not
        ("It was terrible, \u2026 Everybody saw it coming.", False),  # one piece is not printed
    ],
)
def test_each_piece_of_a_quote_must_be_printed_in_its_source(text, printed):
    found = [extraction("a", PIECES_TEXT, quotes=[pieces_quote()])]
    briefing = merge_briefing(annotation("seeds/a.txt"), found)
    shown = dataclasses.replace(briefing, quotes=(dataclasses.replace(briefing.quotes[0], text=text),))
    if printed:
        verify_quotes(shown, found)
    else:
        with pytest.raises(BriefingError):
            verify_quotes(shown, found)
