"""How mistakes in an annotation file are worded and collected.

Editors are not programmers: every mistake is a sentence naming the file, line
and column (`briefings/x.yml:12:5: quotes.hide[0]: no quote 'q-1a2b'; did you
mean 'q-1a2c'?`), and every mistake of a file is reported at once.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

from generator.errors import Problem
from generator.model import Position


def display(path: str) -> str:
    """'quotes.hide.0' as editors read it: 'quotes.hide[0]'."""
    return re.sub(r"\.(\d+)(?=\.|$)", r"[\1]", path)


def suggestion(word: str, choices: Iterable[Any]) -> str:
    """'; did you mean 'title'?' when one choice is close to `word`, else ''."""
    close = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


def kind_of(value: Any) -> str:
    """What an editor wrote, in words, for 'expected X, got Y' messages."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, dt.date):
        return "a date"
    if isinstance(value, str):
        return "text"
    if isinstance(value, dict):
        return "keys and values"
    return "a list"


def problem_at(rel: str, positions: Mapping[str, Position], path: str, message: str) -> Problem:
    """A problem about the value at dotted `path`, at the line of its key or item."""
    where = positions.get(path, Position(1, 1))
    prefix = f"{display(path)}: " if path else ""
    return Problem(rel, prefix + message, where.line, where.column)


def by_position(problems: Iterable[Problem]) -> list[Problem]:
    """Problems in the order an editor reads the file."""
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0))


@dataclass
class Checker:
    """Collects every problem of one file while its values are checked.

    `root` is the project folder: source paths are checked against it.
    """

    rel: str
    root: Path
    positions: Mapping[str, Position]
    problems: list[Problem] = field(default_factory=list)

    def report(self, path: str, message: str, at: str | None = None) -> None:
        """A problem about the value at `path`, written at the line of `at` (default: `path`)."""
        problem = problem_at(self.rel, self.positions, path, message)
        if at is not None:
            where = self.positions.get(at, Position(1, 1))
            problem = Problem(problem.path, problem.message, where.line, where.column)
        self.problems.append(problem)
