"""What editors do from the terminal: start an annotation, check, show, and edit one.

`check_project` runs every check the build runs and gathers every problem.
`new_annotation` writes a starter file listing what the extractor found, with
ids. `hide_item` and `fix_item` write into an annotation the way an editor
would, keeping its comments, key order and layout (round-trip YAML), and only
replace the file once the result is known to be valid (atomic write).
"""

from __future__ import annotations

import datetime as dt
import re
from io import StringIO
from pathlib import Path
from typing import Callable, Mapping, Sequence

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from generator.edits import apply_edits
from generator.editor_text import briefing_text, starter_text
from generator.errors import BriefingError, Problem, fail
from generator.model import Annotation, Briefing, SourceEntry
from generator.read.annotation_set import load_annotations
from generator.read.annotations import (
    annotation_from, parse_yaml, relative_name, round_trip_yaml, suggestion,
)
from generator.write import write_atomic
from generator.schema import SECTION_BY_NAME, SECTIONS, SLUG_PATTERN

Loader = Callable[[Annotation], Briefing]  # merged briefing, before editors' edits
SLUG_WORDS = 6  # a starter's slug: the title's first words


# --------------------------------------------------------------------------
# check
# --------------------------------------------------------------------------


def published_loader(root: Path) -> Callable[[Annotation], Briefing]:
    """The briefing as published, through the build (which also checks quotes against sources)."""
    from generator import build  # the whole pipeline: only when it is needed

    extractor = build.Extractor(build.Project(root))
    return lambda annotation: build.finished_briefing(annotation, extractor)[0]


def check_project(root: Path, load: Loader | None = None) -> list[Problem]:
    """Every problem in every annotation and source, as the build would find them."""
    if not (root / "briefings").is_dir():
        return [Problem("briefings", "no briefings/ folder here; run the command in the project "
                                     "folder or give --project")]
    annotations, problems = load_annotations(root)
    finished = published_loader(root) if load is None else (
        lambda annotation: apply_edits(load(annotation), annotation))
    for annotation in annotations:
        try:
            finished(annotation)
        except BriefingError as error:
            problems += error.problems
    return problems


# --------------------------------------------------------------------------
# show
# --------------------------------------------------------------------------


def find_annotation(root: Path, slug: str) -> Annotation:
    """The annotation whose slug is `slug`; its own problems if it has any."""
    annotations, problems = load_annotations(root)
    for annotation in annotations:
        if annotation.slug == slug:
            return annotation
    broken = [p for p in problems if Path(p.path).stem == slug]
    if broken:
        raise BriefingError(broken)
    raise fail("briefings", f"no briefing with slug '{slug}'"
                            f"{suggestion(slug, [a.slug for a in annotations])}")


def merged_loader(root: Path) -> Loader:
    """Read, extract and merge through the build's cache (no edits applied)."""
    from generator import build  # the whole pipeline: only when it is needed

    extractor = build.Extractor(build.Project(root))
    return lambda annotation: build.load_briefing(annotation, extractor)[0]


def show_briefing(root: Path, slug: str, load: Loader | None = None) -> str:
    """The briefing as the site shows it, with each item's id, for the terminal."""
    annotation = find_annotation(root, slug)
    briefing = apply_edits((load or merged_loader(root))(annotation), annotation)
    return briefing_text(briefing, annotation)


# --------------------------------------------------------------------------
# new
# --------------------------------------------------------------------------


def _article_paths(articles: Sequence[Path], root: Path) -> list[str]:
    """Project-relative paths of the articles; every missing or outside one reported."""
    paths, problems = [], []
    for article in articles:
        target = (root / article).resolve()
        if not target.is_relative_to(root.resolve()):
            problems.append(Problem(str(article), "is outside the project; articles must be in it"))
        elif not target.is_file():
            problems.append(Problem(str(article), "does not exist"))
        else:
            paths.append(target.relative_to(root.resolve()).as_posix())
    if problems:
        raise BriefingError(problems)
    return paths


def slug_from(title: str, date: dt.date) -> str:
    """A page address from a title's first words: 'russian-fm-lavrov-to-visit-north'."""
    words = re.findall(r"[a-z0-9]+", title.lower())[:SLUG_WORDS]
    return "-".join(words) or f"briefing-{date.isoformat()}"


def _starter_briefing(paths: Sequence[str], load: Loader, rel: str) -> Briefing:
    """The merged briefing, dated like its newest article so relative dates resolve right."""
    today = dt.date.today()
    sources = tuple(SourceEntry(path) for path in paths)
    draft = Annotation(path=rel, slug="new", title="", date=today, sources=sources)
    briefing = load(draft)
    dates = [s.date for s in briefing.sources if s.date and not s.date_from_briefing]
    if dates and max(dates) != today:
        briefing = load(Annotation(path=rel, slug="new", title="", date=max(dates), sources=sources))
    return briefing


