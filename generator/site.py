"""The MkDocs hook: regenerate briefings before every build, so plain
`mkdocs build` and `mkdocs serve` work, and `serve` picks up edits to
`seeds/` and `briefings/` (mkdocs.yml watches them).

The build is incremental, and `make serve` runs `mkdocs serve --dirty`, which
renders again only the pages whose Markdown file changed: the generator
rewrites only files whose text changed, and `on_files` marks as changed the
hand-written pages that include a rewritten file (the home page's list), and
every page while the problems banner comes or goes. A page whose briefing was
removed stays in the preview until `serve` restarts: dirty builds never delete.

Listed in mkdocs.yml under `hooks:`. MkDocs calls these functions by name; a
hook is a module, so what it must remember between calls lives in `_state`.
"""

from __future__ import annotations

import html
import logging
import subprocess
import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from generator.builder import build
from generator.errors import BriefingError, Problem
from generator.paths import Project
from generator.builder.progress import Lines

log = logging.getLogger("mkdocs.plugins.briefings")

# MkDocs tells hooks which command runs only at start-up; drafts are shown
# by `serve` (editors preview them) and never published by `build`. While
# serving, the problems of the last build stay until a build succeeds.
# `written`: what the last build rewrote (relative to docs/); `banner_changed`:
# whether the problems banner appeared or went away with it.
_state: dict = {"command": "build", "problems": (), "written": (), "banner_changed": False}


def on_startup(command: str, dirty: bool) -> None:
    _state["command"] = command
    if dirty:
        # `make serve` asks for dirty builds on purpose: MkDocs' warning about
        # them must not abort the preview in strict mode (real warnings still do).
        logging.getLogger("mkdocs.commands.build").addFilter(_not_the_dirty_warning)


def _not_the_dirty_warning(record: logging.LogRecord) -> bool:
    return not record.getMessage().startswith("A 'dirty' build is being performed")


def on_pre_build(config: MkDocsConfig) -> None:
    project = Project(Path(config.config_file_path).resolve().parent)
    serving = _state["command"] == "serve"
    had_problems = bool(_state["problems"])
    _state["written"] = ()
    try:
        # Incremental: right after `briefing build` with the same inputs this
        # only checks the manifest (no parsing, no spaCy), so `make site`
        # generates once; under `serve` an edit redoes only what it touches.
        result = build(project, include_drafts=serving, progress=Lines(log.info))
    except BriefingError as error:
        if not serving:
            raise PluginError("the briefings could not be generated:\n" + str(error)) from None
        _state["problems"] = error.problems
        _state["banner_changed"] = not had_problems
        _say_while_serving(error.problems)
        return
    _state["problems"] = ()
    _state["banner_changed"] = had_problems
    _state["written"] = result.written
    for warning in result.warnings:
        log.info(warning)  # the cache's, not the site's: --strict must not fail on it
    if result.written or result.deleted:
        log.info(f"Briefings: {len(result.briefings)} generated, {len(result.written)} files updated")


def _say_while_serving(problems: tuple[Problem, ...]) -> None:
    """Print the problems in the terminal, and keep serving the last good pages.

    Not through MkDocs' log: in strict mode an error logged there aborts the
    build, and `mkdocs serve` then answers no request until a build succeeds.
    """
    for problem in problems:
        print(f"ERROR    -  {problem}", file=sys.stderr, flush=True)
    print("ERROR    -  Showing the last good version of the briefings until this is fixed.",
          file=sys.stderr, flush=True)


def on_page_content(html_text: str, page, config: MkDocsConfig, files) -> str:
    """While serving after a failed build, every page says so at its top."""
    problems = _state["problems"]
    if not problems:
        return html_text
    items = "".join(f"<li><code>{html.escape(str(p))}</code></li>" for p in problems)
    banner = ('<div class="admonition failure build-problems"><p class="admonition-title">'
              "The last change could not be built: this is the last good version</p>"
              f"<ul>{items}</ul></div>")
    return banner + html_text


# --------------------------------------------------------------------------
# search: Material's built-in index, or Pagefind for large sites
# --------------------------------------------------------------------------

