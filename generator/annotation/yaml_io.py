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
from ruamel.yaml.nodes import MappingNode, Node, SequenceNode

from generator.errors import BriefingError, fail
from generator.model import Position

# Aliases (`*name`) may repeat a value, but a file that expands to more values
# than this is an attack ("billion laughs"), not an annotation.
MAX_VALUES = 10_000
# The plain tags YAML gives values by itself; any other (`!!python/...`) is refused.
PLAIN_TAGS = frozenset(f"tag:yaml.org,2002:{name}" for name in
                       ("str", "int", "float", "bool", "null", "timestamp", "seq", "map"))


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
    """The YAML document, or a BriefingError naming the line of the syntax error.

    The document's structure is vetted before any value is built: no tag other
    than YAML's plain ones, no merge key, no alias that expands without end.
    """
    try:
        _vet(round_trip_yaml().compose(text), rel)
        return round_trip_yaml().load(text)
    except MarkedYAMLError as error:
        raise _syntax_error(error, rel) from None


def _syntax_error(error: MarkedYAMLError, rel: str) -> BriefingError:
    """The error where an editor can fix it: an unclosed quote where it opens, not where the file ends."""
    problem = (error.problem or error.context or "not valid YAML").split(" (original value")[0]
    mark = error.problem_mark or error.context_mark
    if error.context == "while scanning a quoted scalar" and error.context_mark is not None:
        mark, problem = error.context_mark, "a quotation mark opened here is never closed"
    line = mark.line + 1 if mark else None
    column = mark.column + 1 if mark else None
    return fail(rel, f"YAML syntax error: {problem}", line, column)


def _vet(root: Node | None, rel: str) -> None:
    """Refuse tags that build objects, merge keys, and aliases that expand too far.

    Each node is sized once (an alias points at a node already sized), so this
    takes time in proportion to the file, however far its aliases would expand.
    """
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()

    def refuse(node: Node, message: str) -> BriefingError:
        return fail(rel, message, node.start_mark.line + 1, node.start_mark.column + 1)

    def size(node: Node) -> int:
        if id(node) in sizes:
            return sizes[id(node)]
        if id(node) in open_nodes:
            raise refuse(node, "this value contains itself through an alias; write it out")
        tag = str(node.tag)
        if tag == "tag:yaml.org,2002:merge":
            raise refuse(node, "merge keys (<<) are not supported; write the keys out")
        if tag not in PLAIN_TAGS:
            raise refuse(node, f"the tag {tag.replace('tag:yaml.org,2002:', '!!')} is not allowed; "
                               "write a plain value")
        open_nodes.add(id(node))
        children: list[Node] = []
        if isinstance(node, SequenceNode):
            children = list(node.value)
        elif isinstance(node, MappingNode):
            children = [part for pair in node.value for part in pair]
        total = 1 + sum(size(child) for child in children)
        open_nodes.discard(id(node))
        if total > MAX_VALUES:
            raise refuse(node, f"this value expands to more than {MAX_VALUES:,} values through "
                               "aliases (*name); write the values out")
        sizes[id(node)] = total
        return total

    if root is not None:
        size(root)


def positions_of(document: Any) -> dict[str, Position]:
    """Where every key and list item is written, by dotted path ('quotes.hide.0')."""
    positions: dict[str, Position] = {}
    _record(document, "", positions)
    return positions


def _record(node: Any, path: str, positions: dict[str, Position]) -> None:
    if isinstance(node, CommentedMap):
        items = [(f"{path}.{key}" if path else str(key), value, node.lc.key(key)) for key, value in node.items()]
    elif isinstance(node, CommentedSeq):
        items = [(f"{path}.{index}", value, node.lc.item(index)) for index, value in enumerate(node)]
    else:
        return
    for here, value, where in items:
        if where:  # an alias's value has no place of its own: its messages use the parent's
            positions[here] = Position(where[0] + 1, where[1] + 1)
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
