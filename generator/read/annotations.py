"""Reading an editor's annotation file (briefings/*.yaml) into an Annotation.

Editors are not programmers, so every mistake becomes a sentence naming the
file, line and column, and all mistakes in a file are reported at once. The
keys allowed are those of `generator.schema`; everything that can be checked
without running the extractor is checked here. Ids (which need extraction)
are checked by `generator.edits.apply_edits`, using `Annotation.positions`.

ruamel.yaml's round-trip loader is used because it knows where each key and
item is written; the same library writes files back without losing comments.
"""

from __future__ import annotations

import datetime as dt
import difflib
import pathlib
import re
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError

from generator import schema
from generator.errors import BriefingError, Problem, fail
from generator.model import Addition, Annotation, Correction, Position, SectionEdits, SourceEntry
from generator.schema import Key, Section


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


def display(path: str) -> str:
    """'quotes.hide.0' as editors read it: 'quotes.hide[0]'."""
    return re.sub(r"\.(\d+)(?=\.|$)", r"[\1]", path)


def suggestion(word: str, choices: Any) -> str:
    """'; did you mean 'title'?' when one choice is close to `word`, else ''."""
    close = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


def record_positions(node: Any, path: str, positions: dict[str, Position]) -> None:
    """Note where every key and list item under `node` is written, by dotted path."""
    if isinstance(node, CommentedMap):
        for key, value in node.items():
            line, column = node.lc.key(key)
            here = f"{path}.{key}" if path else str(key)
            positions[here] = Position(line + 1, column + 1)
            record_positions(value, here, positions)
    elif isinstance(node, CommentedSeq):
        for index, value in enumerate(node):
            line, column = node.lc.item(index)
            here = f"{path}.{index}"
            positions[here] = Position(line + 1, column + 1)
            record_positions(value, here, positions)


