"""Applying editors' edits to a briefing built by hand (as merge would make it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from generator.edits import added_id, apply_edits, key_facts
from generator.errors import BriefingError
from generator.model import (
    Anchor, Briefing, BriefingFact, BriefingQuote, BriefingSource, Discrepancy, Person, TimelineEntry,
    Version,
)
from generator.annotation.load import load_annotation

SOURCE = "004_lavrov"


def quote(item_id: str, text: str, speaker: str | None, role: str | None = None) -> BriefingQuote:
    return BriefingQuote(id=item_id, text=text, speaker=speaker, speaker_role=role,
                         sources=(SOURCE,), anchors=(Anchor(SOURCE, "s-1"),))


def entry(item_id: str, start: str, text: str, end: str | None = None) -> TimelineEntry:
    return TimelineEntry(id=item_id, start=start, end=end, text=text, sources=(SOURCE,),
                         anchors=(Anchor(SOURCE, "s-2"),))


BRIEFING = Briefing(
    slug="lavrov-visit", title="Lavrov to visit North Korea", date=dt.date(2025, 7, 9),
    summary="", why_it_matters=None, tags=(), status="published",
    sources=(BriefingSource(SOURCE, f"seeds/{SOURCE}.txt", "Lavrov to visit", None,
                            dt.date(2025, 7, 9), None, False),),
    facts=(BriefingFact(id="f-aaaaaa", text="About 600 North Korean soldiers were killed.", sources=(SOURCE,)),
           BriefingFact(id="f-bbbbbb", text="Russia launched 728 drones.", sources=(SOURCE,))),
    quotes=(quote("q-111111", "will visit the DPRK on July 11-13", "Maria Zakharova", "spokeswoman"),
            quote("q-222222", "Our troops will continue", "Lim Eul-chul"),
            quote("q-333333", "a fruitful visit", None)),
    timeline=(entry("t-2022aa", "2022", "Russia invades Ukraine"),
              entry("t-2025bb", "2025-06", "Shoigu visits Pyongyang"),
              entry("t-2025cc", "2025-07-11", "Lavrov visits", end="2025-07-13")),
    people=(Person(id="p-lavrov", name="Sergei Lavrov", role="Foreign Minister", sources=(SOURCE,)),
            Person(id="p-lim", name="Lim Eul-chul", role=None, sources=(SOURCE,))),
)

HEAD = "title: T\ndate: 2025-07-09\nsources:\n  - path: seeds/004_lavrov.txt\n"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "briefings").mkdir()
    (tmp_path / "seeds" / f"{SOURCE}.txt").write_text("Lavrov will visit.\n", encoding="utf-8")
    return tmp_path


def edited(root: Path, yaml: str) -> Briefing:
    path = root / "briefings" / "lavrov-visit.yaml"
    path.write_text(HEAD + yaml, encoding="utf-8")
    return apply_edits(BRIEFING, load_annotation(path, root))


def ids(items) -> list[str]:
    return [item.id for item in items]


def test_no_edits_change_nothing(root: Path) -> None:
    assert edited(root, "") == BRIEFING


def test_hide(root: Path) -> None:
    b = edited(root, "quotes:\n  hide: [q-222222]\npeople:\n  hide: [p-lim]\n")
    assert ids(b.quotes) == ["q-111111", "q-333333"]
    assert ids(b.people) == ["p-lavrov"]
    assert b.facts == BRIEFING.facts


def test_correct_sets_fields_and_flag(root: Path) -> None:
    b = edited(root, "quotes:\n  correct:\n    q-333333: {speaker: Dmitry Peskov, "
                     "speaker_role: Kremlin spokesman}\n    q-111111: {speaker_role: ''}\n")
    third = b.quotes[2]
    assert (third.speaker, third.speaker_role, third.corrected) == ("Dmitry Peskov", "Kremlin spokesman", True)
    assert (b.quotes[0].speaker, b.quotes[0].speaker_role) == ("Maria Zakharova", None)
    assert not b.quotes[1].corrected


def test_note_alone_is_not_a_correction(root: Path) -> None:
    b = edited(root, "facts:\n  correct:\n    f-bbbbbb: {note: Kyiv's figure.}\n")
    assert (b.facts[1].note, b.facts[1].corrected) == ("Kyiv's figure.", False)


def test_corrected_date_moves_entry_in_the_timeline(root: Path) -> None:
    b = edited(root, "timeline:\n  correct:\n    t-2022aa: {start: 2025-06-17, text: Shoigu visits again}\n")
    assert ids(b.timeline) == ["t-2025bb", "t-2022aa", "t-2025cc"]
    assert (b.timeline[1].start, b.timeline[1].corrected) == ("2025-06-17", True)


def test_order_pins_first_rest_keep_theirs(root: Path) -> None:
    b = edited(root, "facts:\n  order: [f-bbbbbb]\nquotes:\n  order: [q-333333, q-111111]\n")
    assert ids(b.facts) == ["f-bbbbbb", "f-aaaaaa"]
    assert ids(b.quotes) == ["q-333333", "q-111111", "q-222222"]


def test_additions_flagged_with_note_and_stable_ids(root: Path) -> None:
    yaml = ("timeline:\n  add:\n    - {start: 2024-06-19, text: Putin and Kim sign a pact, "
            "note: From our archive.}\nquotes:\n  add:\n    - {text: We welcome him, speaker: Kim Jong Un}\n"
            "people:\n  add:\n    - {name: Kim Jong Un, role: North Korean leader}\n"
            "facts:\n  add:\n    - {text: The pact was signed in June 2024., sources: [004_lavrov]}\n")
    b = edited(root, yaml)
    added = b.timeline[1]
    assert ids(b.timeline) == ["t-2022aa", added_id("te", "2024-06-19", None, "Putin and Kim sign a pact"),
                               "t-2025bb", "t-2025cc"]
    assert (added.added_by_editors, added.note, added.upcoming) == (True, "From our archive.", False)
    assert b.quotes[-1].id.startswith("qe-") and b.quotes[-1].added_by_editors
    assert (b.people[-1].name, b.people[-1].role) == ("Kim Jong Un", "North Korean leader")
    assert b.facts[-1].sources == ("004_lavrov",) and b.facts[-1].id.startswith("fe-")
    assert edited(root, yaml) == b  # the same words give the same ids


def test_added_id_ignores_case_and_punctuation_only() -> None:
    assert added_id("qe", "We welcome him!") == added_id("qe", "we welcome  him")
    assert added_id("qe", "We welcome him") != added_id("qe", "We welcome her")


def test_added_entry_after_the_briefing_is_upcoming(root: Path) -> None:
    b = edited(root, "timeline:\n  add:\n    - {start: 2025-08, text: A return visit}\n")
    assert b.timeline[-1].upcoming


def test_same_addition_twice_gets_numbered_ids(root: Path) -> None:
    b = edited(root, "facts:\n  add:\n    - {text: Same.}\n    - {text: Same.}\n")
    assert ids(b.facts)[2:] == [added_id("fe", "Same."), added_id("fe", "Same.") + "-2"]


def test_pinning_an_added_item(root: Path) -> None:
    qe = added_id("qe", "We welcome him")
    b = edited(root, f"quotes:\n  order: [{qe}]\n  add:\n    - {{text: We welcome him, speaker: Kim}}\n")
    assert ids(b.quotes)[0] == qe


UNKNOWN_IDS = [
    pytest.param("quotes:\n  hide: [q-111112]\n",
                 ["6:10: quotes.hide[0]: no quote 'q-111112'; did you mean 'q-111111'?"], id="hide"),
    pytest.param("facts:\n  order: [f-bbbbbb, zzz]\n",
                 ["6:21: facts.order[1]: no fact 'zzz'"], id="order-no-suggestion"),
    pytest.param("timeline:\n  correct:\n    t-2025c: {text: x}\n",
                 ["7:5: timeline.correct.t-2025c: no timeline entry 't-2025c'; did you mean 't-2025cc'?"],
                 id="correct"),
    pytest.param("people:\n  hide: [q-111111]\n",
                 ["6:10: people.hide[0]: no person 'q-111111'"], id="id-of-another-section"),
    pytest.param("quotes:\n  correct:\n    q-111111: {text: ''}\n",
                 ["7:16: quotes.correct.q-111111.text: cannot be empty; hide the item instead"],
                 id="empty-text"),
    pytest.param("quotes:\n  hide: [q-11111]\npeople:\n  hide: [p-lavrob]\n",
                 ["6:10: quotes.hide[0]: no quote 'q-11111'; did you mean 'q-111111'?",
                  "8:10: people.hide[0]: no person 'p-lavrob'; did you mean 'p-lavrov'?"],
                 id="all-at-once"),
]


@pytest.mark.parametrize("yaml, expected", UNKNOWN_IDS)
def test_unknown_ids_name_the_line(root: Path, yaml: str, expected: list[str]) -> None:
    with pytest.raises(BriefingError) as caught:
        edited(root, yaml)
    assert [str(p) for p in caught.value.problems] == [
        f"briefings/lavrov-visit.yaml:{e}" for e in expected]


def test_a_corrected_date_is_no_longer_after(root: Path) -> None:
    """An entry the text dated only "in the coming weeks" gets the editor's date as its date."""
    vague = TimelineEntry(id="t-2025dd", start="2025-07-09", end=None, text="Builders are sent",
                          sources=(SOURCE,), upcoming=True, date_mod="AFTER")
    path = root / "briefings" / "lavrov-visit.yaml"
    path.write_text(HEAD + "timeline:\n  correct:\n    t-2025dd: {start: 2025-08-01}\n", encoding="utf-8")
    b = apply_edits(replace(BRIEFING, timeline=BRIEFING.timeline + (vague,)), load_annotation(path, root))
    fixed = next(t for t in b.timeline if t.id == "t-2025dd")
    assert (fixed.start, fixed.date_mod, fixed.upcoming, fixed.corrected) == ("2025-08-01", None, True, True)
    assert ids(b.timeline)[-1] == "t-2025dd"


