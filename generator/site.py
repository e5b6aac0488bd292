"""The MkDocs hook: regenerate briefings before every build, so plain
`mkdocs build` and `mkdocs serve` work, and `serve` picks up edits to
`seeds/` and `briefings/` (mkdocs.yml watches them).

Listed in mkdocs.yml under `hooks:`. MkDocs calls these functions by name; a
hook is a module, so what it must remember between calls lives in `_state`.
"""

from __future__ import annotations

import html
import logging
import sys
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

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
