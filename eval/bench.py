"""`make bench`: how fast builds are at archive scale, as ratios taken in the same run.

Uses the BBC corpus of ../shared/data/bbc (by path, never copied into git): its
readable articles, two per briefing (1,111 briefings), in a temporary project.
One function per measured step, each printing its own lines:

- cold build: `briefing build` with an empty cache, words/s of its extraction
  step and of the whole build, beside spaCy's `nlp.pipe` on the same texts
  with the same number of processes (the ratio is what we get of the machine);
- rebuilds: nothing changed, one annotation edited, one article changed;
- peak memory of a cold build at two sizes, and how much it grows;
- the MkDocs step: `mkdocs build` of the generated site, and what its search
  and offline plugins cost (each left out once, on a copy of mkdocs.yml);
  `mkdocs serve --dirty` (`make serve`): how soon a saved edit is served;
- the generated summaries (no briefing here has an editor's summary);
- one long article of 100k, 200k and 900k characters (eval/long_article.py);
- the site step (eval/site_bench.py): the BBC briefings and a synthetic archive.

The machines are shared and noisy: read the ratios, not single figures; the
CPU-second figures do not move with other load on the machine.
"""

from __future__ import annotations

import argparse
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from generator.annotation.load import load_annotations  # noqa: E402
from generator.builder import Extractor  # noqa: E402
from generator.errors import BriefingError  # noqa: E402
from generator.cores import machine_cores  # noqa: E402
from generator.paths import Project  # noqa: E402
from generator.read.articles import read_article  # noqa: E402
from site_projects import skeleton  # noqa: E402  (eval/site_projects.py)
from generator.summary import summarize  # noqa: E402

