"""The sample briefing gets the story right, as a reader of the built site sees it."""

from __future__ import annotations

import html
import json
import re

import pytest

from tests.conftest import SAMPLE_SLUG
from tests.merge.test_timeline import reads_whole


@pytest.fixture(scope="module")
def briefing(built_site):
    return json.loads((built_site / "site" / "api" / "briefings" / f"{SAMPLE_SLUG}.json").read_text())


@pytest.fixture(scope="module")
def page(built_site):
    return (built_site / "site" / "briefings" / f"{SAMPLE_SLUG}.html").read_text()


def quotes_by(briefing, speaker):
    return [q for q in briefing["quotes"] if q["speaker"] == speaker]


BOTH = ["000_8d85a5ff8b3d3014", "004_24a459861bad1e6c"]


def test_zakharova_is_quoted_once_with_both_sources(briefing):
    (quote,) = quotes_by(briefing, "Maria Zakharova")
    assert quote["text"] == ("will visit the Democratic People's Republic of Korea on July 11-13 \u2026 "
                             "second round of strategic dialogue at the level of foreign ministers,")
    assert quote["sources"] == BOTH


def test_the_page_shows_the_interrupted_quote_once_and_whole(page):
    text = visible(quotes_section(page))
    assert text.count("will visit the Democratic People's Republic of Korea") == 1
    assert ("\u201cwill visit the Democratic People's Republic of Korea on July 11-13 \u2026 "
            "second round of strategic dialogue at the level of foreign ministers,\u201d") in text


@pytest.mark.parametrize(
    "sentence, marked",
    [
        ("The Kremlin said Wednesday it was \"unfazed\u201d by Trump\u2019s \u201cbullshit\u201d comment.", "unfazed"),
        ('The frequency of visits by senior Russian officials to North Korea "is highly unusual," '
         "Lim Eul-chul, a professor at Kyungnam University, told AFP.", "is highly unusual,"),
    ],
)
def test_partial_quotes_are_shown_inside_their_sentence(page, sentence, marked):
    contexts = re.findall(r'<p class="quote-context">(.*?)</p>', page, flags=re.S)
    shown = [(visible(c), re.findall(r"<mark>(.*?)</mark>", c)) for c in contexts]
    assert any(text == sentence and [html.unescape(m) for m in marks] == [marked] for text, marks in shown), shown
    assert f"\u201c{marked}\u201d" not in visible(quotes_section(page))  # not as a quote standing alone


def quotes_section(page_html: str) -> str:
    return page_html.split('id="what-they-said"', 1)[1].split("<h2", 1)[0]


def visible(page_html: str) -> str:
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", page_html)))


@pytest.mark.parametrize(
    "speaker, words",
    [
        ("Korean Central News Agency", "at the invitation of the DPRK Foreign Ministry"),
        ("Lim Eul-chul", "is highly unusual"),
        ("Lim Eul-chul", "At the center of these discussions may well be plans"),
        ("Dmitry Peskov", "We are fairly calm about it"),
        ("the Kremlin", "unfazed"),
    ],
)
def test_each_quote_has_its_speaker(briefing, speaker, words):
    assert any(words in q["text"] for q in quotes_by(briefing, speaker)), [
        (q["speaker"], q["text"]) for q in briefing["quotes"]
    ]


@pytest.mark.parametrize(
    "figures, sources",
    [(["600"], BOTH), (["728", "13", "711"], ["004_24a459861bad1e6c"])],
)
def test_key_facts_carry_the_figures(briefing, figures, sources):
    facts = [f for f in briefing["facts"] if all(n in f["text"] for n in figures)]
    assert facts and facts[0]["sources"] == sources
    assert facts[0]["corroboration"] == len(sources)  # neither source names its outlet: one each


def test_what_both_outlets_report_is_one_fact_listed_first(briefing, page):
    facts = briefing["facts"]
    allies = [f for f in facts if "Pyongyang has become one of Moscow" in f["text"]]
    # "key allies since the 2022 invasion" and "main allies during its more than
    # three-year-long invasion": one fact, in the clearer wording.
    assert len(allies) == 1 and allies[0]["sources"] == BOTH
    assert "three-year-long invasion" not in page
    corroborated = [f["corroboration"] for f in facts]
    assert corroborated == sorted(corroborated, reverse=True) and corroborated[0] == 2
    assert 'title="Reported by 2 independent outlets">2 outlets</span>' in page


def test_the_coverage_panel_says_what_the_briefing_rests_on(briefing, page):
    items = [*briefing["facts"], *briefing["more_facts"], *briefing["quotes"], *briefing["timeline"]]
    one_outlet = sum(len(i["sources"]) == 1 for i in items)
    assert briefing["coverage"] == {
        "sources": 2, "outlets": 2, "first_published": "2025-07-09", "last_published": "2025-07-09",
        "undated_sources": 1, "items": len(items), "single_source_items": one_outlet, "single_source": False,
    }
    assert ("<p><strong>2 sources</strong> from <strong>2 outlets</strong>, published 9 Jul 2025 "
            f"(1 undated).\n{one_outlet} of {len(items)} items reported by one outlet only.</p>") in page
    assert page.index('class="admonition info coverage"') < page.index('id="key-facts"')


