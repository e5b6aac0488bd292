"""The MkDocs hook: regenerate briefings before every build, so plain
`mkdocs build` and `mkdocs serve` work, and `serve` picks up edits to
`seeds/` and `briefings/` (mkdocs.yml watches them).

Listed in mkdocs.yml under `hooks:`. MkDocs calls these functions by name.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from generator.build import build
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
        result = build(project, include_drafts=serving, progress=log.info)
    except BriefingError as error:
        if not serving:
            raise PluginError("the briefings could not be generated:\n" + str(error)) from None
        # While previewing, say what is wrong and keep serving the last good pages.
        for problem in error.problems:
            log.error(str(problem))
        return
    if result.written or result.deleted:
        log.info(f"Briefings: {len(result.briefings)} generated, {len(result.written)} files updated")


# --------------------------------------------------------------------------
# search: Material's built-in index, or Pagefind for large sites
# --------------------------------------------------------------------------

SEARCH_ENGINES = ("material", "pagefind")
# Pagefind indexes the briefings, the source articles and the site's own pages;
# person, tag and month pages are ways in by links, and leaving them out keeps
# the index's page list, which every search fetches, small. Out of each page's
# text go the theme around the content, item ids and citation numbers ("[1]").
PAGEFIND_ARGS = ("--glob", "{*.html,briefings/*.html,sources/*.html}", "--root-selector", ".md-content",
                 "--exclude-selectors", ".item-id", "--exclude-selectors", ".cite",
                 "--exclude-selectors", ".md-source-file", "--keep-index-url", "--quiet")
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
    return files


def on_post_build(config: MkDocsConfig) -> None:
    if search_engine(config) != "pagefind":
        return
    command = [sys.executable, "-m", "pagefind", "--site", config.site_dir, *PAGEFIND_ARGS]
    try:
        result = subprocess.run(command, capture_output=True, text=True)
    except OSError as error:
        raise PluginError(f"Pagefind could not run ({error}); install the pinned requirements") from None
    if result.returncode != 0:
        raise PluginError("Pagefind could not index the site:\n" + (result.stderr or result.stdout).strip())
    log.info("Search: Pagefind indexed the site into pagefind/")
