"""Articles no annotation names yet (generator.stories.drafts), and the annotations
`briefing new --auto` writes for them (generator.cli.editors.draft_stories)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli.editors import draft_stories
from generator.paths import Project
from generator.stories.drafts import free_slug, named_articles, seed_articles, unnamed_articles
from tests.stories.texts import project_with

ANNOTATION = """title: Galveston storm
date: 2025-03-04
sources:
  - path: seeds/storm-1.txt
"""


@pytest.fixture
def project(tmp_path: Path) -> Project:
    names = ["water-1", "water-2", "migrants-1", "migrants-2", "storm-1", "storm-2"]
    return Project(project_with(tmp_path, names, {"galveston-storm.yml": ANNOTATION}))


def test_seed_articles_are_text_and_markdown_files_in_name_order(tmp_path: Path):
    for name in ("b.txt", "a.md", "sub/c.markdown", "notes.pdf", ".hidden.txt"):
        (tmp_path / "seeds" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "seeds" / name).write_text("x", encoding="utf-8")
    assert seed_articles(Project(tmp_path)) == ["seeds/a.md", "seeds/b.txt", "seeds/sub/c.markdown"]
    assert seed_articles(Project(tmp_path / "nowhere")) == []


@pytest.mark.parametrize(
    "text",
    [
        ANNOTATION,
        ANNOTATION.replace("title: Galveston storm", "title: [unclosed"),  # broken YAML still names it
        ANNOTATION.replace("seeds/storm-1.txt", "./seeds/../seeds/storm-1.txt"),
    ],
)
def test_an_article_any_annotation_lists_is_named(project: Project, text: str):
    (project.briefings_dir / "galveston-storm.yml").write_text(text, encoding="utf-8")
    assert named_articles(project) == {"seeds/storm-1.txt"}
    assert "seeds/storm-1.txt" not in unnamed_articles(project)


@pytest.mark.parametrize(
    "slug, taken, free",
    [("storm", set(), "storm"), ("storm", {"storm"}, "storm-2"), ("storm", {"storm", "storm-2"}, "storm-3")],
)
def test_free_slug(slug, taken, free):
    assert free_slug(slug, taken) == free


def test_drafts_one_annotation_per_story_and_never_touches_existing_files(project: Project):
    existing = (project.briefings_dir / "galveston-storm.yml").read_bytes()
    written = draft_stories(project)
    stories = sorted((sorted(story.articles), path.name) for story, path in written)
    assert stories == [
        (["seeds/migrants-1.txt", "seeds/migrants-2.txt"], "supreme-court-blocks-texas-law-letting.yaml"),
        (["seeds/storm-2.txt"], "galveston-under-water-after-record-march.yaml"),
        (["seeds/water-1.txt", "seeds/water-2.txt"], "supreme-court-sides-with-arizona-in.yaml"),
    ]
    assert (project.briefings_dir / "galveston-storm.yml").read_bytes() == existing
    assert unnamed_articles(project) == []
    assert draft_stories(project) == []  # nothing left to draft


def test_a_draft_never_takes_an_existing_slug(project: Project):
    (project.briefings_dir / "supreme-court-sides-with-arizona-in.yml").write_text(
        ANNOTATION.replace("storm-1", "storm-2"), encoding="utf-8")
    names = sorted(path.name for _, path in draft_stories(project))
    assert "supreme-court-sides-with-arizona-in-2.yaml" in names
