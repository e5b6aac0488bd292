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

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Mapping, Self


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

    id: str  # generator.paths.source_id of its path: the source's id everywhere
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
    use: str | None = None  # a discrepancy's version the editors confirm, as printed


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
class DiscrepancyEdits:
    """What editors do with the discrepancies found: hide false alarms, resolve the rest."""

    hide: tuple[str, ...] = ()
    resolve: tuple[Correction, ...] = ()  # by id: `use` (the right version) and `note`


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
    discrepancies: DiscrepancyEdits = DiscrepancyEdits()
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

    text: str  # the whole clause that says what happened, in the article's words
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
    predicate: str = ""  # the lemma of the verb that says what happened ("visit")
    actors: tuple[str, ...] = ()  # the names among those who did it, lower-cased

    def same_doers(self, other: "Event") -> bool:
        """Whether the two may be done by the same: no names on one side, or a name in common."""
        return not self.actors or not other.actors or bool(set(self.actors) & set(other.actors))


@dataclass(frozen=True)
class Quantity:
    """A figure as a value: "$150 billion" and "150bn" are both 150e9 dollars."""

    value: float
    unit: str  # "$", "%", the noun it counts ("soldier"), or "" when none is given
    approximate: bool  # "about 500", "nearly 8 percent"
    precision: float  # how exactly it is given: 9.2 million -> 100,000
    text: str  # as printed: "$150 billion"
    bound: str = ""  # "at least", "more than", "at most" ("up to 50") or "less than"; "" for the figure itself


@dataclass(frozen=True)
class Fact:
    """A sentence that carries a number, a toll, an amount or a future date, or an
    outlet's lead claim; with what it says, described so outlets can be compared."""

    text: str
    start: int
    end: int
    sentence: str
    kinds: tuple[str, ...] = ()  # "lead", "number", "casualties", "amount", "scheduled"
    terms: tuple[str, ...] = ()  # its content words, lemmatised, synonyms made one
    actors: tuple[str, ...] = ()  # who does it, and who says so: the subjects' words
    actions: tuple[str, ...] = ()  # what is done: the main verbs
    names: tuple[str, ...] = ()  # the names in it, lower case ("fauci", "cdc")
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[str, ...] = ()  # the days it gives, ISO 8601
    durations: tuple[Quantity, ...] = ()  # spans of time as figures ("in seven years": 7, unit "P-Y")


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
# group (articles into stories, before anyone writes an annotation)
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Story:
    """Articles that tell one happening, as generator.stories found them."""

    title: str  # the headline of its most typical article
    articles: tuple[str, ...]  # as the caller named them (paths as given), in the order given
    date: dt.date | None = None  # its earliest article's


# --------------------------------------------------------------------------
# merge (one briefing from several articles)
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Anchor:
    """A link from a briefing item to the sentence it came from."""

    source: str  # source id
    sentence: str  # sentence id (the anchor on the source page)


@dataclass(frozen=True)
class SummarySentence:
    """One sentence of a generated summary, printed as a source printed it."""

    text: str
    sources: tuple[str, ...]
    anchors: tuple[Anchor, ...]


@dataclass(frozen=True)
class BriefingSource:
    id: str
    path: str
    title: str | None
    outlet: str | None
    date: dt.date | None
    url: str | None
    date_from_briefing: bool  # the article had no date: it took the briefing's


@dataclass(frozen=True, kw_only=True)
class Item:
    """What every item of a briefing has: its id, where it comes from, what editors did.

    The item types below add what they say; these fields are keyword-only so
    that each type's own fields can still be given in order.
    """

    id: str
    sources: tuple[str, ...] = ()  # ids of the briefing's sources that report it
    anchors: tuple[Anchor, ...] = ()  # the sentence each source says it in
    corrected: bool = False  # an editor changed it (generator.edits)
    added_by_editors: bool = False  # an editor wrote it
    note: str | None = None  # the editors' note shown with it

    def with_id(self, item_id: str) -> Self:
        return self if item_id == self.id else dataclasses.replace(self, id=item_id)


@dataclass(frozen=True, kw_only=True)
class BriefingFact(Item):
    text: str
    corroboration: int = 1  # how many independent outlets report it


@dataclass(frozen=True, kw_only=True)
class BriefingQuote(Item):
    text: str
    speaker: str | None
    speaker_role: str | None
    confidence: float = 1.0
    low_confidence: bool = False
    context: str | None = None  # a partial quote's sentence, as printed (Quote.context)


@dataclass(frozen=True, kw_only=True)
class TimelineEntry(Item):
    start: str
    end: str | None
    text: str
    upcoming: bool = False
    timex: str | None = None  # the date as the text put it ("in the coming weeks")
    date_mod: str | None = None  # "AFTER": some time after `start`, no nearer date given

    def order(self) -> tuple[str, bool, str]:
        """Where the entry goes in the timeline: by date, ranges by their end too,
        and "after 9 July" after everything dated 9 July."""
        return (self.start, self.date_mod == "AFTER", self.end or self.start)


@dataclass(frozen=True, kw_only=True)
class Person(Item):
    name: str
    role: str | None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Version:
    """One way the sources give a figure or a date that they disagree on."""

    value: str  # as printed: "about 500", or an ISO date: "2025-07-11"
    text: str  # the sentence or clause that gives it
    sources: tuple[str, ...]
    anchors: tuple[Anchor, ...]


@dataclass(frozen=True, kw_only=True)
class Discrepancy(Item):
    """The same quantity or event given differently by different sources."""

    kind: str  # "figure" or "date"
    versions: tuple[Version, ...]
    resolution: str | None = None  # the version the editors confirmed (its value)


@dataclass(frozen=True)
class Coverage:
    """How well a briefing is sourced: what the panel at its top says."""

    sources: int
    outlets: int  # independent outlets
    first_published: dt.date | None  # the sources' own dates (undated sources left out)
    last_published: dt.date | None
    undated: int  # sources without a date of their own
    items: int  # facts, quotes and timeline entries shown
    single_source_items: int  # of those, reported by one outlet only

    @property
    def one_source(self) -> bool:
        """The whole briefing rests on one outlet: nothing in it is corroborated."""
        return self.outlets <= 1


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
    more_facts: tuple[BriefingFact, ...] = ()  # facts past the key facts' cap, least central last
    discrepancies: tuple[Discrepancy, ...] = ()
    # "editors": the annotation's summary; "generated": drawn from the sources
    # by generator.summary, each sentence in `summary_sentences` with its anchor.
    summary_source: str = "editors"
    summary_sentences: tuple[SummarySentence, ...] = ()
