"""The archive's pages: a month and a tag page by page, the archive index, person pages."""

from __future__ import annotations

import datetime as dt
import re

from generator.archive import build_archive
from generator.model import Anchor, Briefing, BriefingQuote, Person
from generator.render.archive import archive_files, pager
from generator.render.people_pages import QUOTES_SHOWN, people_files
from generator import paths


def briefing(n: int, month: int = 7, tags: tuple[str, ...] = ("russia",), quotes: int = 1) -> Briefing:
    said = tuple(BriefingQuote(id=f"q-{n}-{k}", text=f"Words {n}.{k}", speaker="Sergei Lavrov", speaker_role=None,
                               anchors=(Anchor("src", f"s-{k}"),)) for k in range(quotes))
    lavrov = Person(id="p-sergei-lavrov", name="Sergei Lavrov", role="Foreign Minister")
    return Briefing(f"b{n:03d}", f"Story {n}", dt.date(2025, month, 1 + n % 28), f"Summary {n}.", None, tags,
                    "published", (), (), said, (), (lavrov,))


def links(markdown: str) -> list[str]:
    return re.findall(r"\]\(([^)\s]+)", markdown)


def test_a_month_of_45_briefings_is_three_pages_linked_in_order():
    files = archive_files(build_archive([briefing(n) for n in range(45)]))
    assert [name for name in files if name.startswith("archive/")] == [
        "archive/2025-07.md", "archive/2025-07.2.md", "archive/2025-07.3.md"]
    first, last = files["archive/2025-07.md"], files["archive/2025-07.3.md"]
    assert first.count("\n- **[") == 20 and last.count("\n- **[") == 5
    assert "Page 1 of 3" in first and "[Older ›](2025-07.2.md)" in first and "[Oldest »](2025-07.3.md)" in first
    assert "[‹ Newer](2025-07.2.md)" in last and "Older" not in last
    assert "../briefings/b044.md" in links(first)  # newest first


def test_no_listing_page_lists_every_briefing():
    files = archive_files(build_archive([briefing(n, month=1 + n % 12) for n in range(300)]))
    for name, text in files.items():
        assert text.count("\n- **[") <= 20, name


def test_archive_index_links_every_month_and_no_briefing():
    index = archive_files(build_archive([briefing(1, 6), briefing(2, 7)]))[paths.BRIEFINGS_INDEX]
    assert "[July 2025](../archive/2025-07.md) · 1 briefing" in index
    assert "[June 2025](../archive/2025-06.md)" in index
    assert not [link for link in links(index) if "briefings/" in link]


def test_tag_pages_and_tags_index():
    files = archive_files(build_archive([briefing(1, tags=("russia", "North Korea")), briefing(2, tags=("russia",))]))
    assert "- [North Korea](north-korea.md) · 1 briefing" in files[paths.TAGS_INDEX]
    assert "- [russia](russia.md) · 2 briefings" in files[paths.TAGS_INDEX]
    assert links(files["tags/north-korea.md"]) == ["../briefings/b001.md"]


def test_listings_are_kept_out_of_the_search_index():
    files = archive_files(build_archive([briefing(1)]))
    assert '<div class="listing" data-pagefind-ignore="all" markdown>' in files["tags/russia.md"]


def test_person_page_has_roles_briefings_and_quotes_linked_to_their_sentence():
    files = people_files(build_archive([briefing(1), briefing(2, quotes=QUOTES_SHOWN + 2)]).people)
    page = files["people/sergei-lavrov.md"]
    assert page.startswith('---\ntitle: "Sergei Lavrov"\n')
    assert "- Foreign Minister — 2 Jul 2025 to 3 Jul 2025 (2 briefings)" in page
    assert links(page)[:2] == ["../briefings/b002.md", "../sources/src.md#s-0"]
    assert "“Words 1.0”" in page
    assert "*2 more quotes in the briefing*" in page
    assert "- [Sergei Lavrov](sergei-lavrov.md) · 2 briefings" in files[paths.PEOPLE_INDEX]


def test_person_in_many_briefings_gets_pages():
    files = people_files(build_archive([briefing(n) for n in range(41)]).people)
    assert sorted(n for n in files if n.startswith("people/sergei")) == [
        "people/sergei-lavrov.2.md", "people/sergei-lavrov.3.md", "people/sergei-lavrov.md"]
    assert "## Roles" in files["people/sergei-lavrov.md"]
    assert "## Roles" not in files["people/sergei-lavrov.2.md"]


def test_pager_of_one_page_is_nothing():
    assert pager("x", paths.tag_md, 1, 1) == ""
