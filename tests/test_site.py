"""The built site: pages, search index, JSON, offline, deterministic, safe."""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import ARCHIVE_SIZE, SAMPLE_SLUG, copy_project, mkdocs_build

pytestmark = pytest.mark.slow  # every test here builds a whole site
SOURCES = ["000_8d85a5ff8b3d3014", "004_24a459861bad1e6c"]
GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def test_site_has_home_briefing_sources_search_and_api(built_site):
    site = built_site / "site"
    for page in ["index.html", f"briefings/{SAMPLE_SLUG}.html", "briefings/index.html",
                 *(f"sources/{s}.html" for s in SOURCES), "search/search_index.json", "api/index.json",
                 f"api/briefings/{SAMPLE_SLUG}.json", "archive/2025-07.html", "tags/index.html",
                 "tags/north-korea.html", "people/index.html", "people/sergei-lavrov.html", "feed.xml"]:
        assert (site / page).is_file(), page


def test_home_page_lists_the_briefing(built_site):
    home = (built_site / "site" / "index.html").read_text()
    assert f'href="briefings/{SAMPLE_SLUG}.html"' in home


def test_api_index_lists_every_briefing(built_site):
    index = json.loads((built_site / "site" / "api" / "index.json").read_text())
    assert index["briefings"][0]["slug"] == SAMPLE_SLUG
    assert set(index["briefings"][0]) >= {"slug", "title", "date", "url"}
    assert (built_site / "site" / index["briefings"][0]["url"]).is_file()


def test_briefing_json_has_the_documented_fields(built_site):
    b = json.loads((built_site / "site" / "api" / "briefings" / f"{SAMPLE_SLUG}.json").read_text())
    assert set(b) >= {"slug", "title", "date", "summary", "tags", "sources", "facts", "quotes", "timeline", "people"}
    assert set(b["sources"][0]) >= {"id", "path", "outlet", "title", "date"}
    assert set(b["facts"][0]) >= {"id", "text", "sources"}
    assert set(b["quotes"][0]) >= {"id", "text", "speaker", "speaker_role", "sources"}
    assert set(b["timeline"][0]) >= {"id", "start", "end", "text", "sources"}
    assert set(b["people"][0]) >= {"name", "role", "sources"}


def test_every_item_links_to_an_existing_sentence_anchor(built_site):
    site = built_site / "site"
    page = (site / "briefings" / f"{SAMPLE_SLUG}.html").read_text()
    links = re.findall(r'href="\.\./sources/([\w-]+)\.html#(s-[0-9a-f-]+)"', page)
    assert len(links) >= 10
    for source, anchor in links:
        assert f'id="{anchor}"' in (site / "sources" / f"{source}.html").read_text()


def test_search_index_covers_briefing_and_sources(built_site):
    index = json.loads((built_site / "site" / "search" / "search_index.json").read_text())
    locations = {d["location"].split("#")[0] for d in index["docs"]}
    assert f"briefings/{SAMPLE_SLUG}.html" in locations
    assert f"sources/{SOURCES[0]}.html" in locations
    assert any("Zakharova" in d["text"] for d in index["docs"])


def test_no_request_leaves_the_page(built_site):
    for html in (built_site / "site").rglob("*.html"):
        text = html.read_text()
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text, html
        external = re.findall(r'(?:src|href)="(https?://[^"]+)"', text)
        # Only the outlets' own article links (rel=nofollow) may point outside.
        assert not [u for u in external if "<link" in text.split(u)[0][-200:]], html
        assert not re.findall(r'<script[^>]+src="https?://', text), html


def test_briefings_are_not_in_the_sidebar(built_site):
    home = (built_site / "site" / "index.html").read_text()
    nav = home.split('class="md-nav md-nav--primary"')[1].split("</nav>")[0]
    assert SAMPLE_SLUG not in nav


def test_builds_are_byte_identical(built_site, tmp_path):
    again = copy_project(tmp_path / "again")
    assert mkdocs_build(again).returncode == 0
    first = sorted(p.relative_to(built_site / "site") for p in (built_site / "site").rglob("*")
                   if p.suffix in (".html", ".xml", ".json"))
    for relative in first:
        assert (built_site / "site" / relative).read_bytes() == (again / "site" / relative).read_bytes(), relative


@pytest.mark.slow
def test_properdocs_builds_the_same_site_as_mkdocs(built_site, tmp_path):
    """ProperDocs, the maintained continuation of MkDocs 1.x, builds the same mkdocs.yml
    (theme, plugins and our hook unchanged) into the same files, byte for byte but for
    the builder's name in <meta name="generator">."""
    project = copy_project(tmp_path / "properdocs")
    result = mkdocs_build(project, "properdocs")
    assert result.returncode == 0, result.stderr
    mkdocs_site, properdocs_site = built_site / "site", project / "site"
    assert b'content="mkdocs-ProperDocs ' in (properdocs_site / "index.html").read_bytes()
    files = sorted(p.relative_to(mkdocs_site) for p in mkdocs_site.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(properdocs_site) for p in properdocs_site.rglob("*") if p.is_file())
    for relative in files:
        ours, theirs = ((site / relative).read_bytes() for site in (mkdocs_site, properdocs_site))
        assert GENERATOR.sub(b"", ours) == GENERATOR.sub(b"", theirs), relative


