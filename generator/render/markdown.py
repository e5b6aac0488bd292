"""Markdown pages: one per briefing, one per source article, and the briefing lists.

Pages are plain Markdown for MkDocs, so any engine that reads mkdocs.yml builds
them. Every piece of article text goes through `escape`; structure comes only
from here. Pages live at `briefings/<slug>.md` and `sources/<id>.md` in the
docs folder, and link to each other with relative `.md` links that MkDocs checks.
"""

from __future__ import annotations

import html
from typing import Iterable, Mapping, Sequence

from generator.merge.coverage import coverage
from generator.model import (
    Anchor,
    ArticleExtraction,
    Briefing,
    BriefingFact,
    BriefingQuote,
    BriefingSource,
    Discrepancy,
    Item,
    PIECE_SEPARATOR,
    Person,
    TimelineEntry,
)
from generator.archive import newest_first, tag_slug
from generator.paths import briefing_md, html_path, link_from_page, person_md, source_md, tag_md
from generator.render.text import editors_mark, escape, iso_range, long_date, safe_url, short_date, front_matter_value

CITED_IN_SHOWN = 20  # briefings listed on a source page


def briefing_page(briefing: Briefing, people: Mapping[str, str] | None = None) -> str:
    """The briefing page: coverage, summary, key facts (more folded away), where the sources
    differ, quotes, timeline, people, sources.

    `people` maps a name as printed here to its person page's slug (`generator.archive.people`).
    """
    numbers = {s.id: n for n, s in enumerate(briefing.sources, 1)}
    cite = _Citer(numbers)
    name = _Namer(people or {})
    parts = [
        _front_matter(briefing.title, briefing.summary),
        f"# {escape(briefing.title)}\n",
        _meta_line(briefing),
        coverage_panel(briefing),
        _summary(briefing, cite),
    ]
    if briefing.why_it_matters:
        parts.append(f'!!! abstract "Why it matters"\n\n    {escape(briefing.why_it_matters)}\n')
    parts += [
        _section("Key facts", [_fact(f, cite) for f in briefing.facts]),
        _more_facts(briefing.more_facts, cite),
        _section("Where the sources differ", [_discrepancy(d, cite) for d in briefing.discrepancies]),
        _section("What they said", [_quote(q, cite, name) for q in briefing.quotes], bullet=False),
        _timeline(briefing.timeline, cite),
        _section("People", [_person(p, cite, name) for p in briefing.people]),
        _section("Sources", [_source(s, n) for n, s in enumerate(briefing.sources, 1)], bullet=False),
    ]
    return "\n".join(p for p in parts if p)


def source_page(extraction: ArticleExtraction, used_by: Sequence[Briefing]) -> str:
    """The cleaned article with an anchor on every sentence, and the briefings citing it."""
    article = extraction.article
    title = article.title or article.id
    meta = [escape(v) for v in (article.outlet, article.author) if v]
    if article.date:
        meta.append(short_date(article.date))
    url = safe_url(article.url)
    if url:
        meta.append(f'<a href="{url}" rel="nofollow noopener">original article</a>')
    lines = [_front_matter(title, ""), f"# {escape(title)}\n"]
    if meta:
        lines.append(f'<p class="source-meta">{" · ".join(meta)}</p>\n')
    lines.append('<div class="source-text">')
    lines += _paragraphs(extraction)
    lines.append("</div>\n")
    if used_by:
        # Out of the search index: a search for a briefing's title finds the briefing, not every source it cites.
        lines.append('<div class="cited-in" data-pagefind-ignore="all" markdown>\n\n## Cited in\n')
        newest = newest_first(used_by)[:CITED_IN_SHOWN]
        if len(used_by) > len(newest):  # the page stays small however often the article is cited
            lines.append(f"The newest {len(newest)} of the {len(used_by)} briefings that cite it.\n")
        lines += [f"- [{escape(b.title)}]({link_from_page(briefing_md(b.slug))})" for b in newest]
        lines.append("\n</div>\n")
    return "\n".join(lines)


