"""Editors' commands: new, check, show, hide, fix (library functions and click commands).

The pipeline is replaced by a loader that returns a briefing built by hand,
so these tests check the editor's side only; tests/test_editor_pipeline.py
runs the same commands through the real build.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.annotation.load import load_annotation
from generator.cli import editors
from generator.edits import apply_edits
from generator.errors import BriefingError
from generator.model import Annotation, Briefing, BriefingSource, TimelineEntry
from generator.paths import Project
from generator.render.terminal import item_line
from tests.edits.test_edits import BRIEFING

ARTICLE = "date 2025-07-09 Russian FM Lavrov to visit North Korea this weekend\n\nMOSCOW\n\nLavrov will visit.\n"
UNDATED = "Lavrov will visit North Korea this weekend.\n"

ANNOTATION = """\
# yaml-language-server: $schema=../generator/briefing.schema.json
# The editors' notes on this story: keep this comment.
title: Lavrov to visit North Korea
date: 2025-07-09   # the day Zakharova spoke
sources:
  - path: seeds/004_lavrov.txt
quotes:
  # q-111111 is Zakharova
  hide: [q-222222]
  correct: {}  # fix speakers here
"""


def fake_loader(annotation: Annotation) -> Briefing:
    """What merge would give for these sources: the hand-built briefing, re-sourced."""
    sources = tuple(
        BriefingSource(Path(s.path).stem, s.path, None if "undated" in s.path else "Lavrov to visit",
                       None, None if "undated" in s.path else dt.date(2025, 7, 9), None,
                       "undated" in s.path)
        for s in annotation.sources)
    return dataclasses.replace(BRIEFING, slug=annotation.slug, title=annotation.title,
                               date=annotation.date, sources=sources, status=annotation.status)


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "briefings").mkdir()
    (tmp_path / "seeds" / "004_lavrov.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "seeds" / "000_undated.txt").write_text(UNDATED, encoding="utf-8")
    (tmp_path / "briefings" / "lavrov-visit.yaml").write_text(ANNOTATION, encoding="utf-8")
    monkeypatch.setattr(editors, "merged_loader", lambda root: fake_loader)
    monkeypatch.setattr(editors, "published_loader",
                        lambda root: lambda a: apply_edits(fake_loader(a), a))
    return tmp_path


def write(root: Path, name: str, text: str) -> None:
    (root / "briefings" / name).write_text(text, encoding="utf-8")


def messages(root: Path) -> list[str]:
    return [str(p) for p in editors.check_project(Project(root))]


# --------------------------------------------------------------------------
# check
# --------------------------------------------------------------------------


def test_check_clean_project_finds_nothing(root: Path) -> None:
    assert messages(root) == []


def test_check_a_draft_is_no_problem(root: Path) -> None:
    write(root, "lavrov-visit.yaml", ANNOTATION + "status: draft\n")
    assert messages(root) == []


def test_check_unknown_id_with_line_and_suggestion(root: Path) -> None:
    write(root, "lavrov-visit.yaml", ANNOTATION.replace("[q-222222]", "[q-22222]"))
    assert messages(root) == [
        "briefings/lavrov-visit.yaml:9:10: quotes.hide[0]: no quote 'q-22222'; did you mean 'q-222222'?"]


def test_check_duplicate_slug(root: Path) -> None:
    write(root, "second.yaml", ANNOTATION.replace("title:", "slug: lavrov-visit\ntitle:"))
    assert messages(root) == [
        "briefings/second.yaml:3:1: slug 'lavrov-visit' is already used by "
        "briefings/lavrov-visit.yaml; give this briefing another slug"]


def test_check_lists_every_problem_of_every_file(root: Path) -> None:
    write(root, "a-broken.yaml", "title: [x\n")
    write(root, "b-typo.yaml", ANNOTATION.replace("sources:", "source:"))
    write(root, "c-missing.yaml", ANNOTATION.replace("004_lavrov", "005_lavrov"))
    assert messages(root) == [
        "briefings/a-broken.yaml:2:1: YAML syntax error: expected ',' or ']', but got '<stream end>'",
        "briefings/b-typo.yaml:1:1: missing required key 'sources'",
        "briefings/b-typo.yaml:5:1: unknown key 'source'; did you mean 'sources'?",
        "briefings/c-missing.yaml:6:5: sources[0].path: 'seeds/005_lavrov.txt' does not exist; "
        "did you mean 'seeds/004_lavrov.txt'?",
    ]


def test_check_without_briefings_folder(tmp_path: Path) -> None:
    assert [str(p) for p in editors.check_project(Project(tmp_path))] == [
        "briefings: no briefings/ folder here; run the command in the project folder or give --project"]


# --------------------------------------------------------------------------
# new
# --------------------------------------------------------------------------


def test_new_writes_a_valid_starter_listing_ids(root: Path) -> None:
    path = editors.new_annotation(Project(root), [Path("seeds/004_lavrov.txt"), Path("seeds/000_undated.txt")])
    assert path == root / "briefings" / "lavrov-to-visit.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../generator/briefing.schema.json\n")
    for item in (*BRIEFING.facts, *BRIEFING.quotes, *BRIEFING.timeline, *BRIEFING.people):
        assert f"#   {item.id}" in text
    assert "    # date: 2025-07-09  (the article has no date: it takes the briefing's)" in text
    annotation = load_annotation(path, root)
    assert (annotation.title, annotation.date, annotation.status) == (
        "Lavrov to visit", dt.date(2025, 7, 9), "draft")
    assert [s.path for s in annotation.sources] == ["seeds/004_lavrov.txt", "seeds/000_undated.txt"]


def test_new_never_overwrites(root: Path) -> None:
    with pytest.raises(BriefingError) as caught:
        editors.new_annotation(Project(root), [Path("seeds/004_lavrov.txt")], slug="lavrov-visit")
    assert str(caught.value) == (
        "briefings/lavrov-visit.yaml: already exists; edit it, or choose another name with --slug")
    assert (root / "briefings" / "lavrov-visit.yaml").read_text(encoding="utf-8") == ANNOTATION


@pytest.mark.parametrize("article, expected", [
    ("seeds/nope.txt", "seeds/nope.txt: does not exist"),
    ("../outside.txt", "../outside.txt: is outside the project; articles must be in it"),
])
def test_new_refuses_bad_articles(root: Path, article: str, expected: str) -> None:
    with pytest.raises(BriefingError) as caught:
        editors.new_annotation(Project(root), [Path(article)])
    assert str(caught.value) == expected


@pytest.mark.parametrize("title, slug", [
    ("Russian FM Lavrov to visit North Korea this weekend", "russian-fm-lavrov-to-visit-north"),
    ("Kim’s “big” day!", "kim-s-big-day"),
    ("…", "briefing-2025-07-09"),
])
def test_slug_from_title(title: str, slug: str) -> None:
    assert editors.slug_from(title, dt.date(2025, 7, 9)) == slug


# --------------------------------------------------------------------------
# show
# --------------------------------------------------------------------------


def test_show_has_ids_sections_and_what_editors_did(root: Path) -> None:
    write(root, "lavrov-visit.yaml", ANNOTATION.replace(
        "correct: {}", "correct: {q-333333: {speaker: Dmitry Peskov}}"))
    text = editors.show_briefing(Project(root), "lavrov-visit")
    assert text.startswith("Lavrov to visit North Korea\n")
    for heading in ("Key facts", "What they said", "Timeline", "People", "Sources"):
        assert f"\n{heading}\n" in text
    assert "  q-333333  “a fruitful visit” — Dmitry Peskov\n" in text
    assert "[corrected by the editors; sources: 004_lavrov]" in text
    assert "q-222222  “" not in text  # hidden
    assert "Hidden by the editors\n  quotes: q-222222\n" in text
    assert "2025-07-11 – 2025-07-13  Lavrov visits" in text


def test_show_unknown_slug(root: Path) -> None:
    with pytest.raises(BriefingError) as caught:
        editors.show_briefing(Project(root), "lavrov-vist")
    assert str(caught.value) == "briefings: no briefing with slug 'lavrov-vist'; did you mean 'lavrov-visit'?"


# --------------------------------------------------------------------------
# hide and fix write into the file, round trip
# --------------------------------------------------------------------------


def test_hide_appends_and_keeps_comments_and_layout(root: Path) -> None:
    assert editors.hide_item(Project(root), "lavrov-visit", "q-111111") == (
        "q-111111 hidden: added to quotes.hide in briefings/lavrov-visit.yaml")
    assert (root / "briefings" / "lavrov-visit.yaml").read_text(encoding="utf-8") == ANNOTATION.replace(
        "[q-222222]", "[q-222222, q-111111]")


def test_hide_in_a_section_not_yet_written(root: Path) -> None:
    editors.hide_item(Project(root), "lavrov-visit", "t-2022aa")
    assert (root / "briefings" / "lavrov-visit.yaml").read_text(encoding="utf-8") == (
        ANNOTATION + "timeline:\n  hide: [t-2022aa]\n")
    assert load_annotation(root / "briefings" / "lavrov-visit.yaml", root).timeline.hide == ("t-2022aa",)


def test_hide_twice_changes_nothing(root: Path) -> None:
    assert editors.hide_item(Project(root), "lavrov-visit", "q-222222") == (
        "q-222222 is already hidden in briefings/lavrov-visit.yaml")
    assert (root / "briefings" / "lavrov-visit.yaml").read_text(encoding="utf-8") == ANNOTATION


def test_hide_unknown_id(root: Path) -> None:
    with pytest.raises(BriefingError) as caught:
        editors.hide_item(Project(root), "lavrov-visit", "p-lavrow")
    assert str(caught.value) == ("briefings/lavrov-visit.yaml: no item 'p-lavrow' in briefing "
                                 "'lavrov-visit'; did you mean 'p-lavrov'?; `briefing show "
                                 "lavrov-visit` lists the ids")


def test_fix_writes_a_correction_keeping_comments(root: Path) -> None:
    editors.fix_item(Project(root), "lavrov-visit", "q-333333", {"speaker": "Dmitry Peskov",
                                                       "speaker_role": "Kremlin spokesman"})
    text = (root / "briefings" / "lavrov-visit.yaml").read_text(encoding="utf-8")
    assert "# The editors' notes on this story: keep this comment." in text
    assert "# the day Zakharova spoke" in text and "# q-111111 is Zakharova" in text
    assert "    q-333333: {speaker: Dmitry Peskov, speaker_role: Kremlin spokesman}\n" in text
    fixed = load_annotation(root / "briefings" / "lavrov-visit.yaml", root).quotes.correct
    assert fixed[0].speaker == "Dmitry Peskov"
    editors.fix_item(Project(root), "lavrov-visit", "q-333333", {"speaker": "Peskov"})
    text = (root / "briefings" / "lavrov-visit.yaml").read_text(encoding="utf-8")
    assert "    q-333333: {speaker: Peskov, speaker_role: Kremlin spokesman}\n" in text


def test_fix_refuses_a_field_the_section_lacks(root: Path) -> None:
    with pytest.raises(BriefingError) as caught:
        editors.fix_item(Project(root), "lavrov-visit", "t-2022aa", {"speaker": "Putin"})
    assert str(caught.value) == ("briefings/lavrov-visit.yaml: a timeline entry cannot be corrected "
                                 "with speaker; give one of start, end, text, note")


def test_fix_that_would_break_the_file_leaves_it_alone(root: Path) -> None:
    with pytest.raises(BriefingError) as caught:
        editors.fix_item(Project(root), "lavrov-visit", "t-2022aa", {"start": "last June"})
    assert str(caught.value) == ("briefings/lavrov-visit.yaml: --start: 'last June' is not a date; "
                                 "write it as YYYY, YYYY-MM or YYYY-MM-DD; nothing was changed")
    assert (root / "briefings" / "lavrov-visit.yaml").read_text(encoding="utf-8") == ANNOTATION
    assert sorted(p.name for p in (root / "briefings").iterdir()) == ["lavrov-visit.yaml"]


def test_round_trip_keeps_four_space_lists(root: Path) -> None:
    text = ANNOTATION.replace("sources:\n  - path", "sources:\n    - path")
    write(root, "lavrov-visit.yaml", text)
    editors.hide_item(Project(root), "lavrov-visit", "f-aaaaaa")
    assert (root / "briefings" / "lavrov-visit.yaml").read_text(encoding="utf-8").startswith(
        text.split("quotes:")[0])


# --------------------------------------------------------------------------
# the click commands
# --------------------------------------------------------------------------


def run(root: Path, command, *args: str):
    return CliRunner().invoke(command, [*args, "--project", str(root)])


def test_cli_check_ok(root: Path) -> None:
    result = run(root, editors.check_command)
    assert (result.exit_code, result.stdout) == (0, "All 1 briefing(s) are fine.\n")
    # The sample annotation names one of the two articles: the other is only a warning.
    assert result.stderr == UNNAMED_WARNING


UNNAMED_WARNING = ("Warning: seeds/000_undated.txt is in no annotation; "
                   "`briefing new --auto` drafts one for it.\n")


def test_cli_check_lists_problems_and_exits_1(root: Path) -> None:
    write(root, "lavrov-visit.yaml", ANNOTATION.replace("title:", "titel:"))
    result = run(root, editors.check_command)
    assert result.exit_code == 1
    assert result.output == UNNAMED_WARNING + (
        "Error: 2 problems:\n"
        "briefings/lavrov-visit.yaml:1:1: missing required key 'title'\n"
        "briefings/lavrov-visit.yaml:3:1: unknown key 'titel'; did you mean 'title'?\n")


def test_cli_new_refuses_to_overwrite(root: Path) -> None:
    result = run(root, editors.new_command, "seeds/004_lavrov.txt", "--slug", "lavrov-visit")
    assert result.exit_code == 1
    assert result.output == ("Error: 1 problem:\nbriefings/lavrov-visit.yaml: already exists; "
                             "edit it, or choose another name with --slug\n")


def test_cli_new_show_hide_fix(root: Path) -> None:
    result = run(root, editors.new_command, "seeds/004_lavrov.txt", "--slug", "starter")
    assert (result.exit_code, result.output) == (
        0, "Wrote briefings/starter.yaml (status: draft). Edit it, then run `briefing check`.\n")
    result = run(root, editors.hide_command, "starter", "f-bbbbbb")
    assert (result.exit_code, result.output) == (
        0, "f-bbbbbb hidden: added to facts.hide in briefings/starter.yaml\n")
    starter = (root / "briefings" / "starter.yaml").read_text(encoding="utf-8")
    assert "\n  hide: [f-bbbbbb] # ids to leave out\n" in starter
    result = run(root, editors.fix_command, "starter", "p-lim", "--role", "South Korean analyst")
    assert result.exit_code == 0, result.output
    result = run(root, editors.show_command, "starter")
    assert result.exit_code == 0
    assert "p-lim     Lim Eul-chul, South Korean analyst" in result.output
    assert "f-bbbbbb  " not in result.output
    assert editors.check_project(Project(root)) == []


def test_cli_show_unknown_slug_exits_1(root: Path) -> None:
    result = run(root, editors.show_command, "nope")
    assert (result.exit_code, result.output) == (
        1, "Error: 1 problem:\nbriefings: no briefing with slug 'nope'\n")


def test_show_says_after_for_a_future_without_a_date() -> None:
    entry = TimelineEntry(id="t-1", start="2025-07-09", end=None, text="Builders are sent",
                          upcoming=True, date_mod="AFTER")
    assert item_line(entry) == "after 2025-07-09  Builders are sent  (upcoming)"
