"""`python -m generator` is the `briefing` command."""

from generator.cli import main

main(prog_name="briefing")
