import datetime as dt

from generator.model import Briefing
from generator.render.markdown import briefing_list


def briefing(n: int) -> Briefing:
    return Briefing(f"b{n}", f"Story {n}", dt.date(2025, 1, 1) + dt.timedelta(days=n), f"Summary {n}.",
                    None, (), "published", (), (), (), (), ())


def test_list_is_newest_first():
    text = briefing_list([briefing(1), briefing(3), briefing(2)], "briefings/")
    assert [line.split("](")[1].split(")")[0] for line in text.splitlines() if line.startswith("- ")] == [
        "briefings/b3.md", "briefings/b2.md", "briefings/b1.md"]


def test_home_list_shows_the_newest_and_links_to_all():
    text = briefing_list([briefing(n) for n in range(25)], "briefings/", limit=20)
    assert text.count("\n- ") + text.startswith("- ") == 20
    assert "[All 25 briefings](briefings/index.md)" in text
    assert "Story 24" in text and "Story 4" not in text


def test_empty_list_says_so():
    assert briefing_list([], "") == "*No briefings yet.*\n"


def test_names_link_to_their_person_page_and_tags_to_their_tag_page():
    from generator.model import BriefingQuote, Person
    from generator.render.markdown import briefing_page

    b = briefing(1)
    b = Briefing(b.slug, b.title, b.date, b.summary, None, ("North Korea",), "published", (), (),
                 (BriefingQuote(id="q-1", text="We will go.", speaker="Sergei Lavrov", speaker_role="minister"),
                  BriefingQuote(id="q-2", text="No comment.", speaker="the Kremlin", speaker_role=None)),
                 (), (Person(id="p-sergei-lavrov", name="Sergei Lavrov", role="minister"),))
    page = briefing_page(b, {"Sergei Lavrov": "sergei-lavrov"})
    assert "— [**Sergei Lavrov**](../people/sergei-lavrov.md), minister" in page
    assert "- [**Sergei Lavrov**](../people/sergei-lavrov.md) — minister" in page
    assert "— **the Kremlin**" in page  # no person page: no link
    assert '<a class="tag" href="../tags/north-korea.html">North Korea</a>' in page
    assert "[**Sergei Lavrov**]" not in briefing_page(b)


def test_source_page_lists_the_newest_citing_briefings_only():
    from generator.model import Article, ArticleExtraction
    from generator.render.markdown import CITED_IN_SHOWN, source_page

    article = Article("src", "seeds/src.txt", "Text.", "Text.", tuple(range(6)), title="Source")
    extraction = ArticleExtraction(article, None, (), (), (), (), (), (), ())
    page = source_page(extraction, [briefing(n) for n in range(CITED_IN_SHOWN + 5)])
    assert f"The newest {CITED_IN_SHOWN} of the {CITED_IN_SHOWN + 5} briefings that cite it." in page
    assert "[Story 24](../briefings/b24.md)" in page and "[Story 4]" not in page
    assert "The newest" not in source_page(extraction, [briefing(1)])


# --------------------------------------------------------------------------
# corroboration, coverage, discrepancies
# --------------------------------------------------------------------------

from dataclasses import replace  # noqa: E402

import pytest  # noqa: E402

from generator.model import Anchor, BriefingFact, BriefingSource, Discrepancy, Version  # noqa: E402
from generator.render.markdown import briefing_page, coverage_panel  # noqa: E402


def source(sid: str, outlet: str | None, day: int) -> BriefingSource:
    return BriefingSource(sid, f"seeds/{sid}.txt", f"Title {sid}", outlet, dt.date(2021, 7, day), None, False)


STORY = replace(
    briefing(1),
    sources=(source("a", "Reuters", 12), source("b", "The Hill", 14)),
    facts=(BriefingFact(id="f-1", text="The Senate approved <b>$150 billion</b>.", sources=("a", "b"),
                        anchors=(Anchor("a", "s-1"), Anchor("b", "s-2")), corroboration=2),),
    more_facts=(BriefingFact(id="f-2", text="A fuel tax pays for it.", sources=("a",), corroboration=1),),
    discrepancies=(Discrepancy(
        id="d-1", kind="figure", sources=("a", "b"),
        versions=(Version("600", "Around 600 <i>were</i> killed.", ("a",), (Anchor("a", "s-3"),)),
                  Version("about 500", "About 500 were killed.", ("b",), (Anchor("b", "s-4"),)))),),
)


def test_a_fact_shows_how_many_outlets_report_it():
    page = briefing_page(STORY)
    # Article text is text: its markup is escaped, never rendered.
    assert 'The Senate approved &#60;b&#62;&#36;150 billion&#60;/b&#62;. <span class="cite">' in page
    assert '<span class="corroboration" title="Reported by 2 independent outlets">2 outlets</span>' in page
    assert '<summary>1 more fact from the sources</summary>' in page
    assert 'A fuel tax pays for it. <span class="cite">[1](#sources)</span> <span class="corroboration" ' \
           'title="Reported by 1 independent outlet">1 outlet</span>' in page


