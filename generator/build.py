"""The build, top to bottom: read -> extract -> merge -> render -> write.

Everything is gathered and rendered in memory first; only when every briefing
went through without a problem are files written, each atomically, and only
files the generator wrote last time are ever deleted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from generator.cache import ExtractionCache
from generator.edits import apply_edits
from generator.errors import BriefingError
from generator.extract import extract_article
from generator.merge import merge_briefing, verify_quotes
from generator.model import Annotation, Article, ArticleExtraction, Briefing
from generator.read.annotation_set import load_annotations
from generator.read.articles import read_article
from generator.render import api, markdown
from generator.write import write_tree

Progress = Callable[[str], None]

# Where generated files go, relative to the docs folder. The generator owns
# exactly what it listed in the manifest, nothing else.
BRIEFINGS = "briefings"
SOURCES = "sources"
API = "api"
HOME_LIST = "_generated/briefing-list.md"
MANIFEST = ".generated.json"
HOME_LIMIT = 20  # the home page shows the newest; "All briefings" lists every one


@dataclass(frozen=True)
class Project:
    """Where a project's inputs and outputs live."""

    root: Path

    @property
    def briefings_dir(self) -> Path:
        return self.root / "briefings"

    @property
    def docs_dir(self) -> Path:
        return self.root / "docs"

    @property
    def cache(self) -> ExtractionCache:
        return ExtractionCache(self.root / ".cache" / "extract")

    def relative(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return str(path)


@dataclass(frozen=True)
class BuildResult:
    briefings: tuple[Briefing, ...]
    written: tuple[str, ...]  # files changed on disk, relative to docs/
    deleted: tuple[str, ...]


class Extractor:
    """Reads and extracts articles, each once per reference date, through the cache."""

    def __init__(self, project: Project, progress: Progress | None = None, base: Path | None = None):
        self.project = project
        self.cache = project.cache
        self.progress = progress or (lambda message: None)
        self.base = base or project.root  # what relative paths are relative to
        self.done: dict[tuple[str, dt.date | None], ArticleExtraction] = {}

    def article(self, path: str) -> Article:
        return read_article(self.base / path, path)

    def extract(self, path: str, reference: dt.date | None) -> ArticleExtraction:
        key = (path, reference)
        if key not in self.done:
            article = self.article(path)
            found = self.cache.get(article, reference)
            if found is None:
                self.progress(f"Extracting {path}")
                found = extract_article(article, reference)
                self.cache.put(found, reference)
            self.done[key] = found
        return self.done[key]


def load_briefing(annotation: Annotation, extractor: Extractor) -> tuple[Briefing, tuple[ArticleExtraction, ...]]:
    """Read, extract and merge one briefing, before editors' edits."""
    extractions, problems = [], []
    for entry in annotation.sources:
        try:
            extractions.append(extractor.extract(entry.path, entry.date or annotation.date))
        except BriefingError as error:
            problems += error.problems
    if problems:
        raise BriefingError(problems)
    return merge_briefing(annotation, extractions), tuple(extractions)


def finished_briefing(annotation: Annotation, extractor: Extractor) -> tuple[Briefing, tuple[ArticleExtraction, ...]]:
    """The briefing as published: merged, edited, every quote checked against its source."""
    merged, extractions = load_briefing(annotation, extractor)
    briefing = apply_edits(merged, annotation)
    verify_quotes(briefing, extractions)
    return briefing, extractions


def generate(project: Project, include_drafts: bool = False, progress: Progress | None = None) -> tuple[tuple[Briefing, ...], dict[str, str]]:
    """Every generated file's text by its path under docs/; nothing written yet."""
    annotations, problems = load_annotations(project.root)
    annotations = tuple(a for a in annotations if include_drafts or a.status != "draft")
    extractor = Extractor(project, progress)
    briefings, sources = [], {}
    for annotation in annotations:
        try:
            briefing, extractions = finished_briefing(annotation, extractor)
        except BriefingError as error:
            problems += error.problems
            continue
        briefings.append(briefing)
        for extraction in extractions:
            sources.setdefault(extraction.article.id, extraction)
    if problems:
        raise BriefingError(problems)
    return tuple(briefings), render_files(briefings, sources)


def render_files(briefings: Sequence[Briefing], sources: dict[str, ArticleExtraction]) -> dict[str, str]:
    files = {
        f"{BRIEFINGS}/index.md": markdown.briefings_index(briefings),
        HOME_LIST: markdown.briefing_list(briefings, f"{BRIEFINGS}/", limit=HOME_LIMIT),
        f"{API}/index.json": api.index_json(briefings),
    }
    for b in briefings:
        files[f"{BRIEFINGS}/{b.slug}.md"] = markdown.briefing_page(b)
        files[f"{API}/briefings/{b.slug}.json"] = api.briefing_json(b)
    citing: dict[str, list[Briefing]] = {}  # one pass: no briefings x sources loop
    for b in briefings:
        for s in b.sources:
            citing.setdefault(s.id, []).append(b)
    for source_id, extraction in sorted(sources.items()):
        files[f"{SOURCES}/{source_id}.md"] = markdown.source_page(extraction, citing.get(source_id, []))
    return files


def build(project: Project, include_drafts: bool = False, progress: Progress | None = None) -> BuildResult:
    """Generate every page and JSON file into docs/, ready for MkDocs."""
    briefings, files = generate(project, include_drafts, progress)
    written, deleted = write_tree(project.docs_dir, files, MANIFEST)
    return BuildResult(briefings, written, deleted)

