"""Independent outlets: how many different publications report an item.

Two articles from one outlet are one voice; a source whose outlet nobody gave
counts as its own.
"""

from __future__ import annotations

import re
from typing import Iterable, Mapping, Sequence

from generator.model import BriefingSource


def outlet_key(source: BriefingSource) -> str:
    """The outlet as compared: case, spacing and a leading 'The' ignored; the source id without one."""
    if not source.outlet:
        return f"source {source.id}"
    name = re.sub(r"\s+", " ", source.outlet).strip().casefold()
    return re.sub(r"^the ", "", name)


def outlets_by_source(sources: Sequence[BriefingSource]) -> dict[str, str]:
    return {source.id: outlet_key(source) for source in sources}


def independent_outlets(source_ids: Iterable[str], outlet_of: Mapping[str, str]) -> int:
    """How many different outlets the sources are from."""
    return len({outlet_of.get(source, f"source {source}") for source in source_ids})
