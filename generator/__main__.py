"""`python -m generator` is the `briefing` command."""

from generator.cli import main

# Guarded: extraction workers are started fresh and import the main module again.
if __name__ == "__main__":
    main(prog_name="briefing")
