"""Direct quotes and who said them, from one parsed article.

The quoted passages come from `quotemarks.find_quoted_spans`. Each gets a speaker:

1. a possessor of the phrase the quote modifies: Trump's "bullshit" comment;
2. the subject of the reporting verb the quote depends on in the parse
   (`Kremlin spokesman Dmitry Peskov told reporters`, `The Kremlin said it was
   "unfazed"`, `accused Putin of talking "bullshit"`);
3. `according to X`, or `"…" – X` after the quote;
4. the nearest reporting verb in the quote's sentences (`X said: "…"`, quotes
   that run over several sentences), or a capitalised one the tagger took for
   a name (`Murphy, the head of X, Tweeted`, `Stated Stone:`);
5. the named subject of the narration that introduces a quote with no
   reporting verb (`Trump boomed: "…"`, `Bolton thought … a tribute to "…"`,
   a quote standing alone after a sentence about its speaker), less surely;
6. the speaker of the quote just before in the same paragraph, or of the
   paragraph before when this one is only the quote (continued speech).

Passages that are pieces of one quotation (`"A," she said. "B."`) are then
joined into one quote (`wholequotes`).

Subjects become names through `speakers.speaker_for` (pronouns, `the
spokesman`, organisations). Short quotes and title-like quotes count only with
a speaker from 1-3: without one they are scare quotes or titles of works.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from generator.extract import speech
from generator.extract.names_after import cue_after, named_after
from generator.extract.people import Cast, people_in
from generator.extract.spans import Spans
from generator.extract.quotemarks import QuotedSpan, find_quoted_spans, needs_speaker, paragraph_pieces
from generator.extract.speakers import Speaker, speaker_for
from generator.extract.wholequotes import Attributed, continued, in_context, join_pieces
from generator.model import PIECE_SEPARATOR, Quote, QuotePiece

__all__ = ["extract_quotes", "find_quoted_spans"]

_DASH_AFTER = re.compile(r"[ \t]*[\u201d\u00bb\"]?[,.]?[ \t]*(?:\u2013|\u2014|\u2015|--|-)[ \t]*(?=[A-Z])")

# How far each way of finding a speaker is trusted (multiplies the speaker's own).
_POSSESSIVE = 0.85
_GOVERNING = 1.0
_ACCORDING = 0.95
_DASH = 0.9
_NEARBY = 0.85
_NARRATOR = 0.6
_UNKNOWN = 0.2


@dataclass(frozen=True)
class _Found:
    speaker: Speaker
    cue: str | None
    strong: bool  # found from the parse around the quote itself, not by proximity
    anchor: int | None = None  # where the words that attribute it start (the cue): pieces share it
    narrated: bool = False  # only the narration around the quote names its speaker



# --------------------------------------------------------------------------
# finding the speaker
# --------------------------------------------------------------------------


def _inside(token: Token, spans: Spans) -> bool:
    """Within a quotation, its marks included (a character either side)."""
    return spans.holding(token.idx, slack=1)


def _subject(verb: Token, quoted: Spans = Spans()) -> Token | None:
    """Who does the reporting verb's action: its subject, its `by` agent, or its governor's.

    Words inside quotes are never the speaker, even when the parser makes them
    the verb's subject (`"One of the best," Rep. Cummings said`); then the name
    right after the verb is (`said James Acton`)."""
    node = verb
    for _ in range(4):
        inverted = _inverted_subject(node, quoted)
        children = [c for c in node.children if not _inside(c, quoted)]
        for child in children:
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
        for child in children:
            if child.dep_ in {"nsubj", "csubj"} or (
                    child.dep_ == "nsubjpass" and node.lemma_ in {"quote", "cite"}):
                if child.lower_ in {"who", "that", "which"} and node.dep_ == "relcl":
                    return node.head
                return child
        if inverted is not None:
            return inverted
        if node.dep_ in {"conj", "xcomp", "advcl", "pcomp", "acl"} and node.head.i != node.i:
            node = node.head
            if node.pos_ == "ADP":
                node = node.head
        else:
            return None
    return None


def _inverted_subject(verb: Token, quoted: Spans) -> Token | None:
    """`…," said James Acton`: the name that follows the verb, whatever the parser calls it,
    when the verb comes straight after the quote (`told a young woman` names the hearer)."""
    before = [t for t in verb.doc[max(verb.i - 2, 0):verb.i] if not t.is_space]
    if not any(t.is_quote for t in before) and not verb.is_sent_start:
        return None  # `Said Ellis: "…"` opens its sentence
    for child in verb.children:
        if child.i > verb.i and child.pos_ in {"PROPN", "NOUN"} and not _inside(child, quoted) \
                and child.ent_type_ not in {"DATE", "TIME"} \
                and child.dep_ in {"nsubj", "dobj", "attr", "npadvmod", "oprd", "appos", "dep"} \
                and all(t.is_punct or t.pos_ in {"PROPN", "DET", "ADJ", "NOUN"} for t in verb.doc[verb.i + 1:child.i]):
            return child
    return None


def _is_cue(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in speech.REPORTING_VERBS


def _governing_cue(span: Span, quoted: Spans) -> Token | None:
    """The reporting verb the quote hangs from in the parse, nearest first."""
    inside = {t.i for t in span}
    roots = [t for t in span if t.head.i not in inside and not t.is_punct]
    roots.sort(key=lambda t: -t.i)  # the last sentence of a long quote holds its cue
    for root in roots:
        node = root.head
        for _ in range(8):
            if node.i not in inside and not _inside(node, quoted) and _is_cue(node):
                if node.lemma_.lower() not in speech.NAMING_VERBS or _subject(node, quoted) is not None:
                    return node
            if node.head.i == node.i:
                break
            node = node.head
    return None


def _possessor(doc: Doc, span: Span, cast: Cast) -> tuple[Speaker, int] | None:
    """`Trump's "bullshit" comment`: a quote modifying a noun whose owner is named."""
    inside = {t.i for t in span}
    heads = {t.head for t in span if t.head.i not in inside}
    for head in heads:
        if head.pos_ != "NOUN" or head.i < span.start:
            continue
        for child in head.children:
            if child.dep_ == "poss" and child.i not in inside:
                found = speaker_for(doc, child, cast)
                if found.name:
                    return found, child.idx
    return None


def _according_to(doc: Doc, tokens: list[Token], cast: Cast) -> tuple[Speaker, int] | None:
    for token in tokens:
        if token.lower_ != speech.ACCORDING_TO[0]:
            continue
        for prep in token.children:
            if prep.lower_ == speech.ACCORDING_TO[1]:
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                if objects:
                    return speaker_for(doc, objects[0], cast), token.idx
    return None


def _after_dash(doc: Doc, text: str, quote: QuotedSpan, cast: Cast) -> tuple[Speaker, int] | None:
    """`"…" – Dmitry Peskov`: a name right after a dash that follows the closing mark."""
    match = _DASH_AFTER.match(text, quote.end)
    if not match:
        return None
    token = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
    if token is None or token[0].pos_ != "PROPN":
        return None
    name = token[0]
    while name.i + 1 < len(doc) and doc[name.i + 1].pos_ == "PROPN":
        name = doc[name.i + 1]
    found = speaker_for(doc, name, cast)
    return (found, match.start()) if found.name else None


def _sentence_tokens(doc: Doc, text: str, quote: QuotedSpan, quoted: Spans) -> list[Token]:
    """Tokens of the quote's sentences outside any quote, plus a colon's sentence before it."""
    first = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    sentences = {first[0].sent, first[-1].sent}
    before = text[:max(quote.start - 1, 0)].rstrip()
    if before.endswith(":"):
        colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
        if colon is not None:
            sentences.add(colon[0].sent)
    return [t for s in sentences for t in s if not _inside(t, quoted)]


def _trailing_cue(doc: Doc, text: str, quote: QuotedSpan, cast: Cast) -> _Found | None:
    """`“…?” Clinton said.`: the parser ends the sentence at the quote; the next one,
    in the same paragraph, is only the attribution (a reporting verb with no clause of its own)."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    last = span[-1].sent
    following = [t for t in doc[span.end:last.end] if not (t.is_punct or t.is_space)]
    if following or last.end >= len(doc):
        return None
    gap = text[quote.end:doc[last.end].idx]
    if "\n" in gap:
        return None
    sentence = doc[last.end].sent
    for verb in sentence[:8]:
        if not _is_cue(verb) or any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
            continue
        subject = _subject(verb, cast.quoted)
        if subject is not None:
            found = speaker_for(doc, subject, cast)
            if found.name or found.role:
                return _Found(_scaled(found, _GOVERNING), verb.text, True, verb.idx)
    return None