@pytest.mark.parametrize(
    "start, end, words",
    [
        ("2022", None, "invasion"),
        ("2025-04", None, "deployed troops"),
        ("2025-06", None, "anniversary"),
        ("2025-07-09", None, "Zakharova"),
        ("2025-07-11", "2025-07-13", "visit"),
    ],
)
def test_timeline_has_the_dated_happenings(briefing, start, end, words):
    entries = [t for t in briefing["timeline"] if t["start"] == start and t["end"] == end]
    assert any(words in t["text"] for t in entries), [(t["start"], t["text"]) for t in briefing["timeline"]]


def test_timeline_is_in_date_order(briefing):
    starts = [t["start"] for t in briefing["timeline"]]
    assert starts == sorted(starts)


@pytest.mark.parametrize(
    "name",
    ["Sergei Lavrov", "Maria Zakharova", "Dmitry Peskov", "Lim Eul-chul", "Sergei Shoigu"],
)
def test_people_are_listed_once_with_a_role(briefing, name):
    people = [p for p in briefing["people"] if p["name"] == name]
    assert len(people) == 1 and people[0]["role"]


def test_undated_source_takes_the_briefing_date(briefing, page):
    undated = next(s for s in briefing["sources"] if s["id"] == "000_8d85a5ff8b3d3014")
    assert undated["date"] == "2025-07-09" and undated["date_from_briefing"] is True
    assert "undated article: the briefing" in page


@pytest.mark.parametrize("noise", ["TASS", "Related article", "shakes hands", "Largest-Ever"])
def test_no_trace_of_caption_credit_or_related_link(built_site, noise):
    for html in (built_site / "site").rglob("*.html"):
        assert noise not in html.read_text(), html


def test_editors_changes_show_on_the_page(briefing, page):
    kim = next(p for p in briefing["people"] if p["name"] == "Kim Jong Un")
    assert kim["role"] == "North Korean leader" and kim["corrected"] is True
    added = [t for t in briefing["timeline"] if t["added_by_editors"]]
    assert [(t["start"], t["text"]) for t in added] == [
        ("2024-06-19", "Putin and Kim Jong Un sign a mutual defence pact in Pyongyang.")]
    assert "added by the editors" in page and "corrected by the editors" in page
    assert briefing["summary"].startswith("Russian Foreign Minister Sergei Lavrov will visit North Korea on July 11-13")


def test_builders_and_deminers_are_upcoming(briefing, page):
    upcoming = [t for t in briefing["timeline"] if "deminers" in t["text"]]
    assert upcoming and all(t["upcoming"] and t["date_mod"] == "AFTER" for t in upcoming)
    # "In the coming weeks" gives no day: the page says "after" the article's day,
    # and lists it after everything dated that day.
    assert "<td>after 9 July 2025" in page
    starts = [(t["start"], t["date_mod"]) for t in briefing["timeline"]]
    assert starts.index(("2025-07-09", "AFTER")) == max(i for i, s in enumerate(starts) if s[0] == "2025-07-09")


def test_every_timeline_entry_is_a_whole_event_told_once(briefing):
    """Each happening once, as a clause with its subject, with every source that tells it."""
    found = [(t["start"], t["end"], t["text"], len(t["sources"])) for t in briefing["timeline"] if not t["added_by_editors"]]
    assert found == [
        ("2022", None, "Pyongyang has become one of Moscow's key allies since the 2022 invasion of Ukraine", 1),
        ("2025", None, "Russia's security chief Sergei Shoigu has visited Pyongyang multiple times this year", 2),
        ("2025-04", None, "North Korea confirmed it had deployed troops to support Russia's war in April", 1),
        ("2025-06", None, "The two countries marked the one year anniversary of the signing of a sweeping military pact", 2),
        ("2025-07-09", None, "Russian ministry spokeswoman Maria Zakharova told reporters in Moscow Wednesday", 2),
        ("2025-07-09", None, "Russia fired its largest missile and drone attack on Ukraine in more than three years of war", 1),
        ("2025-07-09", None, "The Kremlin said Wednesday it was \"unfazed\u201d by Trump\u2019s \u201cbullshit\u201d comment", 1),
        ("2025-07-09", None, "Shoigu announced that the nuclear-armed North would send builders and deminers to the Kursk "
                             "region in the coming weeks", 1),
        ("2025-07-11", "2025-07-13", "Lavrov \"will visit the Democratic People's Republic of Korea on July 11-13\" for "
                                     "the \"second round of strategic dialogue at the level of foreign ministers\"", 2),
    ]
    assert all(reads_whole(text) for _, _, text, _ in found)
