"""The MkDocs hook: regenerate briefings before every build, so plain
`mkdocs build` and `mkdocs serve` work, and `serve` picks up edits to
`seeds/` and `briefings/` (mkdocs.yml watches them).

Listed in mkdocs.yml under `hooks:`. MkDocs calls these functions by name.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from generator.build import build
from generator.progress import Lines
from generator.paths import Project
from generator.errors import BriefingError

log = logging.getLogger("mkdocs.plugins.briefings")

# MkDocs tells hooks which command runs only at start-up; drafts are shown
# by `serve` (editors preview them) and never published by `build`.
_command = {"name": "build"}


def on_startup(command: str, dirty: bool) -> None:
    _command["name"] = command


def on_pre_build(config: MkDocsConfig) -> None:
    project = Project(Path(config.config_file_path).resolve().parent)
    serving = _command["name"] == "serve"
    try:
        # Incremental: right after `briefing build` with the same inputs this
        # only checks the manifest (no parsing, no spaCy), so `make site`
        # generates once; under `serve` an edit redoes only what it touches.
        result = build(project, include_drafts=serving, progress=Lines(log.info))
    except BriefingError as error:
        if not serving:
            raise PluginError("the briefings could not be generated:\n" + str(error)) from None
        # While previewing, say what is wrong and keep serving the last good pages.
        for problem in error.problems:
            log.error(str(problem))
        return
    for warning in result.warnings:
        log.info(warning)  # the cache's, not the site's: --strict must not fail on it
    if result.written or result.deleted:
        log.info(f"Briefings: {len(result.briefings)} generated, {len(result.written)} files updated")
