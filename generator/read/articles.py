"""Read one news article into an `Article`: clean text that maps back to the file.

Three forms are read (see front_matter): plain text whose first line may be the
title, a `date YYYY-MM-DD Title` header line, and Markdown with YAML front
matter. The body becomes paragraphs separated by exactly "\\n\\n", with wrapped
lines joined and the page's noise (photo caption and credit, "Related
article:" links, dateline) removed (see article_noise). `Article.offsets`
maps every character of the text to the file as read, so later stages can
report spans in the file.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Sequence

from generator.errors import fail
from generator.paths import source_id
from generator.model import Article
from generator.read.article_noise import (
    credit_start,
    dateline_only,
    dateline_prefix,
    is_credit_only,
    is_related_link,
)
from generator.read.front_matter import read_header
from generator.read.markdown_text import LineKind, classify_line, strip_inline
from generator.read.textmap import MappedText

MAX_ARTICLE_BYTES = 5_000_000
MARKDOWN_SUFFIXES = (".md", ".markdown")
# Hard-wrapped text is set at 60 to 100 columns: a longer line is a paragraph
# of its own (files that put one paragraph on each line).
MAX_WRAP_WIDTH = 120
# A line that ends a sentence while the next word would have fitted on it
# (with this much of the wrap width to spare) ends its paragraph.
WRAP_FILL = 0.85
MAX_TITLE_CHARS = 300
# More control characters than this share of the bytes: not text.
MAX_CONTROL_SHARE = 0.01

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_ENDS_SENTENCE = re.compile(r"[.!?:][\"”’')\]]*$")
_ENDS_WORD_HYPHEN = re.compile(r"\w-$")  # "flag-" + "draped" -> "flag-draped"
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\x0b\x0c\r\x1b") + b"\x7f"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


@dataclass(frozen=True)
class _Line:
    text: MappedText  # whitespace collapsed, stripped
    end: int  # raw index of the line break after it (len(raw) for the last line)


@dataclass(frozen=True)
class _Paragraph:
    text: MappedText
    end: int  # raw index of the line break after its last line
    lines: int  # how many lines of the file it spans
    heading: int = 0  # Markdown heading level; 0: not a heading


# --------------------------------------------------------------------------
# I/O edge: bytes in, text out
# --------------------------------------------------------------------------


def read_article(path: Path, display_path: str) -> Article:
    """Read, decode and parse the article file at `path` (named `display_path` in errors)."""
    if not path.exists():
        raise fail(display_path, "does not exist")
    if path.is_dir():
        raise fail(display_path, "is a folder, not an article file")
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise fail(display_path, _too_large(size))
        data = path.read_bytes()
    except OSError as error:
        raise fail(display_path, f"cannot be read: {error.strerror or error}") from None
    return parse_article(decode_article(data, display_path), source_id(display_path), display_path)


def decode_article(data: bytes, path: str) -> str:
    """The file's text: strict UTF-8, a leading byte-order mark dropped.

    The returned string is "the file as read": every offset refers to it.
    """
    if len(data) > MAX_ARTICLE_BYTES:
        raise fail(path, _too_large(len(data)))
    if data.startswith(_UTF16_BOMS):
        raise fail(path, "is UTF-16 text, not UTF-8; save it as UTF-8")
    if b"\x00" in data or len(data) - len(data.translate(None, _CONTROL_BYTES)) > MAX_CONTROL_SHARE * len(data):
        raise fail(path, "is not a text file (it holds binary data)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = len(_LINE_BREAK.findall(data[: error.start].decode("utf-8", "replace"))) + 1
        byte = data[error.start]
        raise fail(path, f"is not UTF-8 text (invalid byte 0x{byte:02X} on line {line}); save it as UTF-8") from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise fail(path, "the article is empty")
    return text


def _too_large(size: int) -> str:
    return f"is too large ({size} bytes; the limit is {MAX_ARTICLE_BYTES})"


# --------------------------------------------------------------------------
# Parsing: pure
# --------------------------------------------------------------------------


def parse_article(raw: str, article_id: str, path: str) -> Article:
    """The article in `raw` (the decoded file), cleaned, with offsets into `raw`."""
    spans = _line_spans(raw)
    header = read_header([raw[start:end] for start, end in spans], path)
    markdown = header.front_matter or path.lower().endswith(MARKDOWN_SUFFIXES)
    lines = [_clean_line(raw, start, end) for start, end in spans[header.body_start :]]
    blocks = _blocks(lines)
    paragraphs = _markdown_paragraphs(blocks) if markdown else _plain_paragraphs(blocks)

    title = header.title
    if markdown:
        title, paragraphs = _heading_title(title, paragraphs)
    title_from_first = title is None and header.body_start == 0 and not markdown
    lead_title, dateline, paragraphs = _strip_leading_noise(paragraphs, title_from_first)
    title = title or lead_title
    paragraphs = [p for p in paragraphs if not _is_noise(p.text.text)]
    if title and paragraphs and _same_words(paragraphs[0].text.text, title):
        paragraphs = paragraphs[1:]
    if dateline is None and paragraphs:
        dateline, paragraphs[0] = _strip_dateline_prefix(paragraphs[0])

    text = _assemble(paragraphs, len(raw))
    if not text.text:
        raise fail(path, "holds no article text (only a header, a caption or links)")
    return Article(
        id=article_id,
        path=path,
        raw=raw,
        text=text.text,
        offsets=text.offsets + (len(raw),),
        title=title,
        date=header.date,
        outlet=header.outlet,
        url=header.url,
        author=header.author,
        dateline=dateline,
    )


def _line_spans(raw: str) -> list[tuple[int, int]]:
    """[start, end) of each line without its line break; CRLF, CR and LF all end lines."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _LINE_BREAK.finditer(raw):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(raw)))
    return spans


