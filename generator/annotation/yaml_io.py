"""Reading and writing annotation YAML, round trip.

ruamel.yaml's round-trip mode knows where each key and item is written (so
every message can name its line) and writes a file back with its comments,
key order and layout kept, so a command's edit looks like an editor's.
"""

from __future__ import annotations

import re
from io import StringIO
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError

from generator.errors import fail
from generator.model import Position


class _LenientDates(RoundTripConstructor):
    """Hands back `2025-13-01` as text instead of crashing, so it can be reported with its line."""

    def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
        try:
            return super().construct_yaml_timestamp(node, values)
        except ValueError:
            return self.construct_scalar(node)


_LenientDates.add_constructor("tag:yaml.org,2002:timestamp", _LenientDates.construct_yaml_timestamp)


def round_trip_yaml() -> YAML:
    """A fresh round-trip YAML reader/writer (one per use: it keeps state)."""
    yaml = YAML(typ="rt")
    yaml.Constructor = _LenientDates
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap an editor's long lines
    return yaml


def parse_yaml(text: str, rel: str) -> Any:
    """The YAML document, or a BriefingError naming the line of the syntax error."""
    try:
        return round_trip_yaml().load(text)
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = (error.problem or error.context or "not valid YAML").split(" (original value")[0]
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        raise fail(rel, f"YAML syntax error: {problem}", line, column) from None


def positions_of(document: Any) -> dict[str, Position]:
    """Where every key and list item is written, by dotted path ('quotes.hide.0')."""
    positions: dict[str, Position] = {}
    _record(document, "", positions)
    return positions


def _record(node: Any, path: str, positions: dict[str, Position]) -> None:
    if isinstance(node, CommentedMap):
        for key, value in node.items():
            line, column = node.lc.key(key)
            here = f"{path}.{key}" if path else str(key)
            positions[here] = Position(line + 1, column + 1)
            _record(value, here, positions)
    elif isinstance(node, CommentedSeq):
        for index, value in enumerate(node):
            line, column = node.lc.item(index)
            here = f"{path}.{index}"
            positions[here] = Position(line + 1, column + 1)
            _record(value, here, positions)


def guess_indent(text: str) -> tuple[int, int]:
    """(mapping indent, offset of '-' in lists) as the file is written: 2 and 2 by default."""
    mapping = re.search(r"^[^\s#-][^\n]*:[ \t]*\n(?:[ \t]*#[^\n]*\n)*( +)[^\s#-]", text, re.M)
    dash = re.search(r"^[^\s#-][^\n]*:[ \t]*\n(?:[ \t]*#[^\n]*\n)*( *)- ", text, re.M)
    return (len(mapping.group(1)) if mapping else 2), (len(dash.group(1)) if dash else 2)


def dump_like(document: Any, original: str) -> str:
    """`document` as YAML text, indented the way `original` was written."""
    yaml = round_trip_yaml()
    mapping, offset = guess_indent(original)
    yaml.indent(mapping=mapping, sequence=offset + 2, offset=offset)
    out = StringIO()
    yaml.dump(document, out)
    return out.getvalue()
