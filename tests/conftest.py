"""Shared fixtures: a copy of the project in a temporary folder, built once."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_SLUG = "lavrov-north-korea-visit"


def copy_project(target: Path, with_briefings: bool = True) -> Path:
    """The project's inputs (not its build output) copied into `target`."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(ROOT / "seeds", target / "seeds")
    ignore = shutil.ignore_patterns("briefings", "sources", "api", "_generated", ".generated.json")
    shutil.copytree(ROOT / "docs", target / "docs", ignore=ignore)
    (target / "generator").symlink_to(ROOT / "generator")  # mkdocs.yml's hook path
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


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that needs the whole built site or a browser is slow: `pytest -m "not slow"` skips it."""
    for item in items:
        if "built_site" in getattr(item, "fixturenames", ()) or item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.slow)


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
