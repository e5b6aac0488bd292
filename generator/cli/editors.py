"""What editors do from the terminal: `briefing new`, `check`, `show`, `hide`, `fix`.

Each command reads the annotation (generator.annotation), runs as much of the
pipeline as it needs (generator.builder) and either prints the briefing
(generator.render) or writes into the annotation as an editor would
(generator.annotation.rewrite). The functions behind the commands take the
pipeline as a `Loader`, so tests can give them a briefing built by hand.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Callable, Mapping, Sequence

import click

from generator import builder
from generator.annotation import rewrite
from generator.annotation.load import annotation_files, find_annotation, load_annotations
from generator.annotation.problems import Checker, suggestion
from generator.annotation.schema import SECTION_BY_NAME, SECTIONS
from generator.cli.options import PROJECT, project_at
from generator.cli.problems import ProblemsError, reported
from generator.edits import apply_edits
from generator.errors import BriefingError, Problem, fail
from generator.ids import SLUG_PATTERN, slug as make_slug
from generator.model import Annotation, Briefing, SourceEntry, Story
from generator.paths import RESERVED_SLUGS, Project
from generator.render.starter import starter_text
from generator.render.terminal import briefing_text
from generator.stories import group_stories
from generator.stories.drafts import free_slug, unnamed_articles

Loader = Callable[[Annotation], Briefing]  # merged briefing, before editors' edits
SLUG_WORDS = 6  # a starter's slug: the title's first words


def merged_loader(project: Project) -> Loader:
    """Read, extract and merge through the build's cache (no edits applied)."""
    extractor = builder.Extractor(project)
    return lambda annotation: builder.load_briefing(annotation, extractor)[0]


# --------------------------------------------------------------------------
# check, show
# --------------------------------------------------------------------------


def published_loader(project: Project) -> Loader:
    """The briefing as published, through the build (which also checks quotes against sources)."""
    extractor = builder.Extractor(project)
    return lambda annotation: builder.finished_briefing(annotation, extractor)[0]


def check_project(project: Project) -> list[Problem]:
    """Every problem in every annotation and source, as the build would find them; nothing written."""
    if not project.briefings_dir.is_dir():
        folder = project.relative(project.briefings_dir)
        return [Problem(folder, f"no {folder}/ folder here; run the command in the project "
                                     "folder or give --project")]
    annotations, problems = load_annotations(project)
    finished = published_loader(project)
    briefings = []
    for annotation in annotations:
        try:
            briefings.append(finished(annotation))
        except BriefingError as error:
            problems += error.problems
    return problems + builder.same_source_ids(briefings)


def show_briefing(project: Project, slug: str, load: Loader | None = None) -> str:
    """The briefing as the site shows it, with each item's id, for the terminal."""
    annotation = find_annotation(project, slug)
    briefing = apply_edits((load or merged_loader(project))(annotation), annotation)
    return briefing_text(briefing, annotation)


# --------------------------------------------------------------------------
# new
# --------------------------------------------------------------------------


def _article_paths(articles: Sequence[Path], root: Path) -> list[str]:
    """Project-relative paths of the articles; every missing or outside one reported."""
    paths, problems = [], []
    for article in articles:
        target = (root / article).resolve()
        if not target.is_relative_to(root.resolve()):
            problems.append(Problem(str(article), "is outside the project; articles must be in it"))
        elif not target.is_file():
            problems.append(Problem(str(article), "does not exist"))
        else:
            paths.append(target.relative_to(root.resolve()).as_posix())
    if problems:
        raise BriefingError(problems)
    return paths


def slug_from(title: str, date: dt.date) -> str:
    """A page address from a title's first words: 'russian-fm-lavrov-to-visit-north'."""
    return make_slug(title, max_words=SLUG_WORDS) or f"briefing-{date.isoformat()}"


def _starter_briefing(paths: Sequence[str], load: Loader, rel: str) -> Briefing:
    """The merged briefing, dated like its newest article so relative dates resolve right."""
    today = dt.date.today()
    sources = tuple(SourceEntry(path) for path in paths)
    draft = Annotation(path=rel, slug="new", title="", date=today, sources=sources)
    briefing = load(draft)
    dates = [s.date for s in briefing.sources if s.date and not s.date_from_briefing]
    if dates and max(dates) != today:
        briefing = load(Annotation(path=rel, slug="new", title="", date=max(dates), sources=sources))
    return briefing


