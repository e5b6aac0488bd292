"""Text for the terminal: a briefing as the site shows it, every item with its id
(`briefing show`), and an article's extraction in short (`briefing extract`).
"""

from __future__ import annotations

import textwrap

from generator.annotation.schema import SECTIONS
from generator.model import (
    Annotation, Briefing, BriefingFact, BriefingQuote, Discrepancy, Item, Person, TimelineEntry,
)
from generator.render.text import editors_mark

WIDTH = 88
HEADINGS = {"facts": "Key facts", "quotes": "What they said", "timeline": "Timeline",
            "people": "People"}


# --------------------------------------------------------------------------
# one line per item, for both texts
# --------------------------------------------------------------------------


def _range(entry: TimelineEntry) -> str:
    dates = f"{entry.start} – {entry.end}" if entry.end else entry.start
    return f"after {dates}" if entry.date_mod == "AFTER" else dates


def _who(name: str | None, role: str | None) -> str:
    return ", ".join(part for part in (name or "unknown speaker", role) if part)


def item_line(item: Item) -> str:
    """What an item says, on one line, as the page shows it."""
    if isinstance(item, BriefingQuote):
        return f"“{item.text}” — {_who(item.speaker, item.speaker_role)}"
    if isinstance(item, TimelineEntry):
        return f"{_range(item)}  {item.text}" + ("  (upcoming)" if item.upcoming else "")
    if isinstance(item, Person):
        return _who(item.name, item.role)
    if isinstance(item, Discrepancy):
        versions = " / ".join(f"{v.value} ({', '.join(v.sources)})" for v in item.versions)
        settled = f"; the editors confirm {item.resolution}" if item.resolution else ""
        return f"different {item.kind}s: {versions}{settled}"
    return item.text  # type: ignore[attr-defined]  # a fact


def _flags(item: Item) -> str:
    mark = editors_mark(item)
    flags = [mark] if mark else []
    if isinstance(item, BriefingQuote) and item.low_confidence and not item.corrected:
        flags.append("speaker uncertain")
    if item.note:
        flags.append(f"note: {item.note}")
    if isinstance(item, BriefingFact) and item.corroboration:
        flags.append(f"{item.corroboration} outlet{'s' if item.corroboration != 1 else ''}")
    if item.sources:
        flags.append("sources: " + ", ".join(item.sources))
    return f"[{'; '.join(flags)}]"


# --------------------------------------------------------------------------
# briefing show
# --------------------------------------------------------------------------


def _wrapped(text: str, indent: str) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=indent) or [indent]


def _items(briefing: Briefing, name: str) -> list[str]:
    items = getattr(briefing, name)
    if not items:
        return ["  (none)"]
    width = max(len(item.id) for item in items)
    lines = []
    for item in items:
        pad = " " * (width + 4)
        body = textwrap.wrap(item_line(item), WIDTH - len(pad)) or [""]
        lines.append(f"  {item.id.ljust(width)}  {body[0]}")
        lines += [pad + more for more in body[1:]]
        lines.append(pad + _flags(item))
    return lines


def _sources(briefing: Briefing) -> list[str]:
    lines = []
    for source in briefing.sources:
        when = source.date.isoformat() if source.date else "no date"
        if source.date_from_briefing:
            when += " (the briefing's date: the article has none)"
        about = " — ".join(part for part in (source.title, source.outlet) if part)
        lines.append(f"  {source.id}  {about or source.path}, {when}")
    return lines


def briefing_text(briefing: Briefing, annotation: Annotation) -> str:
    """The briefing as the site shows it, ids first, then what the editors hid."""
    lines = [briefing.title, "=" * min(len(briefing.title), WIDTH),
             f"{briefing.date.isoformat()} · {briefing.status} · slug {briefing.slug} · "
             f"edited in {annotation.path}"]
    if briefing.tags:
        lines.append("tags: " + ", ".join(briefing.tags))
    lines += ["", *_wrapped(briefing.summary or "(no summary)", "")]
    if briefing.summary_source == "generated" and briefing.summary_sentences:
        anchors = ", ".join(f"{a.source} {a.sentence}" for s in briefing.summary_sentences for a in s.anchors)
        lines += _wrapped(f"[drawn from the sources: {anchors}; write summary: to replace it]", "")
    if briefing.why_it_matters:
        lines += ["", "Why it matters", *_wrapped(briefing.why_it_matters, "  ")]
    for section in SECTIONS:
        lines += ["", HEADINGS[section.name], *_items(briefing, section.name)]
        if section.name == "facts" and briefing.more_facts:
            lines += ["", "More facts (folded away on the page)", *_items(briefing, "more_facts")]
    if briefing.discrepancies:
        lines += ["", "Where the sources differ", *_items(briefing, "discrepancies")]
    lines += ["", "Sources", *_sources(briefing)]
    hidden = [f"{s.name}: {', '.join(getattr(annotation, s.name).hide)}"
              for s in SECTIONS if getattr(annotation, s.name).hide]
    if hidden:
        lines += ["", "Hidden by the editors", *(f"  {h}" for h in hidden)]
    return "\n".join(lines) + "\n"


def extraction_summary(record: dict) -> str:
    """`briefing extract` without --json: what was found, a line each."""
    lines = [f"{record['path']} (date {record['date'] or 'unknown'})"]
    for quote in record["quotes"]:
        lines.append(f"  quote  {quote['text'][:70]!r} — {quote['speaker'] or 'speaker unknown'}")
    for timex in record["timexes"]:
        lines.append(f"  time   {timex['text']!r} = {timex['type']} {timex['value']}")
    for fact in record["facts"]:
        lines.append(f"  fact   {fact['text'][:90]}")
    return "\n".join(lines)
