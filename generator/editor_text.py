"""Text editors read in the terminal and in a starter annotation, with every item's id.

`briefing_text` is the page as the site shows it (for `briefing show`);
`starter_text` is the annotation `briefing new` writes: real keys ready to
fill in, and what the extractor found listed as comments, id first.
"""

from __future__ import annotations

import json
import re
import textwrap
from typing import Any, Iterable

from generator.model import Annotation, Briefing, BriefingQuote, Person, TimelineEntry
from generator.render.text import editors_mark
from generator.schema import SCHEMA_COMMENT, SECTIONS

WIDTH = 88
HEADINGS = {"facts": "Key facts", "quotes": "What they said", "timeline": "Timeline",
            "people": "People"}
# A YAML value that can be written without quotes: words and ordinary punctuation.
PLAIN = re.compile(r"[A-Za-z0-9][\w ,.'’()/&-]*")


# --------------------------------------------------------------------------
# one line per item, for both texts
# --------------------------------------------------------------------------


def _range(entry: TimelineEntry) -> str:
    dates = f"{entry.start} – {entry.end}" if entry.end else entry.start
    return f"after {dates}" if entry.date_mod == "AFTER" else dates


def _who(name: str | None, role: str | None) -> str:
    return ", ".join(part for part in (name or "unknown speaker", role) if part)


def item_line(item: Any) -> str:
    """What an item says, on one line, as the page shows it."""
    if isinstance(item, BriefingQuote):
        return f"“{item.text}” — {_who(item.speaker, item.speaker_role)}"
    if isinstance(item, TimelineEntry):
        return f"{_range(item)}  {item.text}" + ("  (upcoming)" if item.upcoming else "")
    if isinstance(item, Person):
        return _who(item.name, item.role)
    return item.text


def _flags(item: Any) -> str:
    mark = editors_mark(item)
    flags = [mark] if mark else []
    if getattr(item, "low_confidence", False) and not getattr(item, "corrected", False):
        flags.append("speaker uncertain")
    if getattr(item, "note", None):
        flags.append(f"note: {item.note}")
    sources = getattr(item, "sources", ())
    if sources:
        flags.append("sources: " + ", ".join(sources))
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
    lines += ["", "Sources", *_sources(briefing)]
    hidden = [f"{s.name}: {', '.join(getattr(annotation, s.name).hide)}"
              for s in SECTIONS if getattr(annotation, s.name).hide]
    if hidden:
        lines += ["", "Hidden by the editors", *(f"  {h}" for h in hidden)]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------
# briefing new
# --------------------------------------------------------------------------


def yaml_scalar(text: str) -> str:
    """`text` as a YAML value: bare when safe, else double-quoted (JSON is valid YAML)."""
    if PLAIN.fullmatch(text) and not re.fullmatch(r"[\d.-]+|true|false|null|yes|no", text, re.I):
        return text
    return json.dumps(text, ensure_ascii=False)


def _short(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def _example(name: str) -> str:
    """A commented example of a correction, in the section's own fields."""
    return {
        "facts": "f-1a2b3c: {text: The corrected sentence.}",
        "quotes": "q-1a2b3c: {speaker: Maria Zakharova, speaker_role: Foreign Ministry spokeswoman}",
        "timeline": "t-1a2b3c: {start: 2025-07-11, end: 2025-07-13}",
        "people": "p-1a2b3c: {role: Russian Foreign Minister}",
    }[name]


def _found(items: Iterable[Any]) -> list[str]:
    items = list(items)
    if not items:
        return ["  # Nothing found here; add your own below."]
    width = max(len(item.id) for item in items)
    return ["  # Found (id, then what the page shows):"] + [
        f"  #   {item.id.ljust(width)}  {_short(item_line(item), WIDTH - width - 8)}" for item in items]


def _source_lines(briefing: Briefing) -> list[str]:
    lines = []
    for source in briefing.sources:
        lines.append(f"  - path: {yaml_scalar(source.path)}")
        if not source.title:
            lines.append("    # title: The article's headline   (the article has none)")
        if not source.outlet:
            lines.append("    # outlet: The publication's name  (the article does not say)")
        if source.date_from_briefing or not source.date:
            lines.append(f"    # date: {briefing.date.isoformat()}  (the article has no date: "
                         "it takes the briefing's)")
    return lines


# How each way of starting an annotation sets `status:`. A draft from `new`
# waits for its editor; one from `new --auto` is on the site at the next build,
# with a summary drawn from its sources, so a newsroom's stream of articles
# becomes briefings without waiting (an editor can hold it back).
STATUS_LINES = {
    "draft": "status: draft  # change to published when the briefing is ready",
    "published": "status: published  # grouped by `briefing new --auto`; set to draft to keep it "
                 "off the site",
}


def starter_text(briefing: Briefing, title: str, status: str = "draft") -> str:
    """A valid annotation to start from: keys to fill, and every found item with its id."""
    lines = [
        SCHEMA_COMMENT,
        "# Written by `briefing new` from what the extractor found. Each section lists its",
        "# items with their ids: hide, correct or pin them by id, or add your own.",
        "# Every key is explained in docs/annotations.md; `briefing check` checks this file.",
        f"title: {yaml_scalar(title)}",
        f"date: {briefing.date.isoformat()}",
        STATUS_LINES[status],
        "# summary: Two or three sentences at the top of the page. Without it the page shows",
        "#   one drawn from the sources:",
        *(f"#   {line}" for s in briefing.summary_sentences for line in textwrap.wrap(s.text, WIDTH - 6)),
        "# why_it_matters: Why the story matters, in a sentence or two.",
        "tags: []",
        "sources:",
        *_source_lines(briefing),
    ]
    for section in SECTIONS:
        lines += [
            f"{section.name}:",
            *_found(getattr(briefing, section.name)),
            "  hide: []     # ids to leave out",
            "  order: []    # ids to show first, in this order",
            f"  correct: {{}}  # e.g. {_example(section.name)}",
            "  add: []      # your own, e.g. - {" + ", ".join(
                f"{key.name}: ..." for key in section.add if key.required) + ", note: ...}",
        ]
    return "\n".join(lines) + "\n"
