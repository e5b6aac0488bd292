"""The MkDocs hook: regenerate briefings before every build, so plain
`mkdocs build` and `mkdocs serve` work, and `serve` picks up edits to
`seeds/` and `briefings/` (mkdocs.yml watches them).

The build is incremental, and `make serve` runs `mkdocs serve --dirty`, which
renders again only the pages whose Markdown file changed: the generator
rewrites only files whose text changed, and `on_files` marks as changed the
hand-written pages that include a rewritten file (the home page's list).
A page whose briefing was removed stays in the preview until `serve` restarts:
dirty builds never delete.

Listed in mkdocs.yml under `hooks:`. MkDocs calls these functions by name.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files

from generator.build import build
from generator.progress import Lines
from generator.paths import Project
from generator.errors import BriefingError

log = logging.getLogger("mkdocs.plugins.briefings")

# MkDocs tells hooks which command runs only at start-up; drafts are shown
# by `serve` (editors preview them) and never published by `build`.
_command = {"name": "build"}
_written: set[str] = set()  # what the last build rewrote, relative to docs/


def on_startup(command: str, dirty: bool) -> None:
    _command["name"] = command
    if dirty:
        # `make serve` asks for dirty builds on purpose: MkDocs' warning about
        # them must not abort the preview in strict mode (real warnings still do).
        logging.getLogger("mkdocs.commands.build").addFilter(_not_the_dirty_warning)


def _not_the_dirty_warning(record: logging.LogRecord) -> bool:
    return not record.getMessage().startswith("A 'dirty' build is being performed")


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
    _written.clear()
    _written.update(result.written)
    if result.written or result.deleted:
        log.info(f"Briefings: {len(result.briefings)} generated, {len(result.written)} files updated")


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """A page that includes a rewritten file (`--8<-- "_generated/..."`) changed too."""
    if not _written:
        return files
    for file in files.documentation_pages():
        if file.src_uri in _written or file.abs_src_path is None:
            continue
        text = Path(file.abs_src_path).read_text("utf-8")
        if any(f'--8<-- "{name}"' in text for name in _written):
            file.is_modified = lambda: True  # type: ignore[method-assign]
    return files


@event_priority(50)  # before the search plugin writes its index
def on_post_build(config: MkDocsConfig) -> None:
    """Under `serve --dirty`, keep the search index whole.

    Material's search keeps the last index and, on a dirty rebuild, drops from
    it only the entries of the first page rendered again (every entry, when
    that page is the home page, whose address is ""). Here the entries of
    every page rendered again are dropped and the merged list handed over.
    """
    search = config.plugins.get("material/search") or config.plugins.get("search")
    index, previous = getattr(search, "search_index", None), getattr(search, "search_index_prev", None)
    if index is None or previous is None or not getattr(index, "entries", None):
        return
    rendered = {entry["location"].split("#")[0] for entry in index.entries}
    index.entries = [entry for entry in previous.entries
                     if entry["location"].split("#")[0] not in rendered] + index.entries
    search.search_index_prev = None  # type: ignore[union-attr]
