"""The extraction cache: an entry serves only the article, date and code it was made from."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from generator import cache
from generator.cache import ExtractionCache, code_fingerprint
from generator.extract import extract_article
from generator.read.articles import parse_article

TEXT = "date 2025-07-09 Lavrov to visit\n\nLavrov will visit North Korea on Friday.\n"
DAY = dt.date(2025, 7, 9)


@pytest.fixture
def stored(tmp_path: Path) -> ExtractionCache:
    """A cache holding the extraction of TEXT for DAY."""
    store = ExtractionCache(tmp_path / "cache")
    article = parse_article(TEXT, "lavrov", "seeds/lavrov.txt")
    store.put(extract_article(article, DAY), DAY)
    return store


def test_the_same_article_and_date_is_a_hit(stored: ExtractionCache) -> None:
    found = stored.get(parse_article(TEXT, "lavrov", "seeds/lavrov.txt"), DAY)
    assert found is not None and found.timexes[0].value == "2025-07-11"


@pytest.mark.parametrize("text, path, date", [
    (TEXT.replace("Friday", "Saturday"), "seeds/lavrov.txt", DAY),  # the article changed
    (TEXT, "seeds/other.txt", DAY),  # another file with the same words
    (TEXT.replace("2025-07-09", "2025-07-10"), "seeds/lavrov.txt", DAY),  # another date of its own
])
def test_a_changed_input_is_a_miss(stored: ExtractionCache, text: str, path: str, date: dt.date) -> None:
    assert stored.get(parse_article(text, Path(path).stem, path), date) is None


@pytest.mark.parametrize("date", [None, dt.date(2025, 7, 10)])
def test_a_dated_article_is_read_by_its_own_date_whatever_date_is_given(stored: ExtractionCache, date) -> None:
    """So `briefing cluster` (no date) and the build (the briefing's date) share one entry."""
    found = stored.get(parse_article(TEXT, "lavrov", "seeds/lavrov.txt"), date)
    assert found is not None and found.reference_date == DAY


def test_an_undated_article_with_another_reference_date_is_a_miss(tmp_path: Path) -> None:
    store = ExtractionCache(tmp_path / "cache")
    article = parse_article("Lavrov to visit\n\nLavrov will visit North Korea on Friday.\n", "lavrov",
                            "seeds/lavrov.txt")
    store.put(extract_article(article, DAY), DAY)
    assert store.get(article, DAY) is not None
    assert store.get(article, dt.date(2025, 7, 10)) is None


def test_a_changed_extractor_module_changes_every_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Editing any file of the extraction code (here the fact extractor) invalidates the cache."""
    package = tmp_path / "generator"
    shutil.copytree(cache.PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "PACKAGE", package)
    code_fingerprint.cache_clear()
    before = code_fingerprint()
    with (package / "extract" / "facts.py").open("a", encoding="utf-8") as file:
        file.write("\n# a changed rule\n")
    code_fingerprint.cache_clear()
    assert code_fingerprint() != before
    code_fingerprint.cache_clear()


def test_a_changed_renderer_leaves_the_cache_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages are not cached: changing how they render must not cost a re-extraction."""
    package = tmp_path / "generator"
    shutil.copytree(cache.PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "PACKAGE", package)
    code_fingerprint.cache_clear()
    before = code_fingerprint()
    with (package / "render" / "markdown.py").open("a", encoding="utf-8") as file:
        file.write("\n# a changed page\n")
    code_fingerprint.cache_clear()
    assert code_fingerprint() == before
    code_fingerprint.cache_clear()


@pytest.mark.parametrize("content", [b"", b"not a cache entry", b"\x80\x04\x95garbage"])
def test_a_broken_entry_is_a_miss(stored: ExtractionCache, content: bytes) -> None:
    for entry in stored.directory.iterdir():
        entry.write_bytes(content)
    assert stored.get(parse_article(TEXT, "lavrov", "seeds/lavrov.txt"), DAY) is None
