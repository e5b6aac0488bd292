"""Discrepancies: the same quantity or happening given differently by different sources."""

from __future__ import annotations

import pytest

from generator.merge.discrepancies import find_discrepancies
from generator.model import Event
from tests.merge.test_facts import fact


def event(text: str, start: str, timex: str, sentence: str, end: str | None = None) -> Event:
    return Event(text, 0, len(text), start, end, False, timex, sentence)


@pytest.mark.parametrize(
    "a, b, versions",
    [
        ("Around 600 North Korean soldiers have been killed fighting for Russia, Seoul said.",
         "About 500 North Korean soldiers have been killed fighting for Russia, Seoul said.",
         ["600", "500"]),
        ("The Senate approved a $150 billion programme for roads and bridges.",
         "The Senate approved a $120 billion programme for roads and bridges.",
         ["$150 billion", "$120 billion"]),
        # Figures that agree, or other facts with other figures: nothing to flag.
        ("Around 600 North Korean soldiers have been killed fighting for Russia, Seoul said.",
         "About 600 North Korean soldiers have been killed fighting for Russia, Seoul said.", None),
        ("Around 600 North Korean soldiers have been killed fighting for Russia, Seoul said.",
         "The ministry will spend $4.5 billion on new roads.", None),
    ],
)
def test_figures_the_sources_give_differently(a, b, versions):
    found = find_discrepancies([("a", fact(a, "s-a")), ("b", fact(b, "s-b"))], [])
    if versions is None:
        assert found == ()
    else:
        (d,) = found
        assert d.kind == "figure" and [v.value for v in d.versions] == versions
        assert [v.sources for v in d.versions] == [("a",), ("b",)]
        assert d.sources == ("a", "b") and d.id.startswith("d-")


def test_every_source_of_a_version_is_listed():
    said = "Around 600 North Korean soldiers have been killed fighting for Russia, Seoul said."
    found = find_discrepancies([
        ("a", fact(said, "s-a")), ("b", fact(said, "s-b")),
        ("c", fact("About 500 North Korean soldiers have been killed fighting for Russia, Seoul said.", "s-c")),
    ], [])
    (d,) = found
    assert [(v.value, v.sources, [x.sentence for x in v.anchors]) for v in d.versions] == [
        ("600", ("a", "b"), ["s-a", "s-b"]), ("500", ("c",), ["s-c"])]


@pytest.mark.parametrize(
    "b, flagged",
    [
        (event("Lavrov will visit Pyongyang on July 12", "2025-07-12", "July 12", "s-b"), True),
        (event("Lavrov will visit Pyongyang in July", "2025-07", "July", "s-b"), False),  # less precise, fits
        (event("Lavrov will visit Pyongyang on July 11", "2025-07-11", "July 11", "s-b"), False),
        (event("Shoigu met Kim Jong Un on July 12", "2025-07-12", "July 12", "s-b"), False),  # another happening
    ],
)
def test_the_same_happening_dated_differently(b, flagged):
    a = event("Lavrov will visit Pyongyang on July 11", "2025-07-11", "July 11", "s-a")
    found = find_discrepancies([], [("a", a), ("b", b)])
    assert bool(found) is flagged
    if flagged:
        assert found[0].kind == "date" and [v.value for v in found[0].versions] == ["2025-07-11", "2025-07-12"]


def test_one_source_saying_two_things_is_no_discrepancy():
    a = event("Lavrov will visit Pyongyang on July 11", "2025-07-11", "July 11", "s-a")
    b = event("Lavrov will visit Pyongyang on July 12", "2025-07-12", "July 12", "s-b")
    assert find_discrepancies([], [("a", a), ("a", b)]) == ()
