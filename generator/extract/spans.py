"""Character spans that do not overlap, kept in order: which lie near a place, in log time.

Extractors often ask "is this inside a quotation?" or "which dates fall in
this sentence?". Asked of a plain list, once per token or sentence, that
costs the square of the article's length; asked here, it costs a logarithm.
"""

from __future__ import annotations

import bisect
from typing import Iterable


class Spans:
    """Non-overlapping [start, end) spans, sorted by start; spans given that overlap
    are held as their union (a quote inside a longer quote adds nothing)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()):
        self.spans: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if self.spans and start < self.spans[-1][1]:
                self.spans[-1] = (self.spans[-1][0], max(end, self.spans[-1][1]))
            else:
                self.spans.append((start, end))
        self.starts = [start for start, _ in self.spans]

    def add(self, start: int, end: int) -> None:
        """Add a span that overlaps none of those held."""
        at = bisect.bisect_left(self.starts, start)
        self.starts.insert(at, start)
        self.spans.insert(at, (start, end))

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans sharing at least one character with [start, end)."""
        at = bisect.bisect_left(self.starts, start)
        found = [self.spans[at - 1]] if at and self.spans[at - 1][1] > start else []
        while at < len(self.spans) and self.spans[at][0] < end:
            found.append(self.spans[at])
            at += 1
        return found

    def holding(self, char: int, slack: int = 0) -> bool:
        """Whether a span holds `char`, each span widened by `slack` characters both ways."""
        at = bisect.bisect_right(self.starts, char + slack) - 1
        return at >= 0 and char < self.spans[at][1] + slack

    def __len__(self) -> int:
        return len(self.spans)

    def __iter__(self):
        return iter(self.spans)
