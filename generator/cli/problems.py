"""How commands report problems: one per line, `path:line:column: message`, exit status 1.

Library code raises BriefingError; only commands turn it into a message, so
users read sentences, never tracebacks.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator, Sequence

import click

from generator.errors import BriefingError, Problem


class ProblemsError(click.ClickException):
    """Every problem on its own line, after a count (and what happened because of them)."""

    def __init__(self, problems: Sequence[Problem], outcome: str = ""):
        count = len(problems)
        heading = "1 problem" if count == 1 else f"{count} problems"
        heading += f"; {outcome}." if outcome else ":"
        super().__init__(f"{heading}\n" + "\n".join(str(p) for p in problems))


@contextmanager
def reported(outcome: str = "") -> Iterator[None]:
    """Turn a BriefingError raised inside into the command's error message and exit 1."""
    try:
        yield
    except BriefingError as error:
        raise ProblemsError(error.problems, outcome) from None
