"""`briefing build`: generated Markdown and JSON, or clear errors and nothing written."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.builder.progress import Bar
from tests.conftest import SAMPLE_SLUG, copy_project


def build(project):
    return CliRunner().invoke(main, ["build", "--project", str(project)])


@pytest.fixture
def project(tmp_path):
    return copy_project(tmp_path / "p")


def generated(project):
    return sorted(p.relative_to(project / "docs").as_posix() for p in (project / "docs").rglob("*")
                  if p.is_file() and not p.name.endswith((".css", ".js", ".txt")))


def test_build_writes_pages_and_json(project):
    result = build(project)
    assert result.exit_code == 0, result.output
    assert "Generated 1 briefing(s) into docs/" in result.output
    docs = project / "docs"
    assert (docs / "briefings" / f"{SAMPLE_SLUG}.md").is_file()
    assert (docs / "sources" / "000_8d85a5ff8b3d3014.md").is_file()
    index = json.loads((docs / "api" / "index.json").read_text())
    assert [b["slug"] for b in index["briefings"]] == [SAMPLE_SLUG]


def test_a_rebuild_changes_nothing(project):
    build(project)
    result = build(project)
    assert "(0 file(s) updated, 0 removed)" in result.output


def test_a_removed_briefing_loses_its_generated_files_only(project):
    build(project)
    (project / "briefings" / f"{SAMPLE_SLUG}.yml").unlink()
    result = build(project)
    assert result.exit_code == 0, result.output
    assert not (project / "docs" / "briefings" / f"{SAMPLE_SLUG}.md").exists()
    assert (project / "docs" / "index.md").is_file()  # hand-written pages stay


BAD_INPUTS = [
    ("briefings/b.yml", "title: [unclosed\n",
     "briefings/b.yml:2:1: YAML syntax error: expected ',' or ']', but got '<stream end>'"),
    ("briefings/c.yml", "title: C\ndate: 2025-07-09\nsumary: x\nsources:\n  - path: seeds/000_8d85a5ff8b3d3014.txt\n",
     "briefings/c.yml:3:1: unknown key 'sumary'; did you mean 'summary'?"),
    ("briefings/d.yml", "title: D\ndate: 2025-07-09\nsources:\n  - path: seeds/nowhere.txt\n",
     "briefings/d.yml:4:5: sources[0].path: 'seeds/nowhere.txt' does not exist"),
    ("briefings/e.yml", "title: E\ndate: 2025-07-09\nsources:\n  - path: ../outside.txt\n",
     "briefings/e.yml:4:5: sources[0].path: '../outside.txt' is outside the project; "
     "give a path inside it, like seeds/name.txt"),
]


@pytest.mark.parametrize("name, text, message", BAD_INPUTS)
def test_bad_annotation_stops_the_build_naming_file_and_line(project, name, text, message):
    build(project)
    before = {p: (project / "docs" / p).read_bytes() for p in generated(project)}
    (project / name).write_text(text)
    result = build(project)
    assert result.exit_code == 1
    assert message in result.output
    assert "nothing was written" in result.output
    assert {p: (project / "docs" / p).read_bytes() for p in generated(project)} == before


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "seeds/bad.txt: the article is empty"),
        (b"\x00\x01\x02binary\x00", "seeds/bad.txt: is not a text file (it holds binary data)"),
        (b"A title\n\nCaf\xe9 prices rose.\n", "seeds/bad.txt: is not UTF-8 text (invalid byte 0xE9 on line 3); save it as UTF-8"),
    ],
)
def test_bad_article_stops_the_build_naming_the_file(project, content, message):
    (project / "seeds" / "bad.txt").write_bytes(content)
    (project / "briefings" / "bad.yml").write_text("title: Bad\ndate: 2025-07-09\nsources:\n  - path: seeds/bad.txt\n")
    result = build(project)
    assert result.exit_code == 1
    assert message in result.output
    assert not (project / "docs" / "briefings").exists()


def test_every_problem_is_listed_at_once(project):
    for name, text, _ in BAD_INPUTS:
        (project / name).write_text(text)
    result = build(project)
    assert result.exit_code == 1
    assert f"Error: {len(BAD_INPUTS)} problems; nothing was written." in result.output
    for _, _, message in BAD_INPUTS:
        assert message in result.output


def test_a_draft_is_previewed_but_not_published(project):
    sample = project / "briefings" / f"{SAMPLE_SLUG}.yml"
    sample.write_text(sample.read_text().replace("status: published", "status: draft"))
    result = build(project)
    assert result.exit_code == 0, result.output
    assert json.loads((project / "docs" / "api" / "index.json").read_text())["briefings"] == []
    assert not (project / "docs" / "briefings" / f"{SAMPLE_SLUG}.md").exists()
    preview = CliRunner().invoke(main, ["build", "--project", str(project), "--drafts"])
    assert preview.exit_code == 0, preview.output
    page = (project / "docs" / "briefings" / f"{SAMPLE_SLUG}.md").read_text()
    assert "<strong>draft</strong>" in page


STEP = r"{label}: {count} {unit} in \d+\.\d s \(\d+\.\d {units}/s\)\."


def test_build_says_what_each_step_did_in_one_line(project):
    result = build(project)  # not a terminal: one line per step, no bar
    lines = result.output.splitlines()
    assert len(lines) == 4, result.output
    assert re.fullmatch(STEP.format(label="Extracting", count=2, unit="articles", units="articles"), lines[0])
    assert re.fullmatch(STEP.format(label="Merging", count=1, unit="briefing", units="briefings"), lines[1])
    written = len(json.loads((project / "docs" / ".generated.json").read_text())["files"])  # all, the first time
    assert re.fullmatch(STEP.format(label="Writing", count=written, unit="files", units="files"), lines[2])
    assert lines[3] == f"Generated 1 briefing(s) into docs/ ({written} file(s) updated, 0 removed)."


def test_quiet_prints_nothing_but_problems(project):
    quiet = CliRunner().invoke(main, ["build", "--project", str(project), "--quiet"])
    assert quiet.exit_code == 0 and quiet.output == ""
    (project / "briefings" / "b.yml").write_text("title: [unclosed\n")
    failed = CliRunner().invoke(main, ["build", "--project", str(project), "--quiet"])
    assert failed.exit_code == 1
    assert "briefings/b.yml:2:1: YAML syntax error" in failed.output


@pytest.mark.parametrize("value, message", [
    ("0", "Invalid value for '--jobs' / '-j': 0 is not in the range x>=1."),
    ("two", "Invalid value for '--jobs' / '-j': 'two' is not a valid integer range."),
])
def test_jobs_must_be_a_count(project, value, message):
    result = CliRunner().invoke(main, ["build", "--project", str(project), "--jobs", value])
    assert result.exit_code == 2
    assert message in result.output


def test_a_terminal_gets_a_bar_then_the_same_line():
    said = []
    with Bar(said.append).step("Extracting", 3, "articles") as advance:
        for _ in range(3):
            advance()
    assert len(said) == 1
    assert re.fullmatch(STEP.format(label="Extracting", count=3, unit="articles", units="articles"), said[0])
