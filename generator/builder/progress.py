"""How a build tells what it is doing: a bar in a terminal, one line per step elsewhere.

The build calls `step(label, total)` around each long step and advances it per
item. `Bar` draws rich's progress bar (count, rate, time left) on a terminal;
`Lines` writes one summary line per step, for CI logs, pipes and the MkDocs
hook; `Progress` itself (the quiet one) says nothing.
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from typing import Callable, Iterator

Advance = Callable[[], None]


class Progress:
    """Says nothing: `briefing build --quiet`, and library use."""

    @contextmanager
    def step(self, label: str, total: int, unit: str) -> Iterator[Advance]:
        yield lambda: None


class Lines(Progress):
    """One line when a step ends: what was done, how many, how long, how fast."""

    def __init__(self, say: Callable[[str], None]):
        self.say = say

    @contextmanager
    def step(self, label: str, total: int, unit: str) -> Iterator[Advance]:
        done = [0]
        start = time.perf_counter()

        def advance() -> None:
            done[0] += 1

        yield advance
        if done[0]:
            self.say(summary(label, done[0], unit, time.perf_counter() - start))


class Bar(Lines):
    """rich's bar while a step runs (count, rate, time left), then its summary line."""

    @contextmanager
    def step(self, label: str, total: int, unit: str) -> Iterator[Advance]:
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress as RichProgress,
                                   TextColumn, TimeElapsedColumn, TimeRemainingColumn)

        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("elapsed,"),
                   TimeRemainingColumn(), TextColumn("left"))
        start = time.perf_counter()
        with RichProgress(*columns, transient=True, console=Console(stderr=True)) as bar:
            task = bar.add_task(label, total=total, rate="")
            done = [0]

            def advance() -> None:
                done[0] += 1
                rate = done[0] / max(time.perf_counter() - start, 1e-9)
                bar.update(task, advance=1, rate=f"{rate:.1f} {unit}/s")

            yield advance
        if done[0]:
            self.say(summary(label, done[0], unit, time.perf_counter() - start))


def summary(label: str, count: int, unit: str, seconds: float) -> str:
    """'Extracting: 2222 articles in 131.2 s (16.9 articles/s).'"""
    things = unit.removesuffix("s") if count == 1 else unit
    return f"{label}: {count} {things} in {seconds:.1f} s ({count / max(seconds, 1e-9):.1f} {unit}/s)."
