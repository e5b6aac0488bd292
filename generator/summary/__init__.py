"""A first summary drawn from every source, for briefings whose editors wrote none.

`summarize` is a pure function of a briefing's extractions: it picks 2 to 4
whole sentences (about 60 to 110 words) as the sources printed them, each
with the sentence it came from. A sentence is worth more
- the more of the sources use its words (centrality across sources: what
  every outlet reports is the story, what one adds is its angle),
- the more of its words the sources' headlines use,
- the more names, figures and dates it carries (informativeness).
Sentences that cannot stand alone (a trailing ellipsis, a question, mostly
somebody's quoted words, an opening that points back: "He said...") are left
out. Picked greedily, best first, words already in the summary counting less;
a sentence that says what one already picked says is skipped.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Sequence

from generator.model import Anchor, ArticleExtraction, Sentence, SummarySentence
from generator.summary.words import CONTEXT_OPENERS
from generator.terms import content_terms, document_frequencies, figures, words_of

TARGET_WORDS, MAX_WORDS = 90, 110  # the whole summary: stop once past the target
MIN_SENTENCES, MAX_SENTENCES = 2, 4
SENTENCE_WORDS = (8, 55)  # shorter says too little, longer is a paragraph
REDUNDANT = 0.5  # share of the shorter sentence's words the longer one has: the same thing said twice
MIN_ROOT = 3  # the shortest word that matches the longer words it begins
MOSTLY_QUOTED = 0.5
# Weights of the parts of a sentence's score.
SUPPORT, HEADLINE, INFORMATION = 1.0, 0.4, 0.1
NOVELTY = 0.5  # how much less a word counts once the summary has it
_TRAILS_OFF = re.compile(r"(\.\.\.|…)[\"'”’)\]]*$")
_FIGURE = re.compile(r"\d")


@dataclass(frozen=True)
class Candidate:
    """A sentence that can stand alone in a summary, with what choosing it weighs."""

    source: str
    sentence: Sentence
    rank: int  # 0 for the article's first sentence
    words: int
    terms: frozenset[str]  # its content words and figures
    roots: frozenset[str]  # the terms and their beginnings (see _echoed)
    figures: frozenset[str]
    information: float
    headline: float  # the share of its words that the sources' headlines use


def summarize(extractions: Sequence[ArticleExtraction]) -> tuple[SummarySentence, ...]:
    """2 to 4 sentences chosen across the sources, best first (fewer if the sources are short)."""
    found = candidates(extractions)
    if not found:
        return _first_sentence(extractions)
    chosen = _pick(found, _support(extractions))
    return tuple(_summary_sentence(c.source, c.sentence) for c in chosen)


def _summary_sentence(source: str, sentence: Sentence) -> SummarySentence:
    return SummarySentence(" ".join(sentence.text.split()), (source,), (Anchor(source, sentence.id),))


def _first_sentence(extractions: Sequence[ArticleExtraction]) -> tuple[SummarySentence, ...]:
    """When no sentence can stand alone, the first one of the first source still says what it is about."""
    for extraction in sorted(extractions, key=lambda ex: ex.article.id):
        if extraction.sentences:
            return (_summary_sentence(extraction.article.id, extraction.sentences[0]),)
    return ()


def _support(extractions: Sequence[ArticleExtraction]) -> dict[str, float]:
    """Each word's share of the sources that use it: what all outlets report is the story."""
    texts = [" ".join(s.text for s in ex.sentences) for ex in extractions]
    frequency = document_frequencies(content_terms(text) + figures(text) for text in texts)
    return {term: count / len(extractions) for term, count in frequency.items()}


def _pick(candidates: Sequence[Candidate], support: dict[str, float]) -> list[Candidate]:
    """The best sentences, none like another, until the summary is long enough.

    A sentence that would take the summary past MAX_WORDS is passed over for a
    shorter one; only if that leaves fewer than MIN_SENTENCES is it taken anyway.
    """
    chosen: list[Candidate] = []
    for fits in (lambda total, c: total + c.words <= MAX_WORDS, lambda total, c: True):
        while len(chosen) < MAX_SENTENCES:
            total = sum(c.words for c in chosen)
            if total >= TARGET_WORDS and len(chosen) >= MIN_SENTENCES:
                return chosen
            covered = frozenset().union(*(c.terms for c in chosen))
            options = [c for c in candidates if c not in chosen and fits(total, c)
                       and not any(same_thing(c, other) for other in chosen)]
            if not options:
                break
            chosen.append(max(options, key=lambda c: (_score(c, support, covered), -c.rank, c.source)))
        if len(chosen) >= MIN_SENTENCES:
            break
    return chosen


