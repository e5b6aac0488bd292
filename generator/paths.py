"""Where things live: a project's folders, and the generated files' paths and links.

Every path the generator reads or writes is named here, so a page, a link to
it and the JSON that points at it can never disagree. Generated paths are
relative to the docs folder (Markdown) or to the built site (HTML, JSON).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

SEEDS = "seeds"
# Generated files, relative to docs/. The generator owns exactly what its
# manifest lists, nothing else.
BRIEFINGS = "briefings"
SOURCES = "sources"
API = "api"
BRIEFINGS_INDEX = f"{BRIEFINGS}/index.md"
HOME_LIST = "_generated/briefing-list.md"
API_INDEX = f"{API}/index.json"
MANIFEST = ".generated.json"
# The ways into the archive: months, tags, people, and the Atom feed.
ARCHIVE = "archive"
TAGS = "tags"
PEOPLE = "people"
TAGS_INDEX = f"{TAGS}/index.md"
PEOPLE_INDEX = f"{PEOPLE}/index.md"
FEED = "feed.xml"
# Every top-level name the generator writes under docs/: what copies of a project leave out.
GENERATED = (BRIEFINGS, SOURCES, API, "_generated", ARCHIVE, TAGS, PEOPLE, FEED, MANIFEST)
# Page addresses in briefings/ that the site's own pages use: no briefing may take one.
RESERVED_SLUGS = frozenset({"index"})


@dataclass(frozen=True)
class Project:
    """A project's folders: inputs (seeds/, briefings/), output (docs/) and the cache."""

    root: Path

    @property
    def seeds_dir(self) -> Path:
        return self.root / SEEDS

    @property
    def briefings_dir(self) -> Path:
        return self.root / "briefings"

    @property
    def docs_dir(self) -> Path:
        return self.root / "docs"

    @property
    def cache_root(self) -> Path:
        """The build's caches (generator.builder.cache): safe to delete at any time."""
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


def source_id(path: str) -> str:
    """A source's id: its path inside seeds/ without the extension, '-' for '/'.

    `seeds/world/lavrov.txt` is `world-lavrov`. Ids name the source's page and
    its anchors, so they hold only lowercase letters, digits, '_' and '-'. Two
    files whose ids are the same (`x.txt` and `x.md`) are refused by the build.
    A path outside the project (`briefing extract ../x.txt`) gives its file name.
    """
    parts = PurePosixPath(path.replace("\\", "/")).with_suffix("").parts
    if parts[:1] == (SEEDS,):
        parts = parts[1:]
    if not parts or ".." in parts or parts[0] == "/":
        parts = parts[-1:]
    words = (re.sub(r"[^a-z0-9_]+", "-", part.lower()).strip("-") for part in parts)
    return "-".join(word for word in words if word) or "source"


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


def paged(folder: str, name: str, page: int = 1) -> str:
    """A listing page: `tags/russia.md`, then `tags/russia.2.md`, ... (a slug has no dot)."""
    return f"{folder}/{name}.md" if page == 1 else f"{folder}/{name}.{page}.md"


def month_md(month: str, page: int = 1) -> str:
    """The archive of one month (`2025-07`), page by page."""
    return paged(ARCHIVE, month, page)


def tag_md(tag_slug: str, page: int = 1) -> str:
    return paged(TAGS, tag_slug, page)


def person_md(person_slug: str, page: int = 1) -> str:
    return paged(PEOPLE, person_slug, page)


def html_path(md_path: str) -> str:
    """The built page of a Markdown page (the site uses .html addresses)."""
    return md_path.removesuffix(".md") + ".html"


def link_from_page(target: str) -> str:
    """A Markdown link from a generated page (one folder deep) to another generated page."""
    return f"../{target}"
