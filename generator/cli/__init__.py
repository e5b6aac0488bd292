"""The `briefing` command: one group, its commands in the modules beside this one.

- `pipeline`: build, extract (the site and its extraction);
- `editors`: new, check, show, hide, fix (what editors do to annotations);
- `stories`: cluster (articles grouped into stories).

Library code raises BriefingError; only here do errors become messages and
exit statuses (`Error: ...`, exit 1), never tracebacks.
"""

from __future__ import annotations

import click

from generator.cli import editors, pipeline, stories


@click.group()
@click.version_option(package_name="briefing-site-generator")
def main() -> None:
    """Turn news articles and editors' annotations into a site of briefings."""


for _command in (*pipeline.COMMANDS, *editors.COMMANDS, *stories.COMMANDS):
    main.add_command(_command)
