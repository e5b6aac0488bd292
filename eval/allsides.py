"""The AllSides roundups (../shared/data/allsides/) as stories, and as briefings to build.

Each story is one event told by two or three outlets (left, centre, right),
each an excerpt of about 570 characters, with the human roundup AllSides wrote.
`write_project` lays stories out as a project of our own (seeds with a
`date YYYY-MM-DD Title` header line, and one annotation per story naming each
source's outlet), so the real build runs on them; `write_seeds` writes only
the seeds, under names that do not tell the story, for grouping them. Which
stories tune and which judge is fixed by the story's id (`held_out`), never
by looking at them.

The data is read by path, never copied into the repository.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "allsides" / "clusters-2021-04-to-07.jsonl"
SIDES = ("left", "center", "right")


@dataclass(frozen=True)
class Report:
    side: str  # left, center or right
    outlet: str
    title: str
    paragraphs: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class Story:
    id: int
    issue: str
    date: str  # YYYY-MM-DD
    reports: tuple[Report, ...]
    roundup: str = ""  # the first paragraph of AllSides' own summary: the reference summary

    @property
    def held_out(self) -> bool:
        """One story in three judges the tuning of the others."""
        return self.id % 3 == 0


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def read_stories(path: Path = DATA) -> list[Story]:
    """Every story with at least two outlets, in id order."""
    stories = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        reports = tuple(
            Report(side, _clean(news["newsSource"]), _clean(news["newsTitle"]),
                   tuple(p for p in (_clean(x) for x in news["newBody"]) if p))
            for side in SIDES if (news := row["news"].get(side)) and news.get("newBody")
        )
        if len(reports) >= 2:
            roundup = _clean((row.get("roundup") or [""])[0])
            stories.append(Story(int(row["id"]), _clean(row["issue"]), row["date"][:10], reports, roundup))
    return sorted(stories, key=lambda s: s.id)


def seed_name(story: Story, report: Report) -> str:
    return f"s{story.id}-{report.side}"


def anonymous_name(story: Story, report: Report) -> str:
    """A file name that does not tell which story the article belongs to."""
    return hashlib.sha1(f"{story.id}-{report.side}".encode()).hexdigest()[:12]


def seed_text(story: Story, report: Report) -> str:
    """The seed file: the header line, a blank line, the paragraphs joined by blank lines."""
    return f"date {story.date} {report.title}\n\n" + report.text + "\n"


def write_seeds(stories: list[Story], folder: Path) -> dict[str, Story]:
    """Every article as a seed file in `folder`, anonymously named; file name -> its story."""
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for story in stories:
        for report in story.reports:
            name = f"{anonymous_name(story, report)}.txt"
            (folder / name).write_text(seed_text(story, report), encoding="utf-8")
            written[name] = story
    return written


def write_project(stories: list[Story], root: Path) -> None:
    """Seeds and annotations for `stories` under `root` (a project folder)."""
    (root / "seeds").mkdir(parents=True, exist_ok=True)
    (root / "briefings").mkdir(parents=True, exist_ok=True)
    for story in stories:
        sources = []
        for report in story.reports:
            name = seed_name(story, report)
            (root / "seeds" / f"{name}.txt").write_text(seed_text(story, report), encoding="utf-8")
            sources.append(f"  - path: seeds/{name}.txt\n    outlet: {json.dumps(report.outlet)}\n")
        (root / "briefings" / f"story-{story.id}.yml").write_text(
            f"title: {json.dumps(story.issue)}\ndate: {story.date}\nsources:\n" + "".join(sources),
            encoding="utf-8")
