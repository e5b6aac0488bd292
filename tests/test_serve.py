"""`make serve` (`mkdocs serve --dirty`): an edit shows on its page and on the home page,
and search still finds every page, not only those rendered again."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from tests.conftest import SAMPLE_SLUG, copy_project, fetch, free_port, wait_for

EDITED = "A summary edited while the preview runs."


def shown(url: str, text: str, seconds: float) -> None:
    assert wait_for(url, text, seconds), f"{url} did not show {text!r} within {seconds} s"


def gone(url: str, text: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while text in (fetch(url) or text):
        assert time.monotonic() < deadline, f"{url} still showed {text!r} after {seconds} s"
        time.sleep(0.5)


@pytest.fixture
def served(tmp_path):
    """The sample project served as `make serve` does, once its first build answers:
    (project, address, its annotation file)."""
    project = copy_project(tmp_path / "p")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dirty", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={"SOURCE_DATE_EPOCH": "0", "PATH": "/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1"})
    try:
        base = f"http://127.0.0.1:{port}/"
        shown(base, "Lavrov", 120)
        yield project, base, project / "briefings" / f"{SAMPLE_SLUG}.yml"
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.slow
def test_an_edit_shows_on_its_page_the_home_page_and_in_search(served):
    project, base, annotation = served
    text = annotation.read_text()
    start, end = text.index("summary: >-"), text.index("why_it_matters:")
    annotation.write_text(text[:start] + f"summary: {EDITED}\n" + text[end:])
    shown(f"{base}briefings/{SAMPLE_SLUG}.html", EDITED, 60)
    shown(base, EDITED, 10)
    index = json.loads(fetch(f"{base}search/search_index.json"))
    pages = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert {"index.html", "about.html", f"briefings/{SAMPLE_SLUG}.html", "sources/000_8d85a5ff8b3d3014.html"} <= pages
    assert len(index["docs"]) == len({(d["location"], d["title"]) for d in index["docs"]})  # none twice
    assert any(EDITED in doc["text"] for doc in index["docs"])


@pytest.mark.slow
def test_a_broken_edit_puts_the_banner_on_every_page_and_the_fix_removes_it(served):
    project, base, annotation = served
    good = annotation.read_text()
    annotation.write_text(good.replace("date: 2025-07-09", "date: 2025-13-40"))
    banner = "The last change could not be built"
    shown(f"{base}about.html", banner, 60)  # a page whose own file did not change
    annotation.write_text(good)
    gone(f"{base}about.html", banner, 60)
