"""`make eval-quotes`: our quotes and speakers against PolNeAR, beside textacy's.

Run from the project root: `.venv/bin/python eval/quotes.py [--limit N] [--split dev]`.

Gold: ../shared/data/polnear/{dev,train}: one text per article and brat
standoff attributions (one .ann per article and annotator; we take the first
annotator in name order). A gold direct quote is an attribution relation whose
Content holds a quote mark (“ ” or "). Figures, per split and tool:

- quote P/R/F1: a predicted quote matches a gold direct quote when their
  character spans overlap;
- speaker accuracy: over matched gold quotes whose gold Source is a name (the
  source's words hold a proper noun in our parse), the last word of the
  predicted speaker (before a suffix: `Brent Bozell III`) is one of the gold
  source's words;
- attributed F1: as quote F1, but a match counts only if the speaker is right
  (matches whose gold source is not a name, `he`, `the spokesman`, cannot be
  judged that way and count as right, for both tools alike);
- whole-quote F1: one to one, predicted quotes against gold quotes, largest
  overlap first: a gold quote split into pieces earns one match and its other
  pieces count against precision (a predicted quote made of pieces overlaps
  through its pieces only, not the narration between them);
- fragment rate: the share of predicted quotes that are a second or later piece
  of one gold quote (each prediction belongs to the gold quote it overlaps most);
- throughput: articles per second, model load excluded: each tool's own
  parse + extraction (ours: the product's parse_article + extract_article,
  so every extractor, not only quotes), and quote extraction alone on one
  shared parse.

The data is read by path, never copied; without it the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATA = ROOT.parent / "shared" / "data" / "polnear"
QUOTE_MARKS = ("\u201c", "\u201d", '"')


@dataclass(frozen=True)
class Gold:
    spans: tuple[tuple[int, int], ...]  # the Content's fragments
    source: str | None
    source_spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Predicted:
    pieces: tuple[tuple[int, int], ...]  # the quoted stretches: one, or several of one quotation
    speaker: str | None

    @property
    def start(self) -> int:
        return self.pieces[0][0]


@dataclass
class Tally:
    articles: int = 0
    gold: int = 0
    predicted: int = 0
    predicted_matched: int = 0
    predicted_attributed: int = 0
    gold_matched: int = 0
    gold_attributed: int = 0
    named: int = 0
    named_right: int = 0
    whole_matched: int = 0  # one-to-one matches
    fragments: int = 0  # predictions that are a second or later piece of one gold quote
    seconds: float = 0.0
    failures: int = 0  # articles the tool refused (textacy: odd number of marks)


# --------------------------------------------------------------------------
# reading PolNeAR
# --------------------------------------------------------------------------


def _spans(field: str) -> tuple[tuple[int, int], ...]:
    return tuple((int(a), int(b)) for a, b in (part.split() for part in field.split(";")))


def read_gold(ann: Path, text: str) -> list[Gold]:
    """Direct quotes of one .ann file: relations whose Content holds a quote mark."""
    spans: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {}
    relations: list[dict[str, str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, where = parts[1].partition(" ")
            spans[parts[0]] = (kind, _spans(where))
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    found = []
    for relation in relations:
        content = spans.get(relation.get("Content", ""))
        if not content:
            continue
        if not any(mark in text[a:b] for a, b in content[1] for mark in QUOTE_MARKS):
            continue
        source = spans.get(relation.get("Source", ""))
        source_spans = source[1] if source else ()
        source_text = " ".join(text[a:b] for a, b in source_spans) or None
        found.append(Gold(content[1], source_text, source_spans))
    return found


def articles(split: str, limit: int | None) -> list[tuple[str, str, list[Gold]]]:
    """(id, text, gold quotes) for each article of a split, first annotator's .ann."""
    folder = DATA / split
    result = []
    for path in sorted((folder / "text").glob("*.txt")):
        anns = sorted((folder / "attributions").glob(f"{path.stem}_*.ann"))
        if not anns:
            continue
        text = path.read_text(encoding="utf-8")
        result.append((path.stem, text, read_gold(anns[0], text)))
        if limit and len(result) >= limit:
            break
    return result


# --------------------------------------------------------------------------
# the two tools
# --------------------------------------------------------------------------


def _product_path() -> Callable[[str, str], list[Predicted]]:
    """Our quotes the way the product makes them, or straight from the parse until it can."""
    from generator.extract.nlp import load_nlp, parse

    nlp = load_nlp()
    try:
        from generator.extract import extract_article
        from generator.read.articles import parse_article
    except ImportError:
        from generator.extract.quotes import extract_quotes

        print("(generator.read.articles / extract_article not importable: quotes from the parse of the raw text)")

        def direct(article_id: str, text: str) -> list[Predicted]:
            return [_predicted(q) for q in extract_quotes(parse(text, nlp))]

        return direct

    def product(article_id: str, text: str) -> list[Predicted]:
        article = parse_article(text, article_id, f"{article_id}.txt")
        extraction = extract_article(article, nlp=nlp)
        return [_predicted(q) for q in extraction.quotes]

    return product


