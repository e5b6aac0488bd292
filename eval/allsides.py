"""The AllSides roundups (../shared/data/allsides/), read for `make eval-stories` and `make eval-summary`.

Each line of the JSON-lines file is one story: a date, a human roundup and the
excerpts of 2 or 3 outlets (`news: {left|center|right: {newsTitle, newBody}}`).
Articles are written as seed files the way a newsroom would drop them into
`seeds/`: `date YYYY-MM-DD Title`, a blank line, then the paragraphs joined by
blank lines. File names are hashes of the article's link, so nothing in a name
tells which story it belongs to. The data is read by path, never copied into
the project.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "allsides"
SIDES = ("left", "center", "right")


@dataclass(frozen=True)
class Piece:
    """One outlet's article of a story."""

    name: str  # the seed file's name
    outlet: str
    title: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Story:
    id: str
    date: str  # YYYY-MM-DD
    issue: str  # AllSides' headline for the story
    roundup: str  # the roundup's first paragraph: the reference summary
    pieces: tuple[Piece, ...]

    @property
    def split(self) -> str:
        """A fixed half of the stories for tuning ('dev'), the other half to check on ('test')."""
        return "dev" if int(hashlib.sha1(self.id.encode()).hexdigest(), 16) % 2 == 0 else "test"


def data_files() -> list[Path]:
    return sorted(DATA.glob("*.jsonl")) if DATA.is_dir() else []


def load_stories() -> list[Story]:
    """Every story with at least one article, in file order."""
    stories = []
    for path in data_files():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                story = _story(json.loads(line))
                if story.pieces:
                    stories.append(story)
    return stories


def _story(record: dict) -> Story:
    pieces = []
    for side in SIDES:
        news = record.get("news", {}).get(side)
        if not news or not news.get("newBody"):
            continue
        paragraphs = tuple(" ".join(p.split()) for p in news["newBody"] if p.strip())
        name = hashlib.sha1((news.get("newsLink") or f"{record['id']}-{side}").encode()).hexdigest()[:12]
        pieces.append(Piece(f"{name}.txt", news.get("newsSource", ""), " ".join(news["newsTitle"].split()),
                            paragraphs))
    roundup = " ".join((record.get("roundup") or [""])[0].split())
    return Story(str(record["id"]), record["date"][:10], record.get("issue", ""), roundup, tuple(pieces))


def seed_text(story: Story, piece: Piece) -> str:
    """The seed file: the header line, a blank line, the paragraphs joined by blank lines."""
    return f"date {story.date} {piece.title}\n\n" + "\n\n".join(piece.paragraphs) + "\n"


def write_seeds(stories: list[Story], folder: Path) -> dict[str, str]:
    """Every article as a seed file in `folder`; returns file name -> story id."""
    folder.mkdir(parents=True, exist_ok=True)
    truth = {}
    for story in stories:
        for piece in story.pieces:
            path = folder / piece.name
            text = seed_text(story, piece)
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                path.write_text(text, encoding="utf-8")
            truth[piece.name] = story.id
    return truth
