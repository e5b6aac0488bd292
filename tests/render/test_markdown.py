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


# --------------------------------------------------------------------------
# quotes: whole quotes with a link per piece; partial quotes inside their sentence
# --------------------------------------------------------------------------

import html as html_text  # noqa: E402
import re  # noqa: E402

import markdown  # noqa: E402

from generator.model import Anchor, BriefingQuote, BriefingSource  # noqa: E402
from generator.render.markdown import briefing_page  # noqa: E402


def page_with(*quotes: BriefingQuote) -> str:
    source = BriefingSource("a", "seeds/a.txt", "A", "Outlet", dt.date(2025, 1, 1), None, False)
    b = Briefing("b", "Story", dt.date(2025, 1, 1), "Summary.", None, (), "published", (source,), (), quotes, (), ())
    return markdown.markdown(briefing_page(b).split("---\n", 2)[2], extensions=["attr_list", "md_in_html"])


def said(text, anchors=(Anchor("a", "s-1"),), context=None, corrected=False):
    return BriefingQuote("q-1", text, "Maria Zakharova", None, ("a",), tuple(anchors), 0.9,
                         corrected=corrected, context=context)


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
