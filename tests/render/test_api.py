"""The briefing JSON: corroboration, more facts, discrepancies and coverage for programs."""

from __future__ import annotations

import json

from generator.render.api import briefing_json
from tests.render.test_markdown import STORY


def test_corroboration_discrepancies_and_coverage_are_in_the_json():
    data = json.loads(briefing_json(STORY))
    assert [(f["id"], f["sources"], f["corroboration"]) for f in data["facts"]] == [("f-1", ["a", "b"], 2)]
    assert [(f["id"], f["corroboration"]) for f in data["more_facts"]] == [("f-2", 1)]
    assert data["discrepancies"] == [{
        "id": "d-1", "kind": "figure",
        "versions": [
            {"value": "600", "text": "Around 600 <i>were</i> killed.", "sources": ["a"],
             "anchors": [{"source": "a", "sentence": "s-3"}]},
            {"value": "about 500", "text": "About 500 were killed.", "sources": ["b"],
             "anchors": [{"source": "b", "sentence": "s-4"}]},
        ],
        "sources": ["a", "b"],
        "anchors": [],
        "resolution": None,
        "note": None,
    }]
    assert data["coverage"] == {
        "sources": 2, "outlets": 2, "first_published": "2021-07-12", "last_published": "2021-07-14",
        "undated_sources": 0, "items": 2, "single_source_items": 1, "single_source": False,
    }
