"""One person across the archive: names keyed without titles, shorter names joining the one fuller name."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.archive.people import group_names, index_people, person_key, plain_name
from generator.model import Briefing, BriefingQuote, Person


def briefing(slug: str, day: int, people: list[tuple[str, str | None]], quotes: list[tuple[str, str]] = ()) -> Briefing:
    persons = tuple(Person(id=f"p-{n}", name=name, role=role) for n, (name, role) in enumerate(people))
    said = tuple(BriefingQuote(id=f"q-{n}", text=text, speaker=speaker, speaker_role=None)
                 for n, (speaker, text) in enumerate(quotes))
    return Briefing(slug, slug.title(), dt.date(2025, 1, day), "Summary.", None, (), "published", (), (), said, (),
                    persons)


@pytest.mark.parametrize("name, expected", [
    ("Russian Foreign Minister Sergei Lavrov", "Sergei Lavrov"),
    ("Foreign Minister Sergei Lavrov", "Sergei Lavrov"),
    ("Sen. Ted Cruz", "Ted Cruz"),
    ("Sergei Lavrov", "Sergei Lavrov"),
    ("Lavrov", "Lavrov"),
    # A title word alone, or last, is no title before a name: the name stays as printed.
    ("President", "President"),
    ("Kim Jong Un", "Kim Jong Un"),
])
def test_plain_name_cuts_the_title_before_a_name(name, expected):
    assert plain_name(name) == expected


def test_keys_ignore_case_accents_and_honorifics():
    assert person_key("Mr José Bové") == person_key("jose bove") == ("jose", "bove")


@pytest.mark.parametrize("names, expected", [
    # Every form of one name joins the fullest.
    (["Sergei Lavrov", "Lavrov", "Russian Foreign Minister Sergei Lavrov"],
     {"Sergei Lavrov": "Sergei Lavrov", "Lavrov": "Sergei Lavrov",
      "Russian Foreign Minister Sergei Lavrov": "Sergei Lavrov"}),
    # Two fuller names hold `Clinton`: it stays apart, as within a briefing.
    (["Bill Clinton", "Hillary Clinton", "Clinton"],
     {"Bill Clinton": "Bill Clinton", "Hillary Clinton": "Hillary Clinton", "Clinton": "Clinton"}),
    # No fuller name holds all the words: different people.
    (["Tony Blair", "Cherie Blair"], {"Tony Blair": "Tony Blair", "Cherie Blair": "Cherie Blair"}),
    (["George W Bush", "George Bush", "Bush"],
     {"George W Bush": "George W Bush", "George Bush": "George W Bush", "Bush": "George W Bush"}),
])
def test_group_names(names, expected):
    home = group_names(person_key(n) for n in names)
    assert {n: " ".join(home[person_key(n)]) for n in names} == {
        n: " ".join(person_key(full)) for n, full in expected.items()}


def test_one_person_across_briefings_is_one_page_with_every_briefing_and_quote():
    briefings = [
        briefing("visit", 9, [("Sergei Lavrov", "Russian Foreign Minister")],
                 [("Sergei Lavrov", "We will go."), ("Kim Jong Un", "Welcome.")]),
        briefing("talks", 3, [("Lavrov", None)], [("Lavrov", "Talks went well.")]),
        briefing("pact", 1, [("Russian Foreign Minister Sergei Lavrov", "minister")]),
    ]
    index = index_people(briefings)
    lavrov = next(p for p in index.people if p.slug == "sergei-lavrov")
    assert lavrov.name == "Sergei Lavrov"
    assert [a.briefing.slug for a in lavrov.appearances] == ["visit", "talks", "pact"]
    assert [q.text for a in lavrov.appearances for q in a.quotes] == ["We will go.", "Talks went well."]
    assert [(r.role, r.first.day, r.last.day) for r in lavrov.roles()] == [
        ("minister", 1, 1), ("Russian Foreign Minister", 9, 9)]
    assert index.links["talks"] == {"Lavrov": "sergei-lavrov"}
    assert index.links["pact"] == {"Russian Foreign Minister Sergei Lavrov": "sergei-lavrov"}
    # A speaker who is no person of the briefing gets no page.
    assert "Kim Jong Un" not in index.links["visit"]


def test_accents_make_no_second_person():
    index = index_people([briefing("a", 1, [("José Bové", None)]), briefing("b", 2, [("Jose Bove", None)])])
    assert [(p.slug, len(p.appearances)) for p in index.people] == [("jose-bove", 2)]


def test_two_people_whose_names_make_one_page_name_get_two_pages():
    index = index_people([briefing("a", 1, [("Sean O'Neill", None)]), briefing("b", 2, [("Sean O Neill", None)])])
    assert sorted(p.slug for p in index.people) == ["sean-o-neill", "sean-o-neill-2"]


def test_a_person_named_index_does_not_take_the_people_index():
    index = index_people([briefing("a", 1, [("Index", None)])])
    assert [p.slug for p in index.people] == ["index-2"]
