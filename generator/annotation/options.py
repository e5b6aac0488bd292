"""The kinds of value an annotation may hold, one small class each.

As MkDocs' `config_options` do, each kind knows three things: how to check
what an editor wrote (reporting mistakes with the value's line), its shape in
the JSON Schema that editors' YAML plugins read, and its name in the
documentation. `generator.annotation.schema` says which key holds which kind.
"""

from __future__ import annotations

import datetime as dt
import pathlib
import re
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from generator.annotation.problems import Checker, kind_of, suggestion
from generator.ids import SLUG_PATTERN
from generator.paths import RESERVED_SLUGS
from generator.model import Addition, Correction, SectionEdits, SourceEntry

# ISO 8601 of the precision the editor knows: a year, a month or a day.
ISO_DATE_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"


class Option:
    """One kind of value: how it is checked, its JSON Schema shape, its name in the docs."""

    name = ""  # the docs' "value" column

    def check(self, value: Any, path: str, checker: Checker) -> Any:
        raise NotImplementedError

    def shape(self) -> dict:
        raise NotImplementedError


@dataclass(frozen=True)
class Key:
    """One key an editor may write, with what it holds and why."""

    name: str
    option: Option
    description: str
    required: bool = False

    def shape(self) -> dict:
        return {"description": self.description, **self.option.shape()}

    def row(self) -> str:
        """The key's row in the docs' table."""
        return f"| `{self.name}` | {self.option.name} | {'yes' if self.required else ''} | {self.description} |"


# --------------------------------------------------------------------------
# single values
# --------------------------------------------------------------------------


class Text(Option):
    name = "text"

    def check(self, value: Any, path: str, checker: Checker) -> str | None:
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)  # `title: 1984` means the text 1984
        checker.report(path, f"expected text, got {kind_of(value)}")
        return None

    def shape(self) -> dict:
        return {"type": "string"}


class Date(Option):
    """A calendar day, YYYY-MM-DD."""

    name = "date"

    def check(self, value: Any, path: str, checker: Checker) -> dt.date | None:
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
        checker.report(path, f"'{value}' is not a date; write it as YYYY-MM-DD")
        return None

    def shape(self) -> dict:
        return {"type": "string", "format": "date"}


class IsoDate(Option):
    """A date of the precision the editor knows: 2022, 2025-06 or 2025-07-11."""

    name = "iso date"

    def check(self, value: Any, path: str, checker: Checker) -> str | None:
        if value is None:
            return None
        if isinstance(value, dt.date):
            return value.isoformat()[:10]
        text = str(value).strip() if isinstance(value, (str, int)) else ""
        if text == "" and value == "":
            return ""  # clears the date in a correction
        if re.fullmatch(ISO_DATE_PATTERN, text) and _valid_partial_date(text):
            return text
        checker.report(path, f"'{value}' is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD")
        return None

    def shape(self) -> dict:
        return {"type": ["string", "integer"], "pattern": ISO_DATE_PATTERN}