def _predicted(quote) -> Predicted:
    pieces = getattr(quote, "pieces", ())  # older extractions have none: the quote is one piece
    return Predicted(tuple((p.start, p.end) for p in pieces) or ((quote.start, quote.end),), quote.speaker)


def _textacy_path() -> Callable[[str, str], list[Predicted]]:
    from textacy.extract import direct_quotations

    from generator.extract.nlp import load_nlp

    nlp = load_nlp()

    def textacy(article_id: str, text: str) -> list[Predicted]:
        doc = nlp(text)
        found = []
        for triple in direct_quotations(doc):
            speaker = " ".join(t.text for t in triple.speaker) or None
            found.append(Predicted(((triple.content.start_char, triple.content.end_char),), speaker))
        return found

    return textacy


# --------------------------------------------------------------------------
# scoring
# --------------------------------------------------------------------------


def _words(text: str | None) -> list[str]:
    return re.findall(r"\w+", (text or "").lower().replace("\u2019s", "").replace("'s", ""))


def _overlap(pred: Predicted, spans: Iterable[tuple[int, int]]) -> int:
    spans = tuple(spans)
    return sum(max(0, min(d, b) - max(c, a)) for c, d in pred.pieces for a, b in spans)


def _is_name(gold: Gold, doc) -> bool:
    """A gold source is a name if its head word is one in our parse: `Tulsa police Chief
    Chuck Jordan`, `the IMF`; not `the Indiana governor` or `he`."""
    for a, b in gold.source_spans:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        if (root.pos_ == "PROPN" and root.ent_type_ != "NORP") or root.ent_type_ in {"PERSON", "ORG", "GPE"}:
            return True
    return False


# Name suffixes: the surname comes before them (`Brent Bozell III`, `Martin Luther King Jr.`).
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _speaker_right(pred: Predicted, gold: Gold) -> bool:
    ours = _words(pred.speaker)
    while len(ours) > 1 and ours[-1] in NAME_SUFFIXES:
        ours = ours[:-1]
    return bool(ours) and ours[-1] in set(_words(gold.source))


def show(text: str, preds: list[Predicted], golds: list[Gold], named: list[bool]) -> None:
    """Print what went wrong in one article: missed, spurious and misattributed quotes."""
    for gold in golds:
        hits = [p for p in preds if _overlap(p, gold.spans) > 0]
        a, b = gold.spans[0][0], gold.spans[-1][1]
        if not hits:
            print(f"  MISS  {text[a:b][:150]!r}  <- {gold.source!r}")
        elif named[golds.index(gold)] and not _speaker_right(max(hits, key=lambda p: _overlap(p, gold.spans)), gold):
            print(f"  WHO   {text[a:b][:110]!r}  gold {gold.source!r} ours {[p.speaker for p in hits]}")
    fragments = set(_fragments(preds, golds))
    for p, pred in enumerate(preds):
        shown = " \u2026 ".join(text[a:b] for a, b in pred.pieces)
        if not any(_overlap(pred, g.spans) > 0 for g in golds):
            print(f"  SPUR  {shown[:150]!r}  ours {pred.speaker!r}")
        elif p in fragments:
            print(f"  FRAG  {shown[:150]!r}  ours {pred.speaker!r}")


def _best_gold(preds: list[Predicted], golds: list[Gold]) -> dict[int, int]:
    """Each prediction that overlaps a gold quote: the one it overlaps most."""
    best = {}
    for p, pred in enumerate(preds):
        overlaps = [(_overlap(pred, g.spans), i) for i, g in enumerate(golds)]
        overlaps = [o for o in overlaps if o[0] > 0]
        if overlaps:
            best[p] = max(overlaps)[1]
    return best


def _fragments(preds: list[Predicted], golds: list[Gold]) -> list[int]:
    """Predictions that are a second or later piece (in reading order) of one gold quote."""
    pieces: dict[int, list[int]] = {}
    for p, g in _best_gold(preds, golds).items():
        pieces.setdefault(g, []).append(p)
    return [p for found in pieces.values() for p in sorted(found, key=lambda p: preds[p].start)[1:]]


def _one_to_one(preds: list[Predicted], golds: list[Gold]) -> int:
    """How many predictions and gold quotes pair off, each used once, largest overlap first."""
    pairs = sorted(((_overlap(pred, g.spans), p, i) for p, pred in enumerate(preds) for i, g in enumerate(golds)),
                   reverse=True)
    used_preds, used_golds = set(), set()
    for overlap, p, g in pairs:
        if overlap <= 0:
            break
        if p not in used_preds and g not in used_golds:
            used_preds.add(p)
            used_golds.add(g)
    return len(used_preds)


