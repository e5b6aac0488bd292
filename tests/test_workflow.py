"""The CI workflow (.github/workflows/site.yml) and the script it runs (.ci/run).

zizmor (a security linter for GitHub Actions, offline) and GitHub's workflow
schema check every workflow; the tests after them check what issue 13
promised: pinned actions, no kept credentials, a deployment never cancelled,
caches, Debian's chromium and a build with ProperDocs beside MkDocs.
"""

from __future__ import annotations

import re
import subprocess
import sysconfig
from pathlib import Path

import pytest
import yaml

from generator.builder.cache import CODE
from tests.conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
SITE_WORKFLOW = ROOT / ".github" / "workflows" / "site.yml"
CI_RUN = ROOT / ".ci" / "run"
SCRIPTS = Path(sysconfig.get_path("scripts"))  # the venv's bin/, where zizmor's binary is
# `uses: owner/repo@<full commit> # vX.Y.Z`: a tag can be moved, a commit cannot.
PINNED = re.compile(r"^\s*(?:- )?uses: [\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+(?:\.\d+)*$")


def run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True)


def steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def using(workflow: dict, action: str) -> list[dict]:
    """The steps that use `action` (owner/repo), whatever it is pinned to."""
    return [step for step in steps(workflow) if step.get("uses", "").startswith(action + "@")]


def the_job(workflow: dict, does) -> dict:
    """The one job with a step for which `does(step)` holds."""
    jobs = [job for job in workflow["jobs"].values() if any(does(step) for step in job.get("steps", []))]
    assert len(jobs) == 1, f"{len(jobs)} jobs with such a step"
    return jobs[0]


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(SITE_WORKFLOW.read_text())


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_zizmor_finds_nothing_of_medium_severity_or_higher(path):
    result = run(str(SCRIPTS / "zizmor"), "--offline", "--min-severity", "medium", "--color", "never",
                 "--no-progress", str(path))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda path: path.name)
def test_workflow_is_valid_under_githubs_schema(path):
    result = run(str(SCRIPTS / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(path))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("line, pinned", [
    ("      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2", True),
    ("        uses: actions/deploy-pages@d6db90164ac5ed86f2b6aed7e0febac5b3c0c03e # v4", True),
    ("      - uses: actions/checkout@v4", False),
    ("      - uses: actions/checkout@v4 # 11bd71901bbe5b1630ceea73d27597364c9af683", False),
    ("      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683", False),
    ("      - uses: actions/checkout@11bd719 # v4.2.2", False),
    ("      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # main", False),
])
def test_the_pin_check_tells_a_commit_with_its_tag_from_the_rest(line, pinned):
    assert bool(PINNED.match(line)) is pinned


def test_every_action_is_pinned_to_a_commit_with_its_tag_in_a_comment(workflow):
    lines = [line for line in SITE_WORKFLOW.read_text().splitlines() if re.match(r"\s*(- )?uses:", line)]
    # Every step's `uses` is on one of these lines, so none escapes the check.
    assert len(lines) == len([step for step in steps(workflow) if "uses" in step]) >= 5
    assert [line.strip() for line in lines if not PINNED.match(line)] == []


def test_checkout_keeps_no_credentials(workflow):
    checkouts = using(workflow, "actions/checkout")
    assert checkouts
    assert [step["with"].get("persist-credentials") for step in checkouts] == [False] * len(checkouts)


def test_a_running_pages_deployment_is_never_cancelled(workflow):
    # A workflow-wide group would cancel the deploy job together with its run.
    assert workflow.get("concurrency", {}).get("cancel-in-progress", False) is False
    deploy = the_job(workflow, lambda step: step.get("uses", "").startswith("actions/deploy-pages@"))
    assert deploy["concurrency"]["cancel-in-progress"] is False
    others = [job.get("concurrency", {}).get("group") for job in workflow["jobs"].values() if job is not deploy]
    assert deploy["concurrency"]["group"] not in others


def test_pip_downloads_and_extractions_are_cached(workflow):
    caches = {step["with"]["path"]: step["with"] for step in using(workflow, "actions/cache")}
    assert set(caches) >= {"~/.cache/pip", ".cache"}
    assert "hashFiles('requirements.txt')" in caches["~/.cache/pip"]["key"]


def test_the_extraction_cache_key_follows_the_code_the_cache_fingerprints(workflow):
    """A change to generator.builder.cache.CODE must change the workflow's key with it."""
    keys = [step["with"]["key"] for step in using(workflow, "actions/cache") if step["with"]["path"] == ".cache"]
    assert len(keys) == 1
    code = {f"generator/{name}/**" if (ROOT / "generator" / name).is_dir() else f"generator/{name}" for name in CODE}
    hashed = set(re.findall(r"'([^']+)'", keys[0]))
    assert hashed - {"seeds/**"} == code | {"requirements.txt"}


def test_ci_runs_on_debian_and_installs_its_chromium_for_the_browser_tests(workflow):
    build = the_job(workflow, lambda step: step.get("run") == ".ci/run")
    assert re.search(r"debian|bookworm|trixie", build.get("container", {}).get("image", ""))
    script = CI_RUN.read_text()
    assert re.search(r"^\s*DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium\b", script, re.M)


def test_ci_run_tests_then_builds_with_mkdocs_and_with_properdocs():
    script = CI_RUN.read_text()
    assert "set -euo pipefail" in script  # any failing command fails CI
    makes = re.findall(r"^make ([\w-]+)$", script, re.M)
    assert makes == ["test", "site", "site-properdocs"]
    recipe = re.search(r"^site-properdocs:.*\n((?:\t.*\n)+)", (ROOT / "Makefile").read_text(), re.M)
    assert recipe and "/properdocs build --strict" in recipe.group(1)
