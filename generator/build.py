"""The build, top to bottom: read -> extract -> merge -> edits -> render -> write.

1. read every annotation (generator.annotation) and, through it, its articles
   (generator.read);
2. extract each article once per reference date, through the cache
   (generator.extract, generator.cache);
3. merge each briefing's extractions (generator.merge), then apply the
   editors' hides, corrections, order and additions (generator.edits);
4. render every page and JSON file in memory (generator.render);
5. only when every briefing went through without a problem, write them, each
   atomically, deleting only files the generator wrote last time (generator.write).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable, Sequence

from generator import paths
from generator.annotation.load import load_annotations
from generator.cache import ExtractionCache
from generator.edits import apply_edits
from generator.errors import BriefingError, Problem
from generator.extract import extract_article
from generator.merge import merge_briefing, verify_quotes
from generator.model import Annotation, Article, ArticleExtraction, Briefing
from generator.paths import Project
from generator.read.articles import read_article
from generator.archive import build_archive
from generator.render import api, markdown
from generator.render.archive import archive_files, listing
from generator.render.feed import feed_xml
from generator.render.people_pages import people_files
from generator.write import write_tree

Progress = Callable[[str], None]
HOME_LIMIT = 20  # the home page shows the newest; the archive has them all, month by month


@dataclass(frozen=True)
class BuildResult:
    briefings: tuple[Briefing, ...]
    written: tuple[str, ...]  # files changed on disk, relative to docs/
    deleted: tuple[str, ...]


class Extractor:
    """Reads and extracts articles, each once per reference date, through the cache."""

    def __init__(self, project: Project, progress: Progress | None = None, base: Path | None = None):
        self.project = project
        self.cache = ExtractionCache(project.cache_dir)
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
    annotations, problems = load_annotations(project)
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
    problems += same_source_ids(briefings)
    if problems:
        raise BriefingError(problems)
    return tuple(briefings), render_files(briefings, sources)


def same_source_ids(briefings: Sequence[Briefing]) -> list[Problem]:
    """Two article files that would share one source page (`x.txt` and `x.md`): both named."""
    first: dict[str, str] = {}
    problems = []
    for briefing in briefings:
        for source in briefing.sources:
            path = first.setdefault(source.id, source.path)
            if path != source.path:
                problems.append(Problem(source.path, f"has the same source id '{source.id}' as {path}, "
                                                     "so both would share one page; rename one of them"))
    return sorted(set(problems), key=str)  # a pair in several briefings: said once


def render_files(briefings: Sequence[Briefing], sources: dict[str, ArticleExtraction]) -> dict[str, str]:
    archive = build_archive(briefings)
    files = Outputs()
    files.add(paths.HOME_LIST, listing(markdown.briefing_list(briefings, f"{paths.BRIEFINGS}/", limit=HOME_LIMIT)))
    files.add(paths.API_INDEX, api.index_json(briefings))
    files.add(paths.FEED, feed_xml(briefings))
    for path, text in [*archive_files(archive).items(), *people_files(archive.people).items()]:
        files.add(path, text)
    for b in briefings:
        files.add(paths.briefing_md(b.slug), markdown.briefing_page(b, archive.people.links.get(b.slug)))
        files.add(paths.briefing_json(b.slug), api.briefing_json(b))
    citing: dict[str, list[Briefing]] = {}  # one pass: no briefings x sources loop
    for b in briefings:
        for s in b.sources:
            citing.setdefault(s.id, []).append(b)
    for source_id, extraction in sorted(sources.items()):
        files.add(paths.source_md(source_id), markdown.source_page(extraction, citing.get(source_id, [])))
    return files


class Outputs(dict):
    """Generated files by path; like Pelican's writer, one path is never written twice."""

    def add(self, path: str, text: str) -> None:
        if path in self:
            raise BriefingError([Problem(f"docs/{path}", "two generated files would have this path; "
                                                         "nothing was written")])
        self[path] = text


def build(project: Project, include_drafts: bool = False, progress: Progress | None = None) -> BuildResult:
    """Generate every page and JSON file into docs/, ready for MkDocs."""
    briefings, files = generate(project, include_drafts, progress)
    written, deleted = write_tree(project.docs_dir, files, paths.MANIFEST)
    return BuildResult(briefings, written, deleted)
