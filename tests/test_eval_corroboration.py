"""The pieces of `make eval-corroboration` that do not need ../shared: scoring, the
previous rule it is compared with, and AllSides stories laid out as a project that builds."""

from __future__ import annotations

import json

from eval.allsides import Report, Story, write_project
from eval.corroboration import Counts, previous_rule
from generator.builder import generate
from generator.paths import Project


def test_precision_and_recall_of_merging():
    counts = Counts()
    for predicted, gold in [(True, True), (True, False), (False, True), (False, True), (False, False)]:
        counts.add(predicted, gold)
    assert counts.line() == "precision 0.500  recall 0.333  (merged 1 of 3 same, 1 of 2 different)"


def test_the_previous_rule_needs_the_same_figures_and_words():
    assert previous_rule("Around 600 soldiers were killed, Seoul said.", "Around 600 soldiers were killed.")
    assert not previous_rule("Around 600 soldiers were killed.", "Around 700 soldiers were killed.")
    assert not previous_rule("Senators passed the bill.", "The Senate approved the legislation.")


def test_stories_become_briefings_with_their_outlets(tmp_path):
    story = Story(5818, "DeSantis bars school mask mandates", "2021-07-31", (
        Report("left", "NBC News (Online)", "DeSantis says parents should decide",
               ("Florida Gov. Ron DeSantis on Friday barred local school districts from requiring students "
                "to wear masks.",)),
        Report("right", "The Post Millennial", "DeSantis to prohibit schools from forcing masks",
               ("Florida Gov. Ron DeSantis signed an executive order Friday that prohibits schools in the "
                "state from requiring students to wear face masks.", "He spoke at a restaurant...")),
    ))
    write_project([story], tmp_path)
    assert (tmp_path / "seeds" / "s5818-left.txt").read_text().startswith(
        "date 2021-07-31 DeSantis says parents should decide\n\nFlorida Gov.")
    _, files = generate(Project(tmp_path))
    briefing = json.loads(files["api/briefings/story-5818.json"])
    assert [s["outlet"] for s in briefing["sources"]] == ["NBC News (Online)", "The Post Millennial"]
    assert briefing["facts"][0]["corroboration"] == 2
    assert briefing["coverage"]["outlets"] == 2
