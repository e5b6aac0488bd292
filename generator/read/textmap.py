"""Text that remembers, for every character, where it came from in the raw file.

The article reader removes markup and noise and joins wrapped lines, yet every
later stage reports spans in the raw file (so an editor can check any item
against its source). `MappedText` carries the cleaned characters together with
their raw offsets through each edit, so the mapping is right by construction
rather than recomputed afterwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

# Whitespace of every kind (tabs, NBSP, thin spaces, stray control characters)
# reads as one space in cleaned text.
_WHITESPACE_RUN = re.compile(r"[\s\x00-\x1f\x7f\u200b]+")


@dataclass(frozen=True)
class MappedText:
    """`text[i]` was read at `offsets[i]` in the raw file (len(offsets) == len(text))."""

    text: str
    offsets: tuple[int, ...]

    @staticmethod
    def from_raw(raw: str, start: int, end: int) -> MappedText:
        """The raw characters [start, end), unchanged."""
        return MappedText(raw[start:end], tuple(range(start, end)))

    @staticmethod
    def inserted(text: str, at: int) -> MappedText:
        """Characters the reader adds (a joining space), mapped to raw index `at`."""
        return MappedText(text, (at,) * len(text))

    @staticmethod
    def concat(parts: Iterable[MappedText]) -> MappedText:
        texts: list[str] = []
        offsets: list[int] = []
        for part in parts:
            texts.append(part.text)
            offsets.extend(part.offsets)
        return MappedText("".join(texts), tuple(offsets))

    def __len__(self) -> int:
        return len(self.text)

    def slice(self, start: int, end: int | None = None) -> MappedText:
        end = len(self.text) if end is None else end
        return MappedText(self.text[start:end], self.offsets[start:end])

    def strip(self) -> MappedText:
        stripped = self.text.lstrip()
        start = len(self.text) - len(stripped)
        end = start + len(stripped.rstrip())
        return self.slice(start, end)

    def drop(self, spans: Iterable[tuple[int, int]]) -> MappedText:
        """Remove the given [start, end) spans (sorted, not overlapping)."""
        keep: list[MappedText] = []
        at = 0
        for start, end in spans:
            keep.append(self.slice(at, start))
            at = end
        keep.append(self.slice(at))
        return MappedText.concat(keep)

    def collapse_whitespace(self) -> MappedText:
        """Each run of whitespace becomes one space, mapped to the run's first character."""
        parts: list[MappedText] = []
        at = 0
        for match in _WHITESPACE_RUN.finditer(self.text):
            parts.append(self.slice(at, match.start()))
            parts.append(MappedText.inserted(" ", self.offsets[match.start()]))
            at = match.end()
        parts.append(self.slice(at))
        return MappedText.concat(parts)

    def unwrap(self, pattern: re.Pattern[str], keep: int | None = 1) -> MappedText:
        """Replace each match of `pattern` by its group `keep` (None: by nothing).

        This is how markup goes: `[text](url)` keeps "text" with the offsets
        the words have in the raw file.
        """
        spans: list[tuple[int, int]] = []
        for match in pattern.finditer(self.text):
            if keep is None or match.start(keep) < 0:
                spans.append(match.span())
            else:
                spans.append((match.start(), match.start(keep)))
                spans.append((match.end(keep), match.end()))
        return self.drop(s for s in spans if s[0] < s[1])
