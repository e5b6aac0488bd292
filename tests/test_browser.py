"""A reader in a real browser (headless Chromium): browse and search, desktop and phone.

Needs Debian's chromium (.ci/run installs it); skipped with a reason elsewhere.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading

import pytest

from tests.conftest import SAMPLE_SLUG

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not shutil.which("chromium"), reason="Debian's chromium is not installed"),
]
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def serve(folder):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


@pytest.fixture(scope="module")
def site_url(built_site):
    server, url = serve(built_site / "site")
    yield url
    server.shutdown()


@pytest.fixture(scope="module")
def archive_url(archive_site):
    """The sample plus a few hundred briefings, searched with Pagefind."""
    server, url = serve(archive_site / "site")
    yield url
    server.shutdown()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=CHROMIUM, args=ARGS, headless=True
        )
        yield context
        context.close()


def test_reader_goes_from_home_to_briefing_to_source_sentence(browser, site_url):
    page = browser.new_page()
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(site_url)
    page.click(f"a[href='briefings/{SAMPLE_SLUG}.html']")
    assert page.locator("h1").inner_text().startswith("Lavrov to visit North Korea")
    assert page.locator("text=Maria Zakharova").first.is_visible()
    page.locator(".cite a").first.click()
    page.wait_for_url("**/sources/*.html#s-*")
    target = page.url.split("#")[1]
    assert page.locator(f"[id='{target}']").is_visible()
    assert all(u.startswith(site_url) for u in requests), [u for u in requests if not u.startswith(site_url)]
    page.close()


def test_search_finds_a_quote_speaker(browser, site_url):
    page = browser.new_page()
    page.goto(site_url)
    page.click("input.md-search__input")
    page.keyboard.type("Zakharova")
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=15000)
    assert results.count() >= 1
    assert "Zakharova" in page.locator(".md-search-result").inner_text()
    page.close()


def test_briefing_fits_a_phone_screen(browser, site_url):
    page = browser.new_page()
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(site_url + f"briefings/{SAMPLE_SLUG}.html")
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0
    assert page.locator("h2#what-they-said").is_visible()
    assert page.locator("blockquote").first.is_visible()
    page.close()


def watched_page(browser, width: int = 1280):
    """A new page that records console errors and failed requests."""
    page = browser.new_page()
    page.set_viewport_size({"width": width, "height": 900})
    page.errors = []
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("requestfailed", lambda r: page.errors.append(f"failed: {r.url}"))
    return page


def pagefind_results(page, query: str) -> list[dict]:
    """What Pagefind finds for `query` from the page open (the search page), best first:
    each result's address and the text indexed for it."""
    return page.evaluate("""async (query) => {
        const pagefind = await import("./pagefind/pagefind.js");
        const found = await pagefind.search(query);
        return Promise.all(found.results.map(async r => {
            const data = await r.data();
            return {url: data.url, content: data.content};
        }));
    }""", query)


def test_reader_goes_from_archive_to_month_to_briefing(browser, archive_url):
    page = watched_page(browser)
    page.goto(archive_url)
    page.click("nav.md-nav--primary >> text=Archive")
    page.wait_for_url("**/briefings/index.html")
    page.click("a[href='../archive/2024-08.html']")
    assert page.locator("h1").inner_text() == "August 2024"
    assert page.locator(".listing li").count() == 20
    page.click("text=Older ›")
    page.wait_for_url("**/archive/2024-08.2.html")
    page.locator(".listing a").first.click()
    page.wait_for_url("**/briefings/story-*.html")
    assert page.locator("h1").inner_text().startswith("Story ")
    assert page.errors == []
    page.close()


def test_reader_goes_from_a_tag_on_the_briefing_to_the_tag_page(browser, archive_url):
    page = watched_page(browser)
    page.goto(archive_url + "briefings/story-007.html")
    page.click("a.tag >> text=economy")
    page.wait_for_url("**/tags/economy.html")
    assert page.locator("h1").inner_text() == "Tagged “economy”"
    assert page.locator(".listing li").count() == 20
    assert "Page 1 of" in page.locator("nav.pager").inner_text()
    assert page.errors == []
    page.close()


def test_reader_goes_from_a_name_to_the_person_and_back(browser, archive_url):
    page = watched_page(browser)
    page.goto(archive_url + f"briefings/{SAMPLE_SLUG}.html")
    page.locator("#people ~ ul a", has_text="Maria Zakharova").first.click()
    page.wait_for_url("**/people/maria-zakharova.html")
    assert page.locator("h1").inner_text() == "Maria Zakharova"
    assert "Foreign Ministry spokeswoman" in page.locator("#roles ~ ul").first.inner_text()
    assert page.locator(".listing > ul > li").count() == 20  # of more than 200 briefings, page by page
    page.locator(".listing .cite a").first.click()
    page.wait_for_url("**/sources/*.html#s-*")
    assert page.errors == []
    page.close()


