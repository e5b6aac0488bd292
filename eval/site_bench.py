"""The site step of `make bench`: build time per page, page sizes by kind, bytes of one search.

Two sites, built with Pagefind search as a large site would be:
- the BBC corpus made into 1,111 briefings (two articles of one section each);
- a synthetic 5,000-briefing archive reusing the same articles in other pairings.
The articles are extracted once into .cache/bench-site/extract and reused by
both sites and by later runs, so the figures are of the site build itself.
Run alone: `.venv/bin/python eval/site_bench.py [--briefings 5000]`.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "eval"))

from generator import paths  # noqa: E402
from site_projects import BBC, bbc_plans, bbc_seeds, make_project, synthetic_plans  # noqa: E402

WORK = ROOT / ".cache" / "bench-site"
DAYS = 730  # the BBC articles' dates spread over two years
LIMIT = 150_000  # no page over 150 KB
QUERIES = ("Blair", "economic growth", "politics")
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ENV = {"PATH": "/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "0"}


def pagefind_config() -> str:
    text = (ROOT / "mkdocs.yml").read_text("utf-8")
    return text.replace("\n  search: material\n", "\n  search: pagefind\n")


@dataclass(frozen=True)
class Took:
    wall: float  # seconds on the clock: what a user waits, on a shared machine
    cpu: float  # user + system seconds of the command: steadier when others load the machine


def timed_run(command: list[str], cwd: Path) -> Took:
    before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, env=ENV, stdout=subprocess.DEVNULL)
    wall, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
    return Took(wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)


def page_kind(relative: str) -> str:
    """What kind of page a built file is, by where it lives."""
    folder, _, name = relative.rpartition("/")
    if not folder:
        return {"index.html": "home"}.get(name, "other")
    if name == "index.html":
        return {"briefings": "archive index"}.get(folder, f"{folder} index")
    if folder in ("briefings", "sources", "people", "tags"):
        return {"briefings": "briefing", "sources": "source", "people": "person", "tags": "tag"}[folder]
    return "archive month" if folder == "archive" else "other"


def page_sizes(site: Path) -> dict[str, list[int]]:
    kinds: dict[str, list[int]] = {}
    for page in site.rglob("*.html"):
        relative = page.relative_to(site).as_posix()
        if not relative.startswith(("assets/", "pagefind/")):
            kinds.setdefault(page_kind(relative), []).append(page.stat().st_size)
    return kinds


class StaticHost(http.server.SimpleHTTPRequestHandler):
    """Serves the site as static hosts do: text files gzipped for a browser that accepts it.

    Pagefind's own index files are compressed already and go out as they are."""

    COMPRESSED = (".html", ".js", ".css", ".json", ".xml", ".svg")

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if not (path.suffix in self.COMPRESSED and path.is_file() and "gzip" in self.headers.get("Accept-Encoding", "")):
            return super().do_GET()
        body = gzip.compress(path.read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@dataclass(frozen=True)
class Fetched:
    raw: int  # bytes of the files fetched
    wire: int  # bytes the browser received (gzipped where the host compresses)
    parts: tuple[tuple[str, int, int], ...] = ()  # (kind, files, wire bytes) by what the files hold


# What each file Pagefind fetches holds, by its name (pagefind.js, wasm.en.pagefind,
# pagefind.en_<hash>.pf_meta, index/en_<hash>.pf_index, fragment/en_<hash>.pf_fragment).
FETCHED_KINDS = (("pf_fragment", "results shown"), ("pf_index", "index chunks"), ("pf_meta", "page list"),
                 ("pf_filter", "filters"), ("pagefind", "search engine"))


def fetched_kind(url: str) -> str:
    path = urlsplit(url).path
    return next((kind for mark, kind in FETCHED_KINDS if mark in path), "page")


def received(request) -> int:
    """Bytes of a response's body as received. Chromium reports 0 for a worker's own
    script (pagefind-worker.js), so the length the host sent stands in for it."""
    size = request.sizes()["responseBodySize"]
    response = request.response()
    return size or int((response.headers if response else {}).get("content-length", 0))


def quiet_network(page, fetched: list, seconds: float = 1.0) -> None:
    """Wait until no request has finished for `seconds` (30 s at most); the page's own
    timer, so that Playwright delivers the events meanwhile."""
    deadline, count, since = time.monotonic() + 30, -1, time.monotonic()
    while time.monotonic() < deadline:
        if len(fetched) != count:
            count, since = len(fetched), time.monotonic()
        elif time.monotonic() - since >= seconds:
            return
        page.wait_for_timeout(100)


def search_bytes(site: Path, query: str) -> tuple[Fetched, Fetched, int]:
    """What loading the search page, then one query, fetch in Chromium; and the results shown."""
    from playwright.sync_api import sync_playwright

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(StaticHost, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    fetched: list[tuple[str, int]] = []

    def total() -> Fetched:
        raw = sum((site / urlsplit(url).path.lstrip("/")).stat().st_size for url, _ in fetched)
        parts: dict[str, list[int]] = {}
        for url, size in fetched:
            parts.setdefault(fetched_kind(url), []).append(size)
        return Fetched(raw, sum(size for _, size in fetched),
                       tuple((kind, len(sizes), sum(sizes)) for kind, sizes in sorted(parts.items())))

    try:
        with sync_playwright() as playwright, tempfile.TemporaryDirectory() as profile:
            browser = playwright.chromium.launch_persistent_context(
                profile, executable_path=CHROMIUM, args=ARGS, headless=True)
            page = browser.new_page()
            page.on("requestfinished", lambda r: fetched.append((r.url, received(r))))
            page.goto(base + "search.html", wait_until="networkidle")
            loaded = total()
            fetched.clear()
            page.fill(".pagefind-ui__search-input", query)
            # A result is drawn before its fragment arrives: wait for every title shown,
            # then for the network to stay quiet (the page's own networkidle fired long ago).
            results = page.locator(".pagefind-ui__result")
            results.first.wait_for(timeout=30000)
            for n in range(results.count()):
                results.nth(n).locator(".pagefind-ui__result-link").first.wait_for(timeout=30000)
            quiet_network(page, fetched)
            shown = results.count()
            searched = total()
            browser.close()
    finally:
        server.shutdown()
    return loaded, searched, shown


def bench_site(name: str, plans, seeds) -> None:
    project = make_project(WORK / name, seeds, plans, WORK / "extract", pagefind_config())
    briefing = [str(ROOT / ".venv" / "bin" / "briefing"), "build"]
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "--quiet"]
    timed_run(briefing, project)  # extracts what the cache lacks (every article, the first time)
    for generated in paths.GENERATED:  # so the timed run writes every page, as a first build does
        target = project / "docs" / generated
        shutil.rmtree(target) if target.is_dir() else target.unlink(missing_ok=True)
    generate = timed_run(briefing, project)  # merge, render and write, the extractions cached
    site = timed_run(mkdocs, project)  # MkDocs, the hook finding nothing to regenerate, then Pagefind
    kinds = page_sizes(project / "site")
    total = sum(len(v) for v in kinds.values())
    print(f"\n{name}: {len(plans)} briefings, {total} pages, in {project.relative_to(ROOT)}")
    for step, took in (("briefing build (merge, render, write)", generate), ("mkdocs build (pages, Pagefind)", site)):
        print(f"  {step:<38} {took.wall:7.1f} s wall {took.wall / total * 1000:6.1f} ms/page   "
              f"{took.cpu:7.1f} s CPU {took.cpu / total * 1000:6.1f} ms/page")
    print(f"  {'page kind':<16}{'pages':>7}{'median KB':>11}{'max KB':>9}")
    for kind, sizes in sorted(kinds.items()):
        flag = "  OVER 150 KB" if max(sizes) > LIMIT else ""
        print(f"  {kind:<16}{len(sizes):>7}{statistics.median(sizes) / 1000:>11.1f}{max(sizes) / 1000:>9.1f}{flag}")
    index = sum(f.stat().st_size for f in (project / "site" / "pagefind").rglob("*") if f.is_file())
    print(f"  Pagefind bundle on disk: {index / 1e6:.1f} MB (only the pieces a query needs are fetched)")
    if not Path(CHROMIUM).exists():
        print("  search bytes: Debian's chromium is not installed, not measured")
        return
    print("  one search in Chromium, KB received (gzip, as static hosts serve) / KB of the files:")
    for query in QUERIES:
        loaded, searched, shown = search_bytes(project / "site", query)
        print(f"    '{query}': the query {searched.wire / 1000:.0f} / {searched.raw / 1000:.0f} "
              f"({shown} results shown), after the search page's {loaded.wire / 1000:.0f} / {loaded.raw / 1000:.0f}")
        print("      the query's KB received: " + ", ".join(
            f"{kind} {wire / 1000:.0f} ({files} file{'s' if files != 1 else ''})" for kind, files, wire in searched.parts))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefings", type=int, default=5000, help="briefings of the synthetic site")
    parser.add_argument("--only", choices=("bbc", "synthetic"), help="build only this site")
    args = parser.parse_args(argv)
    if not BBC.is_dir():
        print(f"No benchmark data at {BBC}: site not measured.")
        return
    print("Site (`.venv/bin/python eval/site_bench.py`; pages built by `briefing build` then "
          "`mkdocs build`; sizes from the files in site/; search bytes counted by Chromium):")
    seeds = bbc_seeds(DAYS)
    if args.only != "synthetic":
        bench_site("bbc", bbc_plans(seeds), seeds)
    if args.only != "bbc":
        bench_site(f"synthetic-{args.briefings}", synthetic_plans(seeds, args.briefings, 5 * 365), seeds)


if __name__ == "__main__":
    main()
