"""Projects for the site benchmark: the BBC corpus made into briefings, and a larger synthetic archive.

The BBC articles (../shared/data/bbc, read by path, never copied into git) have
no dates and repeat file names across their five sections, so each seed gets a
unique name (`business-001.txt`) and a date of its own, spread evenly over
months, written into the annotation. Every briefing cites its articles with
those fixed dates, so an article is extracted once whatever briefings cite it
(the extraction cache is keyed by path, text and reference date): the synthetic
archive reuses the same articles in other pairings and costs no new extraction.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "data" / "bbc"
FIRST_DAY = dt.date(2003, 1, 1)
sys.path.insert(0, str(ROOT))

from generator import paths  # noqa: E402


@dataclass(frozen=True)
class Seed:
    path: Path  # the BBC file
    name: str  # its unique name in seeds/
    section: str
    date: dt.date


def bbc_seeds(days: int) -> list[Seed]:
    """Every readable BBC article in a fixed order (section by section), dated over `days` days."""
    files = []
    for section in sorted(p for p in BBC.iterdir() if p.is_dir()):
        for rank, path in enumerate(sorted(section.glob("*.txt"))):
            try:
                path.read_text("utf-8")
            except UnicodeDecodeError:
                continue  # sport/199.txt is Latin-1: the reader refuses it, rightly
            files.append((rank / len(list(section.glob("*.txt"))), path))
    # Each section spreads over the whole period, so every month has every section.
    return [
        Seed(path, f"{path.parent.name}-{path.name}", path.parent.name,
             FIRST_DAY + dt.timedelta(days=int(share * days)))
        for share, path in files
    ]


@dataclass(frozen=True)
class Plan:
    """One briefing to write: the seeds it cites (by index), its date and tags."""

    seeds: tuple[int, ...]
    date: dt.date
    tags: tuple[str, ...]


def skeleton(folder: Path, mkdocs_yml: str | None = None) -> None:
    """A new project folder with this project's site configuration and hand-written
    pages (never the generated ones a `make site` here left in docs/), and empty
    seeds/ and briefings/."""
    folder.mkdir(parents=True)
    (folder / "mkdocs.yml").write_text(mkdocs_yml or (ROOT / "mkdocs.yml").read_text("utf-8"), encoding="utf-8")
    shutil.copytree(ROOT / "docs", folder / "docs", ignore=shutil.ignore_patterns(*paths.GENERATED))
    (folder / "overrides").symlink_to(ROOT / "overrides")
    (folder / "generator").symlink_to(ROOT / "generator")
    (folder / "seeds").mkdir()
    (folder / "briefings").mkdir()


def make_project(folder: Path, seeds: list[Seed], plans: list[Plan], cache: Path,
                 mkdocs_yml: str | None = None) -> Path:
    """A project with one briefing per plan; `cache` (extractions) is shared between projects."""
    if folder.exists():
        shutil.rmtree(folder)
    skeleton(folder, mkdocs_yml)
    cache.mkdir(parents=True, exist_ok=True)
    (folder / ".cache").mkdir()
    (folder / ".cache" / "extract").symlink_to(cache.resolve())
    used = sorted({i for plan in plans for i in plan.seeds})
    for i in used:
        shutil.copy(seeds[i].path, folder / "seeds" / seeds[i].name)
    for n, plan in enumerate(plans):
        cited = [seeds[i] for i in plan.seeds]
        sources = "".join(f"  - path: seeds/{s.name}\n    date: {s.date.isoformat()}\n" for s in cited)
        (folder / "briefings" / f"b{n:05d}.yml").write_text(
            f"title: {_title(cited[0])}\ndate: {plan.date.isoformat()}\ntags: [{', '.join(plan.tags)}]\n"
            f"sources:\n{sources}", encoding="utf-8")
    return folder


def _title(seed: Seed) -> str:
    headline = seed.path.read_text("utf-8").splitlines()[0].strip() or seed.name
    return '"' + headline.replace("\\", "").replace('"', "'") + '"'


def bbc_plans(seeds: list[Seed]) -> list[Plan]:
    """Neighbouring articles of one section two by two (1,111 briefings), dated by their later article."""
    plans, n = [], 0
    while n + 1 < len(seeds):
        a, b = seeds[n], seeds[n + 1]
        if a.section == b.section:
            plans.append(Plan((n, n + 1), max(a.date, b.date), (a.section,)))
            n += 2
        else:
            n += 1
    return plans


def synthetic_plans(seeds: list[Seed], count: int, days: int) -> list[Plan]:
    """`count` briefings over `days` days reusing the articles in other pairings, with 40 series
    as extra tags (a larger archive has more topics). The articles keep their own dates."""
    total, plans = len(seeds), []
    for n in range(count):
        first = n % total
        second = (first + 1 + (n // total) * 7 + (n * 13) % 97) % total
        tags = sorted({seeds[first].section, seeds[second].section, f"series-{n % 40:02d}"})
        plans.append(Plan((first, second), FIRST_DAY + dt.timedelta(days=n * days // count), tuple(tags)))
    return plans
