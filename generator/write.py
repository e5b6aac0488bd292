"""Writing generated files: atomically, only when changed, deleting only our own.

A manifest beside the output lists what the generator wrote, so a later build
deletes exactly those files once they are no longer generated, and never
touches (or overwrites) a file somebody else put there.
"""

from __future__ import annotations

import filecmp
import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Any, BinaryIO, Callable, Collection, Mapping

from generator.errors import BriefingError, Problem


def write_atomic(path: Path, text: str) -> None:
    """Write through a temporary file and a rename: readers see old or new, never half.

    A file that exists keeps its permissions, and a symbolic link stays a link:
    the file it points to is the one replaced.
    """
    write_atomic_bytes(path, text.encode("utf-8"), through_links=True)


def write_atomic_bytes(path: Path, data: bytes, through_links: bool = False) -> None:
    """`write_atomic` for bytes. The cache's entries replace a link itself, never
    what it points to: a link planted in `.cache/` must not aim our writes."""
    _write_through_temporary(path, lambda file: file.write(data), through_links)


def write_json_atomic(path: Path, value: Any) -> None:
    """`value` as JSON indented by one space, and a newline, written atomically when
    that differs from the file. Written piece by piece, never held whole: `json.dumps`
    with an indent first gathers every piece in a list, several times the text of a
    manifest that lists ten thousand files."""

    def dump(file: BinaryIO) -> None:
        for piece in json.JSONEncoder(indent=1).iterencode(value):
            file.write(piece.encode("ascii"))  # JSON's escapes keep it ASCII
        file.write(b"\n")

    _write_through_temporary(path, dump, through_links=True, unless_same=True)


def _write_through_temporary(path: Path, write: Callable[[BinaryIO], object], through_links: bool,
                             unless_same: bool = False) -> None:
    """Write into a temporary file beside `path`, then rename it over `path`; with
    `unless_same`, a file that came out the same as `path` is dropped instead."""
    path = path.resolve() if through_links and path.is_symlink() else path
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = _mode_for(path)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as file:
            write(file)
        if unless_same and path.is_file() and filecmp.cmp(temp, path, shallow=False):
            os.unlink(temp)
            return
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    """The permissions the file has, or those a new file gets (as `open` would make it)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


Text = str | Callable[[], str]  # a file's text, or how to render it when it is needed


def read_record(path: Path) -> dict[str, Any]:
    """The manifest as the last build wrote it; empty when missing or unreadable."""
    try:
        record = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return record if isinstance(record, dict) else {}


def recorded_files_current(out_dir: Path, record: Mapping[str, Any]) -> bool:
    """Whether every file the manifest lists is on disk as the last build left it."""
    keys = _keys_of(record)
    files = record.get("files")
    if not isinstance(files, list) or set(files) != set(keys):
        return False
    return all(_stamp(out_dir / name) == entry[1:] for name, entry in keys.items())


def current_files(out_dir: Path, keys: Mapping[str, str], manifest: str) -> set[str]:
    """The files known to be up to date: the manifest recorded the same key (a hash of
    the file's inputs) and the file on disk is as it was written then (size, time)."""
    recorded = _keys_of(read_record(out_dir / manifest))
    current = set()
    for name, key in keys.items():
        entry = recorded.get(name)
        if entry is not None and entry[0] == key and _stamp(out_dir / name) == entry[1:]:
            current.add(name)
    return current


def write_tree(out_dir: Path, files: Mapping[str, Text], manifest: str,
               keys: Mapping[str, str] | None = None, current: Collection[str] = (),
               record: Mapping[str, Any] | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Bring `out_dir` to hold `files` (relative path -> text). Returns (written, deleted).

    Files named in `current` (see current_files) are kept as they are, never
    rendered; the others are rendered one at a time and written when changed.
    With `keys`, the manifest records each file's key for the next build, and
    `record` adds what else the build wants to find there next time.
    """
    owned = set(_read_manifest(out_dir / manifest))
    texts = {name: _text(files[name]) for name in sorted(files)
             if name not in owned and name not in current and (out_dir / name).exists()}
    foreign = [name for name, text in texts.items() if _read(out_dir / name) != text]
    if foreign:
        raise BriefingError(
            Problem(f"{out_dir.name}/{name}", "exists but was not written by the generator; "
                    "move it elsewhere, the generator needs this path")
            for name in foreign
        )
    written, recorded = [], {}
    for name in sorted(files):
        target = out_dir / name
        if name not in current:
            text = texts.pop(name) if name in texts else _text(files[name])
            if _read(target) != text:
                write_atomic(target, text)
                written.append(name)
        if keys is not None and name in keys:
            recorded[name] = [keys[name], *_stamp(target)]
    deleted = []
    for name in sorted(owned - set(files)):
        target = out_dir / name
        if target.is_file():
            target.unlink()
            deleted.append(name)
            _remove_empty_parents(target.parent, out_dir)
    listing: dict[str, Any] = {"files": sorted(files), **(record or {})}
    if keys is not None:
        listing["keys"] = recorded
    write_json_atomic(out_dir / manifest, listing)
    return tuple(written), tuple(deleted)


def _text(value: Text) -> str:
    return value if isinstance(value, str) else value()


def _stamp(path: Path) -> list[int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return [info.st_size, info.st_mtime_ns]


def _keys_of(record: Mapping[str, Any]) -> dict[str, list]:
    """The manifest's record of each file's key and stamp; anything malformed is forgotten."""
    keys = record.get("keys")
    if not isinstance(keys, dict):
        return {}
    return {name: entry for name, entry in keys.items()
            if isinstance(entry, list) and len(entry) == 3 and isinstance(entry[0], str)}


def _read(path: Path) -> str | None:
    try:
        return path.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _read_manifest(path: Path) -> list[str]:
    try:
        names = json.loads(path.read_text("utf-8"))["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    # Only plain relative paths: a manifest must never make us delete outside out_dir.
    return [n for n in names if isinstance(n, str) and not n.startswith(("/", "\\")) and ".." not in Path(n).parts]


def _remove_empty_parents(folder: Path, stop: Path) -> None:
    while folder != stop and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