def _nearby_cue(doc: Doc, quote: QuotedSpan, tokens: list[Token], cast: Cast) -> _Found | None:
    """The nearest reporting verb with a subject in the quote's sentences, after it first."""
    def distance(token: Token) -> tuple[int, int]:
        if token.idx >= quote.end:
            return (token.idx - quote.end, 0)
        return (quote.start - token.idx, 1)

    for verb in sorted((t for t in tokens if _is_cue(t)), key=distance):
        subject = _subject(verb, cast.quoted)
        if subject is None:
            continue
        found = speaker_for(doc, subject, cast)
        if found.name or found.role:
            return _Found(_scaled(found, _NEARBY), verb.text, False, verb.idx)
    return None


def _capitalised_cue(doc: Doc, tokens: list[Token], cast: Cast) -> _Found | None:
    """`Murphy, the head of Right to Rise USA, Tweeted on Friday`, `Stated Stone: "…"`: a
    capitalised reporting verb the tagger took for a name; the name is the one next to it."""
    for verb in tokens:
        if verb.pos_ not in {"PROPN", "VERB", "NOUN"} or not verb.text[:1].isupper() \
                or not speech.is_reporting_form(verb.text) \
                or cast.person_at(verb) is not None:
            continue
        name = _name_after(verb) if verb.is_sent_start else _name_before(verb)
        if name is not None:
            found = speaker_for(doc, name, cast)
            if found.name:
                return _Found(_scaled(found, _NEARBY), verb.text, False, verb.idx)
    return None


