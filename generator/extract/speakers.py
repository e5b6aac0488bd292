"""Who a subject phrase refers to: the name the article gives a speaker.

`speaker_for(doc, token, cast)` turns the grammatical subject of a reporting
verb (a name, a pronoun, `the spokesman`, `the ministry`, `the Kremlin`) into
the name the article gives, which is how quotes get their speakers. Where no
name can be found the speaker is unknown (None), with the description as role.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.extract import speech
from generator.extract.labels import GROUP_LABELS, PERSON_LABELS
from generator.extract.people import Cast, PersonInArticle, clean_name, span_text, strip_titles
from generator.extract.roles import printed, role_for


@dataclass(frozen=True)
class Speaker:
    """Who a subject phrase names: a name (or None) and the role the article gives."""

    name: str | None
    role: str | None
    confidence: float



def _antecedent(doc: Doc, pronoun: Token, cast: Cast) -> PersonInArticle | None:
    """The person `he`/`she` most likely means: the last one named as a subject nearby."""
    wanted = "f" if pronoun.lower_ in speech.FEMALE_PRONOUNS else "m"
    window_start = _sentences_back(doc, pronoun, 3).start_char
    candidates: list[tuple[int, bool, PersonInArticle]] = []
    for person in cast.people:
        if person.gender and person.gender != wanted:
            continue
        for mention in person.mentions:
            if mention.start >= pronoun.idx or cast.in_quote(mention.start):
                continue
            root = doc[mention.root]
            subject = root.dep_ in {"nsubj", "nsubjpass"} or (
                root.dep_ == "appos" and root.head.dep_ in {"nsubj", "nsubjpass"})
            candidates.append((mention.start, subject and mention.start >= window_start, person))
    if not candidates:
        return None
    subjects = [c for c in candidates if c[1]]
    return max(subjects or candidates, key=lambda c: c[0])[2]


def _sentences_back(doc: Doc, token: Token, count: int) -> Span:
    """The sentence `count` sentences before the one `token` is in (or the first),
    found from the token itself: listing every sentence of a long article per pronoun is slow."""
    sentence = token.sent
    for _ in range(count):
        if sentence.start == 0:
            break
        sentence = doc[sentence.start - 1].sent
    return sentence


def _entity_at(doc: Doc, token: Token) -> Span | None:
    """The named entity `token` is part of, found from the token (not by listing every entity)."""
    if not token.ent_type_:
        return None
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def _organisation(doc: Doc, token: Token) -> str | None:
    """The display form of an organisation that `token` is part of: `the Kremlin`."""
    ent = _entity_at(doc, token)
    if ent is None or ent.label_ not in GROUP_LABELS:
        return None
    text = clean_name(ent.text)
    if text.lower().startswith("the "):
        text = "the " + text[4:]
    elif ent.start > 0 and doc[ent.start - 1].lower_ == "the" and ent.label_ == "ORG":
        text = "the " + text
    return text or None


def _recent_organisation(doc: Doc, token: Token, word: str, cast: Cast) -> str | None:
    for ent in reversed([e for e in cast.organisations_before(token.idx) if e.label_ == "ORG"]):
        if word in ent.text.lower().split() and not cast.in_quote(ent.start_char):
            return _organisation(doc, ent[0])
    return None


def _recent_with_role(token: Token, word: str, cast: Cast) -> PersonInArticle | None:
    best: tuple[int, PersonInArticle] | None = None
    for person in cast.people:
        if not person.role or word not in person.role.lower().split():
            continue
        starts = [m.start for m in person.mentions if m.start < token.idx]
        if starts and (best is None or max(starts) > best[0]):
            best = (max(starts), person)
    return best[1] if best else None


def _phrase(doc: Doc, token: Token) -> list[Token]:
    cut = {t.i for c in token.children if c.dep_ in {"relcl", "acl", "appos", "prep"} and c.i > token.i
           for t in c.subtree}
    return [t for t in token.subtree if t.i not in cut and not t.is_punct]


def _described(doc: Doc, token: Token, cast: Cast) -> Speaker:
    """A common-noun subject: `the spokesman`, `the ministry`, `the Clinton campaign`, `a source`."""
    for child in token.children:
        if child.dep_ == "appos" and (child.pos_ == "PROPN" or child.ent_type_):
            return speaker_for(doc, child, cast)
    words = _phrase(doc, token)
    description = " ".join(printed(words).split()) if words else token.text
    lemma = token.lemma_.lower()
    if lemma in speech.VAGUE_SUBJECTS or token.lower_ in speech.VAGUE_SUBJECTS:
        return Speaker(None, description, 0.3)
    if lemma in speech.ROLE_WORDS or token.lower_ in speech.ROLE_WORDS:
        person = _recent_with_role(token, token.lower_, cast) or _recent_with_role(token, lemma, cast)
        if person:
            return Speaker(person.name, person.role, 0.6)
        return Speaker(None, description, 0.3)
    if lemma in speech.ORGANISATION_WORDS or token.lower_ in speech.ORGANISATION_WORDS:
        named = any(t.pos_ == "PROPN" or t.ent_type_ in GROUP_LABELS | PERSON_LABELS for t in words)
        if named:
            return Speaker(description, None, 0.75)
        organisation = _recent_organisation(doc, token, token.lower_, cast)
        if organisation:
            return Speaker(organisation, None, 0.6)
    return Speaker(None, description, 0.3)


def speaker_for(doc: Doc, token: Token, cast: Cast) -> Speaker:
    """The speaker a subject token names, resolved against the article's people."""
    lower = token.lower_
    if token.pos_ == "PRON" or lower in speech.FIRST_PERSON:
        if lower in speech.PERSON_PRONOUNS:
            person = _antecedent(doc, token, cast)
            if person:
                return Speaker(person.name, person.role, 0.75)
        return Speaker(None, None, 0.2)
    person = cast.person_at(token)
    if person:
        return Speaker(person.name, person.role, 0.9)
    organisation = _organisation(doc, token)
    if organisation and token.pos_ in {"PROPN", "NOUN"} and token.ent_type_ != "NORP":
        return Speaker(organisation, None, 0.85)
    if token.pos_ == "PROPN":
        run = [t for t in token.subtree if t.pos_ == "PROPN" and t.i <= token.i and t.dep_ in {"compound", "flat"} or t == token]
        tokens = strip_titles(run) or [token]
        name, _, _ = span_text(doc, tokens)
        return Speaker(name, role_for(doc, tokens), 0.8)
    if token.pos_ == "NOUN":
        return _described(doc, token, cast)
    return Speaker(None, None, 0.2)
