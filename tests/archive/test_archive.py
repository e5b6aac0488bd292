"""The archive as a whole: months, tags, pages of a fixed size, updated dates."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.archive import by_month, by_tag, pages, updated
from generator.model import Briefing, BriefingSource


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
