"""The annotation file's schema: every key an editor may write in `briefings/*.yaml`.

One table, three uses: the loader (`generator.annotation.load`) checks files
against it, and `generator.annotation.reference` writes from it the JSON
Schema that editors' YAML plugins read (`generator/briefing.schema.json`) and
the reference part of `docs/annotations.md`. A key added here is therefore
checked, completed and documented at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.annotation.options import (
    Additions, Choice, Corrections, Date, IdList, IsoDate, Key, SectionChanges, Slug, Sources, Text,
    TextList, closed_object,
)
from generator.model import DiscrepancyEdits

# Relative to a file in briefings/: what the first line of every annotation says.
SCHEMA_COMMENT = "# yaml-language-server: $schema=../generator/briefing.schema.json"
STATUS = Choice("published", "draft")


@dataclass(frozen=True)
class Section:
    """One section of the page (facts, quotes, timeline, people) as editors change it."""

    name: str
    noun: str  # "quote": used in messages ("no quote 'q-1a2b'")
    added_prefix: str  # ids of editors' own items: "qe-1a2b3c"
    correct: tuple[Key, ...]  # what a correction may set
    add: tuple[Key, ...]  # what an editor's own item holds

    @property
    def keys(self) -> tuple[Key, ...]:
        """The keys of the section itself: hide, order, correct, add."""
        ids = IdList("[q-1a2b3c, q-4d5e6f]")
        return (
            Key("hide", ids, "Ids of items to leave out of the page."),
            Key("order", ids, "Ids to show first, in this order; the others keep theirs."),
            Key("correct", Corrections(self.correct),
                "Fixes to found items: the item's id, then the fields to change."),
            Key("add", Additions(self.add, self.name),
                "Items of the editors' own, shown as added by the editors."),
        )


NOTE = Key("note", Text(), "A note shown with the item, e.g. where the editors got it.")
ADDED_SOURCES = Key(
    "sources", IdList("[004_24a459861bad1e6c]"),
    "Ids of this briefing's sources the item comes from (a source's id is its path inside "
    "seeds/ without the extension, '-' for '/': seeds/world/x.txt is world-x).",
)
START = "When it happened or begins: 2022, 2025-06 or 2025-07-11."
END = "When a range ends; leave out for a single date."

SECTIONS: tuple[Section, ...] = (
    Section(
        "facts", "fact", "fe",
        correct=(Key("text", Text(), "The fact as it should read."), NOTE),
        add=(Key("text", Text(), "The fact, one sentence.", required=True), NOTE, ADDED_SOURCES),
    ),
    Section(
        "quotes", "quote", "qe",
        correct=(
            Key("text", Text(), "The quoted words, without quotation marks."),
            Key("speaker", Text(), "Who said it: a person or a body (\"the Kremlin\")."),
            Key("speaker_role", Text(), "The speaker's role (\"Foreign Ministry spokeswoman\")."),
            NOTE,
        ),
        add=(
            Key("text", Text(), "The quoted words, without quotation marks.", required=True),
            Key("speaker", Text(), "Who said it.", required=True),
            Key("speaker_role", Text(), "The speaker's role."),
            NOTE, ADDED_SOURCES,
        ),
    ),
    Section(
        "timeline", "timeline entry", "te",
        correct=(
            Key("start", IsoDate(), START),
            Key("end", IsoDate(), END),
            Key("text", Text(), "What happened, as the timeline should say it."),
            NOTE,
        ),
        add=(
            Key("start", IsoDate(), START, required=True),
            Key("end", IsoDate(), END),
            Key("text", Text(), "What happened.", required=True),
            NOTE, ADDED_SOURCES,
        ),
    ),
    Section(
        "people", "person", "pe",
        correct=(
            Key("name", Text(), "The person's full name."),
            Key("role", Text(), "Their role in this story (\"Russian Foreign Minister\")."),
            NOTE,
        ),
        add=(
            Key("name", Text(), "The person's full name.", required=True),
            Key("role", Text(), "Their role in this story."),
            NOTE, ADDED_SOURCES,
        ),
    ),
)
SECTION_BY_NAME = {section.name: section for section in SECTIONS}

# Where the sources give a figure or a date differently: the page flags it
# until the editors hide it (a false alarm) or say which version is right.
DISCREPANCY_KEYS: tuple[Key, ...] = (
    Key("hide", IdList("[d-1a2b3c]"), "Ids of discrepancies that are none (the figures count "
        "different things): they leave the page."),
    Key("resolve", Corrections((
        Key("use", Text(), "The version that is right: a figure as the page prints it "
            "(\"600\"), a date as YYYY-MM-DD (\"2025-07-11\")."),
        NOTE,
    )), "Discrepancies the editors have settled: the id, then `use` (the right version) "
        "and a `note` saying how they know."),
)

SOURCE_KEYS: tuple[Key, ...] = (
    Key("path", Text(), "The article file, relative to the project (seeds/name.txt).", required=True),
    Key("outlet", Text(), "The publication, where the article does not say."),
    Key("title", Text(), "The article's headline, where the article has none."),
    Key("date", Date(), "The article's date (YYYY-MM-DD), where the article has none."),
    Key("url", Text(), "Where the article was published."),
)

TOP_KEYS: tuple[Key, ...] = (
    Key("title", Text(), "The briefing's headline.", required=True),
    Key("slug", Slug(), "The page's address (lowercase words joined by '-'); "
        "defaults to the file name without .yaml."),
    Key("date", Date(), "The briefing's date, YYYY-MM-DD. Articles without a date take it.",
        required=True),
    Key("status", STATUS, "`published` (the default) or `draft`: drafts show in `make serve` "
        "but are not published."),
    Key("summary", Text(), "Two or three sentences at the top of the page. Without it the page "
        "shows one drawn from the sources, each sentence linked to where it was said."),
    Key("why_it_matters", Text(), "Why the story matters, in a sentence or two."),
    Key("tags", TextList("[russia, north-korea]"), "Topics, e.g. [russia, north-korea]."),
    Key("sources", Sources(SOURCE_KEYS), "The articles this briefing is made from, at least one.",
        required=True),
) + tuple(
    Key(section.name, SectionChanges(section.keys), f"Editors' changes to the {section.name} section.")
    for section in SECTIONS
) + (
    Key("discrepancies", SectionChanges(DISCREPANCY_KEYS, DiscrepancyEdits),
        "Where the sources disagree on a figure or a date: hide a false alarm or resolve it."),
)


def json_schema() -> dict:
    """The JSON Schema (draft 2020-12) of an annotation file, from the tables above."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Briefing annotation",
        "description": "An editor's file in briefings/: the briefing's text and the changes "
                       "made to what was extracted from its articles.",
        **closed_object(TOP_KEYS),
    }