def test_script_in_an_article_renders_as_text(tmp_path):
    project = copy_project(tmp_path / "p", with_briefings=False)
    (project / "seeds" / "evil.txt").write_text(
        "date 2025-07-09 <script>alert('title')</script> Headline\n\n"
        'The minister said "<script>alert(1)</script> is <b>bold</b>" on Wednesday, and 600 people '
        "were killed, <img src=x onerror=alert(2)> officials said.\n",
        encoding="utf-8",
    )
    (project / "briefings" / "evil.yml").write_text(
        "title: Evil <i>input</i>\ndate: 2025-07-09\nsources:\n  - path: seeds/evil.txt\n"
    )
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    for html in [project / "site/briefings/evil.html", project / "site/sources/evil.html"]:
        text = html.read_text()
        assert "<script>alert" not in text and "<img src=x" not in text and "<b>bold" not in text
        assert "<i>input" not in text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text or "&#60;script&#62;" in text


@pytest.mark.parametrize("builder", ["mkdocs", pytest.param("properdocs", marks=pytest.mark.slow)])
def test_plain_mkdocs_build_stops_on_a_bad_annotation(tmp_path, builder):
    project = copy_project(tmp_path / "p")
    (project / "briefings" / "broken.yml").write_text("title: Broken\ndate: 2025-13-40\nsources: []\n")
    result = mkdocs_build(project, builder)
    assert result.returncode != 0
    assert "the briefings could not be generated" in result.stderr
    assert "briefings/broken.yml:2:1: date: '2025-13-40' is not a date; write it as YYYY-MM-DD" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (project / "site").exists()


def test_every_page_links_the_feed_in_its_head(built_site):
    # 404.html is served at any depth: MkDocs gives it addresses from the site's root.
    for html in (built_site / "site").rglob("*.html"):
        head = html.read_text().split("</head>")[0]
        assert re.search(r'<link rel="alternate" type="application/atom\+xml" [^>]*href="(/|(\.\./)*)feed\.xml"', head), html


def test_feed_is_valid_atom_linking_the_briefing(built_site):
    import feedparser

    parsed = feedparser.parse((built_site / "site" / "feed.xml").read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert [(e.title, e.link, e.updated) for e in parsed.entries] == [
        ("Lavrov to visit North Korea as Moscow and Pyongyang deepen ties",
         f"briefings/{SAMPLE_SLUG}.html", "2025-07-09T00:00:00+00:00")]
    assert (built_site / "site" / parsed.entries[0].link).is_file()


def test_names_on_the_briefing_link_to_person_pages_that_link_back(built_site):
    site = built_site / "site"
    page = (site / "briefings" / f"{SAMPLE_SLUG}.html").read_text()
    people = set(re.findall(r'href="\.\./people/([\w-]+)\.html"', page)) - {"index"}
    assert {"sergei-lavrov", "maria-zakharova", "dmitry-peskov"} <= people
    for person in people:
        assert f'href="../briefings/{SAMPLE_SLUG}.html"' in (site / "people" / f"{person}.html").read_text()
    zakharova = (site / "people" / "maria-zakharova.html").read_text()
    assert "Foreign Ministry spokeswoman" in zakharova
    assert re.search(r'href="\.\./sources/[\w-]+\.html#s-[0-9a-f-]+"', zakharova)  # her quotes, linked


@pytest.mark.slow
def test_archive_pages_stay_small_as_the_archive_grows(archive_site):
    site = archive_site / "site"
    assert len(list((site / "briefings").glob("story-*.html"))) == ARCHIVE_SIZE
    for html in site.rglob("*.html"):
        if "assets" not in html.parts:
            assert html.stat().st_size < 150_000, html
            assert html.read_text().count('href="../briefings/story-') <= 21, html


@pytest.mark.slow
def test_pagefind_replaces_the_one_big_index(archive_site, tmp_path):
    site = archive_site / "site"
    assert (site / "search.html").is_file() and (site / "pagefind" / "pagefind-ui.js").is_file()
    assert not (site / "search").exists()
    assert "md-search" not in (site / "index.html").read_text()
    assert 'href="search.html"' in (site / "index.html").read_text()
    biggest = max(f.stat().st_size for f in (site / "pagefind").rglob("*.pf_*"))
    assert biggest < 150_000


def test_an_unknown_search_engine_is_named(tmp_path):
    project = copy_project(tmp_path / "p")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("\n  search: material\n", "\n  search: lunr\n"))
    result = mkdocs_build(project)
    assert result.returncode != 0
    assert "mkdocs.yml: extra.search is 'lunr'; write material or pagefind" in result.stderr


@pytest.mark.slow
def test_pagefind_index_is_the_same_bytes_from_mkdocs_and_properdocs(tmp_path):
    from tests.conftest import use_search

    indexes = []
    for builder in ("mkdocs", "properdocs"):
        project = copy_project(tmp_path / builder)
        use_search(project, "pagefind")
        result = mkdocs_build(project, builder)
        assert result.returncode == 0, result.stderr
        bundle = project / "site" / "pagefind"
        indexes.append({p.relative_to(bundle): p.read_bytes() for p in bundle.rglob("*") if p.is_file()})
    assert indexes[0] and indexes[0] == indexes[1]
