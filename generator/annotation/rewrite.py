"""Writing into an editor's annotation the way an editor would: `briefing hide` and `fix`.

The file keeps its comments, key order and layout (round-trip YAML), the new
text is validated before anything is written, and the file is replaced
atomically: a change that would break it is refused and the file stays as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Mapping

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from generator.annotation.load import annotation_from
from generator.annotation.yaml_io import dump_like, parse_yaml
from generator.errors import BriefingError, Problem
from generator.paths import relative_name
from generator.write import write_atomic


def rewrite_annotation(path: Path, root: Path, change: Callable[[CommentedMap], None]) -> None:
    """Apply `change` to the file's YAML, keep everything else, and replace it atomically."""
    rel = relative_name(path, root)
    text = path.read_text(encoding="utf-8")
    document = parse_yaml(text, rel)
    change(document)
    new_text = dump_like(document, text)
    try:
        annotation_from(parse_yaml(new_text, rel), rel, root, path.stem)
    except BriefingError as error:
        # Its lines are those of a text never saved: say what is wrong, not where.
        raise BriefingError(Problem(rel, f"the change would make the file invalid ({p.message}); "
                                         "nothing was changed") for p in error.problems) from None
    write_atomic(path, new_text)


def hide(section: str, item_id: str) -> Callable[[CommentedMap], None]:
    """The change that adds `item_id` to the section's `hide:` list."""

    def change(document: CommentedMap) -> None:
        node = _section_node(document, section)
        if not isinstance(node.get("hide"), CommentedSeq):
            node["hide"] = CommentedSeq()
        if not node["hide"]:
            node["hide"].fa.set_flow_style()  # `hide: [q-1a2b3c]`, as editors write it
        node["hide"].append(item_id)

    return change


def correct(section: str, item_id: str, fields: Mapping[str, str]) -> Callable[[CommentedMap], None]:
    """The change that sets `fields` of `item_id` under the section's `correct:`."""

    def change(document: CommentedMap) -> None:
        node = _section_node(document, section)
        if not isinstance(node.get("correct"), CommentedMap):
            node["correct"] = CommentedMap()
        if not node["correct"]:
            node["correct"].fa.set_block_style()
        found = node["correct"].get(item_id)
        if not isinstance(found, CommentedMap):
            found = node["correct"][item_id] = CommentedMap()
            found.fa.set_flow_style()
        found.update(fields)

    return change


def _section_node(document: CommentedMap, name: str) -> CommentedMap:
    if not isinstance(document.get(name), CommentedMap):
        document[name] = CommentedMap()
    return document[name]
