"""Content hashes of input files, read again only when the file's stat changed.

Hashing every article and annotation on every build costs more than the rest
of a rebuild with nothing changed, so each file's hash is kept in
`.cache/stamps.json` beside what `stat` said of it (size, modification and
change times, inode). The hash is taken again when any of those differ, and
for a file modified in the last seconds before it was taken (its timestamp may
not yet tell a second edit from the first, as with git's "racy" index).
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

from generator.builder.cache import CacheNotes
from generator.write import write_atomic_bytes

RACY_NS = 2_000_000_000  # a file this recently modified is hashed again next time
Stamp = tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode


class FileHashes:
    """`digest(path)` of project files by their relative path, through the stamps file."""

    def __init__(self, root: Path, file: Path | None, notes: CacheNotes):
        self.root = root
        self.file = file  # None: stamps neither read nor kept
        self.notes = notes
        self.known: dict[str, list] = _load(file) if file else {}
        self.seen: dict[str, list] = {}
        self.digests: dict[str, str | None] = {}  # one look per file and build

    def digest(self, path: str) -> str | None:
        """The SHA-256 of the file's bytes; None when it cannot be read (the reader says why)."""
        if path not in self.digests:
            self.digests[path] = self._digest(path)
        return self.digests[path]

    def _digest(self, path: str) -> str | None:
        try:
            info = os.stat(self.root / path)
        except OSError:
            return None
        stamp = [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino]
        known = self.known.get(path)
        if known is not None and known[:4] == stamp:
            self.seen[path] = known
            return known[4]
        try:
            digest = hashlib.sha256((self.root / path).read_bytes()).hexdigest()
        except OSError:
            return None
        if time.time_ns() - info.st_mtime_ns > RACY_NS:
            self.seen[path] = [*stamp, digest]
        return digest

    def save(self) -> None:
        """Keep the stamps of the files this build looked at (and only those)."""
        if self.file is None or self.seen == self.known or self.notes.unwritable:
            return
        data = json.dumps(self.seen, sort_keys=True, separators=(",", ":")).encode()
        try:
            write_atomic_bytes(self.file, data)
        except OSError as error:
            self.notes.unwritable = error.strerror or str(error)


def _load(file: Path) -> dict[str, list]:
    """The stamps file's entries that have the right shape; anything else is forgotten."""
    try:
        data = json.loads(file.read_bytes())
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {path: entry for path, entry in data.items()
            if isinstance(entry, list) and len(entry) == 5
            and all(type(v) is int for v in entry[:4]) and isinstance(entry[4], str)}
