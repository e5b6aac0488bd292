"""The role an article gives a named person: title words before the name or an apposition.

`Kremlin spokesman Dmitry Peskov` gives `Kremlin spokesman`; `Lim Eul-chul, a
professor at Kyungnam University` gives `professor at Kyungnam University`.
A phrase relative to someone else (`his Russian counterpart`) or a bare place
(`U.S.`) is no role: better none than a wrong one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract import speech

_MAX_ROLE_WORDS = 10


def printed(tokens: list[Token]) -> str:
    """The words from the first token to the last as printed (Doc.text would join the whole article)."""
    return tokens[0].doc[tokens[0].i: tokens[-1].i + 1].text


def name_root(tokens: list[Token]) -> Token:
    """The token of a name that the rest of the sentence hangs from."""
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return tokens[-1]


def _is_role(tokens: list[Token]) -> bool:
    return any(t.lower_ in speech.ROLE_WORDS or t.lemma_.lower() in speech.ROLE_WORDS
               or t.pos_ == "NOUN" for t in tokens)


def _role_text(doc: Doc, tokens: list[Token]) -> str | None:
    while tokens and (tokens[0].lower_ in speech.ROLE_DETERMINERS or tokens[0].is_punct):
        tokens = tokens[1:]
    if tokens and tokens[0].pos_ == "PRON" and tokens[0].dep_ == "poss":
        return None  # `his Russian counterpart`: a role relative to someone else
    while tokens and (tokens[-1].is_punct or tokens[-1].pos_ in {"ADP", "CCONJ", "DET"}):
        tokens = tokens[:-1]
    if not tokens or len(tokens) > _MAX_ROLE_WORDS or not _is_role(tokens):
        return None
    if any(t.pos_ in {"VERB", "AUX"} or t.text in {",", ";", "(", ")"} for t in tokens):
        return None
    role = " ".join(printed(tokens).split())
    if tokens[0].is_sent_start and (tokens[0].pos_ == "NOUN" or tokens[0].lower_ in speech.ROLE_WORDS):
        role = role[:1].lower() + role[1:]  # `Leader Kim Jong Un` opens a sentence
    return role


def role_text(tokens: list[Token]) -> str | None:
    """The role a phrase names (`a spokeswoman` gives `spokeswoman`), or None (`70`, `his rival`)."""
    return _role_text(tokens[0].doc, tokens) if tokens else None


def _appositive_tokens(node: Token) -> list[Token]:
    """The apposition's own words, without relative clauses hanging off it."""
    cut = {t.i for child in node.children if child.dep_ in {"relcl", "acl", "appos"}
           for t in child.subtree}
    return [t for t in node.subtree if t.i not in cut]


def role_for(doc: Doc, tokens: list[Token]) -> str | None:
    """The role the article gives the name `tokens`: title words before it, or an apposition."""
    root = name_root(tokens)
    first = tokens[0].i
    before = [t for t in root.subtree if t.i < first]
    if before and before[-1].i == first - 1:
        role = _role_text(doc, before)
        if role:
            return role
    head = root.head
    if root.dep_ == "appos" and head.i < first and head.pos_ in {"NOUN", "PROPN"}:
        role = _role_text(doc, [t for t in head.subtree if t.i <= head.i])
        if role:
            return role
    for child in root.children:
        if child.dep_ == "appos" and child.i > root.i and child.pos_ == "NOUN":
            role = _role_text(doc, _appositive_tokens(child))
            if role:
                return role
    return None