SEARCH_ENGINES = ("material", "pagefind")
# Pagefind indexes the briefings, the source articles and the site's own pages;
# person, tag and month pages are ways in by links, and leaving them out keeps
# the index's page list, which every search fetches, small. Out of each page's
# text go the theme around the content, item ids, citation numbers ("[1]") and
# the words every briefing repeats (the coverage panel, "1 outlet", "drawn from
# the sources", "11 more facts from the sources", "upcoming"): no reader searches
# for them, and they would only make the index and each result's excerpt longer.
UNSEARCHED = (".item-id", ".cite", ".md-source-file", ".coverage", ".corroboration", ".generated-summary",
              ".more-facts > summary", ".upcoming")
PAGEFIND_ARGS = ("--glob", "{*.html,briefings/*.html,sources/*.html}", "--root-selector", ".md-content",
                 *(arg for selector in UNSEARCHED for arg in ("--exclude-selectors", selector)),
                 "--keep-index-url", "--quiet")
SEARCH_PAGE = """---
title: Search
---

# Search

<div id="search"></div>
<noscript>Search needs JavaScript.</noscript>
<link href="pagefind/pagefind-ui.css" rel="stylesheet">
<script src="pagefind/pagefind-ui.js"></script>
<script src="javascripts/search-page.js"></script>
"""


def search_engine(config: MkDocsConfig) -> str:
    engine = (config.extra or {}).get("search", "material")
    if engine not in SEARCH_ENGINES:
        raise PluginError(f"mkdocs.yml: extra.search is '{engine}'; write material or pagefind")
    return engine


@event_priority(100)  # before Material's search plugin reads its own settings
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if search_engine(config) == "pagefind":
        material = config.plugins.get("material/search") or config.plugins.get("search")
        if material is not None:
            material.config.enabled = False  # Pagefind replaces its one big index
        if config.nav is not None:
            config.nav.append({"Search": "search.md"})
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    if search_engine(config) == "pagefind":
        files.append(File.generated(config, "search.md", content=SEARCH_PAGE))
    # For dirty builds: pages that changed although their own file did not.
    written = set(_state["written"])
    for file in files.documentation_pages():
        if _state["banner_changed"] or _includes(file, written):
            file.is_modified = lambda: True  # type: ignore[method-assign]
    return files


def _includes(file, written: set[str]) -> bool:
    """Whether a hand-written page includes a rewritten file (`--8<-- "_generated/..."`)."""
    if not written or file.src_uri in written or file.abs_src_path is None:
        return False
    text = Path(file.abs_src_path).read_text("utf-8")
    return any(f'--8<-- "{name}"' in text for name in written)


@event_priority(50)  # before Material's search plugin writes its index
def on_post_build(config: MkDocsConfig) -> None:
    _keep_search_index_whole(config)
    if search_engine(config) == "pagefind":
        _run_pagefind(config)


def _keep_search_index_whole(config: MkDocsConfig) -> None:
    """Under `serve --dirty`, Material's search keeps the last index and, on a
    dirty rebuild, drops from it only the entries of the first page rendered
    again, so the others would be listed twice. Here the entries of every page
    rendered again are dropped and the merged list handed over."""
    search = config.plugins.get("material/search") or config.plugins.get("search")
    index, previous = getattr(search, "search_index", None), getattr(search, "search_index_prev", None)
    if index is None or previous is None or not getattr(index, "entries", None):
        return
    rendered = {entry["location"].split("#")[0] for entry in index.entries}
    index.entries = [entry for entry in previous.entries
                     if entry["location"].split("#")[0] not in rendered] + index.entries
    search.search_index_prev = None  # type: ignore[union-attr]


def _run_pagefind(config: MkDocsConfig) -> None:
    command = [sys.executable, "-m", "pagefind", "--site", config.site_dir, *PAGEFIND_ARGS]
    try:
        result = subprocess.run(command, capture_output=True, text=True)
    except OSError as error:
        raise PluginError(f"Pagefind could not run ({error}); install the pinned requirements") from None
    if result.returncode != 0:
        raise PluginError("Pagefind could not index the site:\n" + (result.stderr or result.stdout).strip())
    log.info("Search: Pagefind indexed the site into pagefind/")
