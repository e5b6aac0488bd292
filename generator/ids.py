"""Stable ids from content: the same words give the same id, on every run.

An id hashes an item's words only (case, punctuation and spacing ignored), so
it survives edits elsewhere in an article and small differences between
outlets' punctuation; editors refer to items by these ids.
"""

from __future__ import annotations

import hashlib
import re


def words(text: str) -> str:
    """Lower-case words only: punctuation, quote marks and spacing differ between outlets."""
    return " ".join(re.findall(r"\w+", text.lower()))


def content_id(prefix: str, text: str, digits: int = 6) -> str:
    """`prefix-` and `digits` hex digits of the text's words: 'q-1a2b3c'."""
    return f"{prefix}-" + hashlib.sha1(words(text).encode("utf-8")).hexdigest()[:digits]
