"""The annotation file's schema: one model, three uses.

The tables below describe every key an editor may write in `briefings/*.yaml`.
The loader (`generator.read.annotations`) validates against them, the JSON
Schema that editors' YAML plugins read (`generator/briefing.schema.json`) is
generated from them, and so is the reference part of `docs/annotations.md`.
A key added here is therefore checked, completed and documented at once.

Regenerate both files after a change:

    .venv/bin/python -m generator.schema
"""

from __future__ import annotations

import json
import pathlib
from dataclasses import dataclass

SCHEMA_FILE = pathlib.Path(__file__).with_name("briefing.schema.json")
DOCS_FILE = pathlib.Path(__file__).parent.parent / "docs" / "annotations.md"
# Relative to a file in briefings/: what the first line of every annotation says.
SCHEMA_COMMENT = "# yaml-language-server: $schema=../generator/briefing.schema.json"

STATUSES = ("published", "draft")
SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
# ISO 8601 of the precision the editor knows: a year, a month or a day.
ISO_DATE_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"

# Kinds of value. The loader has one checker per kind; the JSON Schema one shape.
TEXT = "text"
DATE = "date"  # a calendar day, YYYY-MM-DD
ISO_DATE = "iso date"  # YYYY, YYYY-MM or YYYY-MM-DD
SLUG = "slug"
STATUS = "status"
TEXT_LIST = "list of text"
ID_LIST = "list of ids"


@dataclass(frozen=True)
class Key:
    """One key an editor may write, with what it holds and why."""

    name: str
    kind: str
    description: str
    required: bool = False


@dataclass(frozen=True)
class Section:
    """One section of the page (facts, quotes, timeline, people) as editors change it."""

    name: str
    noun: str  # "quote": used in messages ("no quote 'q-1a2b'")
    added_prefix: str  # ids of editors' own items: "qe-1a2b3c"
    correct: tuple[Key, ...]  # what a correction may set
    add: tuple[Key, ...]  # what an editor's own item holds


NOTE = Key("note", TEXT, "A note shown with the item, e.g. where the editors got it.")
ADDED_SOURCES = Key(
    "sources", ID_LIST,
    "Ids of this briefing's sources the item comes from (a source's id is its file name "
    "without extension).",
)

SECTIONS: tuple[Section, ...] = (
    Section(
        "facts", "fact", "fe",
        correct=(Key("text", TEXT, "The fact as it should read."), NOTE),
        add=(Key("text", TEXT, "The fact, one sentence.", required=True), NOTE, ADDED_SOURCES),
    ),
    Section(
        "quotes", "quote", "qe",
        correct=(
            Key("text", TEXT, "The quoted words, without quotation marks."),
            Key("speaker", TEXT, "Who said it: a person or a body (\"the Kremlin\")."),
            Key("speaker_role", TEXT, "The speaker's role (\"Foreign Ministry spokeswoman\")."),
            NOTE,
        ),
        add=(
            Key("text", TEXT, "The quoted words, without quotation marks.", required=True),
            Key("speaker", TEXT, "Who said it.", required=True),
            Key("speaker_role", TEXT, "The speaker's role."),
            NOTE, ADDED_SOURCES,
        ),
    ),
    Section(
        "timeline", "timeline entry", "te",
        correct=(
            Key("start", ISO_DATE, "When it happened or begins: 2022, 2025-06 or 2025-07-11."),
            Key("end", ISO_DATE, "When a range ends; leave out for a single date."),
            Key("text", TEXT, "What happened, as the timeline should say it."),
            NOTE,
        ),
        add=(
            Key("start", ISO_DATE, "When it happened or begins: 2022, 2025-06 or 2025-07-11.",
                required=True),
            Key("end", ISO_DATE, "When a range ends; leave out for a single date."),
            Key("text", TEXT, "What happened.", required=True),
            NOTE, ADDED_SOURCES,
        ),
    ),
    Section(
        "people", "person", "pe",
        correct=(
            Key("name", TEXT, "The person's full name."),
            Key("role", TEXT, "Their role in this story (\"Russian Foreign Minister\")."),
            NOTE,
        ),
        add=(
            Key("name", TEXT, "The person's full name.", required=True),
            Key("role", TEXT, "Their role in this story."),
            NOTE, ADDED_SOURCES,
        ),
    ),
)
SECTION_BY_NAME = {section.name: section for section in SECTIONS}

