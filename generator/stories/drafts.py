"""Articles in seeds/ that no annotation names yet: what `briefing new --auto`
groups into drafts and `briefing check` warns about.

What the editors wrote always wins: an article any annotation lists, even one
that does not load, counts as named, so the grouping never takes it again.
"""

from __future__ import annotations

import re

from generator.annotation.load import annotation_files
from generator.annotation.yaml_io import parse_yaml
from generator.errors import BriefingError
from generator.paths import Project

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")
# A `- path: seeds/x.txt` line, for annotations whose YAML does not parse.
_PATH_LINE = re.compile(r"""^\s*(?:-\s*)?path:\s*["']?([^"'#\n]+?)["']?\s*(?:#.*)?$""", re.M)


def seed_articles(project: Project) -> list[str]:
    """Every article file in seeds/ (subfolders too), project-relative, in name order."""
    folder = project.seeds_dir
    if not folder.is_dir():
        return []
    return sorted(project.relative(p) for p in folder.rglob("*")
                  if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith("."))


def named_articles(project: Project) -> set[str]:
    """Every article path an annotation lists, read leniently so a broken file still counts."""
    named = set()
    for path in annotation_files(project):
        text = path.read_bytes().decode("utf-8", errors="replace")
        try:
            document = parse_yaml(text, project.relative(path))
            sources = document.get("sources") if isinstance(document, dict) else None
            paths = [s.get("path") for s in sources if isinstance(s, dict)] if isinstance(sources, list) else []
        except BriefingError:
            paths = _PATH_LINE.findall(text)
        named.update(project.relative(project.root / p.strip()) for p in paths if isinstance(p, str) and p.strip())
    return named


def unnamed_articles(project: Project) -> list[str]:
    """Articles in seeds/ that no annotation names."""
    named = named_articles(project)
    return [path for path in seed_articles(project) if path not in named]


def free_slug(slug: str, taken: set[str]) -> str:
    """`slug`, or `slug-2`, `slug-3`... whichever is not taken."""
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        candidate = f"{slug}-{number}"
    return candidate

