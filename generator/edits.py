"""Applying editors' edits (hide, correct, order, add) to a merged briefing.

Ids in an annotation can only be checked once the articles are extracted, so
this is where an unknown id is found; the annotation remembers where each id
is written (`Annotation.positions`), so the message still names the line.
Every problem in every section is reported at once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Sequence

from generator.errors import BriefingError, Problem
from generator.ids import content_id
from generator.model import (
    Addition, Annotation, Briefing, BriefingFact, BriefingQuote, Correction, Person, Position,
    SectionEdits, TimelineEntry,
)
from generator.read.annotations import display, suggestion
from generator.schema import SECTIONS, Section

# Fields an item must keep: a correction may change them but not empty them.
REQUIRED_FIELDS = frozenset({"text", "name", "start"})


def added_id(prefix: str, *parts: str | None) -> str:
    """An editor's item's id, from its own words: 'qe-1a2b3c' (stable while they stay)."""
    return content_id(prefix, " ".join(p or "" for p in parts))


def _upcoming(start: str, briefing_date: dt.date) -> bool:
    """After the briefing's day: announced, not yet happened. ISO strings compare in order."""
    return start > briefing_date.isoformat()


def _added_item(section: Section, addition: Addition, briefing_date: dt.date) -> Any:
    """One editor's item as the page shows it, flagged as added by the editors."""
    common = {"sources": addition.sources, "anchors": (), "added_by_editors": True,
              "note": addition.note}
    if section.name == "facts":
        return BriefingFact(id=added_id("fe", addition.text), text=addition.text or "", **common)
    if section.name == "quotes":
        return BriefingQuote(id=added_id("qe", addition.text), text=addition.text or "",
                             speaker=addition.speaker, speaker_role=addition.speaker_role, **common)
    if section.name == "timeline":
        start = addition.start or ""
        return TimelineEntry(id=added_id("te", start, addition.end, addition.text), start=start,
                             end=addition.end, text=addition.text or "",
                             upcoming=_upcoming(start, briefing_date), **common)
    common.pop("anchors")
    return Person(id=added_id("pe", addition.name), name=addition.name or "",
                  role=addition.role, **common)


def _unique(items: Sequence[Any], taken: set[str]) -> list[Any]:
    """Number an added item whose id is already used (the same words added twice)."""
    unique = []
    for item in items:
        item_id, n = item.id, 1
        while item_id in taken:
            n += 1
            item_id = f"{item.id}-{n}"
        taken.add(item_id)
        unique.append(item if item_id == item.id else dataclasses.replace(item, id=item_id))
    return unique


def _problem(annotation: Annotation, key_path: str, message: str) -> Problem:
    where = annotation.positions.get(key_path, Position(1, 1))
    return Problem(annotation.path, f"{display(key_path)}: {message}", where.line, where.column)


def _unknown_ids(annotation: Annotation, section: Section, edits: SectionEdits,
                 known: Sequence[str]) -> list[Problem]:
    """Every id in hide, order and correct that names no item of this section."""
    wanted = [(f"{section.name}.{how}.{i}", item_id)
              for how in ("hide", "order") for i, item_id in enumerate(getattr(edits, how))]
    wanted += [(f"{section.name}.correct.{c.id}", c.id) for c in edits.correct]
    return [_problem(annotation, path, f"no {section.noun} '{item_id}'{suggestion(item_id, known)}")
            for path, item_id in wanted if item_id not in known]


def _corrected(item: Any, correction: Correction, section: Section, annotation: Annotation,
               briefing_date: dt.date, problems: list[Problem]) -> Any:
    """The item with the editor's fields set; '' removes an optional value."""
    changes: dict[str, Any] = {}
    for key in section.correct:
        value = getattr(correction, key.name)
        if value is None:
            continue
        if value == "" and key.name in REQUIRED_FIELDS:
            problems.append(_problem(annotation, f"{section.name}.correct.{correction.id}.{key.name}",
                                     "cannot be empty; hide the item instead"))
            continue
        changes[key.name] = value or None
    if any(name != "note" for name in changes):
        changes["corrected"] = True
    if section.name == "timeline" and "start" in changes:
        changes["upcoming"] = _upcoming(changes["start"], briefing_date)
        changes["date_mod"] = None  # the editor's date is the date, not "some time after"
    return dataclasses.replace(item, **changes)


def _pinned_first(items: Sequence[Any], order: Sequence[str]) -> list[Any]:
    """Items named in `order` first, in that order; the rest keep their places."""
    by_id = {item.id: item for item in items}
    pinned = [by_id[item_id] for item_id in dict.fromkeys(order) if item_id in by_id]
    pinned_ids = {item.id for item in pinned}
    return pinned + [item for item in items if item.id not in pinned_ids]


def edit_section(items: Sequence[Any], edits: SectionEdits, section: Section,
                 annotation: Annotation, briefing_date: dt.date) -> tuple[tuple[Any, ...], list[Problem]]:
    """One section after the editors' changes, and the problems found in them."""
    taken = {item.id for item in items}
    added = _unique([_added_item(section, a, briefing_date) for a in edits.add], taken)
    every = [*items, *added]
    problems = _unknown_ids(annotation, section, edits, [item.id for item in every])
    fixes = {c.id: c for c in edits.correct}
    hidden = set(edits.hide)
    shown = [_corrected(item, fixes[item.id], section, annotation, briefing_date, problems)
             if item.id in fixes else item
             for item in every if item.id not in hidden]
    if section.name == "timeline":
        shown.sort(key=TimelineEntry.order)
    return tuple(_pinned_first(shown, edits.order)), problems


def apply_edits(briefing: Briefing, annotation: Annotation) -> Briefing:
    """The briefing as published: hidden items out, corrections in, pinned first, additions in.

    Raises BriefingError listing every unknown id (with a did-you-mean among
    that section's ids) and every impossible correction.
    """
    changed, problems = {}, []
    for section in SECTIONS:
        items, found = edit_section(getattr(briefing, section.name), getattr(annotation, section.name),
                                    section, annotation, briefing.date)
        changed[section.name] = items
        problems += found
    if problems:
        raise BriefingError(sorted(problems, key=lambda p: (p.line or 0, p.column or 0)))
    return dataclasses.replace(briefing, **changed)