SECTION_KEYS: tuple[Key, ...] = (
    Key("hide", ID_LIST, "Ids of items to leave out of the page."),
    Key("order", ID_LIST, "Ids to show first, in this order; the others keep theirs."),
    Key("correct", "corrections", "Fixes to found items: the item's id, then the fields to change."),
    Key("add", "additions", "Items of the editors' own, shown as added by the editors."),
)

SOURCE_KEYS: tuple[Key, ...] = (
    Key("path", TEXT, "The article file, relative to the project (seeds/name.txt).", required=True),
    Key("outlet", TEXT, "The publication, where the article does not say."),
    Key("title", TEXT, "The article's headline, where the article has none."),
    Key("date", DATE, "The article's date (YYYY-MM-DD), where the article has none."),
    Key("url", TEXT, "Where the article was published."),
)

TOP_KEYS: tuple[Key, ...] = (
    Key("title", TEXT, "The briefing's headline.", required=True),
    Key("slug", SLUG, "The page's address (lowercase words joined by '-'); "
        "defaults to the file name without .yaml."),
    Key("date", DATE, "The briefing's date, YYYY-MM-DD. Articles without a date take it.",
        required=True),
    Key("status", STATUS, "`published` (the default) or `draft`: drafts show in `make serve` "
        "but are not published."),
    Key("summary", TEXT, "Two or three sentences at the top of the page. Without it the page "
        "shows one drawn from the sources, each sentence linked to where it was said."),
    Key("why_it_matters", TEXT, "Why the story matters, in a sentence or two."),
    Key("tags", TEXT_LIST, "Topics, e.g. [russia, north-korea]."),
    Key("sources", "sources", "The articles this briefing is made from, at least one.",
        required=True),
) + tuple(
    Key(section.name, "section", f"Editors' changes to the {section.name} section.")
    for section in SECTIONS
)


# --------------------------------------------------------------------------
# JSON Schema
# --------------------------------------------------------------------------


def _object(keys: tuple[Key, ...], shapes: dict[str, dict]) -> dict:
    """A closed JSON Schema object: unknown keys are errors, as in the loader."""
    shape: dict = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            key.name: {"description": key.description, **shapes[key.kind]} for key in keys
        },
    }
    required = [key.name for key in keys if key.required]
    if required:
        shape["required"] = required
    return shape


def _value_shapes() -> dict[str, dict]:
    return {
        TEXT: {"type": "string"},
        DATE: {"type": "string", "format": "date"},
        ISO_DATE: {"type": ["string", "integer"], "pattern": ISO_DATE_PATTERN},
        SLUG: {"type": "string", "pattern": SLUG_PATTERN},
        STATUS: {"enum": list(STATUSES)},
        TEXT_LIST: {"type": "array", "items": {"type": "string"}},
        ID_LIST: {"type": "array", "items": {"type": "string"}},
    }


def _section_shape(section: Section) -> dict:
    shapes = _value_shapes()
    correction = _object(section.correct, shapes)
    correction["minProperties"] = 1
    shapes["corrections"] = {"type": "object", "additionalProperties": correction}
    shapes["additions"] = {"type": "array", "items": _object(section.add, shapes)}
    return _object(SECTION_KEYS, shapes)