def _valid_partial_date(text: str) -> bool:
    parts = [int(part) for part in text.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


class Slug(Option):
    """A page address: lowercase words joined by '-'."""

    name = "slug"

    def check(self, value: Any, path: str, checker: Checker) -> str:
        slug = Text().check(value, path, checker) or ""
        if slug and not re.fullmatch(SLUG_PATTERN, slug):
            checker.report(path, f"'{slug}' is not a page address; use lowercase letters, digits "
                                 "and '-', like lavrov-north-korea-visit")
        elif slug in RESERVED_SLUGS:
            checker.report(path, f"'{slug}' is the address of one of the site's own pages; "
                                 "choose another slug")
        return slug

    def shape(self) -> dict:
        return {"type": "string", "pattern": SLUG_PATTERN}


class Choice(Option):
    """One of a few words; the first is the default."""

    def __init__(self, *choices: str):
        self.choices = choices
        self.name = " or ".join(choices)

    def check(self, value: Any, path: str, checker: Checker) -> str:
        if value is None:
            return self.choices[0]
        if value not in self.choices:
            checker.report(path, f"'{value}' must be {self.name}{suggestion(value, self.choices)}")
        return str(value)

    def shape(self) -> dict:
        return {"enum": list(self.choices)}


class TextList(Option):
    """A list of words or ids, like [russia, north-korea]."""

    def __init__(self, example: str, name: str = "list of text"):
        self.example = example
        self.name = name

    def check(self, value: Any, path: str, checker: Checker) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            checker.report(path, f"expected a list, like {self.example}; got {kind_of(value)}")
            return ()
        items = (Text().check(item, f"{path}.{i}", checker) for i, item in enumerate(value))
        return tuple(item for item in items if item)

    def shape(self) -> dict:
        return {"type": "array", "items": {"type": "string"}}


def IdList(example: str) -> TextList:
    return TextList(example, "list of ids")


# --------------------------------------------------------------------------
# keys and values together
# --------------------------------------------------------------------------


def mapping(value: Any, path: str, what: str, checker: Checker) -> dict | None:
    """`value` if it is keys and values; else None, with a problem unless it is empty."""
    if isinstance(value, dict):
        return value
    if value is not None:
        checker.report(path, f"expected {what}, got {kind_of(value)}")
    return None


def check_keys(node: dict, allowed: Sequence[Key], path: str, checker: Checker) -> None:
    """Unknown keys (with a did-you-mean, at their own line) and missing required ones."""
    names = [key.name for key in allowed]
    for name in node:
        if name not in names:
            hint = suggestion(name, names) or f"; use one of {', '.join(names)}"
            at = f"{path}.{name}" if path else str(name)
            checker.report(path, f"unknown key '{name}'{hint}", at=at)
    for key in allowed:
        if key.required and node.get(key.name) is None:
            checker.report(path, f"missing required key '{key.name}'")
        elif key.required and isinstance(node.get(key.name), str) and not node[key.name].strip():
            here = f"{path}.{key.name}" if path else key.name
            checker.report(here, "must not be empty")


def check_fields(node: dict, keys: Sequence[Key], path: str, checker: Checker) -> dict[str, Any]:
    """The values of the keys `node` holds, each checked by its kind."""
    check_keys(node, keys, path, checker)
    return {key.name: key.option.check(node.get(key.name), f"{path}.{key.name}", checker)
            for key in keys if key.name in node}


def closed_object(keys: Sequence[Key]) -> dict:
    """A JSON Schema object that, like the loader, refuses unknown keys."""
    shape: dict = {
        "type": "object",
        "additionalProperties": False,
        "properties": {key.name: key.shape() for key in keys},
    }
    required = [key.name for key in keys if key.required]
    if required:
        shape["required"] = required
    return shape


class Corrections(Option):
    """Fixes to found items: an item's id, then the fields to change."""

    name = "corrections"

    def __init__(self, keys: Sequence[Key]):
        self.keys = tuple(keys)

    def check(self, value: Any, path: str, checker: Checker) -> tuple[Correction, ...]:
        node = mapping(value, path, "an item's id, then the fields to change", checker)
        allowed = ", ".join(key.name for key in self.keys)
        corrections = []
        for item_id, fixes in (node or {}).items():
            here = f"{path}.{item_id}"
            fixes_node = mapping(fixes, here, f"the fields to change ({allowed})", checker)
            if fixes_node is None:
                if fixes is None:
                    checker.report(here, f"give at least one of {allowed}")
                continue
            if not fixes_node:
                checker.report(here, f"give at least one of {allowed}")
            corrections.append(Correction(id=str(item_id), **check_fields(fixes_node, self.keys, here, checker)))
        return tuple(corrections)

    def shape(self) -> dict:
        return {"type": "object", "additionalProperties": {**closed_object(self.keys), "minProperties": 1}}


class Additions(Option):
    """Items of the editors' own."""

    name = "additions"

    def __init__(self, keys: Sequence[Key], plural: str):
        self.keys = tuple(keys)
        self.plural = plural  # "quotes": in "expected a list of quotes"

    def check(self, value: Any, path: str, checker: Checker) -> tuple[Addition, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            checker.report(path, f"expected a list of {self.plural}, each starting with '- '; "
                                 f"got {kind_of(value)}")
            return ()
        additions = []
        for index, item in enumerate(value):
            here = f"{path}.{index}"
            node = mapping(item, here, ", ".join(key.name for key in self.keys), checker)
            if node is not None:
                additions.append(Addition(**check_fields(node, self.keys, here, checker)))
        return tuple(additions)

    def shape(self) -> dict:
        return {"type": "array", "items": closed_object(self.keys)}


class SectionChanges(Option):
    """What editors change in one section: hide, order, correct, add (or, with
    another `make`, the keys of that record, like the discrepancies' hide and resolve)."""

    name = "section"

    def __init__(self, keys: Sequence[Key], make: Callable[..., Any] = SectionEdits):
        self.keys = tuple(keys)
        self.make = make

    def check(self, value: Any, path: str, checker: Checker) -> Any:
        names = ", ".join(key.name for key in self.keys)
        node = mapping(value, path, f"keys ({names})", checker)
        if node is None:
            return self.make()
        check_keys(node, self.keys, path, checker)
        return self.make(**{key.name: key.option.check(node.get(key.name), f"{path}.{key.name}", checker)
                            for key in self.keys})

    def shape(self) -> dict:
        return closed_object(self.keys)


class Sources(Option):
    """The articles a briefing is made from: at least one, each inside the project, once."""

    name = "sources"

    def __init__(self, keys: Sequence[Key]):
        self.keys = tuple(keys)

    def check(self, value: Any, path: str, checker: Checker) -> tuple[SourceEntry, ...]:
        if value is None:
            return ()
        if not isinstance(value, list) or not value:
            got = "an empty list" if value == [] else kind_of(value)
            checker.report(path, f"expected a list of articles, each as '- path: seeds/name.txt'; got {got}")
            return ()
        names = ", ".join(key.name for key in self.keys)
        entries, seen = [], set()
        for index, item in enumerate(value):
            here = f"{path}.{index}"
            node = mapping(item, here, f"keys ({names}), like '- path: seeds/name.txt'", checker)
            if node is None:
                continue
            check_keys(node, self.keys, here, checker)
            fields = {key.name: key.option.check(node.get(key.name), f"{here}.{key.name}", checker)
                      for key in self.keys if key.name != "path"}
            article = _article_path(node.get("path"), f"{here}.path", checker)
            if article in seen:
                checker.report(f"{here}.path", f"'{article}' is listed twice")
            elif article:
                seen.add(article)
                entries.append(SourceEntry(path=article, **fields))
        return tuple(entries)

    def shape(self) -> dict:
        return {"type": "array", "minItems": 1, "items": closed_object(self.keys)}


def _article_path(value: Any, path: str, checker: Checker) -> str | None:
    """The project-relative POSIX path of an article; refused outside the project."""
    text = Text().check(value, path, checker)
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
        checker.report(path, f"'{text}' does not exist{suggestion(text, nearby)}")
        return None
    return target.relative_to(root).as_posix()
