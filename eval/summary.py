"""`make eval-summary`: our generated summary against AllSides' human roundups, beside two baselines.

Run from the project root: `.venv/bin/python eval/summary.py [--project DIR] [--limit N]`.
Data: ../shared/data/allsides/*.jsonl (read by path, never copied). Each story's
articles are written as seed files into a project (a temporary one unless
--project names a folder to keep, with its extraction cache, between runs),
with one annotation per story and no editor's summary (allsides.write_project); the build then
generates every briefing, and the summary it shows is scored against the
story's roundup (its first paragraph) with ROUGE-1/2/L F1 (`rouge-score`,
stemming on). In the same run, on the same stories and the same sentences
(our extraction's sentence split):
- today's default before this summary: the first sentence of the first source;
- the first sentence of each outlet;
- LexRank (Erkan & Radev 2004, sumy's LexRankSummarizer: TF-IDF cosine graph,
  threshold 0.1, power iteration) picking as many sentences as there are outlets.
Also prints how long the summaries take beside the build: on a cold build (no
extraction cache), the share of the build's time they add.

To judge the figures (the aim of issue 11 is ROUGE-1 0.45 on stories the
project has not seen), it also prints
- the roundups' length, the length a summary is scored against;
- how far ours is ahead of each baseline story by story: the mean of the
  per-story differences with its standard error, on each part of the stories;
- the ceiling of the approach: the best choice our own rules allow (2 to 4 of
  the sentences `summarize` may choose from, within its word limit, no two the
  same thing), found by trying every choice against the roundup itself.
"""

from __future__ import annotations

import argparse
import itertools
import math
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from allsides import DATA, Story, read_stories, seed_name, write_project  # noqa: E402
from generator.builder import Extractor, build, generate  # noqa: E402
from generator.paths import Project  # noqa: E402
from generator.model import ArticleExtraction, Briefing  # noqa: E402
from generator.summary import MAX_SENTENCES, MAX_WORDS, MIN_SENTENCES, candidates, same_thing, summarize  # noqa: E402

MEASURES = ("rouge1", "rouge2", "rougeL")
SPLITS = ("all", "tuning", "held-out")
Summarizer = Callable[[Sequence[ArticleExtraction]], list[str]]
Scores = dict[int, tuple[float, ...]]  # story id -> ROUGE-1, -2, -L F1


# --------------------------------------------------------------------------
# the baselines, on our extraction's sentences
# --------------------------------------------------------------------------


def default_lead(extractions: Sequence[ArticleExtraction]) -> list[str]:
    """What a briefing without an editor's summary showed before: the first source's first sentence."""
    return next(([ex.sentences[0].text] for ex in extractions if ex.sentences), [])


def first_sentences(extractions: Sequence[ArticleExtraction]) -> list[str]:
    return [ex.sentences[0].text for ex in extractions if ex.sentences]


class _Words:
    """sumy's tokenizer interface over plain regular expressions: NLTK's punkt
    data would be a download, and the sentences are ours already."""

    language = "english"

    def to_words(self, sentence: str) -> list[str]:
        return re.findall(r"\w+(?:['’]\w+)?", sentence)

    def to_sentences(self, paragraph: str) -> list[str]:  # pragma: no cover - never called
        raise NotImplementedError


def lexrank() -> Summarizer:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    words = _Words()

    def run(extractions: Sequence[ArticleExtraction]) -> list[str]:
        paragraphs = [Paragraph([Sentence(s.text, words) for s in ex.sentences]) for ex in extractions]
        document = ObjectDocumentModel(paragraphs)
        count = sum(1 for ex in extractions if ex.sentences)
        return [str(s) for s in summarizer(document, count)]

    return run


# --------------------------------------------------------------------------
# scoring
# --------------------------------------------------------------------------


def _scorer():
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(list(MEASURES), use_stemmer=True)


