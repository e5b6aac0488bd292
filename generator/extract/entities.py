"""Named entities: people, organisations, places and the rest, as spaCy labels them."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.labels import NAME_LABELS
from generator.model import Entity


def extract_entities(doc: Doc) -> tuple[Entity, ...]:
    """Every named entity in the parse (parse offsets), trimmed of space and a trailing 's."""
    found = []
    text = doc.text  # spaCy builds it from the tokens at each access: once
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        tokens = [t for t in ent if not t.is_space]
        if tokens and tokens[-1].tag_ == "POS":  # "North Korea's" -> "North Korea"
            tokens = tokens[:-1]
        if not tokens or "\n" in text[tokens[0].idx : tokens[-1].idx + len(tokens[-1])]:
            continue
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        found.append(Entity(text[start:end], start, end, ent.label_))
    return tuple(found)
