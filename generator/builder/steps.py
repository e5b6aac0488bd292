"""The build's steps through the cache: each redone only when its inputs changed.

- an annotation is parsed again only when its file changed (or a source it
  names is gone, so that the reader can say so at the right line);
- an article is extracted again only when its bytes, its reference date or
  the extraction code changed, on every core (generator.builder.parallel);
- a briefing is merged and edited again only when its annotation, one of its
  extractions or the code changed.

Every key is a hash of the step's inputs (generator.builder.cache.key_of); files are
known by a content hash kept beside their stat (generator.builder.stamps), so an
unchanged file is not even read.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable, Iterable

from generator.annotation.load import annotation_files, duplicate_slugs, load_annotation
from generator.builder.cache import (ALL_CODE, ANNOTATION_CODE, CODE, CacheNotes, Store,
                             code_fingerprint, key_of)
from generator.errors import BriefingError, Problem
from generator.model import Annotation, ArticleExtraction, Briefing
from generator.builder.parallel import Job, extract_all, run_job
from generator.paths import Project, relative_name
from generator.builder.progress import Progress
from generator.builder.stamps import FileHashes


class Caches:
    """The stores of one build, and what went wrong with them (told once, at the end)."""

    def __init__(self, project: Project):
        root = project.cache_root
        self.notes = CacheNotes(project.relative(root))
        self.hashes = FileHashes(project.root, root / "stamps.json", self.notes)
        self.annotations = Store(root / "annotations", self.notes)
        self.extractions = Store(root / "extract", self.notes)
        self.briefings = Store(root / "briefings", self.notes)


# --------------------------------------------------------------------------
# annotations
# --------------------------------------------------------------------------


def load_annotations(project: Project, caches: Caches) -> tuple[list[Annotation], list[Problem], list[str]]:
    """Every annotation that loads, the problems of those that do not, and which were parsed."""
    annotations, problems, parsed = [], [], []
    code = code_fingerprint(ANNOTATION_CODE)
    for path, rel in annotation_paths(project):
        digest = caches.hashes.digest(rel)
        key = key_of(code, rel, digest)
        found = caches.annotations.get(key, Annotation) if digest else None
        if found is None or not all((project.root / s.path).is_file() for s in found.sources):
            parsed.append(rel)
            try:
                found = load_annotation(path, project.root)
            except BriefingError as error:
                problems += error.problems
                continue
            if digest:
                caches.annotations.put(key, found)
        annotations.append(found)
    return annotations, problems + duplicate_slugs(annotations), parsed


def annotation_paths(project: Project) -> list[tuple[Path, str]]:
    """Every annotation file with its project-relative name (the folder resolved once)."""
    folder = relative_name(project.briefings_dir, project.root)
    return [(path, f"{folder}/{path.name}") for path in annotation_files(project)]


# --------------------------------------------------------------------------
# extraction
# --------------------------------------------------------------------------


class Extractor:
    """Articles' extractions by path and reference date, through the cache.

    Keeps in memory only what the cache could not take (when `.cache` cannot be
    written), so memory does not grow with the archive.
    """

    def __init__(self, project: Project, progress: Callable[[str], None] | None = None,
                 base: Path | None = None, caches: Caches | None = None):
        self.project = project
        self.caches = caches or Caches(project)
        self.say = progress or (lambda message: None)  # "Extracting PATH", for one-off commands
        self.base = base or project.root  # what relative paths are relative to
        # Files outside the project (`briefing cluster` names them from where it runs)
        # are hashed without keeping their stamps.
        self.hashes = self.caches.hashes if self.base == project.root else \
            FileHashes(self.base, None, self.caches.notes)
        self.code = code_fingerprint(CODE)
        self.memory: dict[str, ArticleExtraction] = {}
        self.extracted: list[str] = []

    def key(self, path: str, reference: dt.date | None) -> str | None:
        """The extraction's key; None when the file cannot be read (extracting says why)."""
        digest = self.hashes.digest(path)
        return key_of(self.code, path, digest, reference) if digest else None

    def is_cached(self, key: str | None) -> bool:
        return key is not None and (key in self.memory or self.caches.extractions.has(key))

    def extract(self, path: str, reference: dt.date | None) -> ArticleExtraction:
        """The extraction, from the cache or made now; BriefingError if the article cannot be read."""
        key = self.key(path, reference)
        found = self.memory.get(key) if key else None
        if found is None and key:
            found = self.caches.extractions.get(key, ArticleExtraction)
        if found is None:
            self.say(f"Extracting {path}")
            job, found, problems = run_job(self.base, Job(path, reference))
            if found is None:
                raise BriefingError(problems)
            self.keep(job, found)
        return found

    def extract_many(self, jobs: Iterable[Job], processes: int, progress: Progress) -> list[Problem]:
        """Extract every job not yet cached, on `processes` processes; their problems."""
        todo = sorted({job for job in jobs if not self.is_cached(self.key(job.path, job.reference))},
                      key=lambda job: (job.path, str(job.reference)))
        problems: list[Problem] = []
        with progress.step("Extracting", len(todo), "articles") as advance:
            for job, extraction, found in extract_all(self.base, todo, processes):
                if extraction is not None:
                    self.keep(job, extraction)
                problems += found
                advance()
        return sorted(set(problems), key=str)

    def keep(self, job: Job, extraction: ArticleExtraction) -> None:
        self.extracted.append(job.path)
        key = self.key(job.path, job.reference)
        if key is None:
            return
        self.caches.extractions.put(key, extraction)
        if self.caches.notes.unwritable:
            self.memory[key] = extraction