def briefing_list(briefings: Sequence[Briefing], prefix: str, limit: int | None = None) -> str:
    """Briefings newest first, each with its date and summary; links start with `prefix`.

    With `limit`, only the newest ones and a link to the page listing them all.
    """
    if not briefings:
        return "*No briefings yet.*\n"
    ordered = sorted(briefings, key=lambda b: (b.date, b.slug), reverse=True)
    items = []
    for b in ordered[:limit]:
        draft = " *(draft)*" if b.status == "draft" else ""
        items.append(
            f"- **[{escape(b.title)}]({prefix}{b.slug}.md)**{draft}  \n"
            f"  {short_date(b.date)} · {escape(b.summary)}"
        )
    if limit is not None and len(ordered) > limit:
        items.append(f"\n[All {len(ordered)} briefings]({prefix}index.md)")
    return "\n".join(items) + "\n"


# --------------------------------------------------------------------------
# sections
# --------------------------------------------------------------------------


class _Citer:
    """Links an item to the sentences it came from: [1] [2], one per source."""

    def __init__(self, numbers: dict[str, int]):
        self.numbers = numbers

    def __call__(self, anchors: Iterable[Anchor], sources: Iterable[str] = ()) -> str:
        number = lambda source: self.numbers.get(source, 0)  # noqa: E731
        anchors = sorted(anchors, key=lambda a: number(a.source))
        links = [
            f'[{number(a.source)}{piece}]({link_from_page(source_md(a.source))}#{a.sentence} '
            f'"Where source {number(a.source)} says it")'
            for a, piece in zip(anchors, _piece_letters(anchors))
        ]
        cited = {a.source for a in anchors}
        links += [f"[{number(s)}](#sources)" for s in sorted(sources, key=number) if s not in cited]
        return '<span class="cite">' + " ".join(links) + "</span>" if links else ""


def _piece_letters(anchors: Sequence[Anchor]) -> list[str]:
    """'' for a source cited once; 'a', 'b', … for the pieces of a quote one source prints apart."""
    counts = {a.source: sum(1 for b in anchors if b.source == a.source) for a in anchors}
    seen: dict[str, int] = {}
    letters = []
    for anchor in anchors:
        seen[anchor.source] = seen.get(anchor.source, 0) + 1
        letters.append(chr(ord("a") + seen[anchor.source] - 1) if counts[anchor.source] > 1 else "")
    return letters


class _Namer:
    """A name in bold, linked to the person's page when the archive has one."""

    def __init__(self, people: Mapping[str, str]):
        self.people = people

    def __call__(self, name: str) -> str:
        bold = f"**{escape(name)}**"
        page = self.people.get(name)
        return f"[{bold}]({link_from_page(person_md(page))})" if page else bold


def _summary(briefing: Briefing, cite: _Citer) -> str:
    """The editors' summary as written, or the generated one with each sentence's source."""
    if briefing.summary_source == "editors" or not briefing.summary_sentences:
        return escape(briefing.summary) + "\n"
    sentences = " ".join(f"{escape(s.text)} {cite(s.anchors, s.sources)}" for s in briefing.summary_sentences)
    note = ('<span class="generated-summary" title="No editor has written this summary: '
            'its sentences are the sources\' own">drawn from the sources</span>')
    return f"{sentences} {note}\n"


def _section(title: str, items: list[str], bullet: bool = True) -> str:
    if not items:
        return ""
    body = "\n".join(f"- {i}" if bullet else i for i in items)
    return f"## {title}\n\n{body}\n"


def _fact(fact: BriefingFact, cite: _Citer) -> str:
    return (f"{escape(fact.text)} {cite(fact.anchors, fact.sources)}{_outlets(fact)}{_flags(fact)} "
            f"{_id(fact.id)}")