def story_scores(stories: Sequence[Story], summaries: dict[int, list[str]]) -> Scores:
    """ROUGE-1/2/L F1 of each story's summary against its roundup."""
    scorer = _scorer()
    found = {}
    for story in stories:
        result = scorer.score(story.roundup, " ".join(summaries[story.id]))
        found[story.id] = tuple(result[m].fmeasure for m in MEASURES)
    return found


def part(stories: Sequence[Story], split: str) -> list[Story]:
    return [s for s in stories if split == "all" or s.held_out == (split == "held-out")]


def report(name: str, stories: Sequence[Story], summaries: dict[int, list[str]]) -> Scores:
    """One line per part of the stories: ROUGE-1/2/L F1, words and sentences per summary."""
    found = story_scores(stories, summaries)
    for split in SPLITS:
        chosen = part(stories, split)
        if not chosen:
            continue
        means = [statistics.mean(found[s.id][i] for s in chosen) for i in range(len(MEASURES))]
        words = statistics.mean(len(" ".join(summaries[s.id]).split()) for s in chosen)
        sentences = statistics.mean(len(summaries[s.id]) for s in chosen)
        print(f"  {name:<26} {split:<8} {len(chosen):4d}  " + "  ".join(f"{m:.3f}" for m in means)
              + f"   {words:5.1f}  {sentences:4.2f}")
    return found


def difference(ours: Scores, theirs: Scores, stories: Sequence[Story]) -> list[tuple[float, float]]:
    """Per measure, the mean of ours minus theirs story by story, and its standard error."""
    found = []
    for i in range(len(MEASURES)):
        gaps = [ours[s.id][i] - theirs[s.id][i] for s in stories]
        error = statistics.stdev(gaps) / math.sqrt(len(gaps)) if len(gaps) > 1 else 0.0
        found.append((statistics.mean(gaps), error))
    return found


def report_differences(stories: Sequence[Story], ours: Scores, baselines: dict[str, Scores]) -> None:
    print("Ours minus each baseline, story by story (mean ± standard error): R-1, R-2, R-L")
    for name, theirs in baselines.items():
        for split in SPLITS:
            chosen = part(stories, split)
            if len(chosen) > 1:
                cells = "  ".join(f"{mean:+.3f} ± {error:.3f}" for mean, error in difference(ours, theirs, chosen))
                print(f"  {name:<26} {split:<8} {cells}")


def best_choice(extractions: Sequence[ArticleExtraction], score: Callable[[str], float]) -> list[str]:
    """The choice our rules allow that `score` rates highest: MIN_SENTENCES to MAX_SENTENCES
    of the sentences `summarize` may take (all of them when there are fewer), within
    MAX_WORDS, no two the same thing. Every choice is tried: a story has about a dozen."""
    found = candidates(extractions)
    best: tuple[float, list[str]] = (-1.0, [])
    for size in range(min(MIN_SENTENCES, len(found)), min(MAX_SENTENCES, len(found)) + 1):
        for choice in itertools.combinations(found, size):
            if sum(c.words for c in choice) > MAX_WORDS or any(
                    same_thing(a, b) for a, b in itertools.combinations(choice, 2)):
                continue
            texts = [c.sentence.text for c in choice]
            value = score(" ".join(texts))
            if value > best[0]:
                best = (value, texts)
    return best[1]


def ceiling(stories: Sequence[Story], extractions: dict[int, list[ArticleExtraction]]) -> dict[int, list[str]]:
    """Per story, the choice with the best ROUGE-1 against its own roundup."""
    scorer = _scorer()
    return {s.id: best_choice(extractions[s.id], lambda text, s=s: scorer.score(s.roundup, text)["rouge1"].fmeasure)
            for s in stories}


