"""`briefing new --auto`: one annotation per story among the articles no annotation names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from tests.stories.texts import project_with

NAMED = """title: Arizona water ruling
date: 2025-03-03
summary: The editors' own words.
sources:
  - path: seeds/water-1.txt
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    names = ["water-1", "water-2", "storm-1", "storm-2", "lake-1", "lake-2"]
    return project_with(tmp_path, names, {"arizona-water.yml": NAMED})


def run(project: Path, *args: str):
    return CliRunner().invoke(main, [*args, "--project", str(project)])


def test_writes_one_annotation_per_story_skipping_named_articles(project: Path):
    before = (project / "briefings" / "arizona-water.yml").read_bytes()
    result = run(project, "new", "--auto")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "Wrote briefings/justices-rule-for-arizona-over-colorado.yaml: 1 article(s), "
        "Justices rule for Arizona over Colorado River water\n"
        "Wrote briefings/storm-floods-galveston-streets-and-cuts.yaml: 2 article(s), "
        "Storm floods Galveston streets and cuts power to thousands\n"
        "Wrote briefings/supreme-court-rules-against-nevada-in.yaml: 2 article(s), "
        "Supreme Court rules against Nevada in Lake Mead water case\n"
        "3 new briefing(s), on the site at the next build (set status: draft in one to hold it back). "
        "Move an article between stories by editing the `sources` lists, then run `briefing check`.\n")
    assert (project / "briefings" / "arizona-water.yml").read_bytes() == before
    storm = (project / "briefings" / "storm-floods-galveston-streets-and-cuts.yaml").read_text()
    assert "  - path: seeds/storm-1.txt\n" in storm and "  - path: seeds/storm-2.txt\n" in storm
    assert "\nstatus: published" in storm


def test_a_second_run_finds_nothing_to_draft_and_check_has_no_warning(project: Path):
    run(project, "new", "--auto")
    result = run(project, "new", "--auto")
    assert (result.exit_code, result.output) == (
        0, "Every article in seeds/ is already in an annotation: nothing to draft.\n")
    result = run(project, "check")
    assert (result.exit_code, result.output) == (0, "All 4 briefing(s) are fine.\n")


def test_check_warns_about_articles_in_no_annotation_and_exits_0(project: Path):
    result = run(project, "check")
    assert result.exit_code == 0
    assert result.stderr == "".join(
        f"Warning: seeds/{name}.txt is in no annotation; `briefing new --auto` drafts one for it.\n"
        for name in ("lake-1", "lake-2", "storm-1", "storm-2", "water-2"))
    assert result.stdout == "All 1 briefing(s) are fine.\n"


def test_built_pages_show_the_generated_summary_with_its_sources(project: Path):
    run(project, "new", "--auto")
    assert run(project, "build").exit_code == 0
    storm = json.loads((project / "docs/api/briefings/storm-floods-galveston-streets-and-cuts.json").read_text())
    assert storm["summary_source"] == "generated"
    assert 2 <= len(storm["summary_sentences"]) <= 4
    assert storm["summary"] == " ".join(s["text"] for s in storm["summary_sentences"])
    for sentence in storm["summary_sentences"]:
        [anchor] = sentence["anchors"]
        page = (project / "docs" / "sources" / f"{anchor['source']}.md").read_text()
        assert f'id="{anchor["sentence"]}">{sentence["text"]}</span>' in page
    page = (project / "docs/briefings/storm-floods-galveston-streets-and-cuts.md").read_text()
    first = storm["summary_sentences"][0]["anchors"][0]
    assert f"(../sources/{first['source']}.md#{first['sentence']} " in page
    assert "drawn from the sources" in page
    named = json.loads((project / "docs/api/briefings/arizona-water.json").read_text())
    assert (named["summary"], named["summary_source"], named["summary_sentences"]) == (
        "The editors' own words.", "editors", [])


@pytest.mark.parametrize(
    "args, message",
    [(["new", "--auto", "seeds/lake-1.txt"], "--auto finds the articles itself: give no ARTICLES and no --slug"),
     (["new"], "give the ARTICLES to start a briefing from, or --auto")],
)
def test_usage(project: Path, args, message):
    result = run(project, *args)
    assert result.exit_code == 2
    assert result.stderr.endswith(f"Error: {message}\n")
