"""How many processes this machine gives us: a build's workers and a long article's parse both ask."""

from __future__ import annotations

import os


def machine_cores() -> int:
    """The cores this process may run on (a container's limit, not the host's)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