def _name_after(verb: Token) -> Token | None:
    """The last word of the capitalised run right after `verb` (`Stated Stone`)."""
    doc, at = verb.doc, verb.i + 1
    while at < len(doc) and doc[at].pos_ == "PROPN" and not speech.is_reporting_form(doc[at].text):
        at += 1
    return doc[at - 1] if at > verb.i + 1 else None


def _name_before(verb: Token) -> Token | None:
    """The name just before `verb`, past an apposition between commas (`Murphy, the head of X,`)."""
    doc, at = verb.doc, verb.i - 1
    if at >= 0 and doc[at].text == ",":
        at -= 1
        while at > verb.i - 14 and at >= 0 and doc[at].text != ",":
            at -= 1
        at -= 1
    return doc[at] if at >= 0 and doc[at].pos_ == "PROPN" else None


def _introducing_sentence(doc: Doc, text: str, quote: QuotedSpan, span: Span) -> Span | None:
    """The narration that introduces a quote with no reporting verb of its own: the
    sentence before a colon (`Trump leaned in and boomed: "…"`), the sentence just
    before a quote that stands alone (narration, then the words), or its own sentence."""
    before = text[:max(quote.start - 1, 0)].rstrip()
    if before.endswith(":"):
        colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
        return colon[0].sent if colon is not None else None
    first = span[0].sent
    narration = [t for t in first if not t.is_punct and not t.is_space and not (quote.start <= t.idx < quote.end)]
    if narration:
        return first
    if first.start == 0:
        return None
    previous = doc[first.start - 1].sent
    if any(t.is_quote for t in previous):
        return None  # the words before are someone's quote: `wholequotes.continued` decides
    return previous


def _narrator(doc: Doc, text: str, quote: QuotedSpan, span: Span, cast: Cast) -> _Found | None:
    """The named subject of the narration that introduces the quote (`Bolton thought
    … a tribute to "…"`, `Valastro praised Christie. "We need someone…"`): a weaker
    attribution, marked by its confidence, than one through a reporting verb."""
    sentence = _introducing_sentence(doc, text, quote, span)
    if sentence is None:
        return None
    subject = _subject(sentence.root, cast.quoted)
    if subject is None or _inside(subject, cast.quoted):
        return None
    found = speaker_for(doc, subject, cast)
    return _Found(_scaled(found, _NARRATOR), None, False, subject.idx, True) if found.name else None