BBC = ROOT.parent / "shared" / "data" / "bbc"
ENV = {"PATH": "/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "0", "CI": "true"}
# Runs a Python module and prints the peak resident memory of its process and
# of its largest child (the build and its largest extraction worker), in KiB,
# and the CPU seconds of both together.
PEAK_RSS = (
    "import resource, runpy, sys\n"
    "sys.argv = sys.argv[1:]\n"
    "code = 0\n"
    "try:\n"
    "    runpy.run_module(sys.argv[0], run_name='__main__', alter_sys=True)\n"
    "except SystemExit as stop:\n"
    "    code = stop.code\n"
    "use = [resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]\n"
    "cpu = [u.ru_utime + u.ru_stime for u in use]\n"
    # ru_maxrss survives exec: it would count the bench's own memory, which this
    # process had for a moment as a fork of it. VmHWM is this program's alone.
    "own = next((int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM:')), use[0].ru_maxrss)\n"
    "print(f'PEAK {own} {use[1].ru_maxrss} {cpu[0]} {cpu[1]}', file=sys.stderr)\n"
    "sys.exit(code)\n"
)


@dataclass(frozen=True)
class Run:
    seconds: float
    output: str
    peak_mib: float = 0.0  # the build process
    worker_peak_mib: float = 0.0  # its largest child
    cpu_seconds: float = 0.0  # the process and its children together
    children_cpu_seconds: float = 0.0  # the children alone (the extraction workers)

    def step_seconds(self, label: str) -> float | None:
        """A step's time from the build's summary line ('Extracting: 2222 articles in 98.1 s')."""
        found = re.search(rf"^{label}: \d+ \w+ in ([\d.]+) s", self.output, re.M)
        return float(found.group(1)) if found else None


# --------------------------------------------------------------------------
# the corpus as a project
# --------------------------------------------------------------------------


def readable_articles() -> list[Path]:
    """Every BBC article the reader accepts (sport/199.txt is Latin-1: refused, rightly)."""
    found = []
    for path in sorted(BBC.glob("*/*.txt")):
        try:
            read_article(path, path.name)
        except BriefingError:
            continue
        found.append(path)
    return found


def make_project(folder: Path, articles: list[Path], briefings: int) -> Path:
    """`briefings` briefings of two articles each; seed names made unique (`business-001.txt`)."""
    skeleton(folder)
    for n in range(briefings):
        pair = articles[2 * n: 2 * n + 2]
        names = [f"{p.parent.name}-{p.name}" for p in pair]
        for path, name in zip(pair, names):
            shutil.copy(path, folder / "seeds" / name)
        sources = "".join(f"  - path: seeds/{name}\n" for name in names)
        (folder / "briefings" / f"b{n:04d}.yml").write_text(
            f"title: Briefing {n}\ndate: 2005-01-{1 + n % 28:02d}\nsources:\n{sources}", encoding="utf-8")
    return folder


def words_in(folder: Path) -> int:
    return sum(len(read_article(p, p.name).text.split()) for p in sorted((folder / "seeds").iterdir()))


# --------------------------------------------------------------------------
# running things
# --------------------------------------------------------------------------


def run(args: list[str], cwd: Path) -> Run:
    """Run a Python module in `cwd` with its peak memory measured; stops the bench if it fails."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", PEAK_RSS, *args], cwd=cwd, env=ENV,
                          capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0 or "PEAK" not in done.stderr:
        sys.exit(f"{' '.join(args)} failed in {cwd}:\n{done.stdout}{done.stderr}")
    peak = re.search(r"PEAK (\d+) (\d+) ([\d.]+) ([\d.]+)", done.stderr)
    own, children = float(peak.group(3)), float(peak.group(4))
    return Run(seconds, done.stdout + done.stderr, int(peak.group(1)) / 1024, int(peak.group(2)) / 1024,
               own + children, children)


def briefing_build(folder: Path, jobs: int) -> Run:
    return run(["generator", "build", "--jobs", str(jobs)], folder)


def mkdocs_build(folder: Path, config: str = "mkdocs.yml") -> Run:
    return run(["mkdocs", "build", "--quiet", "--config-file", config], folder)


# --------------------------------------------------------------------------
# measured steps
# --------------------------------------------------------------------------


def bench_cold(folder: Path, jobs: int) -> Run:
    """A cold build (no cache, no output): extraction and the whole build, words/s."""
    result = briefing_build(folder, jobs)
    words = words_in(folder)
    extracting = result.step_seconds("Extracting") or result.seconds
    print(f"Cold `briefing build --jobs {jobs}`: {result.seconds:.1f} s in all "
          f"({words / result.seconds:,.0f} words/s); its extraction step {extracting:.1f} s "
          f"({words / extracting:,.0f} words/s); {result.cpu_seconds:.0f} CPU s "
          f"({words / result.cpu_seconds:,.0f} words per CPU s), of which the extraction workers "
          f"{result.children_cpu_seconds:.0f} ({words / max(result.children_cpu_seconds, 1e-9):,.0f} words per CPU s)")
    return result


def bench_spacy(folder: Path, jobs: int) -> tuple[float, float]:
    """spaCy alone: `nlp.pipe` on the same cleaned texts with as many processes:
    seconds, and CPU seconds (of the pipe's processes, the model's loading left out)."""
    code = (
        "import resource, sys, time, spacy\n"
        "from pathlib import Path\n"
        "from generator.read.articles import read_article\n"
        "from generator.extract.nlp import MODEL\n"
        "texts = [read_article(p, p.name).text for p in sorted(Path('seeds').iterdir())]\n"
        "nlp = spacy.load(MODEL)\n"
        "cpu = lambda: sum(u.ru_utime + u.ru_stime for u in map(resource.getrusage, (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)))\n"
        "start, used = time.perf_counter(), cpu()\n"
        f"for _ in nlp.pipe(texts, n_process={jobs}, batch_size=16): pass\n"
        "print(time.perf_counter() - start, cpu() - used)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=folder, env=ENV, capture_output=True,
                          text=True, check=True)
    seconds, cpu_seconds = map(float, done.stdout.split()[-2:])
    words = words_in(folder)
    print(f"spaCy alone, nlp.pipe(n_process={jobs}): {seconds:.1f} s ({words / seconds:,.0f} words/s); "
          f"{cpu_seconds:.0f} CPU s ({words / cpu_seconds:,.0f} words per CPU s)")
    return seconds, cpu_seconds


def bench_rebuilds(folder: Path, jobs: int, repeats: int) -> dict[str, float]:
    """Rebuilds after nothing, one annotation and one article changed: median seconds of each."""
    changes = {
        "nothing changed": lambda n: None,
        "one annotation edited": lambda n: _append(folder / "briefings" / f"b{n:04d}.yml",
                                                    f"why_it_matters: Edit {n}.\n"),
        "one article changed": lambda n: _append(next((folder / "seeds").glob(f"*{n + 1:03d}.txt")),
                                                  f"\nA sentence added in edit {n}.\n"),
    }
    medians = {}
    for name, change in changes.items():
        runs = []
        for n in range(repeats):
            change(n)
            runs.append(briefing_build(folder, jobs))
        medians[name] = statistics.median(run.seconds for run in runs)
        print(f"Rebuild, {name}: median {medians[name]:.2f} s of {repeats} "
              f"(`briefing build`, Python's start included; "
              f"{statistics.median(run.cpu_seconds for run in runs):.2f} CPU s, unmoved by other load)")
    return medians


def _append(path: Path, text: str) -> None:
    with path.open("a", encoding="utf-8") as file:
        file.write(text)


def bench_memory(sizes: dict[int, Run]) -> None:
    """Peak memory of the cold builds at each size, and its growth."""
    for size, result in sizes.items():
        print(f"Peak memory, cold build of {size} briefings: build process {result.peak_mib:.0f} MiB, "
              f"largest extraction worker {result.worker_peak_mib:.0f} MiB")
    (small, a), (large, b) = list(sizes.items())[0], list(sizes.items())[-1]
    print(f"  {small} -> {large} briefings: build process {b.peak_mib / a.peak_mib - 1:+.0%}, "
          f"worker {b.worker_peak_mib / max(a.worker_peak_mib, 1) - 1:+.0%}")


def bench_mkdocs(folder: Path) -> None:
    """`mkdocs build` of the generated site (the hook finds nothing to do), then without
    the search plugin and without the offline plugin, to show what each costs."""
    full = mkdocs_build(folder)
    hook = re.search(r"Briefings: .*", full.output)
    print(f"`mkdocs build`: {full.seconds:.1f} s, {full.cpu_seconds:.1f} CPU s, peak memory {full.peak_mib:.0f} MiB"
          + (f" (the hook: {hook.group(0)})" if hook else " (the hook had nothing to generate)"))
    config = (folder / "mkdocs.yml").read_text()
    for plugin in ("search", "offline"):
        variant = folder / f"mkdocs-no-{plugin}.yml"
        variant.write_text(config.replace(f"  - {plugin}\n", "", 1).replace("site_dir: site", f"site_dir: site-no-{plugin}"))
        result = mkdocs_build(folder, variant.name)
        print(f"  without the {plugin} plugin: {result.seconds:.1f} s, {result.cpu_seconds:.1f} CPU s "
              f"({full.cpu_seconds - result.cpu_seconds:+.1f} CPU s is what {plugin} costs)")


def bench_serve(folder: Path, repeats: int) -> None:
    """`mkdocs serve --dirty` as `make serve` runs it: seconds from saving an annotation
    to its page showing the change, median of `repeats` edits."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    base = f"http://127.0.0.1:{port}/"
    log = (folder / "serve.log").open("w")
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dirty", "--dev-addr", f"127.0.0.1:{port}"],
                              cwd=folder, env=ENV, stdout=log, stderr=subprocess.STDOUT)
    try:
        start = time.perf_counter()
        _wait_for(base, "Briefing", 3600)
        print(f"`mkdocs serve --dirty`: first build served after {time.perf_counter() - start:.1f} s")
        times = []
        annotations = sorted((folder / "briefings").glob("*.yml"))
        for n in range(repeats):
            marker = f"Edited while serving, {n}."
            path = annotations[len(annotations) // 2 + n]
            _append(path, f"summary: {marker}\n")
            start = time.perf_counter()
            _wait_for(f"{base}briefings/{path.stem}.html", marker, 600)
            times.append(time.perf_counter() - start)
        print(f"  an annotation saved -> its page served changed: median {statistics.median(times):.1f} s "
              f"of {repeats} (aim: within 5 s)")
    finally:
        server.terminate()
        server.wait(timeout=60)
        log.close()


def _wait_for(url: str, text: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                if text in response.read().decode("utf-8"):
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.2)
    sys.exit(f"{url} did not show {text!r} within {seconds} s")


def bench_summaries(folder: Path) -> None:
    """Seconds to summarise every briefing once, its extractions cached."""
    project = Project(folder)
    extractor = Extractor(project)
    annotations, _ = load_annotations(project)
    sources = [[extractor.extract(e.path, e.date or a.date) for e in a.sources] for a in annotations]
    start = time.perf_counter()
    for group in sources:
        summarize(group)
    print(f"Generated summaries of {len(sources)} briefings: {time.perf_counter() - start:.2f} s (extractions cached)")


def bench_site(synthetic: int) -> None:
    """The site step: the BBC corpus as 1,111 briefings and a synthetic archive (eval/site_bench.py)."""
    import site_bench  # eval/site_bench.py

    print()
    site_bench.main(["--briefings", str(synthetic)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefings", type=int, default=1111, help="briefings of the large project")
    parser.add_argument("--small", type=int, default=500, help="briefings of the small project (memory growth)")
    parser.add_argument("--jobs", type=int, default=machine_cores(), help="processes for extraction")
    parser.add_argument("--repeats", type=int, default=3, help="runs behind each rebuild median")
    parser.add_argument("--no-mkdocs", action="store_true", help="skip the MkDocs steps (build and serve)")
    parser.add_argument("--memory-only", action="store_true",
                        help="only the memory step: a cold build at both sizes, nothing else")
    parser.add_argument("--no-long-article", action="store_true",
                        help="skip the long-article step (one article of 100k, 200k and 900k characters)")
    parser.add_argument("--site-briefings", type=int, default=5000,
                        help="briefings of the synthetic site (0: no site step, which takes minutes)")
    args = parser.parse_args()
    if not BBC.is_dir():
        print(f"No benchmark data at {BBC}: nothing measured.")
        return
    articles = readable_articles()
    large = min(args.briefings, len(articles) // 2)
    print(f"{len(articles)} readable BBC articles; projects of {args.small} and {large} briefings "
          f"(two articles each); {args.jobs} processes on {machine_cores()} cores\n")
    if args.memory_only:
        with tempfile.TemporaryDirectory() as tmp:
            bench_memory({size: briefing_build(make_project(Path(tmp) / f"p{size}", articles, size), args.jobs)
                          for size in (args.small, large)})
        return
    with tempfile.TemporaryDirectory() as tmp:
        big = make_project(Path(tmp) / "large", articles, large)
        cold = bench_cold(big, args.jobs)
        spacy_seconds, spacy_cpu = bench_spacy(big, args.jobs)
        extracting = cold.step_seconds("Extracting") or cold.seconds
        print(f"  ratio extraction / spaCy alone, words/s: {spacy_seconds / extracting:.2f} "
              f"(whole cold build: {spacy_seconds / cold.seconds:.2f}; aim: at least 0.90)")
        print(f"  ratio in words per CPU s (unmoved by other load on the machine): extraction workers / "
              f"spaCy alone {spacy_cpu / max(cold.children_cpu_seconds, 1e-9):.2f}, whole cold build / spaCy alone "
              f"{spacy_cpu / cold.cpu_seconds:.2f}\n")
        bench_rebuilds(big, args.jobs, args.repeats)
        bench_summaries(big)
        print()
        small = make_project(Path(tmp) / "small", articles, args.small)
        bench_memory({args.small: briefing_build(small, args.jobs), large: cold})
        if not args.no_mkdocs:
            print()
            bench_mkdocs(big)
            bench_serve(big, args.repeats)
    if not args.no_long_article:
        print()
        import long_article  # eval/long_article.py

        long_article.main([])
    if args.site_briefings:
        bench_site(args.site_briefings)


if __name__ == "__main__":
    main()
