"""Bad and hostile input, as a new user or an attacker would give it.

Each case either works correctly or ends in a one-line error naming the file
(and line), exit status 1, no traceback, and nothing changed: generated pages
and every editor's annotation are byte-identical afterwards.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from tests.conftest import SAMPLE_SLUG, copy_project

LAVROV = "seeds/004_24a459861bad1e6c.txt"
UNDATED = "seeds/000_8d85a5ff8b3d3014.txt"
STORY = "title: {title}\ndate: {date}\nsources:\n  - path: {path}\n"
BOMB = STORY.format(title="Bomb", date="2025-07-09", path=LAVROV) + "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]\n" for prev, name in zip("abcdefgh", "bcdefghi"))


def run(project: Path, *args: str):
    return CliRunner().invoke(main, [*args, "--project", str(project)])


def problem_lines(output: str) -> list[str]:
    """The lines after `Error: N problem(s)...`: one per problem."""
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Error: "))
    return lines[start + 1:]


def snapshot(project: Path) -> dict[str, bytes]:
    """Every generated page and every annotation, byte for byte."""
    return {p.relative_to(project).as_posix(): p.read_bytes()
            for folder in ("docs", "briefings") for p in sorted((project / folder).rglob("*")) if p.is_file()}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The sample project, built once, so a failed build can be seen to change nothing."""
    root = copy_project(tmp_path / "p")
    assert run(root, "build").exit_code == 0
    return root


# (name, files to add, command, exit code, the exact output's problem lines)
REFUSED = [
    ("one id for two files",
     {"seeds/x.txt": "A story.\n", "seeds/x.md": "# Another\n\nAnother story.\n",
      "briefings/x.yaml": STORY.format(title="X", date="2025-07-09", path="seeds/x.txt")
      + "  - path: seeds/x.md\n"},
     "build", ["seeds/x.md: has the same source id 'x' as seeds/x.txt, so both would share one page; "
               "rename one of them"]),
    ("a briefing named index",
     {"briefings/i.yaml": "slug: index\n" + STORY.format(title="I", date="2025-07-09", path=LAVROV)},
     "build", ["briefings/i.yaml:1:1: slug: 'index' is the address of one of the site's own pages; "
               "choose another slug"]),
    ("a file named index",
     {"briefings/index.yaml": STORY.format(title="I", date="2025-07-09", path=LAVROV)},
     "build", ["briefings/index.yaml:1:1: the file name 'index' is the address of one of the site's own "
               "pages; rename the file or set slug: to another address"]),
    ("an alias bomb", {"briefings/bomb.yaml": BOMB}, "check",
     ["briefings/bomb.yaml:9:4: this value expands to more than 10,000 values through aliases (*name); "
      "write the values out"]),
    ("a tag that would run code",
     {"briefings/tag.yaml": STORY.format(title="T", date="2025-07-09",
                                         path='!!python/object/apply:os.system ["touch PWNED"]')},
     "build", ["briefings/tag.yaml:4:11: the tag !!python/object/apply:os.system is not allowed; "
               "write a plain value"]),
    ("a merge key",
     {"briefings/merge.yaml": "base: &base {title: T, date: 2025-07-09}\n<<: *base\n"
                              f"sources:\n  - path: {LAVROV}\n"},
     "build", ["briefings/merge.yaml:2:1: merge keys (<<) are not supported; write the keys out"]),
    ("a blank title",
     {"briefings/blank.yaml": STORY.format(title='"  "', date="2025-07-09", path=LAVROV)},
     "build", ["briefings/blank.yaml:1:1: title: must not be empty"]),
    ("a quote left open on line 2",
     {"briefings/q.yaml": 'title: Q\nsummary: "never closed\n' + "date: 2025-07-09\n" * 30},
     "check", ['briefings/q.yaml:2:10: YAML syntax error: a quotation mark opened here is never closed']),
    ("a slug chosen by hand that another file's name has",
     {"briefings/a-story.yaml": f"slug: {SAMPLE_SLUG}\n" + STORY.format(title="A", date="2025-07-09", path=LAVROV)},
     "check", [f"briefings/a-story.yaml:1:1: slug '{SAMPLE_SLUG}' is already used by "
               f"briefings/{SAMPLE_SLUG}.yml; give this briefing another slug"]),
]


@pytest.mark.parametrize("name, files, command, expected", REFUSED, ids=[c[0] for c in REFUSED])
def test_refused_with_one_line_each_and_nothing_changed(project: Path, name, files, command, expected) -> None:
    for path, text in files.items():
        (project / path).write_text(text, encoding="utf-8")
    before = snapshot(project)
    result = run(project, command)
    assert result.exit_code == 1, result.output
    assert problem_lines(result.output) == expected
    assert "Traceback" not in result.output
    assert snapshot(project) == before
    assert not (project / "PWNED").exists()


# --------------------------------------------------------------------------
# cases that must simply work
# --------------------------------------------------------------------------


