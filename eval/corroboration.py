"""`make eval-corroboration`: do outlets' same facts become one item, and how often?

Run from the project root: `.venv/bin/python eval/corroboration.py [--limit N] [--errors]`.

Data: the AllSides roundups in ../shared/data/allsides/ (one story told by two
or three outlets, each an excerpt of about 570 characters). Two measures, each
on the tuning stories and on the held-out ones (one story in three, by id:
`Story.held_out`), which judge the thresholds tuned on the others:

- briefings: every story is built as a briefing by the real pipeline, in a
  temporary project (seeds with a `date YYYY-MM-DD Title` line, the outlet in
  the annotation); the share of briefings whose JSON has at least one key fact
  (`facts` or `more_facts`) with `corroboration` >= 2, i.e. reported by two or
  more outlets; also the facts per briefing and the discrepancies found.
- pairs: eval/fact_pairs.jsonl, 445 sentence pairs from these stories labelled
  by hand in three batches, same fact or not (the rule and how they were picked:
  eval/fact_pairs.md), scored on each part and, for ours, on each batch of
  each part too (batch 1 alone is the set the first pass was measured on);
  each sentence is described as a fact on its own
  (`generator.extract.facts.describe`) and `same_fact` says whether they
  merge: precision and recall of merging. Beside ours, in the same run, the
  previous rule (the same figures and rapidfuzz token_set_ratio >= 75).

The data is read by path, never copied; without it the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from allsides import DATA, Story, read_stories, write_project  # noqa: E402

PAIRS = ROOT / "eval" / "fact_pairs.jsonl"
PARTS = ("tune", "held-out")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, predicted: bool, gold: bool) -> None:
        if predicted and gold:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif gold:
            self.fn += 1
        else:
            self.tn += 1

    def line(self) -> str:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return (f"precision {precision:.3f}  recall {recall:.3f}  "
                f"(merged {self.tp} of {self.tp + self.fn} same, {self.fp} of {self.fp + self.tn} different)")


# --------------------------------------------------------------------------
# pairs
# --------------------------------------------------------------------------


def statement(text: str, date: str):
    """A sentence described as a fact, as the extractor describes one."""
    from generator.extract.facts import describe
    from generator.extract.nlp import parse
    from generator.extract.time import extract_timexes

    doc = parse(text)
    return describe(doc[:], extract_timexes(doc, dt.date.fromisoformat(date)))


def previous_rule(a_text: str, b_text: str) -> bool:
    """The rule before this one: exactly the same figures and token_set_ratio >= 75."""
    from rapidfuzz import fuzz

    from generator.ids import words

    figures = lambda text: set(re.findall(r"\d[\d,.]*\d|\d", text))  # noqa: E731
    return figures(a_text) == figures(b_text) and fuzz.token_set_ratio(words(a_text), words(b_text)) >= 75


def score_pairs(stories: dict[int, Story], show_errors: bool) -> None:
    from generator.merge.facts import same_fact

    pairs = [json.loads(line) for line in PAIRS.read_text(encoding="utf-8").splitlines() if line.strip()]
    ours = {part: Counts() for part in PARTS}
    peer = {part: Counts() for part in PARTS}
    batches: dict[tuple[str, int], Counts] = {}
    errors = []
    for pair in pairs:
        date = stories[pair["story"]].date
        merged = same_fact(statement(pair["a"], date), statement(pair["b"], date))
        ours[pair["part"]].add(merged, pair["same"])
        batches.setdefault((pair["part"], pair["batch"]), Counts()).add(merged, pair["same"])
        peer[pair["part"]].add(previous_rule(pair["a"], pair["b"]), pair["same"])
        if merged != pair["same"]:
            errors.append(pair)
    print(f"Fact pairs ({PAIRS.relative_to(ROOT)}: {len(pairs)} labelled by hand, "
          f"{sum(p['same'] for p in pairs)} same fact)")
    for part in PARTS:
        print(f"  {part:9} ours:          {ours[part].line()}")
        print(f"  {part:9} previous rule: {peer[part].line()}")
        for (in_part, batch), counts in sorted(batches.items()):
            if in_part == part:
                print(f"  {part:9}   batch {batch}:     {counts.line()}")
    if show_errors:
        for pair in errors:
            kind = "missed" if pair["same"] else "wrongly merged"
            print(f"\n[{kind}] story {pair['story']} ({pair['part']}, batch {pair['batch']})\n"
                  f"  A: {pair['a']}\n  B: {pair['b']}")


# --------------------------------------------------------------------------
# briefings
# --------------------------------------------------------------------------


def build_briefings(stories: list[Story]) -> dict[int, dict]:
    """Every story built as a briefing by the real pipeline: its JSON by story id."""
    from generator.builder import generate
    from generator.paths import Project, briefing_json

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        write_project(stories, root)
        # The extraction cache outlives the run, so a second run parses nothing.
        cache = ROOT / ".cache" / "eval-corroboration"
        cache.mkdir(parents=True, exist_ok=True)
        (root / ".cache").symlink_to(cache)
        _, files = generate(Project(root))
    return {s.id: json.loads(files[briefing_json(f"story-{s.id}")]) for s in stories}


def score_briefings(stories: list[Story]) -> None:
    started = time.perf_counter()
    built = build_briefings(stories)
    seconds = time.perf_counter() - started
    print(f"Briefings ({len(stories)} AllSides stories built as briefings in {seconds:.0f} s)")
    for part in PARTS:
        chosen = [s for s in stories if (part == "held-out") == s.held_out]
        if not chosen:
            continue
        facts = [[*built[s.id]["facts"], *built[s.id].get("more_facts", [])] for s in chosen]
        corroborated = sum(any(f.get("corroboration", 1) >= 2 for f in found) for found in facts)
        shown = sum(len(built[s.id]["facts"]) for s in chosen)
        discrepancies = sum(len(built[s.id].get("discrepancies", [])) for s in chosen)
        print(f"  {part:9} {corroborated / len(chosen):6.1%} of {len(chosen)} briefings have a fact "
              f"reported by two or more outlets; key facts per briefing {shown / len(chosen):.1f}; "
              f"discrepancies flagged {discrepancies}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="build only the first N stories")
    parser.add_argument("--errors", action="store_true", help="list every pair we get wrong")
    parser.add_argument("--pairs-only", action="store_true", help="skip building the briefings")
    args = parser.parse_args()
    if not DATA.is_file():
        print(f"No AllSides data at {DATA}: nothing to evaluate (see ../shared/data/README.md).")
        return 0
    stories = read_stories()
    score_pairs({s.id: s for s in stories}, args.errors)
    if not args.pairs_only:
        score_briefings(stories[: args.limit] if args.limit else stories)
    return 0


if __name__ == "__main__":
    sys.exit(main())
