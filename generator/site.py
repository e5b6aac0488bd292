"""The MkDocs hook: regenerate briefings before every build, so plain
`mkdocs build` and `mkdocs serve` work, and `serve` picks up edits to
`seeds/` and `briefings/` (mkdocs.yml watches them).

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

from generator.build import build
from generator.errors import BriefingError, Problem
from generator.paths import Project

log = logging.getLogger("mkdocs.plugins.briefings")

# MkDocs tells hooks which command runs only at start-up; drafts are shown
# by `serve` (editors preview them) and never published by `build`. While
# serving, the problems of the last build stay until a build succeeds.
_state: dict = {"command": "build", "problems": ()}


def on_startup(command: str, dirty: bool) -> None:
    _state["command"] = command


def on_pre_build(config: MkDocsConfig) -> None:
    project = Project(Path(config.config_file_path).resolve().parent)
    serving = _state["command"] == "serve"
    try:
        result = build(project, include_drafts=serving, progress=log.info)
    except BriefingError as error:
        if not serving:
            raise PluginError("the briefings could not be generated:\n" + str(error)) from None
        _state["problems"] = error.problems
        _say_while_serving(error.problems)
        return
    _state["problems"] = ()
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