def test_the_coverage_panel_is_at_the_top():
    page = briefing_page(STORY)
    panel = ('!!! info coverage "Coverage"\n\n'
             "    **2 sources** from **2 outlets**, published 12 Jul 2021 to 14 Jul 2021.\n"
             "    1 of 2 items reported by one outlet only.\n")
    assert panel in page and page.index(panel) < page.index("## Key facts")


@pytest.mark.parametrize(
    "sources, panel",
    [
        ((source("a", "Reuters", 12), source("c", "Reuters", 12)),
         '!!! warning coverage "One source only"\n\n'
         "    **2 sources** from **1 outlet**, published 12 Jul 2021.\n"
         "    Everything here comes from one outlet: nothing in this briefing is corroborated by another.\n"),
        ((replace(source("a", None, 12), date_from_briefing=True), source("b", "The Hill", 14)),
         '!!! info coverage "Coverage"\n\n'
         "    **2 sources** from **2 outlets**, published 14 Jul 2021 (1 undated).\n"
         "    1 of 2 items reported by one outlet only.\n"),
    ],
)
def test_the_panel_flags_a_briefing_resting_on_one_outlet(sources, panel):
    assert coverage_panel(replace(STORY, sources=sources)) == panel


def test_discrepancies_show_each_version_with_its_sources():
    page = briefing_page(STORY)
    assert "## Where the sources differ\n\n- **The sources give different figures.**" in page
    assert "    - **600** — Around 600 &#60;i&#62;were&#60;/i&#62; killed. <span class=\"cite\">[1](" in page
    assert "    - **about 500** — About 500 were killed. <span class=\"cite\">[2](" in page
    resolved = replace(STORY.discrepancies[0], resolution="600", note="Seoul's later count.", corrected=True)
    page = briefing_page(replace(STORY, discrepancies=(resolved,)))
    assert ("**The sources give different figures.** The editors confirm **600**. "
            '<span class="editors">Seoul&#39;s later count.</span>') in page


# --------------------------------------------------------------------------
# quotes: whole quotes with a link per piece; partial quotes inside their sentence
# --------------------------------------------------------------------------

import html as html_text  # noqa: E402
import re  # noqa: E402

import markdown  # noqa: E402

from generator.model import BriefingQuote  # noqa: E402


def page_with(*quotes: BriefingQuote) -> str:
    source = BriefingSource("a", "seeds/a.txt", "A", "Outlet", dt.date(2025, 1, 1), None, False)
    b = replace(briefing(1), sources=(source,), quotes=quotes)
    return markdown.markdown(briefing_page(b).split("---\n", 2)[2], extensions=["attr_list", "md_in_html"])


def said(text, anchors=(Anchor("a", "s-1"),), context=None, corrected=False):
    return BriefingQuote(id="q-1", text=text, speaker="Maria Zakharova", speaker_role=None, sources=("a",),
                         anchors=tuple(anchors), confidence=0.9, corrected=corrected, context=context)


def shown(html: str) -> str:
    """What the reader sees: the text without tags, character references as characters."""
    return html_text.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html)))


def test_a_quote_in_pieces_is_shown_once_with_a_link_per_piece():
    html = page_with(said("It was terrible, \u2026 Nobody saw it coming.",
                          [Anchor("a", "s-1"), Anchor("a", "s-2")]))
    assert html.count("<blockquote>") == 1
    assert "\u201cIt was terrible, \u2026 Nobody saw it coming.\u201d" in shown(html)
    assert re.findall(r'href="\.\./sources/a\.md#(s-\d)"[^>]*>(\w+)<', html) == [("s-1", "1a"), ("s-2", "1b")]


def test_a_quote_in_one_place_keeps_a_plain_link():
    html = page_with(said("We are calm."))
    assert re.findall(r'href="\.\./sources/a\.md#(s-\d)"[^>]*>(\w+)<', html) == [("s-1", "1")]


def test_a_partial_quote_is_shown_inside_its_sentence_with_the_words_marked():
    html = page_with(said("unfazed", context='The Kremlin said it was "unfazed" by the <b>remark</b>.'))
    assert "<blockquote>" not in html and "<b>" not in html
    (context,) = re.findall(r'<p class="quote-context">(.*?)</p>', html)
    assert shown(context) == 'The Kremlin said it was "unfazed" by the <b>remark</b>.'
    assert re.findall(r"<mark>(.*?)</mark>", context) == ["unfazed"]


def test_pieces_of_a_partial_quote_are_marked_in_order():
    html = page_with(said("a nasty woman \u2026 crooked", context='He called her "a nasty woman" and "crooked" twice.'))
    assert re.findall(r"<mark>(.*?)</mark>", html) == ["a nasty woman", "crooked"]
    assert 'He called her "a nasty woman" and "crooked" twice.' in shown(html)


def test_a_corrected_partial_quote_is_shown_as_the_editors_wrote_it():
    html = page_with(said("unfazed by it", context='It was "unfazed" by it.', corrected=True))
    assert "<mark>" not in html and "\u201cunfazed by it\u201d" in shown(html)
