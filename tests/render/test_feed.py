"""The Atom feed, read back by a real feed parser (feedparser)."""

from __future__ import annotations

import datetime as dt

import feedparser

from generator.model import Briefing, BriefingSource
from generator.render.feed import FEED_SIZE, feed_xml


def briefing(n: int, newer_source: bool = False) -> Briefing:
    date = dt.date(2025, 1, 1) + dt.timedelta(days=n)
    source = BriefingSource("s", "seeds/s.txt", None, None, date + dt.timedelta(days=40 if newer_source else 0),
                            None, False)
    return Briefing(f"b{n}", f"Story {n} & <friends>", date, f"Summary {n}.", None, ("russia",), "published",
                    (source,), (), (), (), ())


def test_feed_is_valid_atom_with_the_newest_briefings():
    parsed = feedparser.parse(feed_xml([briefing(n) for n in range(60)]))
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert len(parsed.entries) == FEED_SIZE
    first = parsed.entries[0]
    assert first.title == "Story 59 & <friends>"
    assert first.link == "briefings/b59.html"
    assert first.updated == "2025-03-01T00:00:00+00:00"
    assert first.summary == "Summary 59."
    assert [t.term for t in first.tags] == ["russia"]
    assert parsed.feed.updated == first.updated
    assert len({e.id for e in parsed.entries}) == FEED_SIZE


def test_an_updated_briefing_moves_up_with_its_content_date():
    parsed = feedparser.parse(feed_xml([briefing(1, newer_source=True), briefing(20)]))
    assert [(e.link, e.updated[:10], e.published[:10]) for e in parsed.entries] == [
        ("briefings/b1.html", "2025-02-11", "2025-01-02"), ("briefings/b20.html", "2025-01-21", "2025-01-21")]


def test_feed_is_the_same_bytes_every_time():
    briefings = [briefing(n) for n in range(5)]
    assert feed_xml(briefings) == feed_xml(list(reversed(briefings)))


def test_empty_archive_gives_a_valid_feed():
    parsed = feedparser.parse(feed_xml([]))
    assert not parsed.bozo and parsed.entries == []
