"""Articles in seeds/ that no annotation names yet, and draft annotations for them.

`briefing new --auto` groups those articles into stories and writes one draft
annotation per story; `briefing check` warns about them. What the editors
wrote always wins: an article any annotation lists (even one that does not
load) is never grouped again, and no existing file is ever touched.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Callable

import yaml

from generator import editor
from generator.build import Extractor, Project
from generator.errors import BriefingError
from generator.model import Story
from generator.read.annotation_set import annotation_files
from generator.stories import group_stories

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")
# A `- path: seeds/x.txt` line, for annotations whose YAML does not parse.
_PATH_LINE = re.compile(r"""^\s*(?:-\s*)?path:\s*["']?([^"'#\n]+?)["']?\s*(?:#.*)?$""", re.M)


def seed_articles(root: Path) -> list[str]:
    """Every article file in seeds/ (subfolders too), project-relative, in name order."""
    folder = root / "seeds"
    if not folder.is_dir():
        return []
    return sorted(p.relative_to(root).as_posix() for p in folder.rglob("*")
                  if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith("."))


def named_articles(root: Path) -> set[str]:
    """Every article path an annotation lists, read leniently so a broken file still counts."""
    named = set()
    for path in annotation_files(root):
        text = path.read_text(encoding="utf-8", errors="replace")
        try:
            document = yaml.safe_load(text)
            sources = document.get("sources") if isinstance(document, dict) else None
            paths = [s.get("path") for s in sources if isinstance(s, dict)] if isinstance(sources, list) else []
        except yaml.YAMLError:
            paths = _PATH_LINE.findall(text)
        named.update(_normal(root, p) for p in paths if isinstance(p, str) and p.strip())
    return named


def _normal(root: Path, path: str) -> str:
    target = (root / path.strip()).resolve()
    return target.relative_to(root.resolve()).as_posix() if target.is_relative_to(root.resolve()) else path


def unnamed_articles(root: Path) -> list[str]:
    """Articles in seeds/ that no annotation names."""
    named = named_articles(root)
    return [path for path in seed_articles(root) if path not in named]


def draft_stories(root: Path, progress: Callable[[str], None] | None = None) -> list[tuple[Story, Path]]:
    """Group the unnamed articles into stories and write a draft annotation for each."""
    paths = unnamed_articles(root)
    extractor = Extractor(Project(root), progress)
    extracted, problems = [], []
    for path in paths:
        try:
            extracted.append((path, extractor.extract(path, None)))
        except BriefingError as error:
            problems += error.problems
    if problems:
        raise BriefingError(problems)
    load = editor.merged_loader(root)
    taken = _slugs_taken(root)
    written = []
    for story in group_stories(extracted):
        slug = free_slug(editor.slug_from(story.title, story.date or dt.date.today()), taken)
        taken.add(slug)
        target = editor.new_annotation([Path(p) for p in story.articles], root, root / "briefings",
                                       slug=slug, load=load, title=story.title, status="published")
        written.append((story, target))
    return written


def _slugs_taken(root: Path) -> set[str]:
    """File names and slugs of the annotations there are: a draft takes neither."""
    taken = {path.stem for path in annotation_files(root)}
    for path in annotation_files(root):
        try:
            document = yaml.safe_load(path.read_text(encoding="utf-8", errors="replace"))
        except yaml.YAMLError:
            continue
        if isinstance(document, dict) and isinstance(document.get("slug"), str):
            taken.add(document["slug"])
    return taken


def free_slug(slug: str, taken: set[str]) -> str:
    """`slug`, or `slug-2`, `slug-3`... whichever no annotation has."""
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        candidate = f"{slug}-{number}"
    return candidate