# --------------------------------------------------------------------------
# briefings
# --------------------------------------------------------------------------


def source_jobs(annotation: Annotation) -> list[Job]:
    """The articles a briefing reads, each against its own date or the briefing's."""
    return [Job(entry.path, entry.date or annotation.date) for entry in annotation.sources]


def load_briefing(annotation: Annotation, extractor: Extractor) -> tuple[Briefing, tuple[ArticleExtraction, ...]]:
    """Read, extract and merge one briefing, before editors' edits."""
    from generator.merge import merge_briefing  # loads spaCy's word lists: only when merging

    extractions, problems = [], []
    for job in source_jobs(annotation):
        try:
            extractions.append(extractor.extract(job.path, job.reference))
        except BriefingError as error:
            problems += error.problems
    if problems:
        raise BriefingError(problems)
    return merge_briefing(annotation, extractions), tuple(extractions)


def finished_briefing(annotation: Annotation, extractor: Extractor) -> tuple[Briefing, tuple[ArticleExtraction, ...]]:
    """The briefing as published: merged, edited, every quote checked against its source."""
    from generator.edits import apply_edits
    from generator.merge import verify_quotes

    merged, extractions = load_briefing(annotation, extractor)
    briefing = apply_edits(merged, annotation)
    verify_quotes(briefing, extractions)
    return briefing, extractions


def briefing_key(annotation: Annotation, extractor: Extractor) -> str | None:
    """A hash of everything a finished briefing depends on; None if a file cannot be read."""
    annotation_digest = extractor.caches.hashes.digest(annotation.path)
    keys = [extractor.key(job.path, job.reference) for job in source_jobs(annotation)]
    if annotation_digest is None or None in keys:
        return None
    return key_of(code_fingerprint(ALL_CODE), annotation.path, annotation_digest, *keys)


class Briefings:
    """Finished briefings by slug: from the cache, or merged now (and then cached)."""

    def __init__(self, extractor: Extractor, caches: Caches):
        self.extractor = extractor
        self.caches = caches
        self.loaded: dict[str, Briefing] = {}
        self.merged: list[str] = []

    def get(self, annotation: Annotation, key: str | None) -> Briefing:
        """The briefing; BriefingError with its problems if it cannot be made."""
        if annotation.slug in self.loaded:
            return self.loaded[annotation.slug]
        found = self.caches.briefings.get(key, Briefing) if key else None
        if found is None:
            found, _ = finished_briefing(annotation, self.extractor)
            self.merged.append(annotation.slug)
            if key:
                self.caches.briefings.put(key, found)
        self.loaded[annotation.slug] = found
        return found

