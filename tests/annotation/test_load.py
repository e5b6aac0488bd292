"""Loading editors' annotation files: every kind of mistake, with its exact message and line."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest

from generator.errors import BriefingError
from generator.model import Addition, Correction, Position, SourceEntry
from generator.annotation import reference, schema
from generator.annotation.load import load_annotation
from generator.annotation.yaml_io import round_trip_yaml

ARTICLE = (
    " date 2025-07-09 Russian FM Lavrov to visit North Korea this weekend\n\n"
    "MOSCOW\n\n"
    'Lavrov "will visit the Democratic People\'s Republic of Korea on July 11-13," Russian '
    "ministry spokeswoman Maria Zakharova told reporters in Moscow Wednesday.\n"
)

GOOD = """\
# yaml-language-server: $schema=../generator/briefing.schema.json
title: Lavrov to visit North Korea
date: 2025-07-09
status: draft
summary: Russia's foreign minister visits Pyongyang.
tags: [russia, north-korea]
sources:
  - path: seeds/004_lavrov.txt
  - path: seeds/000_lavrov.txt
    outlet: Some Daily
    date: 2025-07-09
quotes:
  hide: [q-1a2b3c]
  order: [q-4d5e6f]
  correct:
    q-777777: {speaker: Maria Zakharova, speaker_role: ""}
timeline:
  add:
    - {start: 2024-06, text: A pact is signed., note: From our archive., sources: [004_lavrov]}
    - start: 2022
      text: The invasion begins.
