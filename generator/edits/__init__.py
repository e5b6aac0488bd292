"""Applying editors' edits (hide, correct, order, add) to a merged briefing, then
capping the key facts (the editors' pinned and added ones always stay).

Ids in an annotation can only be checked once the articles are extracted, so
this is where an unknown id is found; the annotation remembers where each id
is written (`Annotation.positions`), so the message still names the line.
Every problem in every section is reported at once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Sequence

from generator.annotation.problems import by_position, problem_at, suggestion
from generator.annotation.schema import SECTIONS, Section
from generator.errors import BriefingError, Problem
from generator.ids import content_id, numbered
from generator.merge.outlets import independent_outlets, outlets_by_source
from generator.model import (
    Addition, Annotation, Briefing, BriefingFact, BriefingQuote, Correction, Item, Person,
    SectionEdits, TimelineEntry,
)
from generator.edits.resolutions import resolve_discrepancies

# Fields an item must keep: a correction may change them but not empty them.
REQUIRED_FIELDS = frozenset({"text", "name", "start"})
# Key facts a page lists; the rest fold away under "more facts".
KEY_FACTS = 8


def added_id(prefix: str, *parts: str | None) -> str:
    """An editor's item's id, from its own words: 'qe-1a2b3c' (stable while they stay)."""
    return content_id(prefix, " ".join(p or "" for p in parts))


def _upcoming(start: str, briefing_date: dt.date) -> bool:
    """After the briefing's day: announced, not yet happened. ISO strings compare in order."""
    return start > briefing_date.isoformat()


def _added_item(section: Section, addition: Addition, briefing_date: dt.date) -> Item:
    """One editor's item as the page shows it, flagged as added by the editors."""
    common = {"sources": addition.sources, "added_by_editors": True, "note": addition.note}
    prefix = section.added_prefix
    if section.name == "facts":
        return BriefingFact(id=added_id(prefix, addition.text), text=addition.text or "", **common)
    if section.name == "quotes":
        return BriefingQuote(id=added_id(prefix, addition.text), text=addition.text or "",
                             speaker=addition.speaker, speaker_role=addition.speaker_role, **common)
    if section.name == "timeline":
        start = addition.start or ""
        return TimelineEntry(id=added_id(prefix, start, addition.end, addition.text), start=start,
                             end=addition.end, text=addition.text or "",
                             upcoming=_upcoming(start, briefing_date), **common)
    return Person(id=added_id(prefix, addition.name), name=addition.name or "",
                  role=addition.role, **common)


def _problem(annotation: Annotation, key_path: str, message: str) -> Problem:
    return problem_at(annotation.path, annotation.positions, key_path, message)


def _unknown_ids(annotation: Annotation, section: Section, edits: SectionEdits,
                 known: Sequence[str]) -> list[Problem]:
    """Every id in hide, order and correct that names no item of this section."""
    wanted = [(f"{section.name}.{how}.{i}", item_id)
              for how in ("hide", "order") for i, item_id in enumerate(getattr(edits, how))]
    wanted += [(f"{section.name}.correct.{c.id}", c.id) for c in edits.correct]
    return [_problem(annotation, path, f"no {section.noun} '{item_id}'{suggestion(item_id, known)}")
            for path, item_id in wanted if item_id not in known]


def _corrected(item: Item, correction: Correction, section: Section, annotation: Annotation,
               briefing_date: dt.date, problems: list[Problem]) -> Item:
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


def _pinned_first(items: Sequence[Item], order: Sequence[str]) -> list[Item]:
    """Items named in `order` first, in that order; the rest keep their places."""
    by_id = {item.id: item for item in items}
    pinned = [by_id[item_id] for item_id in dict.fromkeys(order) if item_id in by_id]
    pinned_ids = {item.id for item in pinned}
    return pinned + [item for item in items if item.id not in pinned_ids]


def edit_section(items: Sequence[Item], edits: SectionEdits, section: Section,
                 annotation: Annotation, briefing_date: dt.date) -> tuple[tuple[Item, ...], list[Problem]]:
    """One section after the editors' changes, and the problems found in them."""
    taken = {item.id for item in items}
    # The same words added twice get numbered ids, like repeated found items.
    added = [item.with_id(numbered(item.id, taken))
             for item in (_added_item(section, a, briefing_date) for a in edits.add)]
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


def key_facts(facts: Sequence[BriefingFact], pinned: Sequence[str],
              limit: int = KEY_FACTS) -> tuple[tuple[BriefingFact, ...], tuple[BriefingFact, ...]]:
    """The key facts and the rest: the most central up to `limit`, but every fact the
    editors pinned or added is a key fact whatever the count."""
    chosen = {f.id for f in facts if f.id in pinned or f.added_by_editors}
    for fact in facts:
        if len(chosen) >= limit:
            break
        chosen.add(fact.id)
    return (tuple(f for f in facts if f.id in chosen), tuple(f for f in facts if f.id not in chosen))


def _with_outlets(facts: Sequence[Item], briefing: Briefing) -> list[Item]:
    """Editors' facts count the outlets of the sources they name, like found ones."""
    outlet_of = outlets_by_source(briefing.sources)
    return [dataclasses.replace(f, corroboration=independent_outlets(f.sources, outlet_of))
            if f.added_by_editors else f for f in facts]


def apply_edits(briefing: Briefing, annotation: Annotation) -> Briefing:
    """The briefing as published: hidden items out, corrections in, pinned first, additions in,
    the key facts capped, the editors' word on discrepancies taken.

    Raises BriefingError listing every unknown id (with a did-you-mean among
    that section's ids) and every impossible correction.
    """
    changed, problems = {}, []
    for section in SECTIONS:
        items, found = edit_section(getattr(briefing, section.name), getattr(annotation, section.name),
                                    section, annotation, briefing.date)
        changed[section.name] = items
        problems += found
    changed["facts"], changed["more_facts"] = key_facts(_with_outlets(changed["facts"], briefing),
                                                        annotation.facts.order)
    changed["discrepancies"], found = resolve_discrepancies(briefing.discrepancies, annotation)
    problems += found
    if problems:
        raise BriefingError(by_position(problems))
    return dataclasses.replace(briefing, **changed)