def new_annotation(project: Project, articles: Sequence[Path], slug: str | None = None,
                   load: Loader | None = None, title: str | None = None, status: str = "draft") -> Path:
    """Write a starter annotation for `articles`; never overwrite a file. Returns its path.

    Without `title`, the first source's headline is the briefing's title.
    """
    if slug is not None and not re.fullmatch(SLUG_PATTERN, slug):
        raise fail(slug, "is not a page address; use lowercase letters, digits and '-'")
    paths = _article_paths(articles, project.root)
    folder = project.briefings_dir
    if slug is not None:
        _refuse_taken(slug, project)
    briefing = _starter_briefing(paths, load or merged_loader(project), project.relative(folder / "new.yaml"))
    title = title or next((s.title for s in briefing.sources if s.title), "") or "New briefing"
    slug = slug or slug_from(title, briefing.date)
    _refuse_taken(slug, project)
    target = folder / f"{slug}.yaml"
    text = starter_text(briefing, title, status)
    folder.mkdir(parents=True, exist_ok=True)
    with open(target, "x", encoding="utf-8") as out:  # "x": never replace a file made meanwhile
        out.write(text)
    return target


def _refuse_taken(slug: str, project: Project) -> None:
    """A new annotation never replaces a file (`x.yaml` or `x.yml`) nor takes another's slug."""
    for suffix in (".yaml", ".yml"):
        target = project.briefings_dir / f"{slug}{suffix}"
        if target.exists():
            raise fail(project.relative(target), "already exists; edit it, or choose another name with --slug")
    if slug in RESERVED_SLUGS:
        raise fail(slug, "is the address of one of the site's own pages; choose another name with --slug")
    for annotation in load_annotations(project)[0]:
        if annotation.slug == slug:
            raise fail(annotation.path, f"already uses the slug '{slug}'; choose another name with --slug")


def draft_stories(project: Project, progress: Callable[[str], None] | None = None) -> list[tuple[Story, Path]]:
    """Group the articles no annotation names into stories and write an annotation for each.

    Existing files are never touched; a new annotation takes no slug or file
    name another has.
    """
    extractor = builder.Extractor(project, progress)
    extracted, problems = [], []
    for path in unnamed_articles(project):
        try:
            extracted.append((path, extractor.extract(path, None)))
        except BriefingError as error:
            problems += error.problems
    if problems:
        raise BriefingError(problems)
    load = merged_loader(project)
    taken = {path.stem for path in annotation_files(project)} | set(RESERVED_SLUGS)
    taken |= {annotation.slug for annotation in load_annotations(project)[0]}
    written = []
    for story in group_stories(extracted):
        slug = free_slug(slug_from(story.title, story.date or dt.date.today()), taken)
        taken.add(slug)
        target = new_annotation(project, [Path(p) for p in story.articles], slug, load, story.title,
                                status="published")
        written.append((story, target))
    return written


# --------------------------------------------------------------------------
# hide, fix
# --------------------------------------------------------------------------


def _section_of(project: Project, annotation: Annotation, item_id: str, load: Loader | None) -> str:
    """Which section holds `item_id`, among found and added items; did-you-mean otherwise."""
    merged = (load or merged_loader(project))(annotation)
    edited = apply_edits(merged, annotation)
    every: list[str] = []
    for section in SECTIONS:
        ids = {item.id for item in (*getattr(merged, section.name), *getattr(edited, section.name))}
        if item_id in ids:
            return section.name
        every += sorted(ids)
    raise fail(annotation.path, f"no item '{item_id}' in briefing '{annotation.slug}'"
                                f"{suggestion(item_id, every)}; `briefing show "
                                f"{annotation.slug}` lists the ids")


def _check_values(annotation: Annotation, section: str, changes: Mapping[str, str]) -> None:
    """Each new value checked as the file would check it, and named by its option."""
    keys = {key.name: key for key in SECTION_BY_NAME[section].correct}
    checker = Checker(annotation.path, Path(), {})
    for name, value in changes.items():
        keys[name].option.check(value, f"--{name.replace('_', '-')}", checker)
    if checker.problems:
        raise BriefingError(Problem(annotation.path, f"{p.message}; nothing was changed")
                            for p in checker.problems)