def _clean_line(raw: str, start: int, end: int) -> _Line:
    return _Line(MappedText.from_raw(raw, start, end).collapse_whitespace().strip(), end)


def _blocks(lines: Sequence[_Line]) -> list[list[_Line]]:
    """Runs of non-blank lines: the file's blank-line-separated blocks."""
    blocks: list[list[_Line]] = [[]]
    for line in lines:
        if line.text.text:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _join_lines(lines: Sequence[_Line]) -> MappedText:
    """One paragraph from wrapped lines: one space between, none after a word's hyphen."""
    parts = [lines[0].text]
    for previous, line in pairwise(lines):
        if not _ENDS_WORD_HYPHEN.search(previous.text.text):
            parts.append(MappedText.inserted(" ", previous.end))
        parts.append(line.text)
    return MappedText.concat(parts)


def _paragraph(lines: Sequence[_Line], heading: int = 0) -> _Paragraph:
    return _Paragraph(_join_lines(lines), lines[-1].end, len(lines), heading)


# --------------------------------------------------------------------------
# Plain text: where does a paragraph end?
# --------------------------------------------------------------------------


def _plain_paragraphs(blocks: Sequence[Sequence[_Line]]) -> list[_Paragraph]:
    return [_paragraph(group) for block in blocks for group in _split_block(block)]


def _split_block(block: Sequence[_Line]) -> list[list[_Line]]:
    """A block's lines grouped into paragraphs.

    Blank lines separate paragraphs; inside a block a line break is a wrap,
    unless the block's lines are too long to be wrapped text, or a line ends a
    sentence well short of the width the block is wrapped at (so the next
    word would have fitted). "Related article:" lines start a paragraph.
    """
    if any(len(line.text) > MAX_WRAP_WIDTH for line in block):
        return [[line] for line in block]
    width = max(len(line.text) for line in block[:-1]) if len(block) > 1 else 0
    groups = [[block[0]]]
    for previous, line in pairwise(block):
        if _is_wrap(previous.text.text, line.text.text, width):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _is_wrap(line: str, next_line: str, width: int) -> bool:
    if is_related_link(next_line):
        return False
    if not _ENDS_SENTENCE.search(line):
        return True
    next_word = next_line.split(" ", 1)[0]
    return len(line) + 1 + len(next_word) > width * WRAP_FILL


# --------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------