def _scaled(found: Speaker, factor: float) -> Speaker:
    return replace(found, confidence=round(found.confidence * factor, 2))


def _attribute(doc: Doc, text: str, quote: QuotedSpan, span: Span, cast: Cast) -> _Found | None:
    possessor = _possessor(doc, span, cast)
    if possessor:
        return _Found(_scaled(possessor[0], _POSSESSIVE), None, True, possessor[1])
    named = named_after(doc, text, quote.end, cast)
    if named is not None:
        return _Found(_scaled(named.speaker, _GOVERNING), named.verb.text, True, named.verb.idx)
    verb = _governing_cue(span, cast.quoted)
    if verb is not None:
        subject = _subject(verb, cast.quoted)
        if subject is not None:
            found = speaker_for(doc, subject, cast)
            if found.name or found.role:
                return _Found(_scaled(found, _GOVERNING), verb.text, True, verb.idx)
    tokens = _sentence_tokens(doc, text, quote, cast.quoted)
    according = _according_to(doc, tokens, cast)
    if according and (according[0].name or according[0].role):
        return _Found(_scaled(according[0], _ACCORDING), "according to", True, according[1])
    dashed = _after_dash(doc, text, quote, cast)
    if dashed:
        return _Found(_scaled(dashed[0], _DASH), "\u2013", True, dashed[1])
    trailing = _trailing_cue(doc, text, quote, cast)
    if trailing:
        return trailing
    return (_nearby_cue(doc, quote, tokens, cast) or _capitalised_cue(doc, _with_next(doc, text, quote, tokens), cast)
            or _narrator(doc, text, quote, span, cast) or _unnamed(doc, quote))


def _unnamed(doc: Doc, quote: QuotedSpan) -> _Found | None:
    """`"…," they conclude.`: a speaker the article does not name; the verb still marks
    where the attribution stands, for joining the pieces around it."""
    verb = cue_after(doc, quote.end)
    return _Found(Speaker(None, None, _UNKNOWN), verb.text, False, verb.idx) if verb is not None else None


def _with_next(doc: Doc, text: str, quote: QuotedSpan, tokens: list[Token]) -> list[Token]:
    """The quote's sentence tokens and, in the same paragraph, the sentence after it."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    last = span[-1].sent
    if last.end >= len(doc) or "\n" in text[quote.end:doc[last.end].idx]:
        return tokens
    this_quote = Spans([(quote.start, quote.end)])
    return tokens + [t for t in doc[last.end].sent if not _inside(t, this_quote)]


# --------------------------------------------------------------------------
# the whole article
# --------------------------------------------------------------------------


def extract_quotes(doc: Doc) -> tuple[Quote, ...]:
    """Direct quotes with speakers, whole (pieces of one quotation joined); offsets
    are character offsets into doc.text."""
    text = doc.text  # built from the tokens at each access: once
    spans = find_quoted_spans(text)
    quoted = tuple((s.start, s.end) for s in spans)
    cast = people_in(doc, quoted)
    found: list[Attributed] = []
    for quote in spans:
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        attributed = _attribute(doc, text, quote, span, cast)
        if needs_speaker(doc, text, quote, span) and not (
                attributed and attributed.strong and (attributed.speaker.name or attributed.speaker.role)):
            continue
        found.append(Attributed(_quote(text, quote, attributed), attributed.anchor if attributed else None,
                                attributed.narrated if attributed else False))
    whole = continued(text, join_pieces(text, found))
    return tuple(in_context(doc, text, q) for q in whole)


def _quote(text: str, quote: QuotedSpan, found: _Found | None) -> Quote:
    pieces = tuple(QuotePiece(text[a:b], a, b) for a, b in paragraph_pieces(text, quote))
    words = PIECE_SEPARATOR.join(p.text for p in pieces)
    if found is None:
        return Quote(words, quote.start, quote.end, None, None, _UNKNOWN, "", None, pieces)
    speaker = found.speaker
    return Quote(words, quote.start, quote.end, speaker.name, speaker.role, speaker.confidence, "",
                 found.cue, pieces)
