"""All the annotations of a project, read together: every problem at once."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from generator.errors import BriefingError, Problem
from generator.model import Annotation
from generator.read.annotations import load_annotation


def annotation_files(root: Path) -> list[Path]:
    """Every annotation in briefings/, in name order (builds never depend on the file system's)."""
    folder = root / "briefings"
    return sorted([*folder.glob("*.yml"), *folder.glob("*.yaml")]) if folder.is_dir() else []


def load_annotations(root: Path) -> tuple[tuple[Annotation, ...], list[Problem]]:
    """Every annotation that loads, and every problem of those that do not."""
    annotations, problems = [], []
    for path in annotation_files(root):
        try:
            annotations.append(load_annotation(path, root))
        except BriefingError as error:
            problems += error.problems
    return tuple(annotations), problems + duplicate_slugs(annotations)


def duplicate_slugs(annotations: Sequence[Annotation]) -> list[Problem]:
    """A slug used twice: reported on every file after the first, at its `slug:` line."""
    first: dict[str, str] = {}
    problems = []
    for annotation in annotations:
        if annotation.slug in first:
            where = annotation.positions.get("slug")
            problems.append(Problem(
                annotation.path, f"slug '{annotation.slug}' is already used by "
                f"{first[annotation.slug]}; give this briefing another slug",
                where.line if where else None, where.column if where else None))
        first.setdefault(annotation.slug, annotation.path)
    return problems
