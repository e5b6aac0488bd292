"""Extraction: everything the briefing needs from one article.

`extract_article` is a pure function of the article's text and reference date:
it parses the cleaned text once with spaCy, runs each extractor over the same
parse (each works in the parse's own character offsets), then maps every span
back to the raw file and tags it with the sentence it starts in.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
from typing import TYPE_CHECKING, Iterable, TypeVar

from generator.ids import content_id, numbered
from generator.model import Article, ArticleExtraction, Sentence

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

T = TypeVar("T")


def extract_article(
    article: Article,
    reference_date: dt.date | None = None,
    nlp: Language | None = None,
) -> ArticleExtraction:
    """Extract sentences, entities, quotes, dates, facts, events and people.

    The article's own date wins; `reference_date` stands in when it has none
    (the briefing's date, or `--date` on the command line).
    """
    # Imported here, so that importing this package (merge reads its word lists)
    # never loads spaCy: a build with nothing to extract does not pay for it.
    from generator.extract.entities import extract_entities
    from generator.extract.events import extract_events
    from generator.extract.facts import extract_facts
    from generator.extract.nlp import parse
    from generator.extract.people import extract_people
    from generator.extract.quotes import extract_quotes
    from generator.extract.time import extract_timexes

    reference = article.date or reference_date
    doc = parse(article.text, nlp)
    sentences = split_sentences(doc)
    timexes = extract_timexes(doc, reference)
    quotes = extract_quotes(doc)
    located = _Locator(article, sentences)
    return ArticleExtraction(
        article=article,
        reference_date=reference,
        sentences=tuple(located.sentence(s) for s in sentences),
        entities=located.all(extract_entities(doc)),
        quotes=located.all(quotes),
        timexes=located.all(timexes),
        facts=located.all(extract_facts(doc, timexes, quotes)),
        events=located.all(extract_events(doc, timexes, reference)),
        people=located.all(extract_people(doc)),
    )


def split_sentences(doc: Doc) -> tuple[Sentence, ...]:
    """The parse's sentences with stable ids, in the parse's offsets.

    An id is a hash of the sentence's words, so it survives edits elsewhere
    in the article; a sentence printed twice gets a numbered id the second time.
    """
    found: list[Sentence] = []
    taken: set[str] = set()
    paragraph = 0
    previous_end = 0
    text_of_doc = doc.text  # spaCy builds it from the tokens at each access: once
    for span in doc.sents:
        text = span.text.strip()
        if not text:
            continue
        start = span.start_char + (len(span.text) - len(span.text.lstrip()))
        paragraph += text_of_doc.count("\n\n", previous_end, start)
        previous_end = start
        sid = numbered(sentence_id(text), taken)
        found.append(Sentence(sid, start, start + len(text), text, paragraph))
    return tuple(found)


def sentence_id(text: str) -> str:
    """`s-` and 8 hex digits of the sentence's words (case and spacing ignored)."""
    return content_id("s", text, digits=8)


class _Locator:
    """Maps items from parse offsets to raw-file offsets and finds their sentence."""

    def __init__(self, article: Article, sentences: tuple[Sentence, ...]):
        self.article = article
        self.sentences = sentences
        self.starts = [s.start for s in sentences]

    def sentence_for(self, start: int) -> str:
        index = bisect.bisect_right(self.starts, start) - 1
        return self.sentences[max(index, 0)].id if self.sentences else ""

    def sentence(self, sentence: Sentence) -> Sentence:
        start, end = self.article.raw_span(sentence.start, sentence.end)
        return dataclasses.replace(sentence, start=start, end=end)

    def item(self, item: T) -> T:
        start, end = self.article.raw_span(item.start, item.end)  # type: ignore[attr-defined]
        changes = {"start": start, "end": end}
        if any(f.name == "sentence" for f in dataclasses.fields(item)):  # type: ignore[arg-type]
            changes["sentence"] = self.sentence_for(item.start)  # type: ignore[attr-defined]
        return dataclasses.replace(item, **changes)  # type: ignore[type-var]

    def all(self, items: Iterable[T]) -> tuple[T, ...]:
        return tuple(self.item(i) for i in items)
