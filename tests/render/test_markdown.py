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
