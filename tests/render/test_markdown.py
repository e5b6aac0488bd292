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
