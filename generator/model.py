"""Plain typed data passed between the pipeline's stages.

read -> Article, Annotation
extract (per article) -> ArticleExtraction
merge (per briefing) -> Briefing
render -> Markdown and JSON files

Everything here is a frozen dataclass with tuples for collections, so a stage
can never change what an earlier stage produced. Spans (`start`, `end`) are
character offsets into the article file *as read* (the decoded UTF-8 text,
`Article.raw`), unless a docstring says otherwise, so any item can be checked
against its source.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Mapping


# --------------------------------------------------------------------------
# read
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Article:
    """One source article, read and cleaned.

    `text` is the body with every kind of noise removed (header line, photo
    caption and credit, `Related article:` lines, dateline), hard-wrapped lines
    joined and paragraphs separated by exactly one blank line ("\\n\\n").
    `offsets[i]` is the index in `raw` of `text[i]`; it has len(text) + 1
    entries, the last one being len(raw), so a cleaned span [a, b) maps to the
    raw span [offsets[a], offsets[b - 1] + 1).
    """

    id: str  # the file name without extension: the source's id everywhere
    path: str  # as given to the reader (project-relative, POSIX style)
    raw: str
    text: str
    offsets: tuple[int, ...]
    title: str | None = None
    date: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    dateline: str | None = None  # "MOSCOW": kept as metadata, not as text

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of `text` to the same words in `raw`."""
        if end <= start:
            at = self.offsets[start]
            return at, at
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(frozen=True)
class Position:
    """Where a value sits in an editor's YAML file (1-based, as editors count)."""

    line: int
    column: int


@dataclass(frozen=True)
class SourceEntry:
    """One `sources:` item of an annotation: the article plus what it lacks."""

    path: str
    outlet: str | None = None
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None


@dataclass(frozen=True)
class Correction:
    """An editor's fix to one extracted item, by id. Unset fields stay as found."""

    id: str
    text: str | None = None
    speaker: str | None = None
    speaker_role: str | None = None
    name: str | None = None
    role: str | None = None
    start: str | None = None  # ISO 8601 of any precision, for timeline entries
    end: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Addition:
    """An item the editors wrote themselves; shown as added by the editors."""

    text: str | None = None
    speaker: str | None = None
    speaker_role: str | None = None
    name: str | None = None
    role: str | None = None
    start: str | None = None
    end: str | None = None
    note: str | None = None
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class SectionEdits:
    """What editors change in one section (facts, quotes, timeline or people)."""

    hide: tuple[str, ...] = ()
    order: tuple[str, ...] = ()  # ids pinned first, in this order
    correct: tuple[Correction, ...] = ()
    add: tuple[Addition, ...] = ()


@dataclass(frozen=True)
class Annotation:
    """One editor's YAML file in `briefings/`, validated."""

    path: str
    slug: str
    title: str
    date: dt.date
    sources: tuple[SourceEntry, ...]
    summary: str | None = None
    why_it_matters: str | None = None
    tags: tuple[str, ...] = ()
    status: str = "published"  # or "draft"
    facts: SectionEdits = SectionEdits()
    quotes: SectionEdits = SectionEdits()
    timeline: SectionEdits = SectionEdits()
    people: SectionEdits = SectionEdits()
    # Dotted key path ("quotes.hide.0") -> where it is written, so that checks
    # made after extraction (an unknown id) can still name the line.
    positions: Mapping[str, Position] = field(default_factory=dict, compare=False, hash=False)


# --------------------------------------------------------------------------
# extract (one article at a time)
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Sentence:
    id: str  # "s-" + hash of its words: stable when other sentences change
    start: int
    end: int
    text: str  # the cleaned text of the sentence
    paragraph: int  # 0-based paragraph number in the cleaned text


@dataclass(frozen=True)
class Entity:
    text: str
    start: int
    end: int
    label: str  # spaCy's label: PERSON, ORG, GPE, NORP, LOC, ...


# Between the pieces of one quotation in a quote's text: `"A," she said. "B."` reads "A … B".
PIECE_SEPARATOR = " \u2026 "


@dataclass(frozen=True)
class QuotePiece:
    """One stretch of a quotation between its marks, as printed."""

    text: str
    start: int
    end: int
    sentence: str = ""  # id of the sentence the piece starts in


@dataclass(frozen=True)
class Quote:
    text: str  # the quoted words as printed, without the enclosing marks; pieces joined by PIECE_SEPARATOR
    start: int  # from the first piece's start to the last piece's end
    end: int
    speaker: str | None  # a name ("Maria Zakharova", "the Kremlin"); None: unknown
    speaker_role: str | None
    confidence: float  # 0..1: how sure the attribution is
    sentence: str  # id of the sentence the quote starts in
    cue: str | None = None  # the reporting verb ("told", "said", "according to")
    # Each stretch between marks: a quotation interrupted by its attribution
    # (`"A," she said. "B."`) or continued in the next paragraph has several.
    pieces: tuple[QuotePiece, ...] = ()
    # A partial quote (`it was "unfazed"`): the sentence it stands in, as printed,
    # for showing the words inside it rather than alone.
    context: str | None = None


