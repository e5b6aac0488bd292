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

from generator.extract.families import family
from generator.extract.labels import NAME_LABELS
from generator.extract.fact_words import COMMON_NAMES, GENERAL, LIGHT_VERBS, NAME_SUFFIXES, REPORTING
from generator.extract.quantities import durations, quantities
from generator.terms import s_stem
from generator.model import Timex

CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# What a verb says, when it reports: "said (that) ...", "announced it would ...".
CLAUSES = frozenset({"ccomp", "parataxis", "xcomp"})
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def features(sent: Span, timexes: Sequence[Timex]) -> dict:
    """The Fact fields that describe what `sent` says (terms, actors, actions, names,
    quantities, dates, durations)."""
    main = _main_verb(sent)
    # A name is one term, however many words it has: "Centers for Disease Control and
    # Prevention" in two sentences is one thing they share, not five.
    named = {t.i: key for e in _entities(sent) if e.label_ in NAME_LABELS for key in [_name(e)] if key
             for t in e}
    term = lambda t: named.get(t.i) or _term(t)  # noqa: E731
    return {
        "terms": tuple(sorted({term(t) for t in sent if t.i in named or _is_content(t)} - COMMON_NAMES)),
        "actors": tuple(sorted({term(t) for s in _subjects(main) + _subjects(sent.root)
                                for t in s.subtree if _is_actor(t)})),
        "actions": tuple(sorted({_term(v) for v in _verbs(main)})),
        "names": tuple(sorted(set(named.values()))),
        "quantities": quantities(sent),
        "dates": tuple(sorted({t.value for t in timexes
                               if t.type == "DATE" and DAY.match(t.value)
                               and sent.start_char <= t.start < sent.end_char})),
        "durations": durations(t for t in timexes if sent.start_char <= t.start < sent.end_char),
    }


def _term(token: Token) -> str:
    return family(token)


def _is_content(token: Token) -> bool:
    return (token.pos_ in CONTENT_POS and not token.is_stop and len(token.text) > 1
            and any(c.isalnum() for c in token.text)
            and not _reports(token) and token.lemma_.lower() not in GENERAL)


def _reports(token: Token) -> bool:
    """A verb of saying used to attribute ("X said", "according to X"); one with a thing
    for its object and nothing said ("revealed a bill") is an action."""
    if token.lower_ in REPORTING:
        return True
    if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in REPORTING:
        return False
    told = any(c.dep_ in CLAUSES for c in token.children)
    return told or not any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in token.children)


def _is_actor(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN")


def _main_verb(sent: Span) -> Token:
    """The main clause's verb; through "X said (that) ..." to what X said."""
    root = sent.root
    if _reports(root):
        said = [c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")]
        if said:
            return said[0]
    return root


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, and the agent of a passive ("was dismissed by a judge")."""
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return [c for c in verb.children if c.dep_ in SUBJECTS] + agents


def _verbs(verb: Token) -> list[Token]:
    """The main verb and the verbs joined to it ("fled the state and headed to Washington");
    for a light verb, the thing it has or is ("will have a new warning")."""
    found = [verb] + [c for c in verb.children if c.dep_ in ("conj", "xcomp") and c.pos_ == "VERB"]
    found = [v for v in found if v.pos_ in ("VERB", "AUX") and not _reports(v)]
    return [o for v in found for o in (_objects(v) if v.lemma_.lower() in LIGHT_VERBS else [v])]


def _objects(verb: Token) -> list[Token]:
    """What a light verb has: "will have a new warning"."""
    return [c for c in verb.children if c.dep_ in ("dobj", "attr") and c.pos_ == "NOUN"]


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
    while entity.label_ == "PERSON" and len(words) > 1 and words[-1].lower_ in NAME_SUFFIXES:
        words.pop()
    if not words:
        return ""
    if entity.label_ == "PERSON":
        return words[-1].lower_
    name = " ".join(t.lower_ for t in words)
    if entity.label_ == "NORP":
        return s_stem(name)  # "Afghans", "Afghan"
    # "U.S. Food and Drug Administration" is the "Food and Drug Administration".
    for common in sorted(COMMON_NAMES, key=len, reverse=True):
        if name.startswith(common + " "):
            return name[len(common) + 1:]
    return name