def hide_item(project: Project, slug: str, item_id: str, load: Loader | None = None) -> str:
    """Add `item_id` to its section's `hide:` list; say what was done."""
    annotation = find_annotation(project, slug)
    section = _section_of(project, annotation, item_id, load)
    if item_id in getattr(annotation, section).hide:
        return f"{item_id} is already hidden in {annotation.path}"
    rewrite.rewrite_annotation(project.root / annotation.path, project.root, rewrite.hide(section, item_id))
    return f"{item_id} hidden: added to {section}.hide in {annotation.path}"


def fix_item(project: Project, slug: str, item_id: str, changes: Mapping[str, str],
             load: Loader | None = None) -> str:
    """Set fields of `item_id` under its section's `correct:`; say what was done."""
    annotation = find_annotation(project, slug)
    section = _section_of(project, annotation, item_id, load)
    allowed = [key.name for key in SECTION_BY_NAME[section].correct]
    wrong = [name for name in changes if name not in allowed]
    if wrong or not changes:
        noun = SECTION_BY_NAME[section].noun
        raise fail(annotation.path, f"a {noun} cannot be corrected with "
                                    f"{', '.join(wrong) or 'nothing'}; give one of {', '.join(allowed)}")
    _check_values(annotation, section, changes)
    rewrite.rewrite_annotation(project.root / annotation.path, project.root,
                               rewrite.correct(section, item_id, changes))
    said = ", ".join(f"{name}: {value}" for name, value in changes.items())
    return f"{item_id} corrected ({said}) in {annotation.path}"


# --------------------------------------------------------------------------
# the commands
# --------------------------------------------------------------------------


@click.command("new")
@click.argument("articles", nargs=-1, type=click.Path(path_type=Path))
@click.option("--slug", default=None, help="The page address and file name (default: from the title).")
@click.option("--auto", is_flag=True, help="Group every article in seeds/ that no annotation names into "
                                           "stories and write an annotation for each.")
@PROJECT
def new_command(articles: tuple[Path, ...], slug: str | None, auto: bool, root: Path) -> None:
    """Write a starter annotation for ARTICLES, listing every item found with its id.

    With --auto, no ARTICLES: one annotation per story found among the articles
    in seeds/ that no annotation names yet. Existing files are never touched.
    """
    project = project_at(root)
    if auto:
        if articles or slug:
            raise click.UsageError("--auto finds the articles itself: give no ARTICLES and no --slug")
        _new_auto(project)
        return
    if not articles:
        raise click.UsageError("give the ARTICLES to start a briefing from, or --auto")
    with reported():
        written = new_annotation(project, [Path(a) for a in articles], slug)
    click.echo(f"Wrote {project.relative(written)} (status: draft). Edit it, then run `briefing check`.")


def _new_auto(project: Project) -> None:
    with reported("nothing was written"):
        written = draft_stories(project, lambda message: click.echo(message, err=True))
    if not written:
        click.echo("Every article in seeds/ is already in an annotation: nothing to draft.")
        return
    for story, path in written:
        click.echo(f"Wrote {project.relative(path)}: {len(story.articles)} article(s), {story.title}")
    click.echo(f"{len(written)} new briefing(s), on the site at the next build (set status: draft in "
               "one to hold it back). Move an article between stories by editing the `sources` "
               "lists, then run `briefing check`.")


@click.command("check")
@PROJECT
def check_command(root: Path) -> None:
    """Check every annotation and source; list every problem (exit status 1 if any).

    Articles in seeds/ that no annotation names are warnings (exit status 0).
    """
    project = project_at(root)
    for path in unnamed_articles(project):
        click.echo(f"Warning: {path} is in no annotation; `briefing new --auto` drafts one for it.",
                   err=True)
    problems = check_project(project)
    if problems:
        raise ProblemsError(problems)
    click.echo(f"All {len(annotation_files(project))} briefing(s) are fine.")


@click.command("show")
@click.argument("slug")
@PROJECT
def show_command(slug: str, root: Path) -> None:
    """Print briefing SLUG as the site shows it, with each item's id."""
    with reported():
        click.echo(show_briefing(project_at(root), slug), nl=False)


@click.command("hide")
@click.argument("slug")
@click.argument("item_id", metavar="ID")
@PROJECT
def hide_command(slug: str, item_id: str, root: Path) -> None:
    """Hide item ID of briefing SLUG (writes it into the annotation, comments kept)."""
    with reported():
        click.echo(hide_item(project_at(root), slug, item_id))


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
    with reported():
        click.echo(fix_item(project_at(root), slug, item_id, changes))


COMMANDS = (new_command, check_command, show_command, hide_command, fix_command)
