"""Named entities: people, organisations, places and the rest, as spaCy labels them."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.nlp import text_of
from generator.model import Entity

# Numbers, dates and ordinals are found by the fact and date extractors, with
# rules of their own; here only names.
NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
)


def extract_entities(doc: Doc) -> tuple[Entity, ...]:
    """Every named entity in the parse (parse offsets), trimmed of space and a trailing 's."""
    found = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        tokens = [t for t in ent if not t.is_space]
        if tokens and tokens[-1].tag_ == "POS":  # "North Korea's" -> "North Korea"
            tokens = tokens[:-1]
        if not tokens or "\n" in text_of(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]:
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        found.append(Entity(text_of(doc)[start:end], start, end, ent.label_))
    return tuple(found)