def _markdown_paragraphs(blocks: Sequence[Sequence[_Line]]) -> list[_Paragraph]:
    """Paragraphs of a Markdown body: headings and list items stand alone."""
    paragraphs: list[_Paragraph] = []
    for block in blocks:
        current: list[_Line] = []

        def flush(heading: int = 0) -> None:
            if current:
                paragraphs.append(_paragraph(current, heading))
                current.clear()

        for line in block:
            parsed = classify_line(line.text, follows_text=bool(current))
            words = _Line(parsed.words, line.end)
            if parsed.kind is LineKind.SETEXT:
                flush(parsed.level)
            elif parsed.kind is LineKind.DROP:
                flush()
            elif parsed.kind is LineKind.HEADING:
                flush()
                paragraphs.append(_paragraph([words], parsed.level))
            elif parsed.kind is LineKind.LIST_ITEM:
                flush()
                current.append(words)
            else:
                current.append(words)
        flush()
    cleaned = (dataclasses.replace(p, text=strip_inline(p.text).collapse_whitespace().strip()) for p in paragraphs)
    return [p for p in cleaned if p.text.text]


def _heading_title(title: str | None, paragraphs: list[_Paragraph]) -> tuple[str | None, list[_Paragraph]]:
    """A leading level-1 heading is the title (or repeats it): not body text."""
    if paragraphs and paragraphs[0].heading == 1:
        heading = paragraphs[0].text.text
        if title is None or _same_words(heading, title):
            return title or heading, paragraphs[1:]
    return title, paragraphs


# --------------------------------------------------------------------------
# Noise
# --------------------------------------------------------------------------


def _strip_leading_noise(
    paragraphs: list[_Paragraph], title_from_first: bool
) -> tuple[str | None, str | None, list[_Paragraph]]:
    """(title, dateline, body) after the paragraphs that come before the story.

    Before the story come photo captions (a paragraph ending in a credit, or
    followed by a credit paragraph), related links, a dateline alone on
    its line and, in plain text, a one-line first paragraph: the title.
    """
    title = dateline = None
    at = 0
    while at < len(paragraphs):
        text = paragraphs[at].text.text
        following = paragraphs[at + 1].text.text if at + 1 < len(paragraphs) else None
        if credit_start(text) is not None or is_related_link(text):
            at += 1
        elif dateline is None and dateline_only(text):
            dateline = text
            at += 1
        elif at == 0 and title_from_first and following is not None and _is_title(paragraphs[0]):
            title = text
            at += 1
        elif following is not None and _is_caption_credit(following):
            at += 2
        else:
            break
    return title, dateline, paragraphs[at:]


def _is_caption_credit(paragraph: str) -> bool:
    """A credit paragraph set right under its caption ("Photo: Reuters").

    One with a full stop ("Bloomberg via Getty Images.") is as often a
    credit left behind by an image whose caption is gone: the paragraph
    before it is then the story's, and stays.
    """
    return not paragraph.endswith(".") and is_credit_only(paragraph)


def _is_noise(paragraph: str) -> bool:
    """Noise wherever it stands: links to other stories, credits of photos."""
    return is_related_link(paragraph) or is_credit_only(paragraph)


def _is_title(paragraph: _Paragraph) -> bool:
    return paragraph.lines == 1 and len(paragraph.text) <= MAX_TITLE_CHARS


def _strip_dateline_prefix(paragraph: _Paragraph) -> tuple[str | None, _Paragraph]:
    """A lead opening "MOSCOW (AFP) - " loses its dateline, which is returned."""
    found = dateline_prefix(paragraph.text.text)
    if found is None:
        return None, paragraph
    dateline, story_start = found
    return dateline, dataclasses.replace(paragraph, text=paragraph.text.slice(story_start))


def _same_words(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


# --------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------


def _assemble(paragraphs: Sequence[_Paragraph], raw_length: int) -> MappedText:
    """Paragraphs joined by "\\n\\n", mapped to the line breaks after each paragraph."""
    parts: list[MappedText] = []
    for index, paragraph in enumerate(paragraphs):
        if index:
            end = paragraphs[index - 1].end
            parts.append(MappedText.inserted("\n", end))
            parts.append(MappedText.inserted("\n", min(end + 1, raw_length)))
        parts.append(paragraph.text)
    return MappedText.concat(parts)