def _outlets(fact: BriefingFact) -> str:
    """'3 outlets': how many independent outlets report the fact (none for an editor's own)."""
    n = fact.corroboration
    if not n:
        return ""
    title = f"Reported by {n} independent outlet{'s' if n != 1 else ''}"
    return f' <span class="corroboration" title="{title}">{n} outlet{"s" if n != 1 else ""}</span>'


def _more_facts(facts: Sequence[BriefingFact], cite: _Citer) -> str:
    """The facts past the key facts' cap, folded away."""
    if not facts:
        return ""
    items = "\n".join(f"- {_fact(f, cite)}" for f in facts)
    summary = f"{len(facts)} more fact{'s' if len(facts) != 1 else ''} from the sources"
    return f'<details class="more-facts" markdown="1">\n<summary>{summary}</summary>\n\n{items}\n\n</details>\n'


def _discrepancy(d: Discrepancy, cite: _Citer) -> str:
    """Both (or every) version with its sources, and the editors' word if they gave it."""
    what = "figures" if d.kind == "figure" else "dates"
    head = f"**The sources give different {what}.**"
    if d.resolution is not None:
        head += f" The editors confirm **{escape(_version_value(d, d.resolution))}**."
    if d.note:
        head += f' <span class="editors">{escape(d.note)}</span>'
    versions = [
        f"    - **{escape(_version_value(d, v.value))}** — {escape(v.text)} {cite(v.anchors, v.sources)}"
        for v in d.versions
    ]
    return f"{head} {_id(d.id)}\n\n" + "\n".join(versions)


def _version_value(d: Discrepancy, value: str) -> str:
    if d.kind == "date":
        start, _, end = value.partition("/")
        return iso_range(start, end or None)
    return value


def coverage_panel(briefing: Briefing) -> str:
    """At the top: sources, outlets, publication dates, what one outlet alone reports; a
    warning when the whole briefing rests on one outlet."""
    c = coverage(briefing)
    count = lambda n, word: f"{n} {word}{'s' if n != 1 else ''}"  # noqa: E731
    lines = [f"**{count(c.sources, 'source')}** from **{count(c.outlets, 'outlet')}**"]
    if c.first_published:
        when = short_date(c.first_published)
        if c.last_published != c.first_published:
            when += f" to {short_date(c.last_published)}"
        lines[0] += f", published {when}"
    if c.undated:
        lines[0] += f" ({c.undated} undated)"
    lines[0] += "."
    if c.one_source:
        lines.append("Everything here comes from one outlet: nothing in this briefing is "
                     "corroborated by another.")
        kind, title = "warning", "One source only"
    else:
        lines.append(f"{c.single_source_items} of {count(c.items, 'item')} reported by one outlet only.")
        kind, title = "info", "Coverage"
    return f'!!! {kind} coverage "{title}"\n\n' + "".join(f"    {line}\n" for line in lines)


def _quote(quote: BriefingQuote, cite: _Citer, name: _Namer) -> str:
    who = name(quote.speaker) if quote.speaker else "*speaker unknown*"
    if quote.speaker_role:
        who += f", {escape(quote.speaker_role)}"
    if quote.low_confidence and not quote.corrected:
        who += ' <span class="unconfirmed" title="The attribution is uncertain: an editor should confirm it">to be confirmed</span>'
    # A partial quote ("unfazed") is shown inside its sentence; the attribution is a
    # paragraph of its own, so quotes never run together.
    if quote.context and not quote.corrected:
        said = f"{_in_context(quote.context, quote.text.split(PIECE_SEPARATOR))}\n{{: .quote-context }}\n\n"
    else:
        said = f"> “{escape(quote.text)}”\n\n"
    return (
        f"{said}"
        f"— {who} {cite(quote.anchors, quote.sources)}{_flags(quote)} {_id(quote.id)}\n"
        "{: .attribution }\n"
    )


