"""Markdown syntax out, words in: for article bodies written in Markdown.

Line syntax (headings, list markers, quotes, rules, fences) is read per line;
inline syntax (emphasis, links, code) once a paragraph is joined, since a link
or an emphasis may wrap across lines. Every removal keeps the raw offsets of
the words that stay (see textmap). HTML is not Markdown syntax to remove: it
stays as literal text and the renderer escapes it.
"""

from __future__ import annotations

import enum
import re
from typing import NamedTuple

from generator.read.textmap import MappedText


class LineKind(enum.Enum):
    TEXT = "text"
    HEADING = "heading"  # ATX: "# Title"
    SETEXT = "setext"  # "===" or "---" under a line makes it a heading
    LIST_ITEM = "list item"  # starts a paragraph of its own
    DROP = "drop"  # rules, fences, link definitions, lone images: no words


_QUOTE_MARKERS = re.compile(r"^(?:>\s?)+")
_ATX_HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$|^(#{1,6})$")
_SETEXT = re.compile(r"^(?:=+|-+)\s*$")
_RULE = re.compile(r"^(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_FENCE = re.compile(r"^(?:`{3,}|~{3,})")
_LINK_DEFINITION = re.compile(r"^\[[^\]]+\]:\s*\S+")
_LONE_IMAGE = re.compile(r"^!\[[^\]]*\]\([^)]*\)$")
_LIST_MARKER = re.compile(r"^(?:[-*+]|\d{1,9}[.)])\s+(?=\S)")

_URL_PART = r"\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)"
# (pattern, group kept); applied in this order, strong emphasis before emphasis.
_INLINE: tuple[tuple[re.Pattern[str], int | None], ...] = (
    (re.compile(r"!\[[^\]]*\]" + _URL_PART), None),  # images: no words in the story
    (re.compile(r"(?<!\\)\[([^\]]+)\]" + _URL_PART), 1),  # [text](url)
    (re.compile(r"(?<!\\)\[([^\]]+)\]\[[^\]]*\]"), 1),  # [text][ref]
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), 1),  # <https://...>
    (re.compile(r"(?<!\\)`([^`]+)`"), 1),
    (re.compile(r"(?<![\\\w])(\*\*|__)(?=\S)(.+?)(?<=\S)(?<!\\)\1(?!\w)"), 2),
    (re.compile(r"(?<![\\\w*])\*(?=[^\s*])(.+?)(?<=[^\s*\\])\*(?![\w*])"), 1),
    (re.compile(r"(?<![\\\w_])_(?=[^\s_])(.+?)(?<=[^\s_\\])_(?![\w_])"), 1),
    (re.compile(r"(?<!\\)~~(?=\S)(.+?)(?<=\S)~~"), 1),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|<])"), 1),  # \* -> *
)


class MarkdownLine(NamedTuple):
    kind: LineKind
    words: MappedText  # the line without its Markdown line syntax
    level: int = 0  # heading level: 1 for "# Title" or a "===" underline


def classify_line(line: MappedText, follows_text: bool) -> MarkdownLine:
    """The kind of a stripped Markdown line and its words without line syntax.

    `follows_text`: the line directly follows a text line of the same block,
    which makes "---" a heading underline rather than a rule.
    """
    quote = _QUOTE_MARKERS.match(line.text)
    if quote:
        line = line.slice(quote.end()).strip()
    text = line.text
    if follows_text and _SETEXT.match(text):
        return MarkdownLine(LineKind.SETEXT, line, 1 if text.startswith("=") else 2)
    if _RULE.match(text) or _FENCE.match(text) or _LINK_DEFINITION.match(text) or _LONE_IMAGE.match(text):
        return MarkdownLine(LineKind.DROP, line)
    heading = _ATX_HEADING.match(text)
    if heading:
        if heading.group(2) is None:  # a lone "#"
            return MarkdownLine(LineKind.DROP, line)
        return MarkdownLine(LineKind.HEADING, line.slice(heading.start(2), heading.end(2)), len(heading.group(1)))
    marker = _LIST_MARKER.match(text)
    if marker:
        return MarkdownLine(LineKind.LIST_ITEM, line.slice(marker.end()))
    return MarkdownLine(LineKind.TEXT, line)


def strip_inline(paragraph: MappedText) -> MappedText:
    """The paragraph without emphasis markers, link targets or code ticks."""
    for pattern, keep in _INLINE:
        paragraph = paragraph.unwrap(pattern, keep)
    return paragraph