# --------------------------------------------------------------------------
# key facts and discrepancies
# --------------------------------------------------------------------------


def many_facts(n: int) -> tuple[BriefingFact, ...]:
    return tuple(BriefingFact(id=f"f-{i:06d}", text=f"Fact {i}.", sources=(SOURCE,)) for i in range(n))


def test_key_facts_are_capped_but_pinned_and_added_ones_stay(root: Path) -> None:
    path = root / "briefings" / "lavrov-visit.yaml"
    path.write_text(HEAD + "facts:\n  order: [f-000010]\n  add:\n    - {text: Ours.}\n", encoding="utf-8")
    b = apply_edits(replace(BRIEFING, facts=many_facts(11)), load_annotation(path, root))
    assert ids(b.facts) == ["f-000010", *(f"f-{i:06d}" for i in range(6)), added_id("fe", "Ours.")]
    assert ids(b.more_facts) == [f"f-{i:06d}" for i in range(6, 10)]
    assert key_facts(many_facts(3), ()) == (many_facts(3), ())


@pytest.mark.parametrize(
    "sources, outlets", [("[004_lavrov]", 1), ("[]", 0)],
)
def test_an_editors_fact_counts_the_outlets_it_names(root: Path, sources: str, outlets: int) -> None:
    b = edited(root, f"facts:\n  add:\n    - {{text: Ours., sources: {sources}}}\n")
    assert b.facts[-1].corroboration == outlets


