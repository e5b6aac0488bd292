"""Where things live: a project's folders, and the generated files' paths and links.

Every path the generator reads or writes is named here, so a page, a link to
it and the JSON that points at it can never disagree. Generated paths are
relative to the docs folder (Markdown) or to the built site (HTML, JSON).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# Generated files, relative to docs/. The generator owns exactly what its
# manifest lists, nothing else.
BRIEFINGS = "briefings"
SOURCES = "sources"
API = "api"
BRIEFINGS_INDEX = f"{BRIEFINGS}/index.md"
HOME_LIST = "_generated/briefing-list.md"
API_INDEX = f"{API}/index.json"
MANIFEST = ".generated.json"


@dataclass(frozen=True)
class Project:
    """A project's folders: inputs (seeds/, briefings/), output (docs/) and the cache."""

    root: Path

    @property
    def seeds_dir(self) -> Path:
        return self.root / "seeds"

    @property
    def briefings_dir(self) -> Path:
        return self.root / "briefings"

    @property
    def docs_dir(self) -> Path:
        return self.root / "docs"

    @property
    def cache_root(self) -> Path:
        """The build's caches (generator.cache): safe to delete at any time."""
        return self.root / ".cache"

    def relative(self, path: Path) -> str:
        """`path` as the user knows it: relative to the project where possible."""
        return relative_name(path, self.root)


def relative_name(path: Path, root: Path) -> str:
    """`path` relative to `root` in POSIX form, or as given when it lies outside."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


# --------------------------------------------------------------------------
# generated pages and JSON, and the links between them
# --------------------------------------------------------------------------


def briefing_md(slug: str) -> str:
    return f"{BRIEFINGS}/{slug}.md"


def source_md(source_id: str) -> str:
    return f"{SOURCES}/{source_id}.md"


def briefing_json(slug: str) -> str:
    return f"{API}/{BRIEFINGS}/{slug}.json"


def briefing_html(slug: str) -> str:
    """The briefing page's address in the built site, from its root (.html URLs)."""
    return f"{BRIEFINGS}/{slug}.html"


def link_from_page(target: str) -> str:
    """A Markdown link from a generated page (one folder deep) to another generated page."""
    return f"../{target}"
