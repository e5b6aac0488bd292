"""The cache is never trusted: a planted, damaged or unwritable cache still gives the same site.

Each case damages `.cache/` after a first build, then builds again from
scratch (the generated pages deleted): the build works, says what happened to
the cache in one warning line, and writes byte for byte the same pages.
"""

from __future__ import annotations

import datetime as dt
import os
import pickle
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.builder import cache
from generator.builder import serial
from generator.cli import main
from generator.model import Position
from generator.paths import Project
from generator.builder.steps import Extractor
from tests.conftest import copy_project

MARKER = "planted-code-ran"
UNREADABLE = "Warning: {n} cache entries in .cache/ could not be read and were made again."
UNWRITABLE = ("Warning: cannot write the cache in .cache/ ({why}); "
              "built without it, so the next build does all the work again.")


class Planted:
    """A pickle that runs a shell command when loaded."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return os.system, (f"touch {self.marker}",)


def entries(project: Path) -> list[Path]:
    """The cached steps' entries (annotations, extractions, briefings)."""
    return sorted((project / ".cache").glob("*/*.json"))


def plant_pickles(project: Path) -> int:
    for entry in entries(project):
        entry.write_bytes(pickle.dumps(Planted(project / MARKER)))
    return len(entries(project))


def random_bytes(project: Path) -> int:
    for n, entry in enumerate(entries(project)):
        entry.write_bytes(bytes((n * 37 + i * 101) % 256 for i in range(300)))
    return len(entries(project))


def truncate(project: Path) -> int:
    for entry in entries(project):
        entry.write_bytes(entry.read_bytes()[: entry.stat().st_size // 2])
    return len(entries(project))


def wrong_shape(project: Path) -> int:
    """Valid JSON of the right key, but not what the key's step stores."""
    for entry in entries(project):
        entry.write_text('{"format": 1, "key": "%s", "value": [1, 2, 3]}' % entry.stem)
    return len(entries(project))


def cache_is_a_file(project: Path) -> str:
    shutil.rmtree(project / ".cache")
    (project / ".cache").write_text("not a folder\n")
    return "Not a directory"


def cache_is_read_only(project: Path) -> str:
    """Read-only for root too: the immutable attribute (chattr +i), else plain modes."""
    folder = project / ".cache"
    shutil.rmtree(folder)
    folder.mkdir()
    immutable = subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0
    if not immutable:
        folder.chmod(0o555)
    try:
        (folder / "probe").write_text("")
    except OSError:
        return "Operation not permitted" if immutable else "Permission denied"
    pytest.skip("no way to make a folder read-only here")


def cache_missing(project: Path) -> None:
    shutil.rmtree(project / ".cache")


BROKEN_ENTRIES = [plant_pickles, random_bytes, truncate, wrong_shape]
UNWRITABLE_CACHES = [cache_is_a_file, cache_is_read_only]


@pytest.fixture
def project(tmp_path):
    project = copy_project(tmp_path / "p")
    yield project
    subprocess.run(["chattr", "-i", str(project / ".cache")], capture_output=True)
    if (project / ".cache").is_dir():
        (project / ".cache").chmod(0o755)


def build(project: Path):
    return CliRunner().invoke(main, ["build", "--project", str(project), "--jobs", "1"])


def pages(project: Path) -> dict[str, bytes]:
    docs = project / "docs"
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*"))
            if p.is_file() and p.name != ".generated.json"}


def first_build_then(project: Path, damage):
    """Build, damage the cache, delete the pages, build again: (pages before, outcome, result)."""
    first = build(project)
    assert first.exit_code == 0, first.output
    before = pages(project)
    outcome = damage(project)
    for folder in ("briefings", "sources", "api", "_generated"):
        shutil.rmtree(project / "docs" / folder)
    (project / "docs" / ".generated.json").unlink()
    return before, outcome, build(project)


@pytest.mark.parametrize("damage", BROKEN_ENTRIES, ids=lambda f: f.__name__)
def test_an_unreadable_entry_is_made_again_with_one_warning(project, damage):
    before, count, result = first_build_then(project, damage)
    assert result.exit_code == 0, result.output
    assert not (project / MARKER).exists()
    warnings = [line for line in result.output.splitlines() if line.startswith("Warning")]
    assert warnings == [UNREADABLE.format(n=count)]
    assert pages(project) == before
    # The damaged entries were replaced: the next build from scratch reads them all.
    (project / "docs" / ".generated.json").unlink()
    assert "Warning" not in build(project).output


@pytest.mark.parametrize("damage", UNWRITABLE_CACHES, ids=lambda f: f.__name__)
def test_an_unwritable_cache_builds_without_it_with_one_warning(project, damage):
    before, why, result = first_build_then(project, damage)
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if line.startswith("Warning")]
    assert warnings == [UNWRITABLE.format(why=why)]
    assert pages(project) == before


