"""`briefing build` and `briefing extract`: the pipeline from the terminal."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

import click

from generator.builder import build
from generator.cli.options import PROJECT, project_at
from generator.cli.problems import reported
from generator.errors import BriefingError
from generator.cores import machine_cores
from generator.builder.progress import Bar, Lines, Progress
from generator.read.articles import read_article
from generator.render.extraction import extraction_json
from generator.render.terminal import extraction_summary


def say(message: str) -> None:
    """Progress and outcomes go to stderr, so stdout stays clean for JSON."""
    click.echo(message, err=True)


@click.command("build")
@PROJECT
@click.option("--drafts", is_flag=True, help="Include briefings whose status is draft.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help=f"Processes that extract articles at once  [default: the machine's cores, {machine_cores()}]")
@click.option("--quiet", "-q", is_flag=True, help="Print only warnings and errors.")
def build_command(root: Path, drafts: bool, jobs: int | None, quiet: bool) -> None:
    """Generate every briefing's Markdown and JSON into docs/ for MkDocs.

    Only what changed since the last build is done again; `.cache/` holds what
    is kept between builds and can be deleted at any time.
    """
    project = project_at(root)
    with reported("nothing was written"):
        result = build(project, include_drafts=drafts, progress=progress_for(quiet), jobs=jobs)
    for warning in result.warnings:
        say(warning)
    if not quiet:
        say(
            f"Generated {len(result.briefings)} briefing(s) into {project.relative(project.docs_dir)}/ "
            f"({len(result.written)} file(s) updated, {len(result.deleted)} removed)."
        )


def progress_for(quiet: bool) -> Progress:
    """A bar on a terminal; one line per step in CI (CI=true) or when stderr is not a terminal."""
    if quiet:
        return Progress()
    if os.environ.get("CI", "").lower() in ("1", "true", "yes") or not sys.stderr.isatty():
        return Lines(say)
    return Bar(say)


@click.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per file (JSON lines).")
@click.option("--date", "reference", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Reference date (YYYY-MM-DD) for files that carry none.")
def extract_command(files: tuple[Path, ...], as_json: bool, reference: dt.datetime | None) -> None:
    """Extract quotes, dates, entities and facts from article FILES.

    Offsets are character offsets into each file as read (UTF-8).
    """
    from generator.extract import extract_article  # spaCy loads only for this command

    failed = False
    for path in files:
        try:
            extraction = extract_article(read_article(path, str(path)), reference.date() if reference else None)
        except BriefingError as error:
            say(f"Error: {error}")
            failed = True
            continue
        record = extraction_json(extraction)
        click.echo(json.dumps(record, ensure_ascii=False) if as_json else extraction_summary(record))
    if failed:
        sys.exit(1)


COMMANDS = (build_command, extract_command)
