"""The archive's listing pages: the archive index, a page per month and per tag, page by page.

Each listing shows at most `PAGE_SIZE` briefings and links to the next and
previous pages, so no page grows with the archive. Listings are kept out of the
search index (`data-pagefind-ignore`): a search finds the briefing itself, not
every list that mentions it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Mapping, Sequence

from generator import paths
from generator.archive import Archive, Shelf, pages
from generator.model import Briefing
from generator.render.markdown import briefing_list
from generator.render.text import escape, front_matter_value

Path = Callable[[str, int], str]  # (name, page number) -> path under docs/


@dataclass(frozen=True)
class Page:
    """A page of the archive, not yet rendered, and what it shows: the briefings it
    lists and anything else (its place among its pages, counts). A build renders
    it again only when one of those changed."""

    briefings: tuple[Briefing, ...]
    shows: str
    render: Callable[[], str]


def shelf_pages(shelf: Shelf, path: Path, heading: str, description: str) -> dict[str, Page]:
    """Every page of one month or tag, by `path(name, n)`."""
    chunks = pages(shelf.briefings)

    def render(chunk: Sequence[Briefing], n: int) -> str:
        return (page_head(heading, description)
                + listing(briefing_list(chunk, paths.link_from_page(paths.BRIEFINGS + "/")))
                + pager(shelf.name, path, n, len(chunks)))

    return {path(shelf.name, n): Page(tuple(chunk), f"{heading} {n}/{len(chunks)}",
                                      lambda chunk=chunk, n=n: render(chunk, n))
            for n, chunk in enumerate(chunks, 1)}


def archive_pages(archive: Archive) -> dict[str, Page]:
    """The archive index, the tags index, and every page of every month and tag."""
    files = {
        paths.BRIEFINGS_INDEX: Page((), repr([(m.name, len(m.briefings)) for m in archive.months]),
                                    lambda: archive_index(archive)),
        paths.TAGS_INDEX: Page((), repr([(t.name, t.title, len(t.briefings)) for t in archive.tags]),
                               lambda: tags_index(archive.tags)),
    }
    for month in archive.months:
        files.update(shelf_pages(month, paths.month_md, month.title, f"Briefings of {month.title}, newest first."))
    for tag in archive.tags:
        files.update(shelf_pages(tag, paths.tag_md, f"Tagged “{tag.title}”",
                                 f"Briefings tagged {tag.title}, newest first."))
    return files


def rendered(pages_by_path: Mapping[str, Page]) -> dict[str, str]:
    """Every page's Markdown at once (for tests and tools; a build renders what changed)."""
    return {path: page.render() for path, page in pages_by_path.items()}


def archive_files(archive: Archive) -> dict[str, str]:
    return rendered(archive_pages(archive))


def archive_index(archive: Archive) -> str:
    """The archive: every month with its count, by year; then where else to look."""
    years: dict[str, list[Shelf]] = {}
    for month in archive.months:
        years.setdefault(month.name[:4], []).append(month)
    lines = [page_head("Archive", "Every month of briefings, newest first, and the tags and people."),
             "Briefings by month, newest first. Browse them also [by tag](../tags/index.md) "
             "or [by person](../people/index.md), or subscribe to [the feed](../feed.xml).\n"]
    if not archive.months:
        lines.append("*No briefings yet.*\n")
    for year, months in years.items():
        lines.append(f"## {year}\n")
        lines += [f"- [{m.title}]({paths.link_from_page(paths.month_md(m.name))}) · "
                  f"{count(len(m.briefings), 'briefing')}" for m in months]
        lines.append("")
    return "\n".join(lines)


def tags_index(tags: Sequence[Shelf]) -> str:
    lines = [page_head("Tags", "Every tag, with how many briefings carry it.")]
    lines += [f"- [{escape(t.title)}]({t.name}.md) · {count(len(t.briefings), 'briefing')}" for t in tags]
    if not tags:
        lines.append("*No tags yet.*")
    return "\n".join(lines) + "\n"


def page_head(title: str, description: str) -> str:
    return f"---\ntitle: {front_matter_value(title)}\ndescription: {front_matter_value(description)}\n---\n\n# {escape(title)}\n\n"


def listing(markdown: str) -> str:
    """A list of briefings, left out of the search index."""
    return f'<div class="listing" data-pagefind-ignore="all" markdown>\n\n{markdown}\n</div>\n\n'


def pager(name: str, path: Path, page: int, last: int) -> str:
    """Newer · Page n of m · Older, with the first and last pages: links within one folder."""
    if last <= 1:
        return ""
    here = lambda n: path(name, n).rsplit("/", 1)[1]  # noqa: E731
    parts = []
    if page > 1:
        parts += [f"[« Newest]({here(1)})", f"[‹ Newer]({here(page - 1)})"]
    parts.append(f"Page {page} of {last}")
    if page < last:
        parts += [f"[Older ›]({here(page + 1)})", f"[Oldest »]({here(last)})"]
    return '<nav class="pager" markdown>\n\n' + " · ".join(parts) + "\n\n</nav>\n"


def count(n: int, noun: str) -> str:
    """`1 briefing`, `3 briefings`."""
    return f"{n} {noun}{'s' if n != 1 else ''}"
