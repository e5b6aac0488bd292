"""Shared fixtures: a copy of the project in a temporary folder, built once."""

from __future__ import annotations

import shutil
import subprocess
import sys
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
