"""The starter annotation `briefing new` writes: real keys ready to fill in, and
what the extractor found listed as comments, each item with its id.
"""

from __future__ import annotations

import json
import re
import textwrap
from typing import Iterable

from generator.annotation.schema import SCHEMA_COMMENT, SECTIONS
from generator.model import Briefing, Item
from generator.render.terminal import WIDTH, item_line

# A YAML value that can be written without quotes: words and ordinary punctuation.
PLAIN = re.compile(r"[A-Za-z0-9][\w ,.'’()/&-]*")


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


def _found(items: Iterable[Item]) -> list[str]:
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
