"""A cache of per-article extractions, so a rebuild parses only what changed.

Extraction is a pure function of the article and its reference date, so its
result can be stored under a hash of exactly those inputs plus the code that
computes it: editing an extractor, the reader or the model invalidates every
entry without anyone having to remember to.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
import pickle
import tempfile
from pathlib import Path

import spacy

from generator.model import Article, ArticleExtraction

PACKAGE = Path(__file__).resolve().parent
# The code whose output is cached (the reader with all its helper modules).
CODE = ("extract", "read", "ids.py", "model.py")


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the extraction code and the spaCy version."""
    digest = hashlib.sha256(spacy.__version__.encode())
    for name in CODE:
        path = PACKAGE / name
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            digest.update(file.relative_to(PACKAGE).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


class ExtractionCache:
    """Pickled extractions in one directory; a missing or broken entry is a miss."""

    def __init__(self, directory: Path):
        self.directory = directory

    def key(self, article: Article, reference_date: dt.date | None) -> str:
        # An article's own date is the reference whatever it is given (extract_article),
        # so `briefing cluster` and the build share one entry for a dated article.
        digest = hashlib.sha256(code_fingerprint().encode())
        for part in (article.path, article.raw, str(article.date or reference_date)):
            digest.update(b"\0" + part.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def get(self, article: Article, reference_date: dt.date | None) -> ArticleExtraction | None:
        path = self.directory / f"{self.key(article, reference_date)}.pickle"
        try:
            with path.open("rb") as file:
                found = pickle.load(file)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None
        # The article object itself may carry metadata the key does not cover.
        return found if isinstance(found, ArticleExtraction) and found.article == article else None

    def put(self, extraction: ArticleExtraction, reference_date: dt.date | None) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        name = f"{self.key(extraction.article, reference_date)}.pickle"
        fd, temp = tempfile.mkstemp(dir=self.directory, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as file:
                pickle.dump(extraction, file, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temp, self.directory / name)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
