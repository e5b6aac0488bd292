"""Every command is documented in the README and has help; the README shows the two set-up commands."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


@pytest.mark.parametrize("name", sorted(main.commands))
def test_command_is_in_the_readme_and_has_help(name):
    assert f"`briefing {name}" in README
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0 and len(result.output.splitlines()) > 3


@pytest.mark.parametrize("target", ["make site", "make test", "make serve", "make eval-quotes", "make eval-time", "make eval-corroboration", "make eval-stories", "make eval-summary", "make bench"])
def test_make_targets_are_in_the_readme(target):
    assert f"`{target}`" in README or f"{target} " in README
