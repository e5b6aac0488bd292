"""`briefing cluster PATH... [--json]`: articles grouped into stories, each path as given."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from tests.stories.texts import ARTICLES


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Articles outside any project, and a project whose cache `cluster` uses."""
    for name in ("water-1", "water-2", "storm-1", "storm-2", "lake-1"):
        (tmp_path / "inbox" / name).parent.mkdir(exist_ok=True)
        (tmp_path / "inbox" / f"{name}.txt").write_text(ARTICLES[name], encoding="utf-8")
    (tmp_path / "project").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str):
    return CliRunner().invoke(main, ["cluster", *args, "--project", "project"])


def test_json_puts_every_path_in_one_story_as_given(folder: Path):
    absolute = str(folder / "inbox" / "storm-2.txt")
    paths = ["inbox/water-1.txt", "inbox/storm-1.txt", absolute, "inbox/water-2.txt", "inbox/lake-1.txt"]
    result = run(*paths, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"stories": [
        {"title": "Supreme Court sides with Arizona in Colorado River water fight", "date": "2025-03-03",
         "articles": ["inbox/water-1.txt", "inbox/water-2.txt"]},
        {"title": "Storm floods Galveston streets and cuts power to thousands", "date": "2025-03-04",
         "articles": ["inbox/storm-1.txt", absolute]},
        {"title": "Supreme Court rules against Nevada in Lake Mead water case", "date": "2025-03-10",
         "articles": ["inbox/lake-1.txt"]},
    ]}
    assert (folder / "project" / ".cache" / "extract").is_dir()  # the next run parses nothing


def test_text_lists_the_stories(folder: Path):
    result = run("inbox/storm-2.txt", "inbox/storm-1.txt", "inbox/lake-1.txt")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "2 stories in 3 article(s):\n"
        "\n"
        # Two equally typical articles of one day: the story takes the first one's headline.
        "1. Galveston under water after record March rain (2025-03-04, 2 article(s))\n"
        "   inbox/storm-2.txt\n"
        "   inbox/storm-1.txt\n"
        "\n"
        "2. Supreme Court rules against Nevada in Lake Mead water case (2025-03-10, 1 article(s))\n"
        "   inbox/lake-1.txt\n"
    )


def test_unreadable_articles_are_all_named_and_nothing_is_grouped(folder: Path):
    (folder / "inbox" / "empty.txt").write_text("  \n", encoding="utf-8")
    result = run("inbox/water-1.txt", "inbox/missing.txt", "inbox/empty.txt", "--json")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.endswith(
        "Error: 2 problems; nothing was grouped.\n"
        "inbox/missing.txt: does not exist\n"
        "inbox/empty.txt: the article is empty\n")
