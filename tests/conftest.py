"""Shared fixtures: a copy of the project in a temporary folder, built once."""

from __future__ import annotations

import datetime as dt
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from generator.extract import extract_article
from generator.model import ArticleExtraction
from generator.paths import GENERATED
from generator.read.articles import parse_article
from tests.stories.texts import ARTICLES

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_SLUG = "lavrov-north-korea-visit"


def copy_project(target: Path, with_briefings: bool = True) -> Path:
    """The project's inputs (not its build output) copied into `target`."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(ROOT / "seeds", target / "seeds")
    ignore = shutil.ignore_patterns(*GENERATED)
    shutil.copytree(ROOT / "docs", target / "docs", ignore=ignore)
    (target / "generator").symlink_to(ROOT / "generator")  # mkdocs.yml's hook path
    (target / "overrides").symlink_to(ROOT / "overrides")  # mkdocs.yml's theme.custom_dir
    if with_briefings:
        shutil.copytree(ROOT / "briefings", target / "briefings")
    else:
        (target / "briefings").mkdir()
    return target


def mkdocs_build(project: Path, builder: str = "mkdocs") -> subprocess.CompletedProcess:
    """`mkdocs build --strict` in `project`, as `make site` runs it (or the same with `properdocs`)."""
    return subprocess.run(
        [sys.executable, "-m", builder, "build", "--strict", "--config-file", "mkdocs.yml"],
        cwd=project, capture_output=True, text=True, env={"SOURCE_DATE_EPOCH": "0", "PATH": "/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1"},
    )


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The sample project, built once for the whole session: its folder."""
    project = copy_project(tmp_path_factory.mktemp("built") / "project")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    return project


ARCHIVE_SIZE = 240
ARCHIVE_TAGS = ("russia", "north-korea", "diplomacy", "economy", "ukraine-war")


def write_archive(project: Path, count: int = ARCHIVE_SIZE) -> None:
    """`count` more briefings citing the two sample articles, dated over half a year, tagged in turn.

    The articles carry fixed dates, so they are extracted once whatever cites them;
    briefing n's summary holds the word `marker<n>`, something only it says.
    """
    for n in range(count):
        day = dt.date(2024, 7, 1) + dt.timedelta(days=n * 182 // count)
        tags = ", ".join(ARCHIVE_TAGS[k % len(ARCHIVE_TAGS)] for k in (n, n + 1))
        (project / "briefings" / f"story-{n:03d}.yml").write_text(
            f"title: Story {n} of the archive\ndate: {day.isoformat()}\ntags: [{tags}]\n"
            f"summary: Briefing number {n}, marker{n}, from the archive.\nsources:\n"
            "  - path: seeds/004_24a459861bad1e6c.txt\n    date: 2025-07-09\n"
            "  - path: seeds/000_8d85a5ff8b3d3014.txt\n    date: 2025-07-09\n", encoding="utf-8")


def use_search(project: Path, engine: str) -> None:
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("\n  search: material\n", f"\n  search: {engine}\n"), "utf-8")


@pytest.fixture(scope="session")
def archive_site(tmp_path_factory) -> Path:
    """The sample plus a few hundred briefings, searched with Pagefind, built once: its folder."""
    project = copy_project(tmp_path_factory.mktemp("archive") / "project")
    write_archive(project)
    use_search(project, "pagefind")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    return project


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that needs the whole built site or a browser is slow: `pytest -m "not slow"` skips it."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "built_site" in fixtures or "archive_site" in fixtures or item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def extracted() -> dict[str, ArticleExtraction]:
    """The short test articles of tests/stories/texts.py, read and extracted once."""
    return {name: extract_article(parse_article(text, name, f"seeds/{name}.txt"))
            for name, text in ARTICLES.items()}


# --------------------------------------------------------------------------
# a served preview (mkdocs serve), on this machine only
# --------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str | None:
    """The page's text, or None while nothing answers there."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, OSError):
        return None


def wait_for(url: str, words: str, seconds: float) -> bool:
    """Whether the page held `words` within `seconds` (asked every half second)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        page = fetch(url)
        if page and words in page:
            return True
        time.sleep(0.5)
    return False
