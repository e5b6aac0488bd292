"""The metadata an article file may open with.

Two forms are read:
- a header line, `date 2025-07-09 Title of the story` (stray leading spaces allowed);
- YAML front matter between `---` lines, with the keys in FRONT_MATTER_KEYS.
Both give an `ArticleHeader` and the index of the first body line. A wrong
date or an unknown key is an editor's mistake: it fails naming file and line.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Sequence

import yaml

from generator.errors import fail

FRONT_MATTER_KEYS = ("title", "date", "outlet", "url", "author")
URL_SCHEMES = ("http://", "https://")

# The value must start with a digit: a story may well begin "date night ...".
_HEADER_LINE = re.compile(r"^\s*date\s+(\d\S*)(?:\s+(\S.*?))?\s*$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_FENCE = re.compile(r"^---\s*$")
_CLOSING_FENCE = re.compile(r"^(?:---|\.\.\.)\s*$")


@dataclass(frozen=True)
class ArticleHeader:
    """What the file says about itself; `body_start` is the first body line (0-based)."""

    body_start: int
    title: str | None = None
    date: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    front_matter: bool = False  # True: the body is Markdown


def read_header(lines: Sequence[str], path: str) -> ArticleHeader:
    """The header of an article given as lines (no line endings); body_start 0 if none."""
    first = _first_non_blank(lines)
    if first is None:
        return ArticleHeader(body_start=0)
    if _FENCE.match(lines[first]) and first == 0:
        return _front_matter(lines, path)
    match = _HEADER_LINE.match(lines[first])
    if match:
        date = parse_date(match.group(1), path, first + 1, "the header line's date")
        return ArticleHeader(body_start=first + 1, title=match.group(2), date=date)
    return ArticleHeader(body_start=0)


def parse_date(value: str, path: str, line: int, what: str) -> dt.date:
    """A calendar date written YYYY-MM-DD (a time after it is ignored)."""
    day = value.strip().split("T")[0].split(" ")[0]
    match = _ISO_DATE.match(day)
    try:
        if not match:
            raise ValueError
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        raise fail(path, f"{what} '{value}' is not a valid date (write it as YYYY-MM-DD)", line) from None


def _first_non_blank(lines: Sequence[str]) -> int | None:
    for number, line in enumerate(lines):
        if line.strip():
            return number
    return None


def _front_matter(lines: Sequence[str], path: str) -> ArticleHeader:
    closing = next((n for n in range(1, len(lines)) if _CLOSING_FENCE.match(lines[n])), None)
    if closing is None:
        raise fail(path, "the front matter opened by '---' on line 1 is never closed by a '---' line", 1)
    values = _front_matter_values(lines[1:closing], path)
    fields: dict[str, object] = {}
    for key, (value, line) in values.items():
        if key == "date":
            fields[key] = parse_date(value, path, line, "the front matter's date")
        elif key == "url" and not value.startswith(URL_SCHEMES):
            raise fail(path, f"the url '{value}' is not a web address (it must start with http:// or https://)", line)
        else:
            fields[key] = value
    return ArticleHeader(body_start=closing + 1, front_matter=True, **fields)  # type: ignore[arg-type]


def _front_matter_values(lines: Sequence[str], path: str) -> dict[str, tuple[str, int]]:
    """key -> (text, 1-based line) for each non-empty value; YAML's own rules apply."""
    first_line = 2  # the front matter starts after the opening '---' line
    try:
        node = yaml.compose("\n".join(lines), Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + first_line if mark is not None else None
        reason = getattr(error, "problem", None) or "it is not valid YAML"
        raise fail(path, f"the front matter is not valid YAML ({reason})", line) from None
    if node is None:
        return {}
    if not isinstance(node, yaml.MappingNode):
        raise fail(path, "the front matter must be 'key: value' lines", node.start_mark.line + first_line)
    values: dict[str, tuple[str, int]] = {}
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + first_line
        key = str(key_node.value)
        if key not in FRONT_MATTER_KEYS:
            known = ", ".join(FRONT_MATTER_KEYS)
            raise fail(path, f"unknown front-matter key '{key}' (the keys are: {known})", line)
        if key in values:
            raise fail(path, f"the front-matter key '{key}' is given twice", line)
        text = _scalar_text(value_node, key, path, line)
        if text:
            values[key] = (text, line)
    return values


def _scalar_text(node: yaml.Node, key: str, path: str, line: int) -> str | None:
    """One line of text; a list (several authors) is joined with commas."""
    if isinstance(node, yaml.ScalarNode):
        value = " ".join(str(node.value).split())
        return value if value and node.tag != "tag:yaml.org,2002:null" else None
    if isinstance(node, yaml.SequenceNode) and all(isinstance(n, yaml.ScalarNode) for n in node.value):
        return ", ".join(" ".join(str(n.value).split()) for n in node.value) or None
    raise fail(path, f"the front-matter key '{key}' must hold text", line)