def test_a_missing_cache_is_made_again_without_a_warning(project):
    before, _, result = first_build_then(project, cache_missing)
    assert result.exit_code == 0, result.output
    assert "Warning" not in result.output
    assert pages(project) == before
    assert entries(project)


@pytest.mark.parametrize(
    "data",
    [
        [1],  # too few fields
        [1, 2, 3],  # too many
        [1, "2"],  # a string where a number goes
        ["1", 2],
        [True, 2],  # a bool is not a line number
        {"line": 1, "column": 2},
        None,
    ],
)
def test_decoding_refuses_what_is_not_the_type(data):
    with pytest.raises(ValueError):
        serial.decode(Position, data)


def test_decoding_gives_back_what_was_encoded():
    assert serial.decode(Position, serial.encode(Position(3, 4))) == Position(3, 4)


# --------------------------------------------------------------------------
# keys: an entry serves only the article, date and code it was made from
# --------------------------------------------------------------------------

ARTICLE = "seeds/lavrov.txt"
TEXT = "date 2025-07-09 Lavrov to visit\n\nLavrov will visit North Korea on Friday.\n"
DAY = dt.date(2025, 7, 9)


@pytest.fixture
def extractor(tmp_path: Path) -> Extractor:
    """An extractor whose cache holds the extraction of TEXT for DAY."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / ARTICLE).write_text(TEXT)
    first = Extractor(Project(tmp_path))
    first.extract(ARTICLE, DAY)
    return Extractor(Project(tmp_path))  # a later build: only the cache carries over


def test_the_same_article_and_date_is_a_hit(extractor: Extractor) -> None:
    found = extractor.extract(ARTICLE, DAY)
    assert found.timexes[0].value == "2025-07-11"
    assert extractor.extracted == []


@pytest.mark.parametrize("text, path, date", [
    (TEXT.replace("Friday", "Saturday"), ARTICLE, DAY),  # the article changed
    (TEXT, "seeds/other.txt", DAY),  # another file with the same words
    (TEXT, ARTICLE, dt.date(2025, 7, 10)),  # another reference date
])
def test_a_changed_input_is_a_miss(extractor: Extractor, text: str, path: str, date: dt.date) -> None:
    (extractor.project.root / path).write_text(text)
    assert not extractor.is_cached(extractor.key(path, date))
    extractor.extract(path, date)
    assert extractor.extracted == [path]


@pytest.mark.parametrize("module, extraction_changes, everything_changes", [
    ("extract/facts.py", True, True),  # a rule: every extraction again
    ("render/markdown.py", False, True),  # a page: no extraction again, every page again
])
def test_changed_code_changes_the_keys_that_depend_on_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         module: str, extraction_changes: bool,
                                                         everything_changes: bool) -> None:
    before = [cache.code_fingerprint(parts) for parts in (cache.CODE, cache.ALL_CODE)]
    package = tmp_path / "generator"
    shutil.copytree(cache.PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    with (package / module).open("a", encoding="utf-8") as file:
        file.write("\n# a change\n")
    monkeypatch.setattr(cache, "PACKAGE", package)
    after = [cache.code_fingerprint(parts) for parts in (cache.CODE, cache.ALL_CODE)]
    assert [a != b for a, b in zip(after, before)] == [extraction_changes, everything_changes]