"""


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "briefings").mkdir()
    for name in ("004_lavrov.txt", "000_lavrov.txt"):
        (tmp_path / "seeds" / name).write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def load(root: Path, text: str, name: str = "lavrov-visit.yaml"):
    path = root / "briefings" / name
    path.write_text(text, encoding="utf-8")
    return load_annotation(path, root)


def problems(root: Path, text: str, name: str = "lavrov-visit.yaml") -> list[str]:
    with pytest.raises(BriefingError) as caught:
        load(root, text, name)
    return [str(p) for p in caught.value.problems]


def test_good_file_loads_every_field(root: Path) -> None:
    a = load(root, GOOD)
    assert (a.path, a.slug, a.title, a.date, a.status) == (
        "briefings/lavrov-visit.yaml", "lavrov-visit", "Lavrov to visit North Korea",
        dt.date(2025, 7, 9), "draft")
    assert a.tags == ("russia", "north-korea")
    assert a.sources == (
        SourceEntry("seeds/004_lavrov.txt"),
        SourceEntry("seeds/000_lavrov.txt", outlet="Some Daily", date=dt.date(2025, 7, 9)),
    )
    assert a.quotes.hide == ("q-1a2b3c",) and a.quotes.order == ("q-4d5e6f",)
    assert a.quotes.correct == (Correction("q-777777", speaker="Maria Zakharova", speaker_role=""),)
    assert a.timeline.add == (
        Addition(start="2024-06", text="A pact is signed.", note="From our archive.",
                 sources=("004_lavrov",)),
        Addition(start="2022", text="The invasion begins."),
    )
    assert a.positions["quotes.hide.0"] == Position(13, 10)
    assert a.positions["quotes.correct.q-777777"] == Position(16, 5)
    assert a.positions["timeline.add.1"] == Position(20, 7)


def test_slug_given_overrides_file_name(root: Path) -> None:
    assert load(root, GOOD.replace("status: draft", "slug: lavrov-2025")).slug == "lavrov-2025"


def test_draft_and_published_both_load(root: Path) -> None:
    assert load(root, GOOD).status == "draft"
    assert load(root, GOOD.replace("status: draft\n", "")).status == "published"


MINIMAL = "title: T\ndate: 2025-07-09\nsources:\n  - path: seeds/004_lavrov.txt\n"

MISTAKES = [
    pytest.param("title: [T\ndate: 2025-07-09\n",
                 ["2:5: YAML syntax error: expected ',' or ']', but got ':'"], id="syntax-flow"),
    pytest.param("title: a: b\n", ["1:9: YAML syntax error: mapping values are not allowed here"],
                 id="syntax-colon"),
    pytest.param(MINIMAL + "title: U\n",
                 ['5:1: YAML syntax error: found duplicate key "title" with value "U"'],
                 id="duplicate-key"),
    pytest.param("", ["1:1: the file is empty; an annotation needs at least title, date and sources"],
                 id="empty"),
    pytest.param("- title: T\n", ["1:1: expected keys like 'title: ...' at the top level, got a list"],
                 id="top-level-list"),
    pytest.param(MINIMAL.replace("title:", "titel:"),
                 ["1:1: unknown key 'titel'; did you mean 'title'?", "1:1: missing required key 'title'"],
                 id="unknown-key"),
    pytest.param(MINIMAL + "quotes:\n  hid: [q-1]\n",
                 ["6:3: quotes: unknown key 'hid'; did you mean 'hide'?"], id="unknown-nested-key"),
    pytest.param(MINIMAL + "quotes:\n  correct:\n    q-1: {role: x}\n",
                 ["7:11: quotes.correct.q-1: unknown key 'role'; use one of text, speaker, "
                  "speaker_role, note"], id="unknown-key-no-close-match"),
    pytest.param("title: T\nsources:\n  - path: seeds/004_lavrov.txt\n",
                 ["1:1: missing required key 'date'"], id="missing-date"),
    pytest.param(MINIMAL.replace("2025-07-09", "2025-13-01"),
                 ["2:1: date: '2025-13-01' is not a date; write it as YYYY-MM-DD"], id="bad-date"),
    pytest.param(MINIMAL.replace("2025-07-09", "July 9"),
                 ["2:1: date: 'July 9' is not a date; write it as YYYY-MM-DD"], id="date-in-words"),
    pytest.param(MINIMAL + "timeline:\n  add:\n    - {start: 2025-7, text: x}\n",
                 ["7:8: timeline.add[0].start: '2025-7' is not a date; write it as YYYY, YYYY-MM "
                  "or YYYY-MM-DD"], id="bad-partial-date"),
    pytest.param(MINIMAL + "status: publish\n",
                 ["5:1: status: 'publish' must be published or draft; did you mean 'published'?"],
                 id="bad-status"),
    pytest.param(MINIMAL + "tags: russia\n",
                 ["5:1: tags: expected a list, like [russia, north-korea]; got text"], id="tags-not-list"),
    pytest.param(MINIMAL.replace("title: T", "title: [T, U]"),
                 ["1:1: title: expected text, got a list"], id="title-wrong-type"),
    pytest.param(MINIMAL + "quotes: [q-1]\n",
                 ["5:1: quotes: expected keys (hide, order, correct, add), got a list"],
                 id="section-wrong-type"),
    pytest.param(MINIMAL + "quotes:\n  hide: q-1\n",
                 ["6:3: quotes.hide: expected a list, like [q-1a2b3c, q-4d5e6f]; got text"],
                 id="hide-not-list"),
    pytest.param(MINIMAL + "quotes:\n  correct:\n    q-1:\n",
                 ["7:5: quotes.correct.q-1: give at least one of text, speaker, speaker_role, note"],
                 id="empty-correction"),
    pytest.param(MINIMAL + "quotes:\n  add:\n    - {speaker: Lavrov}\n",
                 ["7:7: quotes.add[0]: missing required key 'text'"], id="addition-missing-text"),
    pytest.param(MINIMAL + "facts:\n  add:\n    - {text: x, sources: [004_lavrv]}\n",
                 ["7:27: facts.add[0].sources[0]: no source '004_lavrv' in this briefing; "
                  "did you mean '004_lavrov'?"], id="addition-unknown-source"),
    pytest.param("title: T\ndate: 2025-07-09\nsources:\n  - path: seeds/004_lavrov.tx\n",
                 ["4:5: sources[0].path: 'seeds/004_lavrov.tx' does not exist; "
                  "did you mean 'seeds/004_lavrov.txt'?"], id="missing-source"),
    pytest.param("title: T\ndate: 2025-07-09\nsources:\n  - path: ../../etc/passwd\n",
                 ["4:5: sources[0].path: '../../etc/passwd' is outside the project; give a path "
                  "inside it, like seeds/name.txt"], id="outside-relative"),
    pytest.param("title: T\ndate: 2025-07-09\nsources:\n  - path: /etc/passwd\n",
                 ["4:5: sources[0].path: '/etc/passwd' is outside the project; give a path "
                  "inside it, like seeds/name.txt"], id="outside-absolute"),
    pytest.param("title: T\ndate: 2025-07-09\nsources: []\n",
                 ["3:1: sources: expected a list of articles, each as '- path: seeds/name.txt'; "
                  "got an empty list"], id="no-sources"),
    pytest.param("title: T\ndate: 2025-07-09\nsources:\n  - seeds/004_lavrov.txt\n",
                 ["4:5: sources[0]: expected keys (path, outlet, title, date, url), like "
                  "'- path: seeds/name.txt', got text"], id="source-not-mapping"),
    pytest.param(MINIMAL + "  - path: seeds/./004_lavrov.txt\n",
                 ["5:5: sources[1].path: 'seeds/004_lavrov.txt' is listed twice"], id="source-twice"),
    pytest.param(MINIMAL + "slug: Lavrov Visit\n",
                 ["5:1: slug: 'Lavrov Visit' is not a page address; use lowercase letters, digits "
                  "and '-', like lavrov-north-korea-visit"], id="bad-slug"),
]


@pytest.mark.parametrize("text, expected", MISTAKES)
def test_each_mistake_has_its_message_and_line(root: Path, text: str, expected: list[str]) -> None:
    assert problems(root, text) == [f"briefings/lavrov-visit.yaml:{e}" for e in expected]


def test_every_problem_of_a_file_at_once(root: Path) -> None:
    text = "titel: T\ndate: 2025-13-01\nstatus: final\nsources:\n  - path: seeds/nope.txt\n"
    assert [p.split(": ", 1)[0] for p in problems(root, text)] == [
        "briefings/lavrov-visit.yaml:1:1", "briefings/lavrov-visit.yaml:1:1",
        "briefings/lavrov-visit.yaml:2:1", "briefings/lavrov-visit.yaml:3:1",
        "briefings/lavrov-visit.yaml:5:5",
    ]


def test_file_name_that_cannot_be_a_slug(root: Path) -> None:
    assert problems(root, MINIMAL, name="Lavrov Visit.yaml") == [
        "briefings/Lavrov Visit.yaml:1:1: the file name 'Lavrov Visit' cannot be a page address; "
        "rename the file or set slug: to lowercase words joined by '-'"]


def test_not_utf8(root: Path) -> None:
    path = root / "briefings" / "x.yaml"
    path.write_bytes(b"title: caf\xe9\n")
    with pytest.raises(BriefingError) as caught:
        load_annotation(path, root)
    assert str(caught.value) == "briefings/x.yaml: is not UTF-8 text; save it as UTF-8"


# --------------------------------------------------------------------------
# the schema files are generated from the same model, and agree with the loader
# --------------------------------------------------------------------------


def test_committed_json_schema_is_up_to_date() -> None:
    assert reference.SCHEMA_FILE.read_text(encoding="utf-8") == reference.schema_text(), (
        "run: .venv/bin/python -m generator.annotation.reference")


def test_committed_docs_page_is_up_to_date() -> None:
    current = reference.DOCS_FILE.read_text(encoding="utf-8")
    assert current == reference.docs_text(current), (
        "run: .venv/bin/python -m generator.annotation.reference")


def test_docs_page_keeps_its_prose_and_lists_every_key() -> None:
    page = reference.DOCS_FILE.read_text(encoding="utf-8")
    assert page.startswith("# The annotation file\n")
    for key in (*schema.TOP_KEYS, *schema.SOURCE_KEYS, *schema.SECTIONS[0].keys):
        assert f"| `{key.name}` |" in page


def _as_json(node):
    """The YAML document as JSON would hold it (dates as text), for jsonschema."""
    return json.loads(json.dumps(node, default=str))


def test_json_schema_accepts_what_the_loader_accepts() -> None:
    document = _as_json(round_trip_yaml().load(GOOD))
    jsonschema.validate(document, schema.json_schema())


@pytest.mark.parametrize("text", [MINIMAL.replace("title:", "titel:"), MINIMAL + "status: final\n",
                                  MINIMAL + "quotes:\n  hid: [q-1]\n", MINIMAL + "tags: russia\n"])
def test_json_schema_refuses_what_the_loader_refuses(text: str) -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(_as_json(round_trip_yaml().load(text)), schema.json_schema())
