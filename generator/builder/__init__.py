"""The build, top to bottom: read -> extract -> merge -> edits -> render -> write.

1. read every annotation (generator.annotation), parsing only files that
   changed (generator.builder.steps);
2. extract each article once per reference date, on every core, only when it
   is not in the cache (generator.builder.steps, generator.builder.parallel);
3. merge each briefing's extractions (generator.merge), then apply the
   editors' hides, corrections, order and additions (generator.edits), again
   only for briefings whose inputs changed;
4. plan every page and JSON file with a key for its inputs, and render only
   those whose key changed since the last build (generator.render);
5. only when every briefing went through without a problem, write them, each
   atomically, deleting only files the generator wrote last time (generator.write).

A rebuild with nothing changed stops after step 1's stat calls: the manifest
records a key of every input, and nothing is parsed, loaded or rendered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Mapping, Sequence

from generator import paths
from generator.builder.cache import ALL_CODE, code_fingerprint, key_of
from generator.errors import BriefingError, Problem
from generator.model import Annotation, Briefing
from generator.cores import machine_cores
from generator.builder.parallel import Job
from generator.paths import Project
from generator.builder.progress import Progress
from generator.archive import build_archive
from generator.render import api, markdown
from generator.render.archive import archive_pages, listing
from generator.render.feed import feed_xml
from generator.render.people_pages import people_pages
from generator.builder.steps import (Briefings, Caches, Extractor, annotation_paths, briefing_key, finished_briefing,
                             load_annotations, load_briefing, source_jobs)
from generator.write import current_files, read_record, recorded_files_current, write_tree

__all__ = ["BuildResult", "Extractor", "build", "finished_briefing", "generate", "load_briefing", "plan_files",
           "same_source_ids"]

HOME_LIMIT = 20  # the home page shows the newest; the archive has them all, month by month


@dataclass(frozen=True)
class BuildResult:
    briefings: tuple[str, ...]  # slugs of the briefings generated
    written: tuple[str, ...]  # files changed on disk, relative to docs/
    deleted: tuple[str, ...]
    # What this build had to do again (the rest was known up to date):
    parsed: tuple[str, ...] = ()  # annotation files
    extracted: tuple[str, ...] = ()  # article files
    merged: tuple[str, ...] = ()  # briefings, by slug
    rendered: tuple[str, ...] = ()  # generated files, relative to docs/
    warnings: tuple[str, ...] = ()  # about the cache: one line each


@dataclass(frozen=True)
class Planned:
    """A generated file: the keys of what it is made from, and how to make it."""

    inputs: tuple[str, ...]
    render: Callable[[], str]


@dataclass
class Sources:
    """Each source article once (the first briefing that cites it decides its
    reference date), with the briefings citing it, in briefing order."""

    jobs: dict[str, Job] = field(default_factory=dict)  # source id -> its extraction
    citing: dict[str, list[Briefing]] = field(default_factory=dict)


@dataclass(frozen=True)
class Finished:
    """The briefings of one build, finished, and what it took to finish them."""

    annotations: Sequence[Annotation]  # every annotation, drafts included
    included: Sequence[Annotation]  # those this build publishes
    keys: Mapping[str, str | None]  # briefing key by slug
    briefings: Sequence[Briefing]
    parsed: Sequence[str]
    merged: Sequence[str]


def build(project: Project, include_drafts: bool = False, progress: Progress | None = None,
          jobs: int | None = None) -> BuildResult:
    """Generate every page and JSON file into docs/, ready for MkDocs; redo only what changed."""
    progress = progress or Progress()
    caches = Caches(project)
    extractor = Extractor(project, caches=caches)
    try:
        record = read_record(project.docs_dir / paths.MANIFEST)
        if unchanged_inputs(project, caches, record, include_drafts):
            return BuildResult(tuple(record.get("briefings", ())), (), (), warnings=tuple(caches.notes.warnings()))
        done = finish_briefings(project, extractor, include_drafts, jobs or machine_cores(), progress)
        written, deleted, rendered = write_files(project, extractor, done, progress)
    finally:
        caches.hashes.save()
    return BuildResult(
        tuple(b.slug for b in done.briefings), written, deleted, tuple(done.parsed),
        tuple(sorted(set(extractor.extracted))), tuple(done.merged), rendered, tuple(caches.notes.warnings()))


def finish_briefings(project: Project, extractor: Extractor, include_drafts: bool, processes: int,
                     progress: Progress) -> Finished:
    """Every briefing finished, from the cache or made again; BriefingError with every problem."""
    caches = extractor.caches
    annotations, problems, parsed = load_annotations(project, caches)
    included = [a for a in annotations if include_drafts or a.status != "draft"]
    keys = {a.slug: briefing_key(a, extractor) for a in included}
    # What the briefings to merge again need is extracted first, on every core.
    stale = {a.slug for a in included if not (keys[a.slug] and caches.briefings.has(keys[a.slug]))}
    extractor.extract_many([job for a in included if a.slug in stale for job in source_jobs(a)], processes, progress)
    store = Briefings(extractor, caches)
    finished: list[Briefing] = []
    with progress.step("Merging", len(stale), "briefings") as advance:
        for annotation in included:
            try:
                finished.append(store.get(annotation, keys[annotation.slug]))
            except BriefingError as error:
                problems += error.problems
            if annotation.slug in stale:
                advance()
    problems += same_source_ids(finished)
    if problems:
        raise BriefingError(problems)
    return Finished(annotations, included, keys, finished, parsed, store.merged)


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


def generate(project: Project, include_drafts: bool = False,
             progress: Progress | None = None) -> tuple[tuple[Briefing, ...], dict[str, str]]:
    """Every generated file's text by its path under docs/, all rendered; nothing written
    (for tools that want the files themselves; the cache is used and kept)."""
    extractor = Extractor(project)
    try:
        done = finish_briefings(project, extractor, include_drafts, machine_cores(), progress or Progress())
    finally:
        extractor.caches.hashes.save()
    planned = plan_files(done.briefings, done.keys, sources_of(done.briefings, done.included), extractor)
    return tuple(done.briefings), {name: p.render() for name, p in planned.items()}


def write_files(project: Project, extractor: Extractor, done: Finished,
                progress: Progress) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Render the files whose inputs changed and write those whose text changed:
    (written, deleted, rendered)."""
    planned = plan_files(done.briefings, done.keys, sources_of(done.briefings, done.included), extractor)
    keys = {name: key_of(code_fingerprint(ALL_CODE), name, *p.inputs) for name, p in planned.items()}
    current = current_files(project.docs_dir, keys, paths.MANIFEST)
    rendered = tuple(name for name in sorted(planned) if name not in current)
    record = {"briefings": [b.slug for b in done.briefings],
              "inputs": input_record(extractor.caches, done.annotations, done.included)}
    with progress.step("Writing", len(rendered), "files") as advance:
        written, deleted = write_tree(
            project.docs_dir, {name: _counted(p.render, advance) for name, p in planned.items()},
            paths.MANIFEST, keys=keys, current=current, record=record)
    return written, deleted, rendered


