import json

import pytest

from generator.errors import BriefingError
from generator.write import write_tree

MANIFEST = ".generated.json"


def test_writes_files_and_a_manifest(tmp_path):
    written, deleted = write_tree(tmp_path, {"a/b.md": "B\n", "c.json": "{}\n"}, MANIFEST)
    assert written == ("a/b.md", "c.json") and deleted == ()
    assert (tmp_path / "a/b.md").read_text() == "B\n"
    assert json.loads((tmp_path / MANIFEST).read_text())["files"] == ["a/b.md", "c.json"]


def test_unchanged_files_are_not_rewritten(tmp_path):
    write_tree(tmp_path, {"a.md": "A\n"}, MANIFEST)
    before = (tmp_path / "a.md").stat().st_mtime_ns
    written, _ = write_tree(tmp_path, {"a.md": "A\n"}, MANIFEST)
    assert written == ()
    assert (tmp_path / "a.md").stat().st_mtime_ns == before


def test_deletes_only_files_it_wrote_before(tmp_path):
    write_tree(tmp_path, {"old/x.md": "X\n", "keep.md": "K\n"}, MANIFEST)
    (tmp_path / "hand-written.md").write_text("mine\n")
    _, deleted = write_tree(tmp_path, {"keep.md": "K\n"}, MANIFEST)
    assert deleted == ("old/x.md",)
    assert not (tmp_path / "old").exists()
    assert (tmp_path / "hand-written.md").read_text() == "mine\n"


def test_refuses_to_overwrite_a_file_it_did_not_write(tmp_path):
    (tmp_path / "page.md").write_text("an editor's page\n")
    with pytest.raises(BriefingError) as error:
        write_tree(tmp_path, {"page.md": "generated\n", "other.md": "O\n"}, MANIFEST)
    assert str(error.value) == (
        f"{tmp_path.name}/page.md: exists but was not written by the generator; "
        "move it elsewhere, the generator needs this path"
    )
    assert (tmp_path / "page.md").read_text() == "an editor's page\n"
    assert not (tmp_path / "other.md").exists()


def test_a_tampered_manifest_cannot_delete_outside(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (tmp_path / "precious.txt").write_text("keep")
    (out / MANIFEST).write_text(json.dumps({"files": ["../precious.txt", "/etc/passwd"]}))
    write_tree(out, {}, MANIFEST)
    assert (tmp_path / "precious.txt").read_text() == "keep"
