"""Pick the candidate sentence pairs that eval/fact_pairs.jsonl labels (run once, then label by hand).

`.venv/bin/python eval/fact_pairs_pick.py > /tmp/candidates.jsonl`

The pick never looks at our fact matcher. From the three-outlet stories, 24
tuning and 24 held-out stories are drawn (random.Random(12)); each story's
excerpts are split into sentences by our parser, leaving out sentences of
fewer than six words and the cut-off last sentence of an excerpt ("..."). Per
story:

- the lead pairs: the first sentences of each two outlets (three pairs), where
  outlets most often report the same event, in their own words;
- two hard pairs: drawn at random from the pairs of other sentences of two
  outlets that share a capitalised word (not the first word) or a number, the
  same actors or figures in what is often another fact.

The labels (same fact or not) were then written by reading each pair, by the
rule in eval/fact_pairs.md.
"""

from __future__ import annotations

import itertools
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from allsides import read_stories  # noqa: E402
from generator.extract.nlp import parse  # noqa: E402

PER_PART = 24
MIN_WORDS = 6
HARD_PER_STORY = 2


def sentences(text: str) -> list[str]:
    found = [" ".join(s.text.split()) for s in parse(text).sents]
    found = [s for s in found if len(s.split()) >= MIN_WORDS]
    if found and re.search(r"(\.\.\.|…)\W*$", found[-1]):
        found.pop()
    return found


def anchors(sentence: str) -> set[str]:
    """Capitalised words after the first, and numbers."""
    tokens = re.findall(r"[\w$%.,'-]+", sentence)
    return {t.strip(".,") for t in tokens[1:] if t[0].isupper() or t[0].isdigit() or t[0] == "$"}


def main() -> None:
    stories = [s for s in read_stories() if len(s.reports) == 3]
    rng = random.Random(12)
    tune = [s for s in stories if not s.held_out]
    held = [s for s in stories if s.held_out]
    chosen = sorted(rng.sample(tune, PER_PART) + rng.sample(held, PER_PART), key=lambda s: s.id)
    for story in chosen:
        split = {r.outlet: sentences(r.text) for r in story.reports}
        outlets = list(split)
        for a, b in itertools.combinations(outlets, 2):
            if split[a] and split[b]:
                print(json.dumps({"story": story.id, "a_outlet": a, "b_outlet": b, "pick": "lead",
                                  "a": split[a][0], "b": split[b][0]}, ensure_ascii=False))
        hard = [(a, b, x, y) for a, b in itertools.combinations(outlets, 2)
                for x in split[a][1:] for y in split[b][1:] if anchors(x) & anchors(y)]
        for a, b, x, y in rng.sample(hard, min(HARD_PER_STORY, len(hard))):
            print(json.dumps({"story": story.id, "a_outlet": a, "b_outlet": b, "pick": "shared-name",
                              "a": x, "b": y}, ensure_ascii=False))


if __name__ == "__main__":
    main()
