"""Rebuilds redo exactly what depends on what changed, and parallel builds equal one-process builds.

A project of two briefings sharing one article: the sample briefing (articles
000 and 004) and a second one citing 000 only. After a first build, each
change is made and the next build's record of what it did again is compared
with what depends on the change.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.builder import cache
from generator.builder import parallel
from generator.builder import build
from generator.paths import Project
from tests.conftest import ROOT, SAMPLE_SLUG, copy_project

SAMPLE, OTHER = SAMPLE_SLUG, "second-look"
A000, A004 = "seeds/000_8d85a5ff8b3d3014.txt", "seeds/004_24a459861bad1e6c.txt"


def pages_of(slug: str) -> tuple[str, ...]:
    return (f"api/briefings/{slug}.json", f"briefings/{slug}.md")


def source_page(path: str) -> str:
    return f"sources/{Path(path).stem}.md"


def showing(project: Project, every_file: tuple[str, ...], slugs: tuple[str, ...]) -> set[str]:
    """The generated files that show one of these briefings (its own pages, the sources it
    cites, and the lists, archive, tag and people pages that list it): they name it."""
    return {name for name in every_file
            if any(name in pages_of(slug) or slug in (project.docs_dir / name).read_text("utf-8")
                   for slug in slugs)}


@pytest.fixture
def built(tmp_path) -> tuple[Project, tuple[str, ...]]:
    """The project after a first build, and every file that build made."""
    folder = copy_project(tmp_path / "p")
    (folder / "briefings" / f"{OTHER}.yml").write_text(
        f"title: A second look\ndate: 2025-07-10\nsummary: The visit, again.\nsources:\n  - path: {A000}\n")
    project = Project(folder)
    first = build(project, jobs=1)
    assert first.extracted == (A000, A004)
    return project, first.rendered


@pytest.fixture
def project(built) -> Project:
    return built[0]


def edit_article(project: Project) -> None:
    path = project.root / A004
    path.write_text(path.read_text() + '\nThe minister said "we will meet again" as 300 delegates left.\n')


def edit_annotation(project: Project) -> None:
    path = project.briefings_dir / f"{OTHER}.yml"
    path.write_text(path.read_text().replace("The visit, again.", "The visit, seen again."))


def touch_annotation(project: Project) -> None:
    """Saved again unchanged: the time changes, the content does not."""
    path = project.briefings_dir / f"{OTHER}.yml"
    path.write_bytes(path.read_bytes())


def nothing(project: Project) -> None:
    pass


# change, then what the next build parses, extracts and merges again (it renders
# again exactly the files that show a briefing merged again), and what it must rewrite
CASES = [
    (nothing, (), (), (), ()),
    (touch_annotation, (), (), (), ()),
    (edit_article, (), (A004,), (SAMPLE,), [*pages_of(SAMPLE), source_page(A004)]),
    (edit_annotation, (f"briefings/{OTHER}.yml",), (), (OTHER,), ["_generated/briefing-list.md", *pages_of(OTHER)]),
]


@pytest.mark.parametrize("change, parsed, extracted, merged, written", CASES,
                         ids=lambda v: v.__name__ if callable(v) else None)
def test_a_change_redoes_exactly_what_depends_on_it(built, change, parsed, extracted, merged, written):
    project, every_file = built
    dependent = showing(project, every_file, merged)
    change(project)
    result = build(project, jobs=1)
    assert result.parsed == parsed
    assert result.extracted == extracted
    assert result.merged == merged
    assert result.rendered == tuple(sorted(dependent))
    if merged:  # the archive's other pages, the other briefing's own, are left alone
        assert {"briefings/index.md", "tags/index.md", *pages_of({SAMPLE: OTHER, OTHER: SAMPLE}[merged[0]])} \
            .isdisjoint(result.rendered)
    # Rewritten: the changed briefing's own files, and no file of the other briefing or source.
    assert set(written) <= set(result.written) <= set(result.rendered)
    untouched = {OTHER: SAMPLE, SAMPLE: OTHER}[merged[0]] if merged else None
    assert untouched is None or not set(result.written) & set(pages_of(untouched))


@pytest.fixture
def changed_code(tmp_path, monkeypatch):
    """A copy of the package whose module `name` differs by a comment, in place of the real one."""
    def change(name: str) -> None:
        package = tmp_path / "package"
        shutil.copytree(ROOT / "generator", package, ignore=shutil.ignore_patterns("__pycache__"))
        with (package / name).open("a") as file:
            file.write("\n# changed\n")
        monkeypatch.setattr(cache, "PACKAGE", package)

    return change


@pytest.mark.parametrize("module, extracted", [
    ("extract/quotes.py", (A000, A004)),  # every article again; then every briefing and page
    ("render/markdown.py", ()),  # nothing extracted; every briefing and page made again
])
def test_changed_code_redoes_what_it_computes(built, project, changed_code, module, extracted):
    changed_code(module)
    result = build(project, jobs=1)
    assert result.parsed == ()
    assert result.extracted == extracted
    assert result.merged == (SAMPLE, OTHER)
    assert result.rendered == built[1]  # every file
    assert result.written == ()  # a comment changes no page


def test_a_changed_annotation_module_parses_every_annotation_again(project, changed_code):
    changed_code("annotation/schema.py")
    result = build(project, jobs=1)
    assert result.parsed == ("briefings/lavrov-north-korea-visit.yml", f"briefings/{OTHER}.yml")
    assert result.extracted == ()


def test_deleting_the_cache_is_safe(project):
    shutil.rmtree(project.root / ".cache")
    edit_annotation(project)
    result = build(project, jobs=1)
    assert result.extracted == (A000, A004)
    assert set(result.written) >= {"_generated/briefing-list.md", *pages_of(OTHER)}
    assert not set(result.written) & {*pages_of(SAMPLE), source_page(A000), source_page(A004)}


def tree(folder: Path) -> dict[str, bytes]:
    """Every generated page and JSON file (not the manifest, which records file times)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != ".generated.json"}


def test_a_parallel_build_writes_the_same_bytes_as_one_process(tmp_path, monkeypatch):
    monkeypatch.setattr(parallel, "JOBS_PER_WORKER", 1)  # two articles are enough for two workers
    one, two = (Project(copy_project(tmp_path / name)) for name in ("one", "two"))
    assert build(one, jobs=1).extracted
    assert build(two, jobs=2).extracted
    assert tree(one.docs_dir) == tree(two.docs_dir)


def test_a_build_with_nothing_to_extract_never_loads_spacy():
    """Importing spaCy costs seconds: the command, the build and the MkDocs hook import it only to extract."""
    code = "import sys, generator.cli, generator.builder, generator.site; print('spacy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == "False\n"
