"""The long-article step of `make bench`: extraction time as one article grows.

One article is made of the BBC corpus's paragraphs, in file order, cut at
100,000, 200,000 and 900,000 characters, and run through the product's path
(`parse_article`, then `extract_article`: every extractor, the parse included,
the model loaded beforehand). The issue's aims: 900,000 characters in under
30 s, and 200,000 within 2.5 times the time of 100,000. Wall time is what a
user waits (a long article's sections are parsed on every core); the CPU
seconds of this process alone are printed beside it.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "data" / "bbc"
sys.path.insert(0, str(ROOT))


def paragraphs() -> list[str]:
    """Every body paragraph of the readable BBC articles, in file order."""
    found = []
    for path in sorted(BBC.glob("*/*.txt")):
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        found += [p.strip() for p in text.split("\n\n")[1:] if p.strip()]
    return found


def article_text(pieces: list[str], size: int) -> str:
    """A seed file of about `size` characters: a header line, then whole paragraphs."""
    chosen, length = [], 0
    for piece in pieces:
        if length >= size:
            break
        chosen.append(piece)
        length += len(piece) + 2
    return "date 2025-07-09 A long article\n\n" + "\n\n".join(chosen) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[100_000, 200_000, 900_000])
    args = parser.parse_args(argv)
    if not BBC.is_dir():
        print(f"No BBC data at {BBC}: nothing measured.")
        return
    from generator.extract import extract_article
    from generator.extract.nlp import load_nlp
    from generator.read.articles import parse_article

    load_nlp()
    pieces = paragraphs()
    print("Long articles: extraction of one article (parse included, model loaded beforehand)")
    seconds = {}
    for size in args.sizes:
        article = parse_article(article_text(pieces, size), "long", "seeds/long.txt")
        wall, cpu = time.perf_counter(), time.process_time()
        extraction = extract_article(article)
        seconds[size] = time.perf_counter() - wall
        print(f"  {len(article.text):>9,} characters: {seconds[size]:6.1f} s "
              f"(CPU of this process {time.process_time() - cpu:5.1f} s), "
              f"{len(extraction.sentences):,} sentences, {len(extraction.quotes):,} quotes", flush=True)
    if 100_000 in seconds and 200_000 in seconds:
        print(f"  200k / 100k: {seconds[200_000] / seconds[100_000]:.2f} (aim: at most 2.5)")
    if 900_000 in seconds:
        print(f"  900k: {seconds[900_000]:.1f} s (aim: under 30 s)")


if __name__ == "__main__":
    main()
