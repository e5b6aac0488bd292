"""Parsing: any length of article, with offsets that stay those of the text."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from generator.extract import extract_article, nlp as nlp_module
from generator.extract.nlp import load_nlp, parse, sections
from generator.read.articles import parse_article

PARAGRAPH = ('Lavrov "will visit the DPRK on July 11-13," Maria Zakharova told reporters on Wednesday. '
             "About 600 soldiers were killed, Seoul said.")


@pytest.mark.parametrize("text, size", [
    ("a" * 10, 4),  # no break at all: cut anyway
    ("one two three four five six", 10),
    ("A. B.\n\nC. D.\n\nE. F.\n\nG.", 8),
    ("x\n\n" * 50, 7),
])
def test_sections_join_to_the_text_and_keep_to_their_size(text: str, size: int) -> None:
    parts = sections(text, size)
    assert "".join(parts) == text
    assert all(len(part) <= size for part in parts)


def test_sections_cut_at_blank_lines_where_they_can() -> None:
    text = "\n\n".join([PARAGRAPH] * 6)
    assert all(part.endswith("\n\n") for part in sections(text, 500)[:-1])


def test_an_article_longer_than_spacys_limit_is_parsed_in_sections(monkeypatch: pytest.MonkeyPatch) -> None:
    """spaCy refuses one text over `max_length` (E088); sections keep each part under it."""
    nlp = load_nlp()
    monkeypatch.setattr(nlp, "max_length", 2_000)
    monkeypatch.setattr(nlp_module, "SECTION_CHARS", 1_000)
    monkeypatch.setattr(nlp_module, "PARALLEL_SECTIONS", 1_000)  # one process: see the test below
    text = "\n\n".join([PARAGRAPH] * 40)  # about 6,000 characters
    doc = parse(text)
    assert doc.text == text
    assert sum(1 for _ in doc.sents) == 80


def test_a_sectioned_article_gives_what_one_parse_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = "date 2025-07-09 Lavrov\n\n" + "\n\n".join([PARAGRAPH] * 12) + "\n"
    article = parse_article(raw, "lavrov", "seeds/lavrov.txt")
    whole = extract_article(article)
    monkeypatch.setattr(nlp_module, "SECTION_CHARS", 600)
    monkeypatch.setattr(nlp_module, "PARALLEL_SECTIONS", 1_000)
    sectioned = extract_article(article)
    assert [(q.start, q.end, q.speaker) for q in sectioned.quotes] == [(q.start, q.end, q.speaker) for q in whole.quotes]
    assert [(t.start, t.value) for t in sectioned.timexes] == [(t.start, t.value) for t in whole.timexes]
    assert [s.id for s in sectioned.sentences] == [s.id for s in whole.sentences]


def _shape(doc: Doc) -> list[tuple]:
    return [(t.idx, t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_,
             t.is_sent_start) for t in doc]


def test_a_section_parsed_in_another_process_comes_back_whole() -> None:
    """What another process sends back is the same words, tags, tree, names and sentences."""
    text = "\n\n".join([PARAGRAPH] * 3)
    sent = Doc(load_nlp().vocab).from_bytes(nlp_module._parse_to_bytes(text))
    assert _shape(sent) == _shape(load_nlp()(text))


def test_a_long_article_parsed_on_two_processes_gives_what_one_process_gives() -> None:
    text = "\n\n".join([PARAGRAPH] * 12)
    shared = parse(text, size=300, processes=2)
    assert shared.text == text
    assert _shape(shared) == _shape(parse(text, size=300, processes=1))
