"""Editors' word on discrepancies: hide a false alarm, or say which version is right.

Like the sections' edits (generator.edits), ids are checked here, after
extraction, with the line where the annotation writes them.
"""

from __future__ import annotations

import dataclasses
from typing import Sequence

from generator.annotation.problems import problem_at, suggestion
from generator.errors import Problem
from generator.model import Annotation, Discrepancy


def resolve_discrepancies(found: Sequence[Discrepancy], annotation: Annotation) -> tuple[tuple[Discrepancy, ...], list[Problem]]:
    """The discrepancies as published, and the problems in the editors' word on them."""
    edits = annotation.discrepancies
    known = [d.id for d in found]
    problems = []

    def problem(key_path: str, message: str) -> None:
        problems.append(problem_at(annotation.path, annotation.positions, key_path, message))

    for i, item_id in enumerate(edits.hide):
        if item_id not in known:
            problem(f"discrepancies.hide.{i}", f"no discrepancy '{item_id}'{suggestion(item_id, known)}")
    by_id = {d.id: d for d in found}
    resolved = {}
    for fix in edits.resolve:
        here = f"discrepancies.resolve.{fix.id}"
        if fix.id not in by_id:
            problem(here, f"no discrepancy '{fix.id}'{suggestion(fix.id, known)}")
            continue
        values = [v.value for v in by_id[fix.id].versions]
        if fix.use is not None and fix.use not in values:
            problem(f"{here}.use", f"'{fix.use}' is none of this discrepancy's versions; "
                                   f"use one of {', '.join(repr(v) for v in values)}")
            continue
        resolved[fix.id] = dataclasses.replace(by_id[fix.id], resolution=fix.use, note=fix.note,
                                               corrected=fix.use is not None)
    hidden = set(edits.hide)
    return tuple(resolved.get(d.id, d) for d in found if d.id not in hidden), problems