DISCREPANCY = Discrepancy(
    id="d-123456", kind="figure", sources=(SOURCE, "000_other"),
    versions=(Version("600", "Around 600 were killed.", (SOURCE,), (Anchor(SOURCE, "s-1"),)),
              Version("about 500", "About 500 were killed.", ("000_other",), (Anchor("000_other", "s-9"),))),
)


def with_discrepancy(root: Path, yaml: str) -> Briefing:
    path = root / "briefings" / "lavrov-visit.yaml"
    path.write_text(HEAD + yaml, encoding="utf-8")
    return apply_edits(replace(BRIEFING, discrepancies=(DISCREPANCY,)), load_annotation(path, root))


def test_editors_resolve_or_hide_a_discrepancy(root: Path) -> None:
    assert with_discrepancy(root, "").discrepancies == (DISCREPANCY,)
    (resolved,) = with_discrepancy(root, "discrepancies:\n  resolve:\n    d-123456: "
                                         "{use: '600', note: Seoul's later count.}\n").discrepancies
    assert (resolved.resolution, resolved.note, resolved.corrected) == ("600", "Seoul's later count.", True)
    (noted,) = with_discrepancy(root, "discrepancies:\n  resolve:\n    d-123456: {note: Both are estimates.}\n").discrepancies
    assert (noted.resolution, noted.note, noted.corrected) == (None, "Both are estimates.", False)
    assert with_discrepancy(root, "discrepancies:\n  hide: [d-123456]\n").discrepancies == ()


@pytest.mark.parametrize(
    "yaml, expected",
    [
        ("discrepancies:\n  hide: [d-123457]\n",
         ["6:10: discrepancies.hide[0]: no discrepancy 'd-123457'; did you mean 'd-123456'?"]),
        ("discrepancies:\n  resolve:\n    d-123456: {use: '700'}\n",
         ["7:16: discrepancies.resolve.d-123456.use: '700' is none of this discrepancy's versions; "
          "use one of '600', 'about 500'"]),
        ("discrepancies:\n  resolve:\n    d-999999: {use: '600'}\n",
         ["7:5: discrepancies.resolve.d-999999: no discrepancy 'd-999999'"]),
        ("discrepancies:\n  resolve:\n    d-123456: {}\n",
         ["7:5: discrepancies.resolve.d-123456: give at least one of use, note"]),
    ],
)
def test_mistakes_in_resolving_name_the_line(root: Path, yaml: str, expected: list[str]) -> None:
    with pytest.raises(BriefingError) as caught:
        with_discrepancy(root, yaml)
    assert [str(p) for p in caught.value.problems] == [f"briefings/lavrov-visit.yaml:{e}" for e in expected]
