"""A clause's words as a timeline entry prints them: no leading "that", "when" or "and",
no trailing comma, conjunction or bare preposition, one space where words were left out,
and a quotation the clause opens closed as the article closes it.
"""

from __future__ import annotations

from spacy.tokens import Token

# Sentence adverbs that join a clause to the previous sentence, not part of the happening.
CONNECTIVES = frozenset({"meanwhile", "however", "also", "still", "moreover", "separately", "earlier", "later", "then"})
# Words a clause does not begin with: a subordinator, a conjunction, a relative adverb.
LEADING_DEPS = frozenset({"mark", "cc", "punct", "preconj"})
QUOTE_MARKS = ('"', "\u201c", "\u201d")
EDGE_PUNCT = " ,;:-\u2014\u2013"


def without_leading(tokens: list[Token], verb: Token) -> list[Token]:
    """No "that", "when", "and" or connective ("Meanwhile,") before the clause."""
    while tokens:
        first = tokens[0]
        leading = first.dep_ in LEADING_DEPS or first.tag_ == "WRB" and first.lower_ in ("when", "where", "while")
        connective = first.lower_ in CONNECTIVES and first.head.i == verb.i
        if not (leading or connective):
            break
        tokens = tokens[1:]
    return tokens


def without_trailing(tokens: list[Token]) -> list[Token]:
    """No "and", comma, article or bare preposition at the end (", and" before a clause left out)."""
    used = {t.i for t in tokens}
    while tokens:
        last = tokens[-1]
        bare_preposition = last.dep_ == "prep" and not any(c.i in used for c in last.children)
        if not (last.tag_ in ("CC", "DT", ",", ":", "HYPH") or last.dep_ in ("cc", "punct") or bare_preposition):
            break
        if last.text in QUOTE_MARKS or last.text == ")" and any(t.text == "(" for t in tokens):
            break
        tokens = tokens[:-1]
    return tokens


def compose(tokens: list[Token]) -> str:
    """The words as printed, one space where words were left out, quotations closed."""
    # A comma that stood before or after words left out goes with them.
    tokens = [
        t for n, t in enumerate(tokens)
        if t.text not in (",", ";")
        or (n == 0 or tokens[n - 1].i == t.i - 1) and (n + 1 == len(tokens) or tokens[n + 1].i == t.i + 1)
    ]
    parts: list[str] = []
    for n, t in enumerate(tokens):
        following = tokens[n + 1] if n + 1 < len(tokens) else None
        gap = t.whitespace_ if following is not None and following.i == t.i + 1 else " "
        parts.append(t.text + gap)
    text = "".join(parts).strip().strip(EDGE_PUNCT).rstrip(".").strip(EDGE_PUNCT)
    if sum(text.count(q) for q in QUOTE_MARKS) % 2 == 0:
        return text
    # A quotation the clause opens and the article closes just after it: close it too;
    # a mark the clause begins or ends with and does not close: leave it out.
    closing = _closing_after(tokens[-1])
    if closing is not None:
        return text + closing
    if text[:1] in QUOTE_MARKS:
        return text[1:].strip()
    if text[-1:] in QUOTE_MARKS:
        return text[:-1].strip().rstrip(".,").strip()
    return text


def _closing_after(last: Token) -> str | None:
    """The quotation mark right after `last`, past a comma or stop ("ministers," Zakharova)."""
    doc = last.doc
    for token in doc[last.i + 1:last.i + 3]:
        if token.text in QUOTE_MARKS or token.text in ("''", "\u201d"):
            return token.text
        if token.text not in (",", "."):
            return None
    return None
