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
"""

from __future__ import annotations

import argparse
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
from generator.build import Extractor, build  # noqa: E402
from generator.paths import Project  # noqa: E402
from generator.model import ArticleExtraction, Briefing  # noqa: E402
from generator.summary import summarize  # noqa: E402

MEASURES = ("rouge1", "rouge2", "rougeL")
Summarizer = Callable[[Sequence[ArticleExtraction]], list[str]]


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


def scores(references: Sequence[str], summaries: Sequence[str]) -> dict[str, float]:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(list(MEASURES), use_stemmer=True)
    found = {m: [] for m in MEASURES}
    for reference, summary in zip(references, summaries):
        result = scorer.score(reference, summary)
        for m in MEASURES:
            found[m].append(result[m].fmeasure)
    return {m: statistics.mean(v) for m, v in found.items()}


def report(name: str, stories: Sequence[Story], summaries: dict[int, list[str]]) -> None:
    """One line per part of the stories: ROUGE-1/2/L F1, words and sentences per summary."""
    for split in ("all", "tuning", "held-out"):
        chosen = [s for s in stories if split == "all" or s.held_out == (split == "held-out")]
        if not chosen:
            continue
        texts = [" ".join(summaries[s.id]) for s in chosen]
        result = scores([s.roundup for s in chosen], texts)
        words = statistics.mean(len(t.split()) for t in texts)
        sentences = statistics.mean(len(summaries[s.id]) for s in chosen)
        print(f"  {name:<26} {split:<8} {len(chosen):4d}  " + "  ".join(f"{result[m]:.3f}" for m in MEASURES)
              + f"   {words:5.1f}  {sentences:4.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=None,
                        help="build in this folder and keep it (with its extraction cache) for the next run")
    parser.add_argument("--limit", type=int, default=None, help="only the first N stories")
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
        result = build(project)
        build_time = time.perf_counter() - start
        evaluate(stories, project, result.briefings, build_time, cold)
    return 0


def evaluate(stories: Sequence[Story], project: Project, briefings: Sequence[Briefing],
             build_time: float, cold: bool) -> None:
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
    report("ours (generated)", stories, ours)
    report("first sentence, 1st source", stories, {s.id: default_lead(extractions[s.id]) for s in stories})
    report("first sentence per outlet", stories, {s.id: first_sentences(extractions[s.id]) for s in stories})
    run = lexrank()
    report("LexRank (sumy)", stories, {s.id: run(extractions[s.id]) for s in stories})
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
