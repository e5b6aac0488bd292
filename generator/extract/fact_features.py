"""What a fact sentence says, as features two outlets' wordings can be compared on.

Pure functions of the parse: the sentence's content words (lemmas, with the
words outlets use for the same action made one), who acts and what they do
(the main clause, looking through "X said" to what X said; X counts among the
actors, since one outlet writes "Biden ended the mission" where another writes
"the mission ends, Biden said"), the names, the figures and the days it gives.
"""

from __future__ import annotations

import re
from typing import Sequence

from spacy.tokens import Span, Token

from generator.extract.labels import NAME_LABELS
from generator.extract.fact_words import CANONICAL, GENERAL, REPORTING
from generator.extract.quantities import quantities
from generator.model import Timex

CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def features(sent: Span, timexes: Sequence[Timex]) -> dict:
    """The Fact fields that describe what `sent` says (terms, actors, actions, names,
    quantities, dates)."""
    main = _main_verb(sent)
    return {
        "terms": tuple(sorted({_term(t) for t in sent if _is_content(t)})),
        "actors": tuple(sorted({_term(t) for s in _subjects(main) + _subjects(sent.root)
                                for t in s.subtree if _is_actor(t)})),
        "actions": tuple(sorted({_term(v) for v in _verbs(main)})),
        "names": tuple(sorted({_name(e) for e in _entities(sent) if e.label_ in NAME_LABELS} - {""})),
        "quantities": quantities(sent),
        "dates": tuple(sorted({t.value for t in timexes
                               if t.type == "DATE" and DAY.match(t.value)
                               and sent.start_char <= t.start < sent.end_char})),
    }


def _term(token: Token) -> str:
    lemma = token.lemma_.lower()
    return CANONICAL.get(lemma, lemma)


def _is_content(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return (token.pos_ in CONTENT_POS and not token.is_stop and len(token.text) > 1
            and any(c.isalnum() for c in token.text)
            and lemma not in REPORTING and lemma not in GENERAL)


def _is_actor(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN")


def _main_verb(sent: Span) -> Token:
    """The main clause's verb; through "X said (that) ..." to what X said."""
    root = sent.root
    if root.lemma_.lower() in REPORTING:
        said = [c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")]
        if said:
            return said[0]
    return root


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in SUBJECTS]


def _verbs(verb: Token) -> list[Token]:
    """The main verb and the verbs joined to it ("fled the state and headed to Washington")."""
    found = [verb] + [c for c in verb.children if c.dep_ in ("conj", "xcomp") and c.pos_ == "VERB"]
    return [v for v in found if v.pos_ in ("VERB", "AUX") and v.lemma_.lower() not in REPORTING]


def _entities(sent: Span) -> list[Span]:
    """The sentence's entities, token by token: a span's .ents walks every entity of the
    document, which makes long articles slow."""
    found, start = [], None
    for token in sent:
        if start is not None and token.ent_iob_ != "I":
            found.append(sent.doc[start : token.i])
            start = None
        if token.ent_iob_ == "B":
            start = token.i
    if start is not None:
        found.append(sent.doc[start : sent.end])
    return [Span(sent.doc, span.start, span.end, label=span[0].ent_type_) for span in found]


def _name(entity: Span) -> str:
    """A name as outlets share it: a person by surname, anything else whole, lower case."""
    words = [t for t in entity if not t.is_punct and t.tag_ != "POS" and t.lower_ != "the"]
    if not words:
        return ""
    if entity.label_ == "PERSON":
        return words[-1].lower_
    return " ".join(t.lower_ for t in words)