def _counted(render: Callable[[], str], advance: Callable[[], None]) -> Callable[[], str]:
    def counted() -> str:
        text = render()
        advance()
        return text

    return counted


def plan_files(briefings: Sequence[Briefing], keys: Mapping[str, str | None], sources: Sources,
               extractor: Extractor) -> dict[str, Planned]:
    """Every generated file with the keys it is made from: a page of one briefing
    depends on that briefing's key, a page listing briefings on all of them."""
    every = tuple(str(keys[b.slug]) for b in briefings)
    archive = build_archive(briefings)
    files = Outputs()
    files.add(paths.HOME_LIST, Planned(every, lambda: listing(
        markdown.briefing_list(briefings, f"{paths.BRIEFINGS}/", limit=HOME_LIMIT))))
    files.add(paths.API_INDEX, Planned(every, lambda: api.index_json(briefings)))
    files.add(paths.FEED, Planned(every, lambda: feed_xml(briefings)))
    # Archive, tag and people pages: each made from the briefings it shows, so an
    # edited briefing renders again only the pages that list it.
    for path, page in [*archive_pages(archive).items(), *people_pages(archive.people).items()]:
        files.add(path, Planned((*(str(keys[b.slug]) for b in page.briefings), page.shows), page.render))
    for b in briefings:
        mine = (str(keys[b.slug]),)
        links = archive.people.links.get(b.slug)  # to people pages: other briefings decide them
        files.add(paths.briefing_md(b.slug), Planned((*mine, repr(sorted(links.items())) if links else ""),
                                                     lambda b=b, links=links: markdown.briefing_page(b, links)))
        files.add(paths.briefing_json(b.slug), Planned(mine, lambda b=b: api.briefing_json(b)))
    for source_id, job in sorted(sources.jobs.items()):
        citing = sources.citing[source_id]
        files.add(paths.source_md(source_id), Planned(
            (str(extractor.key(job.path, job.reference)), *(str(keys[b.slug]) for b in citing)),
            lambda job=job, citing=citing: markdown.source_page(extractor.extract(job.path, job.reference), citing)))
    return files


