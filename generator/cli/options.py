"""Options every command shares."""

from __future__ import annotations

from pathlib import Path

import click

from generator.paths import Project

PROJECT = click.option(
    "--project", "root", type=click.Path(file_okay=False, path_type=Path), default=".",
    show_default=True, help="The project folder (holds seeds/, briefings/, docs/).")


def project_at(root: Path) -> Project:
    return Project(root.resolve())