def json_schema() -> dict:
    """The JSON Schema (draft 2020-12) of an annotation file, from the tables above."""
    shapes = _value_shapes()
    shapes["sources"] = {"type": "array", "minItems": 1, "items": _object(SOURCE_KEYS, shapes)}
    shapes["section"] = {}  # filled in per section below
    top = _object(TOP_KEYS, shapes)
    for section in SECTIONS:
        top["properties"][section.name] = {
            "description": f"Editors' changes to the {section.name} section.",
            **_section_shape(section),
        }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Briefing annotation",
        "description": "An editor's file in briefings/: the briefing's text and the changes "
                       "made to what was extracted from its articles.",
        **top,
    }


def schema_text() -> str:
    """The JSON Schema file's exact content."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


# --------------------------------------------------------------------------
# The docs page
# --------------------------------------------------------------------------

DOCS_INTRO = """\
# The annotation file

Each briefing is one YAML file in `briefings/`. It names the articles the
briefing is made from, gives the text only editors can write (title, summary,
why it matters) and changes what the extractor found: hide an item, correct it,
pin the order, or add an item of the editors' own.

Items are referred to by their ids (`q-1a2b3c`), which the page and
`briefing show SLUG` show next to each item. An id comes from the item's own
words, so it does not change when unrelated text changes.

```yaml
# yaml-language-server: $schema=../generator/briefing.schema.json
title: Lavrov to visit North Korea
date: 2025-07-09
status: published
summary: Russia's foreign minister will visit North Korea on July 11-13.
tags: [russia, north-korea]
sources:
  - path: seeds/004_24a459861bad1e6c.txt
  - path: seeds/000_8d85a5ff8b3d3014.txt
    outlet: The outlet's name   # where the article does not say
quotes:
  hide: [q-1a2b3c]
  correct:
    q-4d5e6f: {speaker: Maria Zakharova, speaker_role: Foreign Ministry spokeswoman}
timeline:
  add:
    - {start: 2024-06-19, text: Putin and Kim sign a mutual defence pact., note: From our archive.}
```

Keep the first line: it lets editors with the YAML plugin (VS Code and others)
see completion and mistakes as they type. `briefing check` reports every
mistake at once as `file:line:column: message`; the build refuses to publish
until they are fixed. `briefing new ARTICLE...` writes a starter file listing
every item found with its id; `briefing hide SLUG ID` and
`briefing fix SLUG ID --speaker ...` edit the file for you, keeping its comments.

To remove a value when correcting (a wrong role, say), set it to `""`.
"""


def _key_rows(keys: tuple[Key, ...]) -> list[str]:
    rows = ["| key | value | required | meaning |", "|---|---|---|---|"]
    for key in keys:
        kind = STATUSES[0] + " or " + STATUSES[1] if key.kind == STATUS else key.kind
        rows.append(f"| `{key.name}` | {kind} | {'yes' if key.required else ''} | {key.description} |")
    return rows


def docs_text() -> str:
    """docs/annotations.md: the introduction above, then every key from the tables."""
    lines = [DOCS_INTRO, "## Top-level keys", "", *_key_rows(TOP_KEYS), "",
             "## Each source", "", *_key_rows(SOURCE_KEYS), "",
             "## Each section: facts, quotes, timeline, people", "", *_key_rows(SECTION_KEYS), ""]
    for section in SECTIONS:
        lines += [f"### {section.name}: `correct`", "", *_key_rows(section.correct), "",
                  f"### {section.name}: `add`", "",
                  f"Ids of added items start with `{section.added_prefix}-`.", "",
                  *_key_rows(section.add), ""]
    lines.append("<!-- Generated by `python -m generator.schema` from generator/schema.py. -->")
    return "\n".join(lines) + "\n"


def write_files() -> list[pathlib.Path]:
    """Write the JSON Schema and the docs page; return what was written."""
    SCHEMA_FILE.write_text(schema_text(), encoding="utf-8")
    DOCS_FILE.parent.mkdir(exist_ok=True)
    DOCS_FILE.write_text(docs_text(), encoding="utf-8")
    return [SCHEMA_FILE, DOCS_FILE]


if __name__ == "__main__":
    for written in write_files():
        print(f"wrote {written}")
