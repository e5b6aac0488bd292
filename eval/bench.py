"""`make bench`: how fast extraction and builds are, as medians and ratios.

Uses real articles from ../shared/data/bbc (by path, never copied). Prints:
- per-article extraction time (median) and the share spaCy's parse takes of it;
- a cold build (empty cache) and a warm rebuild of N and 2N briefings, and the
  ratio between them: about 2.0 means the build grows linearly with the archive;
- MkDocs' own build of the 2N-briefing site;
- how long the generated summaries take (no briefing here has an editor's
  summary), as a share of the cold build they are part of.
The machines are shared and noisy: read the medians and ratios, not single runs.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import paths  # noqa: E402
from generator.build import Extractor, build  # noqa: E402
from generator.paths import Project  # noqa: E402
from generator.errors import BriefingError  # noqa: E402
from generator.extract import extract_article  # noqa: E402
from generator.extract.nlp import load_nlp, parse  # noqa: E402
from generator.annotation.load import load_annotations  # noqa: E402
from generator.read.articles import read_article  # noqa: E402
from generator.summary import summarize  # noqa: E402

BBC = ROOT.parent / "shared" / "data" / "bbc"


def bbc_articles(count: int) -> list[Path]:
    """`count` readable BBC articles, spread over the five sections, in a fixed order."""
    sections = sorted(p for p in BBC.iterdir() if p.is_dir())
    files = [sorted(s.glob("*.txt")) for s in sections]
    picked: list[Path] = []
    for i in range(max(len(f) for f in files)):
        for section in files:
            if i < len(section) and len(picked) < count:
                picked.append(section[i])
    return picked


def timed(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def bench_extraction(paths: list[Path]) -> None:
    nlp = load_nlp()
    articles = []
    for path in paths:
        try:
            articles.append(read_article(path, path.name))
        except BriefingError:
            continue  # bbc/sport/199.txt is Latin-1: the reader refuses it, rightly
    for article in articles[:3]:  # warm-up: first calls pay for lazy set-up
        extract_article(article, None, nlp)
    # Alternate parse and extraction per article, so load on a shared machine hits both alike.
    parse_times, extract_times = [], []
    for a in articles:
        parse_times.append(timed(lambda: parse(a.text, nlp)))
        extract_times.append(timed(lambda: extract_article(a, None, nlp)))
    chars = statistics.median(len(a.text) for a in articles)
    p, e = statistics.median(parse_times), statistics.median(extract_times)
    print(f"Extraction, {len(articles)} BBC articles (median {chars:.0f} characters):")
    print(f"  spaCy parse alone     median {p * 1000:7.1f} ms/article")
    print(f"  whole extraction      median {e * 1000:7.1f} ms/article  ({1 / e:.1f} articles/s)")
    print(f"  extraction / parse    ratio  {e / p:7.2f}  (our rules' cost on top of the parse)")


def make_project(folder: Path, paths: list[Path], briefings: int) -> Project:
    """A project of `briefings` briefings, two BBC articles each."""
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", folder / "docs", ignore=shutil.ignore_patterns(*paths.GENERATED))
    (folder / "generator").symlink_to(ROOT / "generator")
    (folder / "overrides").symlink_to(ROOT / "overrides")
    (folder / "seeds").mkdir()
    (folder / "briefings").mkdir()
    for n in range(briefings):
        pair = paths[2 * n : 2 * n + 2]
        for path in pair:
            shutil.copy(path, folder / "seeds" / f"{path.parent.name}-{path.name}")
        sources = "".join(f"  - path: seeds/{p.parent.name}-{p.name}\n" for p in pair)
        (folder / "briefings" / f"b{n:04d}.yml").write_text(
            f"title: Briefing {n}\ndate: 2005-01-{1 + n % 28:02d}\nsources:\n{sources}", encoding="utf-8")
    return Project(folder)


def bench_builds(paths: list[Path], sizes: list[int], repeats: int) -> None:
    print("\nBuilds (generate Markdown and JSON; two articles per briefing):")
    per_briefing = {}
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            project = make_project(Path(tmp), paths, size)
            cold = timed(lambda: build(project))
            (project.docs_dir / "briefings" / "b0000.md").unlink()  # something to rewrite
            warm = statistics.median(timed(lambda: build(project)) for _ in range(repeats))
            line = f"  {size:4d} briefings   cold {cold:6.2f} s   warm rebuild median {warm:6.3f} s"
            summaries = summary_time(project)
            line += f"   summaries {summaries:5.3f} s ({100 * summaries / cold:.1f} % of cold)"
            if size == sizes[-1]:
                site = statistics.median(timed(lambda: mkdocs(project.root)) for _ in range(repeats))
                line += f"   mkdocs build median {site:6.2f} s"
            print(line)
            per_briefing[size] = (cold, warm)
    small, large = sizes[0], sizes[-1]
    print(f"  {large}/{small} briefings: cold ratio {per_briefing[large][0] / per_briefing[small][0]:.2f}, "
          f"warm ratio {per_briefing[large][1] / per_briefing[small][1]:.2f} "
          f"(linear growth gives {large / small:.2f})")


def summary_time(project: Project) -> float:
    """Seconds to summarise every briefing of the project once, extractions cached."""
    extractor = Extractor(project)
    annotations, _ = load_annotations(project)
    sources = [[extractor.extract(e.path, e.date or a.date) for e in a.sources] for a in annotations]
    return timed(lambda: [summarize(group) for group in sources])


def mkdocs(folder: Path) -> None:
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet"], cwd=folder, check=True,
                   env={"PATH": "/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "0"})


def bench_site(synthetic: int) -> None:
    """The site step: the BBC corpus as 1,111 briefings and a synthetic archive (eval/site_bench.py)."""
    sys.path.insert(0, str(ROOT / "eval"))
    import site_bench

    print()
    site_bench.main(["--briefings", str(synthetic)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=60, help="articles for the extraction figures")
    parser.add_argument("--briefings", type=int, default=20, help="N: builds of N and 2N briefings")
    parser.add_argument("--repeats", type=int, default=3, help="runs behind each median")
    parser.add_argument("--site-briefings", type=int, default=5000,
                        help="briefings of the synthetic site (0: no site step, which takes minutes)")
    args = parser.parse_args()
    if not BBC.is_dir():
        print(f"No benchmark data at {BBC}: nothing measured.")
        return
    start = time.perf_counter()
    load_nlp()
    print(f"Loading spaCy's model: {time.perf_counter() - start:.2f} s (once per process)\n")
    bench_extraction(bbc_articles(args.articles))
    bench_builds(bbc_articles(4 * args.briefings), [args.briefings, 2 * args.briefings], args.repeats)
    if args.site_briefings:
        bench_site(args.site_briefings)


if __name__ == "__main__":
    main()