def same_thing(a: Candidate, b: Candidate) -> bool:
    """Two sentences say the same thing when they give the same figure, or share
    most of the shorter one's words.

    Words match when one begins the other ('lab' and 'laboratory', 'leak' and
    'leaked'): outlets word the same news a little differently.
    """
    if a.figures & b.figures:
        return True
    shorter, longer = sorted((a, b), key=lambda c: len(c.terms))
    if not shorter.terms:
        return False
    shared = sum(1 for term in shorter.terms if _echoed(term, longer))
    return shared / len(shorter.terms) > REDUNDANT


def _echoed(term: str, other: Candidate) -> bool:
    """Whether `other` has `term`, a word `term` begins, or a word that begins `term`."""
    return term in other.roots or any(term[:k] in other.terms for k in range(MIN_ROOT, len(term)))


def _roots(terms: frozenset[str]) -> frozenset[str]:
    """The words and every beginning of them MIN_ROOT letters long or more."""
    return frozenset(term[:k] for term in terms for k in range(min(MIN_ROOT, len(term)), len(term) + 1))


# --------------------------------------------------------------------------
# candidates
# --------------------------------------------------------------------------


def candidates(extractions: Sequence[ArticleExtraction]) -> list[Candidate]:
    """Every sentence that can stand alone, with its words."""
    headlines = {t for ex in extractions for t in content_terms(ex.article.title or "")}
    found = []
    for extraction in sorted(extractions, key=lambda ex: ex.article.id):
        for rank, sentence in enumerate(extraction.sentences):
            if not stands_alone(sentence, extraction):
                continue
            numbers = frozenset(figures(sentence.text))
            terms = frozenset(content_terms(sentence.text)) | numbers
            found.append(Candidate(
                source=extraction.article.id,
                sentence=sentence,
                rank=rank,
                words=len(sentence.text.split()),
                terms=terms,
                roots=_roots(terms),
                figures=numbers,
                information=_information(sentence, extraction),
                headline=len(terms & headlines) / max(len(terms), 1),
            ))
    return found


def stands_alone(sentence: Sentence, extraction: ArticleExtraction) -> bool:
    """Whether a summary can show the sentence by itself."""
    text = sentence.text.strip()
    words = words_of(text)
    if not SENTENCE_WORDS[0] <= len(text.split()) <= SENTENCE_WORDS[1] or not words:
        return False
    if _TRAILS_OFF.search(text) or text.rstrip("\"'”’)").endswith("?"):
        return False
    if words[0] in CONTEXT_OPENERS or text.lstrip("\"'“‘(").startswith(tuple("abcdefghijklmnopqrstuvwxyz")):
        return False  # leans on what came before, or is the tail of a sentence split at a quote
    return _quoted_share(sentence, extraction) <= MOSTLY_QUOTED


def _quoted_share(sentence: Sentence, extraction: ArticleExtraction) -> float:
    length = max(sentence.end - sentence.start, 1)
    inside = sum(max(0, min(p.end, sentence.end) - max(p.start, sentence.start))
                 for q in extraction.quotes for p in q.pieces or (q,))  # the pieces, not what stands between
    return inside / length


def _information(sentence: Sentence, extraction: ArticleExtraction) -> float:
    """Names, figures and dates per sentence, with diminishing returns."""
    inside = lambda item: sentence.start <= item.start < sentence.end  # noqa: E731
    count = sum(1 for e in extraction.entities if inside(e))
    count += sum(1 for t in extraction.timexes if inside(t))
    count += len(_FIGURE.findall(sentence.text)) > 0
    return math.log1p(count)


# --------------------------------------------------------------------------
# score
# --------------------------------------------------------------------------


def _score(candidate: Candidate, support: dict[str, float], covered: frozenset[str]) -> float:
    return (
        SUPPORT * _mean_support(candidate.terms, support, covered)
        + HEADLINE * candidate.headline
        + INFORMATION * candidate.information
    )


def _mean_support(terms: frozenset[str], support: dict[str, float], covered: frozenset[str]) -> float:
    """How widely the sources share the sentence's words; words the summary already has count less."""
    if not terms:
        return 0.0
    # fsum: a set's order changes from one run to the next, and a plain sum's last
    # bit with it, which would break a tie between two sentences differently each time.
    return math.fsum(support.get(t, 0.0) * (1 - NOVELTY if t in covered else 1) for t in terms) / len(terms)
