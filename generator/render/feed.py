"""The Atom feed (`feed.xml` at the site's root): the newest briefings, new or updated.

Written with feedgen. Every date comes from the briefings themselves (a
briefing's `updated` is its own date or its newest source's, see
`generator.archive.updated`), never from the clock or from git, so an
unchanged archive gives a byte-identical feed. Links are relative to the feed's
own address, as RFC 4287 allows: the site works wherever it is put. Ids are
URNs made from the slug, so a briefing keeps its id wherever the site lives.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Sequence

from feedgen.feed import FeedGenerator

from generator import paths
from generator.archive import updated
from generator.model import Briefing

FEED_SIZE = 50
TITLE = "Briefings"
SUBTITLE = "News stories told from several sources, every item linked to the sentence it came from."


def feed_xml(briefings: Sequence[Briefing]) -> str:
    newest = sorted(briefings, key=lambda b: (updated(b), b.date, b.slug), reverse=True)[:FEED_SIZE]
    feed = FeedGenerator()
    feed.id(_urn("feed"))
    feed.title(TITLE)
    feed.subtitle(SUBTITLE)
    feed.author({"name": "The editors"})
    feed.link(href=paths.FEED, rel="self", type="application/atom+xml")
    feed.link(href="index.html", rel="alternate", type="text/html")
    feed.language("en")
    feed.updated(_moment(updated(newest[0]) if newest else dt.date(1970, 1, 1)))
    # The generator element would name feedgen's version: a dependency bump alone must not change the feed.
    feed.generator("briefing-site-generator")
    for b in newest:
        entry = feed.add_entry(order="append")
        entry.id(_urn(f"briefing:{b.slug}"))
        entry.title(b.title)
        entry.link(href=paths.briefing_html(b.slug), rel="alternate", type="text/html")
        entry.published(_moment(b.date))
        entry.updated(_moment(updated(b)))
        entry.summary(b.summary)
        for tag in b.tags:
            entry.category(term=tag)
    return feed.atom_str(pretty=True).decode("utf-8")


def _urn(name: str) -> str:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"briefing-site-generator:{name}").urn


def _moment(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)
