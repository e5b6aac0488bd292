"""The archive as a whole: months, tags, pages of a fixed size, updated dates."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.archive import build_archive, by_month, by_tag, index_entry, pages, updated
from generator.builder import generate
from generator.model import Briefing, BriefingSource
from generator.paths import Project
from generator.render.api import index_json
from generator.render.archive import archive_files
from generator.render.feed import feed_xml
from generator.render.people_pages import people_files
from tests.conftest import copy_project


def briefing(slug: str, date: str, tags: tuple[str, ...] = (), sources: tuple[str | None, ...] = ()) -> Briefing:
    cited = tuple(BriefingSource(f"s{n}", f"seeds/s{n}.txt", None, None,
                                 dt.date.fromisoformat(d) if d else None, None, False)
                  for n, d in enumerate(sources))
    return Briefing(slug, slug, dt.date.fromisoformat(date), "", None, tags, "published", cited, (), (), (), ())


def test_months_newest_first_with_their_briefings_newest_first():
    months = by_month([briefing("a", "2025-06-30"), briefing("b", "2025-07-02"), briefing("c", "2025-07-09")])
    assert [(m.name, m.title, [b.slug for b in m.briefings]) for m in months] == [
        ("2025-07", "July 2025", ["c", "b"]), ("2025-06", "June 2025", ["a"])]


def test_a_tag_named_index_does_not_take_the_tags_index():
    assert [t.name for t in by_tag([briefing("a", "2025-07-01", ("Index",))])] == ["index-tag"]


def test_tags_by_page_name_one_shelf_for_two_spellings():
    tags = by_tag([briefing("a", "2025-07-01", ("North Korea", "russia")), briefing("b", "2025-07-02", ("north-korea",))])
    assert [(t.name, [b.slug for b in t.briefings]) for t in tags] == [("north-korea", ["b", "a"]), ("russia", ["a"])]


@pytest.mark.parametrize("count, size, expected", [
    (0, 20, [0]), (1, 20, [1]), (20, 20, [20]), (21, 20, [20, 1]), (45, 20, [20, 20, 5])])
def test_pages_have_a_fixed_size(count, size, expected):
    assert [len(p) for p in pages(list(range(count)), size)] == expected


@pytest.mark.parametrize("date, sources, expected", [
    ("2025-07-09", (), "2025-07-09"),
    ("2025-07-09", ("2025-07-01", None), "2025-07-09"),  # older sources: the briefing's date
    ("2025-07-09", ("2025-07-01", "2025-07-12"), "2025-07-12"),  # a newer source updates it
])
def test_updated_comes_from_the_content(date, sources, expected):
    assert updated(briefing("a", date, sources=sources)) == dt.date.fromisoformat(expected)


def listings(briefings: list[Briefing]) -> dict[str, str]:
    """Every page that lists briefings: archive, tags, people, the feed and the API's index."""
    archive = build_archive(briefings)
    return {**archive_files(archive), **people_files(archive.people), "feed.xml": feed_xml(briefings),
            "api/index.json": index_json(briefings)}


def test_what_the_archive_keeps_of_a_briefing_lists_it_as_the_whole_briefing_does(tmp_path):
    wholes, _ = generate(Project(copy_project(tmp_path)))
    kept = [index_entry(b) for b in wholes]
    assert listings(kept) == listings(list(wholes))
    # What only the briefing's own pages show is not kept (the sample briefing has facts and a timeline).
    assert all(b.facts and b.timeline for b in wholes)
    assert [(k.facts, k.more_facts, k.timeline, k.discrepancies, k.summary_sentences) for k in kept] == [
        ((), (), (), (), ())] * len(wholes)
