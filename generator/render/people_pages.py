"""A page per person across the archive, and the people index.

A person's page gives their name, the roles the briefings give them over time,
and every briefing they appear in, newest first, each with what they said
there, linked to the sentence of the source that reports it. A person in many
briefings gets several pages of `PAGE_SIZE` briefings each.
"""

from __future__ import annotations

from typing import Sequence

from generator import paths
from generator.archive import pages
from generator.archive.people import Appearance, ArchivePerson, PeopleIndex
from generator.render.archive import Page, count as _count, listing, page_head, pager, rendered
from generator.render.text import escape, short_date

QUOTES_SHOWN = 5  # per briefing on a person's page; the briefing page has them all
INDEX_SIZE = 200  # people on the people index: the most cited


def people_pages(index: PeopleIndex) -> dict[str, Page]:
    """The people index and every page of every person."""
    shown = [(p.slug, p.name, len(p.appearances)) for p in index.people[:INDEX_SIZE]]
    files = {paths.PEOPLE_INDEX: Page((), repr((shown, len(index.people))), lambda: people_index(index.people))}
    for person in index.people:
        files.update(person_pages(person))
    return files


def people_files(index: PeopleIndex) -> dict[str, str]:
    return rendered(people_pages(index))


def person_pages(person: ArchivePerson) -> dict[str, Page]:
    """A person's pages; the first sums up every briefing they are in, so it shows them all."""
    chunks = pages(person.appearances)

    def render(chunk: Sequence[Appearance], n: int) -> str:
        body = [page_head(person.name, _description(person))]
        if n == 1:
            body.append(_summary(person))
        body.append("## Briefings\n\n" + listing("\n".join(_appearance(a) for a in chunk)))
        body.append(pager(person.slug, paths.person_md, n, len(chunks)))
        return "".join(body)

    every = tuple(a.briefing for a in person.appearances)
    return {paths.person_md(person.slug, n): Page(every if n == 1 else tuple(a.briefing for a in chunk),
                                                  f"{person.name} {n}/{len(chunks)}",
                                                  lambda chunk=chunk, n=n: render(chunk, n))
            for n, chunk in enumerate(chunks, 1)}


def people_index(people: Sequence[ArchivePerson]) -> str:
    shown = people[:INDEX_SIZE]
    lines = [page_head("People", "The people the briefings name most, with how many briefings name them.")]
    if len(people) > len(shown):
        lines.append(f"The {len(shown)} people named in the most briefings, of {len(people)}. "
                     "Every name on a briefing page links to that person's page.\n")
    if not people:
        return "\n".join(lines) + "*No people yet.*\n"
    return "\n".join(lines) + listing("\n".join(
        f"- [{escape(p.name)}]({p.slug}.md) · {_count(len(p.appearances), 'briefing')}" for p in shown) + "\n")


def _description(person: ArchivePerson) -> str:
    roles = person.roles()
    role = f", {roles[-1].role}" if roles else ""
    return f"{person.name}{role}: in {_count(len(person.appearances), 'briefing')}."


def _summary(person: ArchivePerson) -> str:
    first, last = person.appearances[-1].briefing.date, person.appearances[0].briefing.date
    when = short_date(first) if first == last else f"{short_date(first)} to {short_date(last)}"
    parts = [f'<p class="person-meta">In {_count(len(person.appearances), "briefing")} ({when}) · '
             f'{_count(person.quote_count, "quote")}</p>\n']
    roles = person.roles()
    if roles:
        parts.append("## Roles\n")
        for r in roles:
            span = short_date(r.first) if r.first == r.last else f"{short_date(r.first)} to {short_date(r.last)}"
            parts.append(f"- {escape(r.role)} — {span} ({_count(r.briefings, 'briefing')})")
        parts.append("")
    return "\n".join(parts) + "\n"


def _appearance(a: Appearance) -> str:
    b = a.briefing
    role = f" · {escape(a.person.role)}" if a.person.role else ""
    lines = [f"- **[{escape(b.title)}]({paths.link_from_page(paths.briefing_md(b.slug))})**  \n"
             f"  {short_date(b.date)}{role}"]
    for q in a.quotes[:QUOTES_SHOWN]:
        lines.append(f"    - “{escape(q.text)}”{_where(q.anchors)}")
    if len(a.quotes) > QUOTES_SHOWN:
        lines.append(f"    - *{len(a.quotes) - QUOTES_SHOWN} more quotes in the briefing*")
    return "\n".join(lines)


def _where(anchors) -> str:
    """A link to the sentence of the first source that reports the quote."""
    if not anchors:
        return ""
    a = anchors[0]
    return f' <span class="cite">[source]({paths.link_from_page(paths.source_md(a.source))}#{a.sentence} "Where the source says it")</span>'
