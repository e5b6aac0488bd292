"""`briefing extract FILE... --json`: one JSON object per file, offsets into the file as read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "004_24a459861bad1e6c.txt"


def run(*args):
    return CliRunner().invoke(main, ["extract", *map(str, args)])


@pytest.fixture(scope="module")
def record():
    result = run(SEED, "--json")
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    return json.loads(lines[0])


def test_record_has_the_documented_fields(record):
    assert set(record) >= {"path", "date", "quotes", "timexes", "entities", "facts"}
    assert record["date"] == "2025-07-09"
    assert set(record["quotes"][0]) >= {"text", "start", "end", "speaker", "speaker_role", "confidence"}
    assert set(record["timexes"][0]) >= {"text", "start", "end", "type", "value"}
    assert set(record["entities"][0]) >= {"text", "start", "end", "label"}
    assert set(record["facts"][0]) >= {"text", "start", "end"}


def test_offsets_point_into_the_file_as_read(record):
    raw = SEED.read_bytes().decode("utf-8")
    for kind in ("timexes", "entities"):
        for item in record[kind]:
            assert raw[item["start"] : item["end"]] == item["text"], (kind, item)
    for quote in record["quotes"]:
        pieces = quote["pieces"]
        assert all(raw[p["start"] : p["end"]] == p["text"] for p in pieces), quote
        assert quote["text"] == " \u2026 ".join(p["text"] for p in pieces)
        assert (quote["start"], quote["end"]) == (pieces[0]["start"], pieces[-1]["end"])


def test_a_quote_interrupted_by_its_speaker_is_one_quote_in_pieces(record):
    (zakharova,) = [q for q in record["quotes"] if q["speaker"] == "Maria Zakharova"]
    assert [p["text"] for p in zakharova["pieces"]] == [
        "will visit the Democratic People's Republic of Korea on July 11-13",
        "second round of strategic dialogue at the level of foreign ministers,",
    ]
    assert zakharova["context"] is None
    (kremlin,) = [q for q in record["quotes"] if q["speaker"] == "the Kremlin"]
    assert kremlin["context"] == "The Kremlin said Wednesday it was \"unfazed\u201d by Trump\u2019s \u201cbullshit\u201d comment."


def test_fact_offsets_point_into_the_file_as_read(record):
    raw = SEED.read_bytes().decode("utf-8")
    for fact in record["facts"]:
        assert " ".join(raw[fact["start"] : fact["end"]].split()) == fact["text"]


def test_sample_values(record):
    timexes = {(t["text"], t["type"], t["value"]) for t in record["timexes"]}
    assert ("July 11-13", "DATE", "2025-07-11/2025-07-13") in timexes
    assert ("Wednesday", "DATE", "2025-07-09") in timexes
    peskov = [q for q in record["quotes"] if q["speaker"] == "Dmitry Peskov"]
    assert peskov and peskov[0]["speaker_role"] == "Kremlin spokesman"


def test_one_line_per_file(tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_text("A headline\n\nThe talks will resume next Tuesday, the minister said.\n", encoding="utf-8")
    result = run(SEED, plain, "--json", "--date", "2025-07-09")
    assert result.exit_code == 0, result.output
    first, second = [json.loads(line) for line in result.output.strip().splitlines()]
    assert first["date"] == "2025-07-09"  # the file's own date
    assert second["date"] == "2025-07-09"  # from --date
    assert [t["value"] for t in second["timexes"]] == ["2025-07-15"]


def test_no_date_leaves_relative_expressions_unresolved(tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_text("A headline\n\nThe talks will resume next Tuesday, the minister said in 2024.\n", encoding="utf-8")
    result = run(plain, "--json")
    record = json.loads(result.output)
    values = {t["text"]: t["value"] for t in record["timexes"]}
    assert record["date"] is None
    assert values["2024"] == "2024"
    assert values["next Tuesday"].startswith("XXXX")


def test_a_bad_file_is_named_and_the_others_still_run(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run(empty, SEED, "--json")
    assert result.exit_code == 1
    assert f"Error: {empty}: the article is empty" in result.output
    assert '"path"' in result.output  # the good file was still extracted


def test_bad_date_option_is_explained():
    result = run(SEED, "--date", "09/07/2025")
    assert result.exit_code == 2
    assert "'09/07/2025' does not match the format '%Y-%m-%d'" in result.output
