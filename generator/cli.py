"""The `briefing` command. Library code raises BriefingError; only here do
errors become messages and exit statuses (`Error: ...`, exit 1)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click

from generator.build import Project, build
from generator import editor_cli, stories_cli
from generator.errors import BriefingError
from generator.extract import extract_article
from generator.extract_json import extraction_json
from generator.read.articles import read_article


def _say(message: str) -> None:
    click.echo(message, err=True)


@click.group()
@click.version_option(package_name="briefing-site-generator")
def main() -> None:
    """Turn news articles and editors' annotations into a site of briefings."""


@main.command("build")
@click.option("--project", "root", type=click.Path(file_okay=False, path_type=Path), default=".",
              show_default=True, help="The project folder (holds seeds/, briefings/, docs/).")
@click.option("--drafts", is_flag=True, help="Include briefings whose status is draft.")
def build_command(root: Path, drafts: bool) -> None:
    """Generate every briefing's Markdown and JSON into docs/ for MkDocs."""
    project = Project(root.resolve())
    try:
        result = build(project, include_drafts=drafts, progress=_say)
    except BriefingError as error:
        raise editor_cli.ProblemsError(error.problems, "nothing was written") from None
    _say(
        f"Generated {len(result.briefings)} briefing(s) into {project.relative(project.docs_dir)}/ "
        f"({len(result.written)} file(s) updated, {len(result.deleted)} removed)."
    )


@main.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per file (JSON lines).")
@click.option("--date", "reference", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Reference date (YYYY-MM-DD) for files that carry none.")
def extract_command(files: tuple[Path, ...], as_json: bool, reference: dt.datetime | None) -> None:
    """Extract quotes, dates, entities and facts from article FILES.

    Offsets are character offsets into each file as read (UTF-8).
    """
    failed = False
    for path in files:
        try:
            extraction = extract_article(read_article(path, str(path)), reference.date() if reference else None)
        except BriefingError as error:
            _say(f"Error: {error}")
            failed = True
            continue
        record = extraction_json(extraction)
        if as_json:
            click.echo(json.dumps(record, ensure_ascii=False))
        else:
            click.echo(_summary(record))
    if failed:
        sys.exit(1)


def _summary(record: dict) -> str:
    lines = [f"{record['path']} (date {record['date'] or 'unknown'})"]
    for quote in record["quotes"]:
        lines.append(f"  quote  {quote['text'][:70]!r} — {quote['speaker'] or 'speaker unknown'}")
    for timex in record["timexes"]:
        lines.append(f"  time   {timex['text']!r} = {timex['type']} {timex['value']}")
    for fact in record["facts"]:
        lines.append(f"  fact   {fact['text'][:90]}")
    return "\n".join(lines)


# The editors' commands: new, check, show, hide, fix; and grouping articles into stories.
for _command in (*editor_cli.COMMANDS, stories_cli.cluster_command):
    main.add_command(_command)