@dataclass(frozen=True)
class Timex:
    """A temporal expression, normalised as TIMEX3 (TimeML)."""

    text: str
    start: int
    end: int
    type: str  # DATE, TIME, DURATION or SET
    value: str  # "2025-07-09", "2025-06", "P3Y", "PAST_REF", "2025-07-11/2025-07-13"
    mod: str | None = None  # TIMEX3 mod: BEFORE, AFTER, APPROX, MORE_THAN, ...
    sentence: str = ""


@dataclass(frozen=True)
class Event:
    """A dated happening: a timeline candidate from one article."""

    text: str  # the clause that says what happened, as printed
    start: int
    end: int
    date_start: str  # ISO 8601 of the precision the text gives: "2022", "2025-06"
    date_end: str | None  # for ranges ("July 11-13"); None for a single date
    upcoming: bool  # after the article's date: announced, not yet happened
    timex: str  # the temporal expression's text, as printed
    sentence: str
    # "AFTER" when the text says only that it lies ahead ("in the coming weeks"):
    # date_start is then the article's date, the earliest it can be.
    date_mod: str | None = None


@dataclass(frozen=True)
class Fact:
    """A sentence that carries a number, a toll, an amount or a future date."""

    text: str
    start: int
    end: int
    sentence: str
    kinds: tuple[str, ...] = ()  # "number", "casualties", "amount", "scheduled"


@dataclass(frozen=True)
class PersonMention:
    """A person named in an article, with the role the article gives them."""

    name: str  # the fullest form found in the article ("Maria Zakharova")
    role: str | None
    start: int  # first mention
    end: int
    sentence: str


@dataclass(frozen=True)
class ArticleExtraction:
    """Everything extracted from one article: pure function of its text and date."""

    article: Article
    reference_date: dt.date | None  # the article's date, or the one it was given
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...]
    quotes: tuple[Quote, ...]
    timexes: tuple[Timex, ...]
    facts: tuple[Fact, ...]
    events: tuple[Event, ...]
    people: tuple[PersonMention, ...]


# --------------------------------------------------------------------------
# merge (one briefing from several articles)
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Anchor:
    """A link from a briefing item to the sentence it came from."""

    source: str  # source id
    sentence: str  # sentence id (the anchor on the source page)


@dataclass(frozen=True)
class BriefingSource:
    id: str
    path: str
    title: str | None
    outlet: str | None
    date: dt.date | None
    url: str | None
    date_from_briefing: bool  # the article had no date: it took the briefing's


@dataclass(frozen=True)
class BriefingFact:
    id: str
    text: str
    sources: tuple[str, ...]
    anchors: tuple[Anchor, ...]
    added_by_editors: bool = False
    note: str | None = None
    corrected: bool = False  # an editor changed its text (generator.edits)


@dataclass(frozen=True)
class BriefingQuote:
    id: str
    text: str
    speaker: str | None
    speaker_role: str | None
    sources: tuple[str, ...]
    anchors: tuple[Anchor, ...]
    confidence: float = 1.0
    low_confidence: bool = False
    corrected: bool = False
    added_by_editors: bool = False
    note: str | None = None
    context: str | None = None  # a partial quote's sentence, as printed (Quote.context)


@dataclass(frozen=True)
class TimelineEntry:
    id: str
    start: str
    end: str | None
    text: str
    sources: tuple[str, ...]
    anchors: tuple[Anchor, ...]
    upcoming: bool = False
    corrected: bool = False
    added_by_editors: bool = False
    note: str | None = None
    timex: str | None = None  # the date as the text put it ("in the coming weeks")
    date_mod: str | None = None  # "AFTER": some time after `start`, no nearer date given

    def order(self) -> tuple[str, bool, str]:
        """Where the entry goes in the timeline: by date, ranges by their end too,
        and "after 9 July" after everything dated 9 July."""
        return (self.start, self.date_mod == "AFTER", self.end or self.start)


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    role: str | None
    sources: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    corrected: bool = False
    added_by_editors: bool = False
    note: str | None = None


@dataclass(frozen=True)
class Briefing:
    slug: str
    title: str
    date: dt.date
    summary: str
    why_it_matters: str | None
    tags: tuple[str, ...]
    status: str
    sources: tuple[BriefingSource, ...]
    facts: tuple[BriefingFact, ...]
    quotes: tuple[BriefingQuote, ...]
    timeline: tuple[TimelineEntry, ...]
    people: tuple[Person, ...]
    annotation_path: str = ""
