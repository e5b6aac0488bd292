"""docs/scaling.md's example: extraction through dask.bag on this machine, into the build's cache."""

from __future__ import annotations

import re

from generator.builder import build
from generator.paths import Project
from tests.conftest import ROOT, copy_project


def example() -> str:
    text = (ROOT / "docs" / "scaling.md").read_text()
    blocks = re.findall(r"```python\n(.*?)```", text, re.S)
    assert len(blocks) == 1
    return blocks[0]


def test_the_example_extracts_through_dask_and_the_build_then_extracts_nothing(tmp_path, monkeypatch, capsys):
    project = copy_project(tmp_path / "p")
    monkeypatch.chdir(project)
    exec(compile(example(), "docs/scaling.md", "exec"), {"__name__": "scaling_example"})
    assert capsys.readouterr().out == "2 extractions cached\n"
    result = build(Project(project), jobs=1)
    assert result.extracted == ()
    assert result.merged == ("lavrov-north-korea-visit",)
