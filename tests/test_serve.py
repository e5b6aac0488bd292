"""`make serve` (`mkdocs serve --dirty`): an edit shows on its page and on the home page,
and search still finds every page, not only those rendered again."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from tests.conftest import SAMPLE_SLUG, copy_project

EDITED = "A summary edited while the preview runs."


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, OSError):
        return None


def wait_for(url: str, text: str, seconds: float) -> str:
    """The page once it holds `text`; fails after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        page = fetch(url)
        if page is not None and text in page:
            return page
        time.sleep(0.5)
    pytest.fail(f"{url} did not show {text!r} within {seconds} s")


@pytest.fixture
def served(tmp_path):
    project = copy_project(tmp_path / "p")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dirty", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={"SOURCE_DATE_EPOCH": "0", "PATH": "/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1"})
    try:
        yield project, f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.slow
def test_an_edit_shows_on_its_page_the_home_page_and_in_search(served):
    project, base = served
    wait_for(base, "Lavrov", 120)
    annotation = project / "briefings" / f"{SAMPLE_SLUG}.yml"
    text = annotation.read_text()
    start, end = text.index("summary: >-"), text.index("why_it_matters:")
    annotation.write_text(text[:start] + f"summary: {EDITED}\n" + text[end:])
    wait_for(f"{base}briefings/{SAMPLE_SLUG}.html", EDITED, 60)
    wait_for(base, EDITED, 10)
    index = json.loads(fetch(f"{base}search/search_index.json"))
    pages = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert {"index.html", "about.html", f"briefings/{SAMPLE_SLUG}.html", "sources/000_8d85a5ff8b3d3014.html"} <= pages
    assert len(index["docs"]) == len({(d["location"], d["title"]) for d in index["docs"]})  # none twice
    assert any(EDITED in doc["text"] for doc in index["docs"])