def report_roundups(stories: Sequence[Story]) -> None:
    words = sorted(len(s.roundup.split()) for s in stories)
    quartiles = statistics.quantiles(words, n=4)
    print(f"Roundups: {statistics.mean(words):.0f} words on average; quartiles {quartiles[0]:.0f}, "
          f"{quartiles[1]:.0f}, {quartiles[2]:.0f}; {sum(w > MAX_WORDS for w in words)} of {len(words)} "
          f"longer than our {MAX_WORDS}-word limit.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=None,
                        help="build in this folder and keep it (with its extraction cache) for the next run")
    parser.add_argument("--limit", type=int, default=None, help="only the first N stories")
    parser.add_argument("--ceiling", action="store_true",
                        help="also find the best choice our rules allow, story by story (a few minutes)")
    args = parser.parse_args(argv)
    if not DATA.is_file():
        print(f"No AllSides data at {DATA}: nothing to evaluate.")
        return 0
    stories = read_stories()[: args.limit]
    with tempfile.TemporaryDirectory() as temporary:
        folder = (args.project or Path(temporary)).resolve()
        folder.mkdir(parents=True, exist_ok=True)
        cold = not (folder / ".cache").exists()
        write_project(stories, folder)
        (folder / "docs").mkdir(exist_ok=True)
        project = Project(folder)
        start = time.perf_counter()
        build(project)
        build_time = time.perf_counter() - start
        briefings, _ = generate(project)  # the briefings as built, from the build's cache
        evaluate(stories, project, briefings, build_time, cold, args.ceiling)
    return 0


def evaluate(stories: Sequence[Story], project: Project, briefings: Sequence[Briefing],
             build_time: float, cold: bool, with_ceiling: bool = False) -> None:
    by_slug = {b.slug: b for b in briefings}
    generated = [by_slug[f"story-{s.id}"] for s in stories]
    marked = sum(b.summary_source == "generated" for b in generated)
    extractor = Extractor(project)
    extractions = {s.id: [extractor.extract(f"seeds/{seed_name(s, r)}.txt", dt(s)) for r in s.reports]
                   for s in stories}
    ours = {s.id: [x.text for x in b.summary_sentences] for s, b in zip(stories, generated)}
    start = time.perf_counter()
    for s in stories:
        summarize(extractions[s.id])
    summary_time = time.perf_counter() - start
    print(f"AllSides: {len(stories)} stories, {sum(len(s.reports) for s in stories)} articles; "
          f"{marked} briefings built with summary_source 'generated'.")
    print("ROUGE F1 against the roundup's first paragraph (rouge-score, stemming on);"
          " held-out: the third of the stories that tuned nothing")
    print(f"  {'summary':<26} {'stories':<8} {'n':>4}  R-1    R-2    R-L     words  sents")
    mine = report("ours (generated)", stories, ours)
    report("first sentence, 1st source", stories, {s.id: default_lead(extractions[s.id]) for s in stories})
    run = lexrank()
    baselines = {
        "first sentence per outlet": report("first sentence per outlet", stories,
                                            {s.id: first_sentences(extractions[s.id]) for s in stories}),
        "LexRank (sumy)": report("LexRank (sumy)", stories, {s.id: run(extractions[s.id]) for s in stories}),
    }
    if with_ceiling:
        report("ceiling: best choice", stories, ceiling(stories, extractions))
    report_roundups(stories)
    report_differences(stories, mine, baselines)
    shape = sum(2 <= len(v) <= 4 and 60 <= len(" ".join(v).split()) <= 110 for v in ours.values())
    print(f"Ours: {shape} of {len(ours)} summaries have 2-4 sentences and 60-110 words.")
    kind = "cold build (every article extracted)" if cold else "warm build (extractions cached)"
    print(f"Time: {kind} of {len(stories)} briefings {build_time:.1f} s; summarising them all "
          f"{summary_time:.2f} s ({100 * summary_time / build_time:.1f} % of the build).")


def dt(story: Story):
    import datetime

    return datetime.date.fromisoformat(story.date)


if __name__ == "__main__":
    sys.exit(main())