def score(tally: Tally, preds: list[Predicted], golds: list[Gold], named: list[bool]) -> None:
    tally.gold += len(golds)
    tally.predicted += len(preds)
    tally.whole_matched += _one_to_one(preds, golds)
    tally.fragments += len(_fragments(preds, golds))
    best_for_pred = _best_gold(preds, golds)
    tally.predicted_matched += len(best_for_pred)
    for p, g in best_for_pred.items():
        if not named[g] or _speaker_right(preds[p], golds[g]):
            tally.predicted_attributed += 1
    for g, gold in enumerate(golds):
        overlaps = [(_overlap(pred, gold.spans), p) for p, pred in enumerate(preds)]
        overlaps = [o for o in overlaps if o[0] > 0]
        if not overlaps:
            continue
        tally.gold_matched += 1
        pred = preds[max(overlaps)[1]]
        right = _speaker_right(pred, gold)
        if named[g]:
            tally.named += 1
            tally.named_right += right
        if not named[g] or right:
            tally.gold_attributed += 1


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def report(split: str, name: str, t: Tally) -> str:
    p = t.predicted_matched / t.predicted if t.predicted else 0.0
    r = t.gold_matched / t.gold if t.gold else 0.0
    ap = t.predicted_attributed / t.predicted if t.predicted else 0.0
    ar = t.gold_attributed / t.gold if t.gold else 0.0
    accuracy = t.named_right / t.named if t.named else 0.0
    whole = _f1(t.whole_matched / t.predicted if t.predicted else 0.0, t.whole_matched / t.gold if t.gold else 0.0)
    fragments = t.fragments / t.predicted if t.predicted else 0.0
    speed = t.articles / t.seconds if t.seconds else 0.0
    refused = f"  ({t.failures} articles refused)" if t.failures else ""
    return (f"{split:5} {name:8} {t.articles:5} {t.gold:5} {t.predicted:5}  {p:.3f} {r:.3f} {_f1(p, r):.3f}"
            f"   {accuracy:.3f} ({t.named_right}/{t.named})   {_f1(ap, ar):.3f}    {whole:.3f}  {fragments:5.1%}"
            f"  {speed:6.1f}{refused}")


def evaluate(split: str, limit: int | None, details: bool = False) -> None:
    from generator.extract.nlp import load_nlp

    items = articles(split, limit)
    if not items:
        print(f"{split}: no articles under {DATA / split}")
        return
    from textacy.extract import direct_quotations

    from generator.extract.quotes import extract_quotes

    nlp = load_nlp()
    tools = {"ours": _product_path(), "textacy": _textacy_path()}
    tallies = {name: Tally() for name in tools}
    alone = {"ours": 0.0, "textacy": 0.0}  # extraction only, on one shared parse
    for article_id, text, golds in items:
        doc = nlp(text)
        named = [_is_name(g, doc) for g in golds]
        for name, extract in (("ours", extract_quotes), ("textacy", direct_quotations)):
            started = time.perf_counter()
            try:
                list(extract(doc))
            except ValueError:
                pass
            alone[name] += time.perf_counter() - started
        for name, tool in tools.items():
            tally = tallies[name]
            started = time.perf_counter()
            try:
                preds = tool(article_id, text)
            except ValueError:
                preds = []
                tally.failures += 1
            tally.seconds += time.perf_counter() - started
            tally.articles += 1
            score(tally, preds, golds, named)
            if details and name == "ours":
                print(f"# {article_id}")
                show(text, preds, golds, named)
    for name, tally in tallies.items():
        print(report(split, name, tally), flush=True)
    rates = ", ".join(f"{name} {len(items) / seconds:.0f} art/s" for name, seconds in alone.items() if seconds)
    print(f"{split:5} quote extraction alone on the same parse (parse excluded): {rates}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles of each split")
    parser.add_argument("--split", action="append", choices=["dev", "train"],
                        help="which split(s); default: dev and train")
    parser.add_argument("--details", action="store_true", help="print our misses and wrong speakers")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"No PolNeAR data at {DATA}: nothing to evaluate.")
        return 0
    print("split tool     arts  gold  pred  P     R     F1      speaker acc (right/named)  attr F1  whole F1  frag"
          "   art/s")
    print("(art/s: each tool's own parse + extraction per article, model load excluded; ours runs the\n"
          " product's path, parse_article + extract_article, i.e. every extractor, not only quotes;\n"
          " whole F1: one to one, a gold quote split into pieces earns one match; frag: share of\n"
          " predictions that are a second or later piece of one gold quote)")
    for split in args.split or ["dev", "train"]:
        evaluate(split, args.limit, args.details)
    return 0


if __name__ == "__main__":
    sys.exit(main())
