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


@pytest.fixture(scope="module")
def site_url(built_site):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(built_site / "site"))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
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
