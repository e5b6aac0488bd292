"""Writing generated files: atomically, only when changed, deleting only our own.

A manifest beside the output lists what the generator wrote, so a later build
deletes exactly those files once they are no longer generated, and never
touches (or overwrites) a file somebody else put there.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Mapping

from generator.errors import BriefingError, Problem


def write_atomic(path: Path, text: str) -> None:
    """Write through a temporary file and a rename: readers see old or new, never half.

    A file that exists keeps its permissions, and a symbolic link stays a link:
    the file it points to is the one replaced.
    """
    path = path.resolve() if path.is_symlink() else path
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = _mode_for(path)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
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


def write_tree(out_dir: Path, files: Mapping[str, str], manifest: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Bring `out_dir` to hold `files` (relative path -> text). Returns (written, deleted)."""
    owned = set(_read_manifest(out_dir / manifest))
    foreign = [
        name for name in sorted(files)
        if name not in owned and (out_dir / name).exists() and _read(out_dir / name) != files[name]
    ]
    if foreign:
        raise BriefingError(
            Problem(f"{out_dir.name}/{name}", "exists but was not written by the generator; "
                    "move it elsewhere, the generator needs this path")
            for name in foreign
        )
    written = []
    for name in sorted(files):
        target = out_dir / name
        if _read(target) != files[name]:
            write_atomic(target, files[name])
            written.append(name)
    deleted = []
    for name in sorted(owned - set(files)):
        target = out_dir / name
        if target.is_file():
            target.unlink()
            deleted.append(name)
            _remove_empty_parents(target.parent, out_dir)
    listing = json.dumps({"files": sorted(files)}, indent=1) + "\n"
    if _read(out_dir / manifest) != listing:
        write_atomic(out_dir / manifest, listing)
    return tuple(written), tuple(deleted)


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