def test_the_same_file_name_in_two_folders_gives_two_sources(project: Path) -> None:
    for folder, words in (("business", "Shares rose 5% on Monday."), ("sport", "United won 2-1 on Monday.")):
        (project / "seeds" / folder).mkdir()
        (project / "seeds" / folder / "001.txt").write_text(f"A {folder} story\n\n{words}\n", encoding="utf-8")
    (project / "briefings" / "two.yaml").write_text(
        STORY.format(title="Two", date="2025-07-09", path="seeds/business/001.txt")
        + "  - path: seeds/sport/001.txt\n", encoding="utf-8")
    assert run(project, "build").exit_code == 0
    page = (project / "docs" / "briefings" / "two.md").read_text(encoding="utf-8")
    assert "(../sources/business-001.md)" in page and "(../sources/sport-001.md)" in page
    assert "Shares rose" in (project / "docs" / "sources" / "business-001.md").read_text(encoding="utf-8")
    assert "United won" in (project / "docs" / "sources" / "sport-001.md").read_text(encoding="utf-8")


def test_a_quote_mark_in_a_file_name_makes_a_plain_id(project: Path) -> None:
    (project / "seeds" / 'the "big" day.txt').write_text("The big day\n\nIt rained.\n", encoding="utf-8")
    (project / "briefings" / "big.yaml").write_text(
        STORY.format(title="Big", date="2025-07-09", path='"seeds/the \\"big\\" day.txt"'), encoding="utf-8")
    assert run(project, "build").exit_code == 0, run(project, "build").output
    assert "(../sources/the-big-day.md)" in (project / "docs" / "briefings" / "big.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31"])
def test_years_at_the_ends_of_the_calendar(project: Path, date: str) -> None:
    (project / "seeds" / "edge.txt").write_text(
        f"date {date} Edge\n\nThe vote was on Friday, a year ago, and talks resume next week.\n", encoding="utf-8")
    (project / "briefings" / "edge.yaml").write_text(
        STORY.format(title="Edge", date=date, path="seeds/edge.txt") + f"  - path: {UNDATED}\n", encoding="utf-8")
    result = run(project, "build")
    assert result.exit_code == 0, result.output


def test_a_sources_url_is_shown(project: Path) -> None:
    (project / "briefings" / "url.yaml").write_text(
        STORY.format(title="U", date="2025-07-09", path=LAVROV) + "    url: https://example.org/lavrov\n"
        "  - path: seeds/x.txt\n    url: javascript:alert(1)\n", encoding="utf-8")
    (project / "seeds" / "x.txt").write_text("X\n\nA story.\n", encoding="utf-8")
    result = run(project, "build")
    assert result.exit_code == 0, result.output
    page = (project / "docs" / "briefings" / "url.md").read_text(encoding="utf-8")
    assert '<a href="https://example.org/lavrov" rel="nofollow noopener">original article</a>' in page
    assert "javascript" not in page


# --------------------------------------------------------------------------
# the editors' commands
# --------------------------------------------------------------------------


def _some_fact(project: Path) -> str:
    shown = run(project, "show", SAMPLE_SLUG).output
    return next(line.split()[0] for line in shown.splitlines() if line.strip().startswith("f-"))


def test_hide_keeps_the_files_mode_and_its_symbolic_link(project: Path) -> None:
    annotation = project / "briefings" / f"{SAMPLE_SLUG}.yml"
    real = project / "kept" / "story.yml"
    real.parent.mkdir()
    annotation.rename(real)
    annotation.symlink_to(real)
    os.chmod(real, 0o664)
    fact = _some_fact(project)
    result = run(project, "hide", SAMPLE_SLUG, fact)
    assert result.exit_code == 0, result.output
    assert annotation.is_symlink() and fact in real.read_text(encoding="utf-8")
    assert oct(real.stat().st_mode & 0o777) == "0o664"


def test_new_never_writes_beside_a_yml_of_the_same_name(project: Path) -> None:
    before = snapshot(project)
    result = run(project, "new", LAVROV, "--slug", SAMPLE_SLUG)
    assert result.exit_code == 1
    assert problem_lines(result.output) == [
        f"briefings/{SAMPLE_SLUG}.yml: already exists; edit it, or choose another name with --slug"]
    assert snapshot(project) == before


def test_a_bad_value_for_fix_names_the_option_not_a_line_never_saved(project: Path) -> None:
    before = snapshot(project)
    shown = run(project, "show", SAMPLE_SLUG).output
    entry = next(line.split()[0] for line in shown.splitlines() if line.strip().startswith("t-"))
    result = run(project, "fix", SAMPLE_SLUG, entry, "--start", "last June")
    assert result.exit_code == 1
    assert problem_lines(result.output) == [
        f"briefings/{SAMPLE_SLUG}.yml: --start: 'last June' is not a date; write it as YYYY, YYYY-MM "
        "or YYYY-MM-DD; nothing was changed"]
    assert snapshot(project) == before
