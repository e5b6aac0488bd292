"""The site a newsroom would have: the sample story plus the BBC corpus (1,111 briefings),
built with Pagefind and read in Chromium: archive, tag, person and feed pages, search,
phone and desktop widths, no console error anywhere.

It needs the BBC articles in ../shared/data/bbc (not part of the repository) and
takes minutes: it is skipped without them, and is slow.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLE_SLUG, mkdocs_build, use_search
from tests.test_browser import (  # noqa: F401 (browser is a fixture)
    assert_pages_fit_without_errors, browser, pagefind_results, serve, watched_page,
)

sys.path.insert(0, str(ROOT / "eval"))
import site_projects  # noqa: E402

pytestmark = [
    pytest.mark.slow,
    pytest.mark.browser,
    pytest.mark.skipif(not site_projects.BBC.is_dir(), reason="the BBC corpus (../shared/data/bbc) is not here"),
    pytest.mark.skipif(not shutil.which("chromium"), reason="Debian's chromium is not installed"),
]


@pytest.fixture(scope="module")
def bbc_url(tmp_path_factory):
    seeds = site_projects.bbc_seeds(days=730)
    project = site_projects.make_project(tmp_path_factory.mktemp("bbc") / "project", seeds,
                                         site_projects.bbc_plans(seeds), ROOT / ".cache" / "bbc-site-test")
    for path in (ROOT / "seeds").glob("*.txt"):
        shutil.copy(path, project / "seeds" / path.name)
    shutil.copy(ROOT / "briefings" / f"{SAMPLE_SLUG}.yml", project / "briefings")
    use_search(project, "pagefind")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr[-3000:]
    server, url = serve(project / "site")
    yield url, project
    server.shutdown()


def test_archive_month_and_briefing(browser, bbc_url):
    url, _ = bbc_url
    page = watched_page(browser)
    page.goto(url)
    page.click("nav.md-nav--primary >> text=Archive")
    page.wait_for_url("**/briefings/index.html")
    page.locator("a[href^='../archive/20']").first.click()
    page.wait_for_url("**/archive/*.html")
    assert page.locator(".listing li").count() > 0
    page.locator(".listing a").first.click()
    page.wait_for_url("**/briefings/*.html")
    assert page.locator("h1").first.inner_text()
    assert page.errors == []
    page.close()


@pytest.mark.parametrize("section", ["business", "sport", "tech"])
def test_a_tag_leads_to_its_page(browser, bbc_url, section):
    url, project = bbc_url
    first = next(p for p in sorted((project / "briefings").glob("b*.yml")) if f"tags: [{section}]" in p.read_text())
    page = watched_page(browser)
    page.goto(url + f"briefings/{first.stem}.html")
    page.click(f"a.tag >> text={section}")
    page.wait_for_url(f"**/tags/{section}.html")
    assert page.locator(".listing li").count() == 20
    assert "Page 1 of" in page.locator("nav.pager").inner_text()
    assert page.errors == []
    page.close()


def test_a_name_leads_to_the_person_page(browser, bbc_url):
    url, _ = bbc_url
    page = watched_page(browser)
    page.goto(url + f"briefings/{SAMPLE_SLUG}.html")
    page.locator("#people ~ ul a", has_text="Sergei Lavrov").first.click()
    page.wait_for_url("**/people/sergei-lavrov.html")
    assert page.locator("h1").inner_text() == "Sergei Lavrov"
    page.goto(url + "people/index.html")
    page.locator(".listing a").first.click()
    page.wait_for_url("**/people/*.html")
    assert page.locator("h1").inner_text()
    assert page.errors == []
    page.close()


def test_the_feed_is_valid_and_linked_from_every_page(browser, bbc_url):
    import feedparser

    url, _ = bbc_url
    page = watched_page(browser)
    page.goto(url + "tags/index.html")
    href = page.locator('head link[rel="alternate"][type="application/atom+xml"]').get_attribute("href")
    response = page.request.get(url + "tags/" + href)
    feed = feedparser.parse(response.body())
    assert response.ok and not feed.bozo and len(feed.entries) == 50
    page.close()


@pytest.mark.parametrize("query, wanted", [("Zakharova", f"/briefings/{SAMPLE_SLUG}.html"),
                                           ("Lavrov", f"/briefings/{SAMPLE_SLUG}.html")])
def test_search_finds_the_sample_among_the_bbc_briefings(browser, bbc_url, query, wanted):
    url, _ = bbc_url
    page = watched_page(browser)
    page.goto(url + "search.html")
    urls = [found["url"] for found in pagefind_results(page, query)]
    assert wanted in urls, urls[:10]
    assert page.errors == []
    page.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_every_page_kind_fits_without_console_errors(browser, bbc_url, width):
    url, project = bbc_url
    month = sorted((project / "docs" / "archive").glob("20*.md"))[0].stem
    kinds = ["index.html", "briefings/index.html", f"archive/{month}.html", "tags/index.html",
             "tags/politics.html", "people/index.html", f"briefings/{SAMPLE_SLUG}.html", "briefings/b00000.html",
             "sources/business-001.html", "search.html?q=Blair", "about.html"]
    assert_pages_fit_without_errors(browser, url, kinds, width)
