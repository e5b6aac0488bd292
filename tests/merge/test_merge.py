"""Merging one briefing from several articles' extractions."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from generator.errors import BriefingError
from generator.merge import merge_briefing, verify_quotes
from generator.model import (
    Annotation, Article, ArticleExtraction, Event, Fact, PersonMention, Quote, SourceEntry,
)
from generator.extract.facts import describe
from generator.extract.nlp import parse
from generator.extract.time import extract_timexes

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


def fact(text: str, sentence: str):
    """A fact as the extractor describes it, from the sentence alone."""
    doc = parse(text)
    return dataclasses.replace(describe(doc[:], extract_timexes(doc, DAY)), sentence=sentence)


A_TEXT = 'Zakharova said Lavrov "will visit the DPRK on July 11-13" for "talks," she said.'
B_TEXT = 'Lavrov "will visit the DPRK on July 11-13," Zakharova said of the "talks".'


def sample(order=("a", "b")):
    found = {
        "a": extraction("a", A_TEXT, DAY, quotes=[quote("will visit the DPRK on July 11-13")],
                        facts=[fact("Around 600 soldiers were killed, Seoul said.", "s-a")],
                        events=[Event("Lavrov will visit", 0, 5, "2025-07-11", "2025-07-13", True, "July 11-13", "s-a"),
                                Event("the 2022 invasion", 0, 5, "2022", None, False, "2022", "s-a2")],
                        people=[PersonMention("Maria Zakharova", "Foreign Ministry spokeswoman", 0, 5, "s-a")]),
        "b": extraction("b", B_TEXT, None, quotes=[quote("will visit the DPRK on July 11-13,", speaker="Zakharova")],
                        facts=[fact("Around 600 soldiers have been killed, according to Seoul.", "s-b"),
                               fact("Around 700 soldiers were killed, Seoul said.", "s-b2")],
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
    assert [(f.sources, f.corroboration) for f in facts] == [(("a", "b"), 2), (("b",), 1)]


def test_the_figures_two_sources_disagree_on_are_a_discrepancy():
    (discrepancy,) = sample().discrepancies
    assert discrepancy.kind == "figure"
    assert [(v.value, v.sources) for v in discrepancy.versions] == [("600", ("a", "b")), ("700", ("b",))]


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


# --------------------------------------------------------------------------
# more of what a reader sees after merging
# --------------------------------------------------------------------------


def test_a_fact_printed_twice_in_one_article_gets_numbered_ids():
    fact = Fact("Around 600 soldiers were killed.", 0, 10, "s-a")
    merged = merge_briefing(annotation("seeds/a.txt"), [extraction("a", A_TEXT, facts=[fact, fact])])
    first, second = (f.id for f in merged.facts)
    assert second == f"{first}-2"


def test_one_article_saying_a_thing_twice_in_other_words_said_it_twice():
    facts = [Fact("Around 600 soldiers were killed, Seoul said.", 0, 10, "s-a"),
             Fact("Around 600 soldiers have been killed, according to Seoul.", 0, 10, "s-a2")]
    merged = merge_briefing(annotation("seeds/a.txt"), [extraction("a", A_TEXT, facts=facts)])
    assert len(merged.facts) == 2


def test_the_same_words_of_the_same_speaker_twice_in_one_article_are_one_quote():
    quotes = [quote("bullshit", speaker="Trump"), quote("bullshit", speaker="Trump")]
    merged = merge_briefing(annotation("seeds/a.txt"), [extraction("a", A_TEXT, quotes=quotes)])
    assert [q.text for q in merged.quotes] == ["bullshit"]


def test_the_outlet_that_names_the_speaker_gives_the_attribution():
    unnamed = quote("will visit the DPRK on July 11-13", speaker=None, confidence=0.0)
    named = quote("will visit the DPRK on July 11-13", speaker="Zakharova", confidence=0.8)
    merged = merge_briefing(annotation("seeds/a.txt", "seeds/b.txt"),
                            [extraction("a", A_TEXT, quotes=[unnamed]), extraction("b", B_TEXT, quotes=[named])])
    (q,) = merged.quotes
    assert (q.speaker, q.low_confidence, q.confidence) == ("Zakharova", False, 0.8)


@pytest.mark.parametrize("speaker, confidence, low", [
    ("Zakharova", 0.9, False),
    ("Zakharova", 0.4, True),  # an uncertain attribution is flagged for an editor
    (None, 0.0, True),  # no speaker at all
])
def test_low_confidence_flag(speaker, confidence, low):
    merged = merge_briefing(annotation("seeds/a.txt"),
                            [extraction("a", A_TEXT, quotes=[quote("talks", speaker=speaker, confidence=confidence)])])
    assert merged.quotes[0].low_confidence is low


def test_the_editors_summary_wins_else_the_first_sentence_of_the_first_source():
    from generator.model import Sentence

    found = dataclasses.replace(extraction("a", A_TEXT), sentences=(Sentence("s-1", 0, 10, "Lavrov goes.", 0),))
    assert merge_briefing(annotation("seeds/a.txt"), [found]).summary == "Lavrov goes."
    edited = dataclasses.replace(annotation("seeds/a.txt"), summary="The editors' words.")
    assert merge_briefing(edited, [found]).summary == "The editors' words."


def test_what_the_annotation_says_of_a_source_wins_over_the_article():
    entry = SourceEntry("seeds/a.txt", outlet="Yonhap", title="Lavrov's trip", url="https://example.org/a")
    briefing = merge_briefing(dataclasses.replace(annotation(), sources=(entry,)), [extraction("a", A_TEXT, DAY)])
    (source,) = briefing.sources
    assert (source.outlet, source.title, source.url) == ("Yonhap", "Lavrov's trip", "https://example.org/a")


def test_different_dates_are_different_entries_and_after_comes_last_that_day():
    events = [Event("Builders will be sent", 0, 5, "2025-07-09", None, True, "in the coming weeks", "s-1", "AFTER"),
              Event("Lavrov spoke", 0, 5, "2025-07-09", None, False, "Wednesday", "s-2"),
              Event("Lavrov spoke", 0, 5, "2025-07-08", None, False, "Tuesday", "s-3")]
    timeline = merge_briefing(annotation("seeds/a.txt"), [extraction("a", A_TEXT, events=events)]).timeline
    assert [(t.start, t.date_mod) for t in timeline] == [
        ("2025-07-08", None), ("2025-07-09", None), ("2025-07-09", "AFTER")]