def _kind(value: Any) -> str:
    """What an editor wrote, in words, for 'expected X, got Y' messages."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, dt.date):
        return "a date"
    if isinstance(value, str):
        return "text"
    if isinstance(value, dict):
        return "keys and values"
    return "a list"


@dataclass
class _Checker:
    """Collects every problem of one file while its parts are read."""

    rel: str
    root: pathlib.Path
    positions: dict[str, Position]
    problems: list[Problem] = field(default_factory=list)

    def report(self, path: str, message: str) -> None:
        """A problem about the value at dotted `path` (the line of its key or item)."""
        where = self.positions.get(path, Position(1, 1))
        prefix = f"{display(path)}: " if path else ""
        self.problems.append(Problem(self.rel, prefix + message, where.line, where.column))

    def keys(self, node: dict, allowed: tuple[Key, ...], path: str) -> None:
        """Unknown keys (with a did-you-mean) and missing required ones."""
        names = [key.name for key in allowed]
        for name in node:
            if name not in names:
                here = f"{path}.{name}" if path else str(name)
                where = self.positions.get(here, Position(1, 1))
                prefix = f"{display(path)}: " if path else ""
                hint = suggestion(name, names) or f"; use one of {', '.join(names)}"
                self.problems.append(Problem(
                    self.rel, f"{prefix}unknown key '{name}'{hint}", where.line, where.column))
        for key in allowed:
            if key.required and node.get(key.name) is None:
                self.report(path, f"missing required key '{key.name}'")

    def text(self, value: Any, path: str) -> str | None:
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)  # `title: 1984` means the text 1984
        self.report(path, f"expected text, got {_kind(value)}")
        return None

    def date(self, value: Any, path: str) -> dt.date | None:
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        self.report(path, f"'{value}' is not a date; write it as YYYY-MM-DD")
        return None

    def iso_date(self, value: Any, path: str) -> str | None:
        """A date of the precision the editor knows: 2022, 2025-06 or 2025-07-11."""
        if value is None:
            return None
        if isinstance(value, dt.date):
            return value.isoformat()[:10]
        text = str(value).strip() if isinstance(value, (str, int)) else ""
        if text == "" and value == "":
            return ""  # clears the date in a correction
        if re.fullmatch(schema.ISO_DATE_PATTERN, text) and _valid_partial_date(text):
            return text
        self.report(path, f"'{value}' is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD")
        return None

    def string_list(self, value: Any, path: str, example: str) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            self.report(path, f"expected a list, like {example}; got {_kind(value)}")
            return ()
        items = (self.text(item, f"{path}.{i}") for i, item in enumerate(value))
        return tuple(item for item in items if item)

    def mapping(self, value: Any, path: str, what: str) -> dict | None:
        if isinstance(value, dict):
            return value
        if value is not None:
            self.report(path, f"expected {what}, got {_kind(value)}")
        return None


def _valid_partial_date(text: str) -> bool:
    parts = [int(part) for part in text.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def _value(checker: _Checker, key: Key, value: Any, path: str) -> Any:
    """Read one value of a Key of kind text, date or iso date."""
    if key.kind == schema.ISO_DATE:
        return checker.iso_date(value, path)
    if key.kind == schema.ID_LIST:
        return checker.string_list(value, path, "[004_24a459861bad1e6c]")
    return checker.text(value, path)


def _fields(checker: _Checker, node: dict, keys: tuple[Key, ...], path: str) -> dict[str, Any]:
    checker.keys(node, keys, path)
    return {key.name: _value(checker, key, node.get(key.name), f"{path}.{key.name}")
            for key in keys if key.name in node}


def _corrections(checker: _Checker, value: Any, section: Section) -> tuple[Correction, ...]:
    path = f"{section.name}.correct"
    example = "an item's id, then the fields to change"
    node = checker.mapping(value, path, example)
    corrections = []
    for item_id, fixes in (node or {}).items():
        here = f"{path}.{item_id}"
        allowed = ", ".join(key.name for key in section.correct)
        fixes_node = checker.mapping(fixes, here, f"the fields to change ({allowed})")
        if fixes_node is None:
            if fixes is None:
                checker.report(here, f"give at least one of {allowed}")
            continue
        if not fixes_node:
            checker.report(here, f"give at least one of {allowed}")
        corrections.append(Correction(id=str(item_id), **_fields(checker, fixes_node, section.correct, here)))
    return tuple(corrections)


def _additions(checker: _Checker, value: Any, section: Section,
               source_ids: set[str]) -> tuple[Addition, ...]:
    path = f"{section.name}.add"
    if value is None:
        return ()
    if not isinstance(value, list):
        checker.report(path, f"expected a list of {section.name}, each starting with '- '; got {_kind(value)}")
        return ()
    additions = []
    for index, item in enumerate(value):
        here = f"{path}.{index}"
        node = checker.mapping(item, here, ", ".join(key.name for key in section.add))
        if node is None:
            continue
        fields = _fields(checker, node, section.add, here)
        for i, source in enumerate(fields.get("sources", ())):
            if source_ids and source not in source_ids:
                checker.report(f"{here}.sources.{i}",
                               f"no source '{source}' in this briefing{suggestion(source, source_ids)}")
        additions.append(Addition(**fields))
    return tuple(additions)


def _section(checker: _Checker, value: Any, section: Section, source_ids: set[str]) -> SectionEdits:
    names = ", ".join(key.name for key in schema.SECTION_KEYS)
    node = checker.mapping(value, section.name, f"keys ({names})")
    if node is None:
        return SectionEdits()
    checker.keys(node, schema.SECTION_KEYS, section.name)
    return SectionEdits(
        hide=checker.string_list(node.get("hide"), f"{section.name}.hide", "[q-1a2b3c, q-4d5e6f]"),
        order=checker.string_list(node.get("order"), f"{section.name}.order", "[q-1a2b3c, q-4d5e6f]"),
        correct=_corrections(checker, node.get("correct"), section),
        add=_additions(checker, node.get("add"), section, source_ids),
    )


def _source_path(checker: _Checker, value: Any, path: str) -> str | None:
    """The project-relative POSIX path of an article; refused outside the project."""
    text = checker.text(value, path)
    if not text:
        return None
    root = checker.root.resolve()
    target = (root / text).resolve()
    if pathlib.PurePath(text).is_absolute() or not target.is_relative_to(root):
        checker.report(path, f"'{text}' is outside the project; give a path inside it, like seeds/name.txt")
        return None
    if not target.is_file():
        folder = pathlib.PurePosixPath(text).parent
        nearby = [(folder / p.name).as_posix() for p in target.parent.iterdir()] \
            if target.parent.is_dir() else []
        hint = suggestion(text, nearby)
        checker.report(path, f"'{text}' does not exist{hint}")
        return None
    return target.relative_to(root).as_posix()


def _sources(checker: _Checker, value: Any) -> tuple[SourceEntry, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not value:
        checker.report("sources", "expected a list of articles, each as '- path: seeds/name.txt'; "
                                  f"got {'an empty list' if value == [] else _kind(value)}")
        return ()
    entries, seen = [], set()
    for index, item in enumerate(value):
        here = f"sources.{index}"
        node = checker.mapping(item, here, "keys (path, outlet, title, date, url), "
                                           "like '- path: seeds/name.txt'")
        if node is None:
            continue
        checker.keys(node, schema.SOURCE_KEYS, here)
        path = _source_path(checker, node.get("path"), f"{here}.path")
        if path in seen:
            checker.report(f"{here}.path", f"'{path}' is listed twice")
        elif path:
            seen.add(path)
            entries.append(SourceEntry(
                path=path, outlet=checker.text(node.get("outlet"), f"{here}.outlet"),
                title=checker.text(node.get("title"), f"{here}.title"),
                date=checker.date(node.get("date"), f"{here}.date"),
                url=checker.text(node.get("url"), f"{here}.url")))
    return tuple(entries)


def _slug(checker: _Checker, value: Any, stem: str) -> str:
    if value is None:
        if not re.fullmatch(schema.SLUG_PATTERN, stem):
            checker.report("", f"the file name '{stem}' cannot be a page address; rename the file "
                               "or set slug: to lowercase words joined by '-'")
        return stem
    slug = checker.text(value, "slug") or ""
    if slug and not re.fullmatch(schema.SLUG_PATTERN, slug):
        checker.report("slug", f"'{slug}' is not a page address; use lowercase letters, digits "
                               "and '-', like lavrov-north-korea-visit")
    return slug


def _status(checker: _Checker, value: Any) -> str:
    if value is None:
        return schema.STATUSES[0]
    if value not in schema.STATUSES:
        checker.report("status", f"'{value}' must be published or draft"
                                 f"{suggestion(value, schema.STATUSES)}")
    return str(value)


def annotation_from(document: Any, rel: str, root: pathlib.Path, stem: str) -> Annotation:
    """Validate a parsed YAML document; raise BriefingError with every problem found."""
    if document is None:
        raise fail(rel, "the file is empty; an annotation needs at least title, date and sources", 1, 1)
    if not isinstance(document, dict):
        raise fail(rel, f"expected keys like 'title: ...' at the top level, got {_kind(document)}", 1, 1)
    positions: dict[str, Position] = {}
    record_positions(document, "", positions)
    checker = _Checker(rel, root, positions)
    checker.keys(document, schema.TOP_KEYS, "")
    sources = _sources(checker, document.get("sources"))
    source_ids = {pathlib.PurePosixPath(entry.path).stem for entry in sources}
    sections = {section.name: _section(checker, document.get(section.name), section, source_ids)
                for section in schema.SECTIONS}
    title = checker.text(document.get("title"), "title")
    date = checker.date(document.get("date"), "date")
    annotation = Annotation(
        path=rel, slug=_slug(checker, document.get("slug"), stem), title=title or "",
        date=date or dt.date.min, sources=sources,
        summary=checker.text(document.get("summary"), "summary"),
        why_it_matters=checker.text(document.get("why_it_matters"), "why_it_matters"),
        tags=checker.string_list(document.get("tags"), "tags", "[russia, north-korea]"),
        status=_status(checker, document.get("status")),
        positions=positions, **sections)
    if checker.problems:
        raise BriefingError(sorted(checker.problems, key=lambda p: (p.line or 0, p.column or 0)))
    return annotation


def relative_name(path: pathlib.Path, root: pathlib.Path) -> str:
    """`path` as the user knows it: relative to the project where possible."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def load_annotation(path: pathlib.Path, root: pathlib.Path) -> Annotation:
    """Read and validate one annotation file; BriefingError lists every problem in it."""
    rel = relative_name(path, root)
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise fail(rel, "the file does not exist") from None
    except OSError as error:
        raise fail(rel, f"cannot read the file: {error.strerror}") from None
    except UnicodeDecodeError:
        raise fail(rel, "is not UTF-8 text; save it as UTF-8") from None
    return annotation_from(parse_yaml(text, rel), rel, root, path.stem)
