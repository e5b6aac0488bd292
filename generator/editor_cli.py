"""Editors' commands: new, check, show, hide, fix.

Registered on the `briefing` group by generator/cli.py (`main.add_command`).
Library code raises BriefingError; here it becomes one problem per line and
exit status 1, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

import click

from generator import editor
from generator.errors import BriefingError, Problem
from generator.read.annotation_set import annotation_files
from generator.stories import drafts

PROJECT = click.option(
    "--project", "root", type=click.Path(file_okay=False, path_type=Path), default=".",
    show_default=True, help="The project folder (holds seeds/ and briefings/).")

# `briefing fix` options -> correction fields (generator.schema names).
FIX_FIELDS = ("text", "speaker", "speaker_role", "name", "role", "start", "end", "note")


class ProblemsError(click.ClickException):
    """Every problem on its own line, `path:line:column: message`."""

    def __init__(self, problems: tuple[Problem, ...] | list[Problem], outcome: str = ""):
        count = len(problems)
        heading = "1 problem" if count == 1 else f"{count} problems"
        heading += f"; {outcome}." if outcome else ":"
        super().__init__(f"{heading}\n" + "\n".join(str(p) for p in problems))


def _root(root: Path) -> Path:
    return root.resolve()


@click.command("new")
@click.argument("articles", nargs=-1, type=click.Path(path_type=Path))
@click.option("--slug", default=None, help="The page address and file name (default: from the title).")
@click.option("--auto", is_flag=True, help="Group every article in seeds/ that no annotation names into "
                                           "stories and write a draft annotation for each.")
@PROJECT
def new_command(articles: tuple[Path, ...], slug: str | None, auto: bool, root: Path) -> None:
    """Write a starter annotation for ARTICLES, listing every item found with its id.

    With --auto, no ARTICLES: one draft per story found among the articles in
    seeds/ that no annotation names yet. Existing files are never touched.
    """
    root = _root(root)
    if auto:
        if articles or slug:
            raise click.UsageError("--auto finds the articles itself: give no ARTICLES and no --slug")
        _new_auto(root)
        return
    if not articles:
        raise click.UsageError("give the ARTICLES to start a briefing from, or --auto")
    try:
        written = editor.new_annotation([Path(a) for a in articles], root, root / "briefings", slug)
    except BriefingError as error:
        raise ProblemsError(error.problems) from None
    click.echo(f"Wrote {written.relative_to(root).as_posix()} (status: draft). Edit it, then run "
               "`briefing check`.")


def _new_auto(root: Path) -> None:
    try:
        written = drafts.draft_stories(root, lambda message: click.echo(message, err=True))
    except BriefingError as error:
        raise ProblemsError(error.problems, "nothing was written") from None
    if not written:
        click.echo("Every article in seeds/ is already in an annotation: nothing to draft.")
        return
    for story, path in written:
        click.echo(f"Wrote {path.relative_to(root).as_posix()}: {len(story.articles)} article(s), "
                   f"{story.title}")
    click.echo(f"{len(written)} new briefing(s), on the site at the next build (set status: draft in "
               "one to hold it back). Move an article between stories by editing the `sources` "
               "lists, then run `briefing check`.")


@click.command("check")
@PROJECT
def check_command(root: Path) -> None:
    """Check every annotation and source; list every problem (exit status 1 if any).

    Articles in seeds/ that no annotation names are warnings (exit status 0).
    """
    for path in drafts.unnamed_articles(_root(root)):
        click.echo(f"Warning: {path} is in no annotation; `briefing new --auto` drafts one for it.",
                   err=True)
    problems = editor.check_project(_root(root))
    if problems:
        raise ProblemsError(problems)
    click.echo(f"All {len(annotation_files(_root(root)))} briefing(s) are fine.")


@click.command("show")
@click.argument("slug")
@PROJECT
def show_command(slug: str, root: Path) -> None:
    """Print briefing SLUG as the site shows it, with each item's id."""
    try:
        click.echo(editor.show_briefing(_root(root), slug), nl=False)
    except BriefingError as error:
        raise ProblemsError(error.problems) from None


@click.command("hide")
@click.argument("slug")
@click.argument("item_id", metavar="ID")
@PROJECT
def hide_command(slug: str, item_id: str, root: Path) -> None:
    """Hide item ID of briefing SLUG (writes it into the annotation, comments kept)."""
    try:
        click.echo(editor.hide_item(_root(root), slug, item_id))
    except BriefingError as error:
        raise ProblemsError(error.problems) from None


@click.command("fix")
@click.argument("slug")
@click.argument("item_id", metavar="ID")
@click.option("--text", help="The words as they should read.")
@click.option("--speaker", help="A quote's speaker.")
@click.option("--speaker-role", "speaker_role", help="A quote's speaker's role ('' removes it).")
@click.option("--name", help="A person's name.")
@click.option("--role", help="A person's role ('' removes it).")
@click.option("--start", help="A timeline entry's date: 2022, 2025-06 or 2025-07-11.")
@click.option("--end", help="A timeline entry's end date, for a range.")
@click.option("--note", help="A note shown with the item.")
@PROJECT
def fix_command(slug: str, item_id: str, root: Path, **fields: str | None) -> None:
    """Correct item ID of briefing SLUG, e.g. `briefing fix SLUG q-1a2b3c --speaker "Dmitry Peskov"`."""
    changes = {name: value for name, value in fields.items() if value is not None}
    try:
        click.echo(editor.fix_item(_root(root), slug, item_id, changes))
    except BriefingError as error:
        raise ProblemsError(error.problems) from None


COMMANDS = (new_command, check_command, show_command, hide_command, fix_command)
