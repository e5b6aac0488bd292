"""spaCy's entity labels, in the groups the extractors use (one place, one name each)."""

from __future__ import annotations

# People: who can be quoted by name and listed under "People".
PERSON_LABELS = frozenset({"PERSON"})
# Bodies that speak as one: "the Kremlin said", "Russia warned".
GROUP_LABELS = frozenset({"ORG", "GPE", "NORP"})
# Every kind of name the briefing keeps as an entity. Numbers, dates and
# ordinals are found by the fact and date extractors, with rules of their own.
NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
)
# A month or weekday inside one of these is part of a name, not a date:
# "April Ryan", "Black Friday" the film, "the Good Friday Agreement".
NOT_A_DATE_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "FAC", "PRODUCT", "EVENT", "LAW"})
# Amounts a key fact may rest on.
AMOUNT_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY"})