def _in_context(sentence: str, pieces: Sequence[str]) -> str:
    """The sentence with the quoted pieces marked, every part escaped."""
    parts, at = [], 0
    for piece in pieces:
        found = sentence.find(piece, at)
        if found < 0:
            continue
        parts += [_escape_between(sentence[at:found]), f"<mark>{escape(piece)}</mark>"]
        at = found + len(piece)
    parts.append(_escape_between(sentence[at:]))
    return "".join(parts)


def _escape_between(text: str) -> str:
    """`escape`, keeping the space on either side that separates it from a marked piece."""
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() and text.strip() else ""
    return lead + escape(text) + trail


def _timeline(entries: Sequence[TimelineEntry], cite: _Citer) -> str:
    if not entries:
        return ""
    rows = ["| When | What happened | |", "| --- | --- | --- |"]
    for e in entries:
        when = escape(iso_range(e.start, e.end))
        if e.date_mod == "AFTER":
            when = f"after {when}"
        if e.timex and not any(c.isdigit() for c in e.timex):
            when += f' <span class="as-written">({escape(e.timex)})</span>'
        if e.upcoming:
            when += ' <span class="upcoming">upcoming</span>'
        rows.append(f"| {when} | {escape(e.text)}{_flags(e)} | {cite(e.anchors, e.sources)} {_id(e.id)} |")
    return "## Timeline\n\n" + "\n".join(rows) + "\n"


def _person(person: Person, cite: _Citer, name: _Namer) -> str:
    role = f" — {escape(person.role)}" if person.role else ""
    sources = cite((), person.sources)
    return f"{name(person.name)}{role} {sources}{_flags(person)} {_id(person.id)}"


def _source(source: BriefingSource, number: int) -> str:
    title = escape(source.title or source.id)
    line = f"{number}. [{title}]({link_from_page(source_md(source.id))})"
    line += " — " + (escape(source.outlet) if source.outlet else "outlet not given")
    if source.date:
        when = short_date(source.date)
        line += " · " + (f"{when} (undated article: the briefing's date)" if source.date_from_briefing else when)
    url = safe_url(source.url)
    if url:
        line += f' · <a href="{url}" rel="nofollow noopener">original article</a>'
    return line


def _flags(item: Item) -> str:
    """'corrected by the editors', 'added by the editors: note' where it applies."""
    mark = editors_mark(item)
    flags = [mark] if mark else []
    if item.note:
        flags.append(escape(item.note))
    return f' <span class="editors">{": ".join(flags)}</span>' if flags else ""


def _id(item_id: str) -> str:
    return f'<span class="item-id" title="id for the annotation file">{escape(item_id)}</span>'


def _meta_line(briefing: Briefing) -> str:
    count = len(briefing.sources)
    parts = [long_date(briefing.date), f"{count} source{'s' if count != 1 else ''}"]
    if briefing.tags:
        # Raw HTML (the line is a <p>), so the link names the built page.
        parts.append(", ".join(f'<a class="tag" href="{link_from_page(html_path(tag_md(tag_slug(t))))}">{escape(t)}</a>'
                               for t in briefing.tags))
    if briefing.status == "draft":
        parts.append("<strong>draft</strong>")
    return '<p class="briefing-meta">' + " · ".join(parts) + "</p>\n"


def _front_matter(title: str, description: str) -> str:
    lines = ["---", f"title: {front_matter_value(title)}"]
    if description:
        lines.append(f"description: {front_matter_value(description)}")
    return "\n".join(lines + ["---", ""])


def _paragraphs(extraction: ArticleExtraction) -> list[str]:
    """The article's sentences as HTML paragraphs, each sentence an anchor target."""
    paragraphs: dict[int, list[str]] = {}
    for s in extraction.sentences:
        paragraphs.setdefault(s.paragraph, []).append(
            f'<span class="sentence" id="{s.id}">{html.escape(" ".join(s.text.split()))}</span>'
        )
    return [f"<p>{' '.join(spans)}</p>" for _, spans in sorted(paragraphs.items())]
