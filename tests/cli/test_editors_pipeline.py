"""Editors' commands through the real pipeline, and `mkdocs serve` picking up a YAML edit.

Slower than tests/cli/test_editors.py (spaCy runs; a server starts), so the texts are short.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from generator.cli import editors
from generator.paths import Project
from tests.conftest import fetch, free_port, wait_for

PROJECT = Path(__file__).resolve().parents[2]

ARTICLE = """\
date 2025-07-09 Russian FM Lavrov to visit North Korea this weekend

MOSCOW

Russian Foreign Minister Sergei Lavrov will visit North Korea this weekend, the latest in a series of high-profile visits by top Moscow officials.

Lavrov "will visit the Democratic People's Republic of Korea on July 11-13," Russian ministry spokeswoman Maria Zakharova told reporters in Moscow Wednesday.
"""

ANNOTATION = """\
# yaml-language-server: $schema=../generator/briefing.schema.json
title: Lavrov to visit North Korea
date: 2025-07-09
summary: {summary}
sources:
  - path: seeds/004_lavrov.txt
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A small project: one article, one annotation, the docs pages MkDocs needs."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "briefings").mkdir()
    (tmp_path / "docs").mkdir()
    (tmp_path / "seeds" / "004_lavrov.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "briefings" / "lavrov-visit.yaml").write_text(
        ANNOTATION.format(summary="First summary."), encoding="utf-8")
    (tmp_path / "docs" / "index.md").write_text("# Briefings\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Briefings\ndocs_dir: docs\nuse_directory_urls: false\nstrict: true\n"
        "theme:\n  name: material\n  font: false\n"
        f"hooks:\n  - {PROJECT / 'generator' / 'site.py'}\n"
        "watch:\n  - seeds\n  - briefings\n"
        "exclude_docs: |\n  _generated/\n", encoding="utf-8")
    return tmp_path


def test_new_check_show_through_the_build(project: Path) -> None:
    written = editors.new_annotation(Project(project), [Path("seeds/004_lavrov.txt")])
    assert editors.check_project(Project(project)) == []
    text = editors.show_briefing(Project(project), written.stem)
    assert "Maria Zakharova" in text and "\nWhat they said\n  q-" in text


def test_check_finds_an_unknown_id_through_the_build(project: Path) -> None:
    (project / "briefings" / "lavrov-visit.yaml").write_text(
        ANNOTATION.format(summary="S.") + "quotes:\n  hide: [q-000000]\n", encoding="utf-8")
    assert [str(p) for p in editors.check_project(Project(project))] == [
        "briefings/lavrov-visit.yaml:8:10: quotes.hide[0]: no quote 'q-000000'"]


def _collect(stream, lines: list[str]) -> None:
    for line in stream:
        lines.append(line)


def _wait_output(lines: list[str], words: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if any(words in line for line in lines):
            return True
        time.sleep(0.5)
    return False


@pytest.mark.slow
def test_serve_shows_a_yaml_edit(project: Path) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/briefings/lavrov-visit.html"
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "PYTHONPATH": str(PROJECT)})
    lines: list[str] = []
    reader = threading.Thread(target=_collect, args=(server.stdout, lines), daemon=True)
    reader.start()
    try:
        assert wait_for(url, "First summary.", 180), "the served page never showed the briefing"
        (project / "briefings" / "lavrov-visit.yaml").write_text(
            ANNOTATION.format(summary="Second summary, saved while serving."), encoding="utf-8")
        assert wait_for(url, "Second summary, saved while serving.", 120), "the edit never showed"
        (project / "briefings" / "lavrov-visit.yaml").write_text("title: [broken\n", encoding="utf-8")
        # The mistake is reported in the terminal, and the server keeps serving.
        assert _wait_output(lines, "briefings/lavrov-visit.yaml:2:1: YAML syntax error", 120), "".join(lines)
        assert server.poll() is None, "a YAML mistake stopped the server"
        # The last good page is still served, saying what is wrong.
        assert wait_for(url, "The last change could not be built", 60), "no problem shown on the page"
        page = fetch(url) or ""
        assert "Second summary, saved while serving." in page
        assert "briefings/lavrov-visit.yaml:2:1: YAML syntax error" in page
        (project / "briefings" / "lavrov-visit.yaml").write_text(
            ANNOTATION.format(summary="Third summary, after the fix."), encoding="utf-8")
        assert wait_for(url, "Third summary, after the fix.", 120), "the fix never showed"
        assert "The last change could not be built" not in (fetch(url) or "")
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        reader.join(timeout=10)
    output = "".join(lines)
    assert "Traceback" not in output, output
