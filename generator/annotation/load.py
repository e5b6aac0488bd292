"""Reading editors' annotation files (briefings/*.yaml) into Annotations.

Everything that can be checked without running the extractor is checked here,
against the keys of `generator.annotation.schema`, and every problem of every
file is reported at once. Ids (which need extraction) are checked by
`generator.edits.apply_edits`, using `Annotation.positions`.
"""

from __future__ import annotations

import datetime as dt
import pathlib
import re
from typing import Any, Sequence

from generator.annotation import schema
from generator.annotation.options import Slug, check_keys
from generator.annotation.problems import Checker, by_position, kind_of, suggestion
from generator.annotation.yaml_io import parse_yaml, positions_of
from generator.errors import BriefingError, Problem, fail
from generator.ids import SLUG_PATTERN
from generator.model import Annotation
from generator.paths import RESERVED_SLUGS, Project, relative_name, source_id


def annotation_from(document: Any, rel: str, root: pathlib.Path, stem: str) -> Annotation:
    """Validate a parsed YAML document; raise BriefingError with every problem found."""
    if document is None:
        raise fail(rel, "the file is empty; an annotation needs at least title, date and sources", 1, 1)
    if not isinstance(document, dict):
        raise fail(rel, f"expected keys like 'title: ...' at the top level, got {kind_of(document)}", 1, 1)
    positions = positions_of(document)
    checker = Checker(rel, root, positions)
    check_keys(document, schema.TOP_KEYS, "", checker)
    values = {key.name: key.option.check(document.get(key.name), key.name, checker)
              for key in schema.TOP_KEYS if key.name != "slug"}
    _check_added_sources(values, checker)
    annotation = Annotation(
        path=rel, slug=_slug(document.get("slug"), stem, checker),
        title=values["title"] or "", date=values["date"] or dt.date.min,
        positions=positions, **{name: value for name, value in values.items()
                                if name not in ("title", "date")})
    if checker.problems:
        raise BriefingError(by_position(checker.problems))
    return annotation


def _slug(value: Any, stem: str, checker: Checker) -> str:
    """The slug written, else the file name, which must then make a page address."""
    if value is None:
        if not re.fullmatch(SLUG_PATTERN, stem):
            checker.report("", f"the file name '{stem}' cannot be a page address; rename the file "
                               "or set slug: to lowercase words joined by '-'")
        elif stem in RESERVED_SLUGS:
            checker.report("", f"the file name '{stem}' is the address of one of the site's own "
                               "pages; rename the file or set slug: to another address")
        return stem
    return Slug().check(value, "slug", checker)


def _check_added_sources(values: dict[str, Any], checker: Checker) -> None:
    """An editor's item may only name sources this briefing has."""
    source_ids = {source_id(entry.path) for entry in values["sources"]}
    if not source_ids:
        return
    for section in schema.SECTIONS:
        for index, addition in enumerate(values[section.name].add):
            for i, source in enumerate(addition.sources):
                if source not in source_ids:
                    checker.report(f"{section.name}.add.{index}.sources.{i}",
                                   f"no source '{source}' in this briefing{suggestion(source, source_ids)}")


def load_annotation(path: pathlib.Path, root: pathlib.Path) -> Annotation:
    """Read and validate one annotation file; BriefingError lists every problem in it."""
    rel = relative_name(path, root)
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise fail(rel, "the file does not exist") from None
    except OSError as error:
        raise fail(rel, f"cannot read the file: {error.strerror}") from None
    except UnicodeDecodeError:
        raise fail(rel, "is not UTF-8 text; save it as UTF-8") from None
    return annotation_from(parse_yaml(text, rel), rel, root, path.stem)


# --------------------------------------------------------------------------
# every annotation of a project
# --------------------------------------------------------------------------


def annotation_files(project: Project) -> list[pathlib.Path]:
    """Every annotation in briefings/, in name order (builds never depend on the file system's)."""
    folder = project.briefings_dir
    return sorted([*folder.glob("*.yml"), *folder.glob("*.yaml")]) if folder.is_dir() else []


def load_annotations(project: Project) -> tuple[tuple[Annotation, ...], list[Problem]]:
    """Every annotation that loads, and every problem of those that do not."""
    annotations, problems = [], []
    for path in annotation_files(project):
        try:
            annotations.append(load_annotation(path, project.root))
        except BriefingError as error:
            problems += error.problems
    return tuple(annotations), problems + duplicate_slugs(annotations)


def duplicate_slugs(annotations: Sequence[Annotation]) -> list[Problem]:
    """A slug used twice, blamed where it was chosen: on a file that wrote `slug:`
    rather than on one whose name gave it, else on every file after the first."""
    by_slug: dict[str, list[Annotation]] = {}
    for annotation in annotations:
        by_slug.setdefault(annotation.slug, []).append(annotation)
    problems = []
    for slug, sharing in by_slug.items():
        # The file named after the slug keeps it when the others chose it by hand.
        named = [a for a in sharing if "slug" not in a.positions]
        owner = named[0] if len(named) == 1 else sharing[0]
        for annotation in sharing:
            if annotation is owner:
                continue
            where = annotation.positions.get("slug")
            problems.append(Problem(
                annotation.path, f"slug '{slug}' is already used by {owner.path}; "
                "give this briefing another slug",
                where.line if where else None, where.column if where else None))
    return problems


def find_annotation(project: Project, slug: str) -> Annotation:
    """The annotation whose slug is `slug`; its own problems if it has any."""
    annotations, problems = load_annotations(project)
    for annotation in annotations:
        if annotation.slug == slug:
            return annotation
    broken = [p for p in problems if pathlib.Path(p.path).stem == slug]
    if broken:
        raise BriefingError(broken)
    raise fail(project.relative(project.briefings_dir), f"no briefing with slug '{slug}'"
                            f"{suggestion(slug, [a.slug for a in annotations])}")
