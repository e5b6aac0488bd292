"""Stable ids and slugs from content: the same words give the same id, on every run.

An id hashes an item's words only (case, punctuation and spacing ignored), so
it survives edits elsewhere in an article and small differences between
outlets' punctuation; editors refer to items by these ids. When the same
words come twice, the second gets `-2`, the third `-3` (`numbered`).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

# A page address: lowercase ASCII words joined by single hyphens.
SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


def words(text: str) -> str:
    """Lower-case words only: punctuation, quote marks and spacing differ between outlets."""
    return " ".join(re.findall(r"\w+", text.lower()))


def content_id(prefix: str, text: str, digits: int = 6) -> str:
    """`prefix-` and `digits` hex digits of the text's words: 'q-1a2b3c'."""
    return f"{prefix}-" + hashlib.sha1(words(text).encode("utf-8")).hexdigest()[:digits]


def numbered(base: str, taken: set[str]) -> str:
    """`base`, or `base-2`, `base-3`, ...: the first not in `taken`, which it joins."""
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    taken.add(candidate)
    return candidate


def slug(text: str, max_words: int | None = None) -> str:
    """ASCII, lower case, words joined by hyphens: `Lim Eul-chul` -> `lim-eul-chul`.

    With `max_words`, only the first words: a page address from a headline.
    """
    # Accents go (é -> e); any other character, an apostrophe included, parts words.
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    found = re.findall(r"[a-z0-9]+", folded.lower())
    return "-".join(found[:max_words])
