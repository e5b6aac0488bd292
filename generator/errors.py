"""The generator's own errors: each names the file (and line) at fault.

Library code raises these; only the command line turns them into a message
and an exit status, so users read sentences, never tracebacks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input file, as `path:line:column: message`."""

    path: str
    message: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"


class BriefingError(Exception):
    """One or more problems found in the inputs; nothing was written."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def fail(path: str, message: str, line: int | None = None, column: int | None = None) -> BriefingError:
    """A BriefingError holding one problem: `raise fail(path, "...")`."""
    return BriefingError([Problem(path, message, line, column)])
