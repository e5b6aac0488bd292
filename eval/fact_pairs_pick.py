"""Pick the candidate sentence pairs that eval/fact_pairs.jsonl labels (run once, then label by hand).

`.venv/bin/python eval/fact_pairs_pick.py > /tmp/candidates.jsonl` (batch 1)
`.venv/bin/python eval/fact_pairs_pick.py --batch 2 > /tmp/candidates.jsonl` (batch 2, and so on)

The pick never looks at our fact matcher. From the three-outlet stories, 24
tuning and 24 held-out stories are drawn (random.Random(12)); batch 2 draws 16
and 16 more among the stories batch 1 left (random.Random(13)); batch 3, 20
more tuning stories among those left (random.Random(14)); each story's
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

# Per batch: the random seed and the stories drawn from the tuning and the held-out part.
BATCHES = {1: (12, 24, 24), 2: (13, 16, 16), 3: (14, 20, 0)}
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


def draw(batch: int) -> list:
    """The stories of a batch, drawn among those no earlier batch drew."""
    stories = [s for s in read_stories() if len(s.reports) == 3]
    for earlier in range(1, batch + 1):
        seed, tuning, held_out = BATCHES[earlier]
        rng = random.Random(seed)
        tune = [s for s in stories if not s.held_out]
        held = [s for s in stories if s.held_out]
        chosen = sorted(rng.sample(tune, tuning) + rng.sample(held, held_out), key=lambda s: s.id)
        stories = [s for s in stories if s not in chosen]
    return chosen, rng


def main() -> None:
    batch = int(sys.argv[sys.argv.index("--batch") + 1]) if "--batch" in sys.argv else 1
    chosen, rng = draw(batch)
    for story in chosen:
        split = {r.outlet: sentences(r.text) for r in story.reports}
        outlets = list(split)
        for a, b in itertools.combinations(outlets, 2):
            if split[a] and split[b]:
                print(json.dumps({"story": story.id, "batch": batch, "a_outlet": a, "b_outlet": b, "pick": "lead",
                                  "a": split[a][0], "b": split[b][0]}, ensure_ascii=False))
        hard = [(a, b, x, y) for a, b in itertools.combinations(outlets, 2)
                for x in split[a][1:] for y in split[b][1:] if anchors(x) & anchors(y)]
        for a, b, x, y in rng.sample(hard, min(HARD_PER_STORY, len(hard))):
            print(json.dumps({"story": story.id, "batch": batch, "a_outlet": a, "b_outlet": b, "pick": "shared-name",
                              "a": x, "b": y}, ensure_ascii=False))


if __name__ == "__main__":
    main()
