"""One person across a briefing: merge_people and resolve_speaker."""

from __future__ import annotations

import pytest

from generator.model import Person, PersonMention
from generator.ids import slug
from generator.merge.people import merge_people, resolve_speaker


def mention(name: str, role: str | None = None) -> PersonMention:
    return PersonMention(name, role, 0, len(name), "")


SAMPLE = [
    ("000_8d85a5ff8b3d3014", mention("Maria Zakharova", "Foreign Ministry spokeswoman")),
    ("004_24a459861bad1e6c", mention("Zakharova")),
    ("004_24a459861bad1e6c", mention("Maria Zakharova", "Russian ministry spokeswoman")),
    ("000_8d85a5ff8b3d3014", mention("Lim Eul-chul", "professor at Kyungnam University")),
    ("000_8d85a5ff8b3d3014", mention("Sergei Lavrov", "Russian Foreign Minister")),
    ("004_24a459861bad1e6c", mention("Sergei Lavrov", "Russian Foreign Minister")),
    ("004_24a459861bad1e6c", mention("Dmitry Peskov", "Kremlin spokesman")),
]


def test_one_person_per_real_person():
    people = {p.id: p for p in merge_people(SAMPLE)}
    assert sorted(people) == ["p-dmitry-peskov", "p-lim-eul-chul", "p-maria-zakharova", "p-sergei-lavrov"]
    zakharova = people["p-maria-zakharova"]
    assert zakharova.name == "Maria Zakharova"
    assert zakharova.sources == ("000_8d85a5ff8b3d3014", "004_24a459861bad1e6c")
    assert zakharova.aliases == ("Zakharova",)
    assert zakharova.role in {"Foreign Ministry spokeswoman", "Russian ministry spokeswoman"}
    assert people["p-sergei-lavrov"].role == "Russian Foreign Minister"


@pytest.mark.parametrize(
    "mentions, expected",
    [
        # The role most sources give wins.
        ([("a", mention("Joe Biden", "Vice President")), ("b", mention("Joe Biden", "former senator")),
          ("c", mention("Biden", "Vice President"))], [("Joe Biden", "Vice President")]),
        # A surname shared by two people joins neither.
        ([("a", mention("Hillary Clinton")), ("a", mention("Bill Clinton")), ("b", mention("Clinton"))],
         [("Bill Clinton", None), ("Clinton", None), ("Hillary Clinton", None)]),
        # Different people stay apart.
        ([("a", mention("Kim Jong Un")), ("b", mention("Moon Jae-in"))],
         [("Kim Jong Un", None), ("Moon Jae-in", None)]),
        ([], []),
    ],
)
def test_merge(mentions, expected):
    assert sorted((p.name, p.role) for p in merge_people(mentions)) == expected


@pytest.mark.parametrize(
    "speaker, expected",
    [
        ("Zakharova", "p-maria-zakharova"),
        ("Maria Zakharova", "p-maria-zakharova"),
        ("Mr. Peskov", "p-dmitry-peskov"),
        ("Eul-chul", "p-lim-eul-chul"),
        ("the Kremlin", None),
        ("Korean Central News Agency", None),
        ("", None),
    ],
)
def test_resolve_speaker(speaker, expected):
    person = resolve_speaker(speaker, merge_people(SAMPLE))
    assert (person.id if person else None) == expected


def test_ids_are_unique_and_ascii():
    people = merge_people([("a", mention("José Núñez")), ("b", mention("Jose Nunez Jr"))])
    assert len({p.id for p in people}) == len(people)
    assert slug("José Núñez") == "jose-nunez"
    assert all(isinstance(p, Person) for p in people)