class Outputs(dict):
    """Generated files by path; like Pelican's writer, one path is never written twice."""

    def add(self, path: str, planned: Planned) -> None:
        if path in self:
            raise BriefingError([Problem(f"docs/{path}", "two generated files would have this path; "
                                                         "nothing was written")])
        self[path] = planned


def sources_of(briefings: Sequence[Briefing], annotations: Sequence[Annotation]) -> Sources:
    """Every source of the briefings, with the extraction its page shows and who cites it."""
    by_slug = {a.slug: a for a in annotations}
    found = Sources()
    for b in briefings:
        for source, job in zip(b.sources, source_jobs(by_slug[b.slug])):
            found.jobs.setdefault(source.id, job)
            found.citing.setdefault(source.id, []).append(b)
    return found


# --------------------------------------------------------------------------
# the record of a build's inputs, for a rebuild with nothing changed
# --------------------------------------------------------------------------


def input_record(caches: Caches, annotations: Sequence[Annotation], included: Sequence[Annotation]) -> dict:
    """What the build read: every annotation and source by content hash, the code's hash,
    each annotation's sources and whether it is a draft, and which were included."""
    files = {}
    for a in annotations:
        for path in (a.path, *(s.path for s in a.sources)):
            files[path] = caches.hashes.digest(path)
    return {
        "code": code_fingerprint(ALL_CODE),
        "files": files,
        "annotations": {a.path: [a.status == "draft", [s.path for s in a.sources]] for a in annotations},
        "included": [a.path for a in included],
    }


def unchanged_inputs(project: Project, caches: Caches, record: dict, include_drafts: bool) -> bool:
    """Whether the last build read exactly these inputs, and its output is still as written."""
    inputs = record.get("inputs")
    if not isinstance(inputs, dict) or inputs.get("code") != code_fingerprint(ALL_CODE):
        return False
    try:
        annotations = inputs["annotations"]
        present = {rel for _, rel in annotation_paths(project)}
        if present != set(annotations):
            return False
        if any(caches.hashes.digest(path) != digest for path, digest in inputs["files"].items()):
            return False
        included = [path for path in sorted(annotations) if include_drafts or not annotations[path][0]]
        if included != sorted(inputs["included"]):
            return False
    except (KeyError, TypeError, AttributeError, IndexError):
        return False  # a manifest from an older generator, or damaged: build in full
    return recorded_files_current(project.docs_dir, record)
