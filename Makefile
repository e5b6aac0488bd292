# Two commands do everything on a fresh machine with Python 3.11:
#   make site   set up .venv, generate every briefing, build the site into site/
#   make test   set up .venv and run the whole test suite
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
SETUP := $(VENV)/.setup-done
EVAL_SETUP := $(VENV)/.eval-setup-done
# Dates in the built site (the sitemap) come from the last commit, not the clock.
export NO_MKDOCS_2_WARNING := 1
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)

.PHONY: setup site site-properdocs serve test eval-quotes eval-time eval-corroboration eval-stories eval-summary bench check clean

setup: $(SETUP)

$(SETUP): requirements.txt pyproject.toml
	@echo "Setting up $(VENV) with the pinned dependencies (requirements.txt)..."
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	@$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $@

$(EVAL_SETUP): $(SETUP) requirements-eval.txt
	@$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-eval.txt -c requirements.txt
	@touch $@

site: setup
	@$(BIN)/briefing build
	@$(BIN)/mkdocs build --strict --quiet
	@echo "The site is in site/ (open site/index.html in a browser)."
	@echo "Preview it with live reload: make serve"

# The same mkdocs.yml built by ProperDocs, the maintained continuation of
# MkDocs 1.x, into its own folder: CI builds with both so the site keeps to
# what both can build.
site-properdocs: setup
	@$(BIN)/properdocs build --strict --quiet --config-file mkdocs.yml --site-dir site-properdocs
	@echo "The site built by ProperDocs is in site-properdocs/."

# --dirty: after an edit only the pages whose Markdown changed are rendered
# again (generator/site.py), so an edit shows in seconds at archive scale.
serve: setup
	@$(BIN)/mkdocs serve --dirty --dev-addr 127.0.0.1:$(PORT)

check: setup
	@$(BIN)/briefing check

test: setup
	@$(BIN)/python -m pytest

eval-quotes: $(EVAL_SETUP)
	@$(BIN)/python eval/quotes.py

eval-time: $(EVAL_SETUP)
	@$(BIN)/python eval/time.py

eval-corroboration: setup
	@$(BIN)/python eval/corroboration.py

eval-stories: $(EVAL_SETUP)
	@$(BIN)/python eval/stories.py

eval-summary: $(EVAL_SETUP)
	@$(BIN)/python eval/summary.py

bench: setup
	@$(BIN)/python eval/bench.py

clean:
	rm -rf site site-properdocs .cache docs/briefings docs/sources docs/api docs/_generated docs/archive docs/tags docs/people docs/feed.xml docs/.generated.json
