"""`briefing cluster`: articles grouped into stories, for people and programs.

Paths are read as given (relative to the current folder, or absolute: articles
outside the project are accepted, as with `briefing extract`); extractions go
through the project's cache, so grouping articles already built or clustered
parses nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from generator.builder import Extractor
from generator.cli.options import PROJECT, project_at
from generator.cli.pipeline import say
from generator.cli.problems import ProblemsError
from generator.errors import BriefingError
from generator.model import Story
from generator.stories import group_stories


@click.command("cluster")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True,
              help='Print {"stories": [{"title": ..., "date": ..., "articles": [paths...]}]}.')
@PROJECT
def cluster_command(paths: tuple[Path, ...], as_json: bool, root: Path) -> None:
    """Group article PATHS into stories: the same event, not merely the same topic.

    Every path lands in exactly one story, named as it was given.
    """
    extractor = Extractor(project_at(root), say, base=Path.cwd())
    extracted, problems = [], []
    for path in dict.fromkeys(str(p) for p in paths):  # a path given twice is one article
        try:
            extracted.append((path, extractor.extract(path, None)))
        except BriefingError as error:
            problems += error.problems
    if problems:
        raise ProblemsError(problems, "nothing was grouped")
    stories = group_stories(extracted)
    click.echo(json.dumps(stories_json(stories), ensure_ascii=False) if as_json else stories_text(stories))


def stories_json(stories: tuple[Story, ...]) -> dict:
    return {"stories": [{"title": s.title, "date": s.date.isoformat() if s.date else None,
                         "articles": list(s.articles)} for s in stories]}


def stories_text(stories: tuple[Story, ...]) -> str:
    count = sum(len(s.articles) for s in stories)
    lines = [f"{len(stories)} stor{'y' if len(stories) == 1 else 'ies'} in {count} article(s):"]
    for number, story in enumerate(stories, 1):
        when = story.date.isoformat() if story.date else "undated"
        lines += ["", f"{number}. {story.title} ({when}, {len(story.articles)} article(s))"]
        lines += [f"   {path}" for path in story.articles]
    return "\n".join(lines)


COMMANDS = (cluster_command,)