def new_annotation(articles: Sequence[Path], root: Path, briefings_dir: Path,
                   slug: str | None = None, load: Loader | None = None, title: str | None = None,
                   status: str = "draft") -> Path:
    """Write a starter annotation for `articles`; never overwrite a file. Returns its path.

    Without `title`, the first source's headline is the briefing's title.
    """
    if slug is not None and not re.fullmatch(SLUG_PATTERN, slug):
        raise fail(slug, "is not a page address; use lowercase letters, digits and '-'")
    paths = _article_paths(articles, root)
    if slug is not None:
        _refuse_existing(briefings_dir / f"{slug}.yaml", root)
    briefing = _starter_briefing(paths, load or merged_loader(root),
                                 relative_name(briefings_dir / "new.yaml", root))
    title = title or next((s.title for s in briefing.sources if s.title), "") or "New briefing"
    target = briefings_dir / f"{slug or slug_from(title, briefing.date)}.yaml"
    _refuse_existing(target, root)
    text = starter_text(briefing, title, status)
    briefings_dir.mkdir(parents=True, exist_ok=True)
    with open(target, "x", encoding="utf-8") as out:  # "x": never replace a file made meanwhile
        out.write(text)
    return target


def _refuse_existing(target: Path, root: Path) -> None:
    if target.exists():
        raise fail(relative_name(target, root), "already exists; edit it, or choose another "
                                                "name with --slug")


# --------------------------------------------------------------------------
# writing into an annotation, round trip
# --------------------------------------------------------------------------


def guess_indent(text: str) -> tuple[int, int]:
    """(mapping indent, offset of '-' in lists) as the file is written: 2 and 2 by default."""
    mapping = re.search(r"^[^\s#-][^\n]*:[ \t]*\n(?:[ \t]*#[^\n]*\n)*( +)[^\s#-]", text, re.M)
    dash = re.search(r"^[^\s#-][^\n]*:[ \t]*\n(?:[ \t]*#[^\n]*\n)*( *)- ", text, re.M)
    return (len(mapping.group(1)) if mapping else 2), (len(dash.group(1)) if dash else 2)


def rewrite_annotation(path: Path, root: Path, change: Callable[[CommentedMap], None]) -> None:
    """Apply `change` to the file's YAML, keep everything else, and replace it atomically.

    The new text is validated first: a change that would break the file is
    refused and the file is left as it was.
    """
    rel = relative_name(path, root)
    text = path.read_text(encoding="utf-8")
    document = parse_yaml(text, rel)
    change(document)
    yaml = round_trip_yaml()
    mapping, offset = guess_indent(text)
    yaml.indent(mapping=mapping, sequence=offset + 2, offset=offset)
    out = StringIO()
    yaml.dump(document, out)
    new_text = out.getvalue()
    annotation_from(parse_yaml(new_text, rel), rel, root, path.stem)
    write_atomic(path, new_text)


def _section_of(root: Path, annotation: Annotation, item_id: str, load: Loader | None) -> str:
    """Which section holds `item_id`, among found and added items; did-you-mean otherwise."""
    merged = (load or merged_loader(root))(annotation)
    edited = apply_edits(merged, annotation)
    every: list[str] = []
    for section in SECTIONS:
        ids = {item.id for item in (*getattr(merged, section.name), *getattr(edited, section.name))}
        if item_id in ids:
            return section.name
        every += sorted(ids)
    raise fail(annotation.path, f"no item '{item_id}' in briefing '{annotation.slug}'"
                                f"{suggestion(item_id, every)}; `briefing show "
                                f"{annotation.slug}` lists the ids")


def _section_node(document: CommentedMap, name: str) -> CommentedMap:
    if not isinstance(document.get(name), CommentedMap):
        document[name] = CommentedMap()
    return document[name]


def hide_item(root: Path, slug: str, item_id: str, load: Loader | None = None) -> str:
    """Add `item_id` to its section's `hide:` list; say what was done."""
    annotation = find_annotation(root, slug)
    section = _section_of(root, annotation, item_id, load)
    if item_id in getattr(annotation, section).hide:
        return f"{item_id} is already hidden in {annotation.path}"

    def change(document: CommentedMap) -> None:
        node = _section_node(document, section)
        if not isinstance(node.get("hide"), CommentedSeq):
            node["hide"] = CommentedSeq()
        if not node["hide"]:
            node["hide"].fa.set_flow_style()  # `hide: [q-1a2b3c]`, as editors write it
        node["hide"].append(item_id)

    rewrite_annotation(root / annotation.path, root, change)
    return f"{item_id} hidden: added to {section}.hide in {annotation.path}"


def fix_item(root: Path, slug: str, item_id: str, changes: Mapping[str, str],
             load: Loader | None = None) -> str:
    """Set fields of `item_id` under its section's `correct:`; say what was done."""
    annotation = find_annotation(root, slug)
    section = _section_of(root, annotation, item_id, load)
    allowed = [key.name for key in SECTION_BY_NAME[section].correct]
    wrong = [name for name in changes if name not in allowed]
    if wrong or not changes:
        noun = SECTION_BY_NAME[section].noun
        raise fail(annotation.path, f"a {noun} cannot be corrected with "
                                    f"{', '.join(wrong) or 'nothing'}; give one of {', '.join(allowed)}")

    def change(document: CommentedMap) -> None:
        node = _section_node(document, section)
        if not isinstance(node.get("correct"), CommentedMap):
            node["correct"] = CommentedMap()
        if not node["correct"]:
            node["correct"].fa.set_block_style()
        fields = node["correct"].get(item_id)
        if not isinstance(fields, CommentedMap):
            fields = node["correct"][item_id] = CommentedMap()
            fields.fa.set_flow_style()
        fields.update(changes)

    rewrite_annotation(root / annotation.path, root, change)
    said = ", ".join(f"{name}: {value}" for name, value in changes.items())
    return f"{item_id} corrected ({said}) in {annotation.path}"