def test_every_page_points_to_a_valid_feed(browser, archive_url):
    import feedparser

    page = watched_page(browser)
    page.goto(archive_url + "people/sergei-lavrov.html")
    href = page.locator('head link[rel="alternate"][type="application/atom+xml"]').get_attribute("href")
    response = page.request.get(archive_url + "people/" + href)
    assert response.ok
    feed = feedparser.parse(response.body())
    assert not feed.bozo and len(feed.entries) == 50
    page.close()


def test_pagefind_search_box_finds_a_briefing_by_its_words(browser, archive_url):
    page = watched_page(browser)
    page.goto(archive_url + "search.html")
    page.fill(".pagefind-ui__search-input", "marker137")
    results = page.locator(".pagefind-ui__result")
    results.first.wait_for(timeout=15000)
    assert results.count() == 1
    title = results.first.locator(".pagefind-ui__result-title").first
    assert title.inner_text() == "Story 137 of the archive"
    title.locator("a").click()
    page.wait_for_url("**/briefings/story-137.html")
    assert page.errors == []
    page.close()


@pytest.mark.parametrize("query", [
    "Zakharova",  # a speaker
    "strategic dialogue at the level of foreign ministers",  # a quote's words
    "Lim Eul-chul",  # a person
    "diplomacy",  # a tag
])
def test_pagefind_finds_the_briefing(browser, archive_url, query):
    page = watched_page(browser)
    page.goto(archive_url + "search.html")
    urls = [found["url"] for found in pagefind_results(page, query)]
    assert f"/briefings/{SAMPLE_SLUG}.html" in urls, urls[:10]
    assert page.errors == []
    page.close()


@pytest.mark.parametrize("query, where", [
    ("flag-draped coffins", "/sources/000_8d85a5ff8b3d3014.html"),  # a source's sentence no briefing shows
    ("728 drones and 13 missiles", f"/briefings/{SAMPLE_SLUG}.html"),  # a key fact's words
])
def test_pagefind_finds_a_phrase_where_it_is_written(browser, archive_url, query, where):
    page = watched_page(browser)
    page.goto(archive_url + "search.html")
    urls = [found["url"] for found in pagefind_results(page, query)]
    assert where in urls, urls[:10]
    page.close()


def test_a_source_is_not_found_by_the_titles_of_the_briefings_citing_it(browser, archive_url):
    page = watched_page(browser)
    page.goto(archive_url + "sources/000_8d85a5ff8b3d3014.html")
    assert page.get_by_role("link", name="Story 239 of the archive").count() == 1  # listed under "Cited in"
    page.goto(archive_url + "search.html")
    urls = [found["url"] for found in pagefind_results(page, "Story 239")]
    assert "/briefings/story-239.html" in urls
    assert not [url for url in urls if url.startswith("/sources/")]
    page.close()


@pytest.mark.parametrize("words, indexed", [
    ("Maria Zakharova", True),
    ("728 drones and 13 missiles", True),
    ("items reported by one outlet only", False),  # the coverage panel
    ("upcoming", False),  # the timeline's mark
])
def test_pagefind_indexes_the_briefing_not_its_boilerplate(browser, archive_url, words, indexed):
    page = watched_page(browser)
    page.goto(archive_url + "search.html")
    texts = [found["content"] for found in pagefind_results(page, "Zakharova")
             if found["url"] == f"/briefings/{SAMPLE_SLUG}.html"]
    assert len(texts) == 1
    text = texts[0]
    assert (words in text) is indexed, text[:300]
    page.close()


def test_a_search_fetches_no_worker_script(browser, archive_url):
    page = watched_page(browser)
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(archive_url + "search.html")
    page.fill(".pagefind-ui__search-input", "Zakharova")
    page.locator(".pagefind-ui__result-link").first.wait_for(timeout=15000)
    assert any("/pagefind/wasm." in url for url in requested)
    assert not any("pagefind-worker" in url for url in requested)
    assert page.errors == []
    page.close()


PAGE_KINDS = ["index.html", "briefings/index.html", "archive/2024-08.html", "archive/2024-08.2.html",
              "tags/index.html", "tags/russia.html", "people/index.html", "people/sergei-lavrov.html",
              "people/sergei-lavrov.3.html", f"briefings/{SAMPLE_SLUG}.html", "sources/000_8d85a5ff8b3d3014.html",
              "search.html?q=Lavrov", "about.html"]


def assert_pages_fit_without_errors(browser, url: str, paths: list[str], width: int) -> None:
    """Each page shows its heading, scrolls no wider than the screen and logs no error."""
    page = watched_page(browser, width)
    for path in paths:
        page.goto(url + path, wait_until="networkidle")
        assert page.locator("h1").first.is_visible(), path
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, (path, overflow)
        assert page.errors == [], (path, page.errors)
    page.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_every_page_kind_fits_the_screen_without_console_errors(browser, archive_url, width):
    assert_pages_fit_without_errors(browser, archive_url, PAGE_KINDS, width)
