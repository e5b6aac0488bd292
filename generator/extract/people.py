"""People named in one article, their roles, and who a subject phrase refers to.

Names come from spaCy's PERSON entities, from capitalised runs right after an
office (`spokesman Dmitry Peskov`) and from bare surnames of people already
named (`Lavrov`, which the small model often tags ORG). Roles come from the
words before a name (`Kremlin spokesman`) or from an apposition
(`Lim Eul-chul, a professor at Kyungnam University`).

`speaker_for(doc, token, cast)` turns a grammatical subject (a name, a pronoun,
`the spokesman`, `the ministry`) into the name the article gives, which is how
quotes get their speakers.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.extract import speech
from generator.model import PersonMention

_MAX_ROLE_WORDS = 10
_NAME_LABELS = frozenset({"PERSON"})
_GROUP_LABELS = frozenset({"ORG", "GPE", "NORP"})


@dataclass(frozen=True)
class NameMention:
    """One place a person is named: char offsets into doc.text, and the name's head token."""

    name: str
    start: int
    end: int
    root: int
    role: str | None


@dataclass(frozen=True)
class PersonInArticle:
    """Everything one article says about one person."""

    name: str  # fullest form
    role: str | None
    mentions: tuple[NameMention, ...]
    gender: str | None  # "f", "m" or None, from role words and honorifics only


@dataclass(frozen=True)
class Cast:
    """The people and organisations of one article, for resolving speakers."""

    people: tuple[PersonInArticle, ...]
    quoted: tuple[tuple[int, int], ...]  # char spans inside quote marks: not narration

    def person_at(self, token: Token) -> PersonInArticle | None:
        for person in self.people:
            for mention in person.mentions:
                if mention.start <= token.idx < mention.end:
                    return person
        return None

    def in_quote(self, char: int) -> bool:
        return any(start <= char < end for start, end in self.quoted)


@dataclass(frozen=True)
class Speaker:
    """Who a subject phrase names: a name (or None) and the role the article gives."""

    name: str | None
    role: str | None
    confidence: float


# --------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------


def clean_name(text: str) -> str:
    """A name as a reader writes it: one space between words, no possessive."""
    words = text.split()
    if words and words[-1] in {"'s", "\u2019s"}:
        words = words[:-1]
    name = " ".join(words)
    for suffix in ("'s", "\u2019s", "'", "\u2019"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name.strip(" ,.;:-\u2013\u2014")


def _strip_titles(tokens: list[Token]) -> list[Token]:
    """Drop `Foreign Minister`, `Sen.`, `Mr.` from the front of a capitalised run."""
    last_title = -1
    for i, token in enumerate(tokens[:-1]):
        if token.lower_ in speech.TITLE_WORDS or token.lower_ in speech.HONORIFICS:
            last_title = i
    kept = tokens[last_title + 1:]
    while kept and (kept[0].pos_ == "DET" or not kept[0].text[:1].isupper()):
        kept = kept[1:]
    while kept and kept[-1].tag_ == "POS":
        kept = kept[:-1]
    return kept


def _looks_like_person(tokens: list[Token]) -> bool:
    if not tokens or len(tokens) > 5:
        return False
    words = [t for t in tokens if not t.is_punct]
    printed = _printed(tokens).split()
    if not words or not all(w[:1].isupper() for w in printed):
        return False
    if any(t.like_num or t.lower_ in speech.ORGANISATION_WORDS for t in words):
        return False
    return True


def _printed(tokens: list[Token]) -> str:
    """The words from the first token to the last as printed (Doc.text would join the whole article)."""
    return tokens[0].doc[tokens[0].i: tokens[-1].i + 1].text


def _headline(sentence: Span) -> bool:
    """A title-case line (`Obama Speech Rallies Black Voters`): the tagger's names there are unreliable."""
    words = [t for t in sentence if t.is_alpha]
    return len(words) >= 4 and all(t.text[0].isupper() or t.lower_ in speech.TITLE_SMALL_WORDS for t in words)


def _span_text(doc: Doc, tokens: list[Token]) -> tuple[str, int, int]:
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return clean_name(_printed(tokens)), start, end


def _name_root(tokens: list[Token]) -> Token:
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return tokens[-1]


def _candidate_runs(doc: Doc) -> list[list[Token]]:
    """Token runs that name a person: PERSON entities, and names right after an office."""
    runs: list[list[Token]] = [list(ent) for ent in doc.ents if ent.label_ in _NAME_LABELS]
    taken = {t.i for run in runs for t in run}
    for token in doc:
        if token.i in taken or token.pos_ != "PROPN" or token.i == 0:
            continue
        before = doc[token.i - 1]
        if before.lower_ not in speech.ROLE_WORDS or before.i in taken:
            continue
        run = [token]
        while run[-1].i + 1 < len(doc) and doc[run[-1].i + 1].pos_ == "PROPN" and len(run) < 4:
            run.append(doc[run[-1].i + 1])
        if not any(t.ent_type_ in {"GPE", "DATE", "NORP"} for t in run):
            runs.append(run)
            taken.update(t.i for t in run)
    for token in doc:
        if token.i in taken or token.pos_ != "PROPN" or token.dep_ in {"compound", "flat"}:
            continue
        run = _compound_run(token)
        if _introduced_as_person(token, run):
            runs.append(run)
            taken.update(t.i for t in run)
    return runs


def _compound_run(head: Token) -> list[Token]:
    """The capitalised words that make up a name ending at `head` (`Lim Eul - chul`)."""
    start = head.i
    doc = head.doc
    while start > 0:
        before = doc[start - 1]
        if before.pos_ == "PROPN" and before.head.i == head.i and before.dep_ in {"compound", "flat"}:
            start -= 1
        elif before.text == "-" and start > 1 and doc[start - 2].pos_ == "PROPN":
            start -= 2
        else:
            break
    return list(doc[start:head.i + 1])


def _introduced_as_person(head: Token, run: list[Token]) -> bool:
    """A name the tagger missed: given a role in apposition, or a two-word subject of speech."""
    if any(t.ent_type_ in {"GPE", "NORP", "DATE"} for t in run):
        return False
    for child in head.children:
        if child.dep_ == "appos" and child.i > head.i and (
                child.lemma_.lower() in speech.ROLE_WORDS or child.lower_ in speech.ROLE_WORDS):
            return True
    words = [t for t in run if not t.is_punct]
    return (len(words) >= 2 and head.dep_ == "nsubj" and _is_speech(head.head)
            and not any(t.ent_type_ == "ORG" for t in run))


def _is_speech(token: Token) -> bool:
    return token.pos_ == "VERB" and token.lemma_.lower() in speech.REPORTING_VERBS


# --------------------------------------------------------------------------
# roles
# --------------------------------------------------------------------------


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
    role = " ".join(_printed(tokens).split())
    if tokens[0].is_sent_start and (tokens[0].pos_ == "NOUN" or tokens[0].lower_ in speech.ROLE_WORDS):
        role = role[:1].lower() + role[1:]  # `Leader Kim Jong Un` opens a sentence
    return role


def _appositive_tokens(node: Token) -> list[Token]:
    """The apposition's own words, without relative clauses hanging off it."""
    cut = {t.i for child in node.children if child.dep_ in {"relcl", "acl", "appos"}
           for t in child.subtree}
    return [t for t in node.subtree if t.i not in cut]


def role_for(doc: Doc, tokens: list[Token]) -> str | None:
    """The role the article gives the name `tokens`: title words before it, or an apposition."""
    root = _name_root(tokens)
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


def _gender(roles: list[str], names: list[str]) -> str | None:
    words = {w.lower() for text in roles + names for w in text.split()}
    if words & speech.FEMALE_WORDS:
        return "f"
    if words & speech.MALE_WORDS:
        return "m"
    return None


# --------------------------------------------------------------------------
# people of one article
# --------------------------------------------------------------------------


def _mentions(doc: Doc) -> list[NameMention]:
    found: list[NameMention] = []
    for run in _candidate_runs(doc):
        tokens = _strip_titles(run)
        if not _looks_like_person(tokens) or _headline(run[0].sent):
            continue
        name, start, end = _span_text(doc, tokens)
        if name:
            found.append(NameMention(name, start, end, _name_root(tokens).i, role_for(doc, tokens)))
    return sorted(found, key=lambda m: m.start)


def _words(name: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in name.replace("-", " ").split())


def _group(mentions: list[NameMention]) -> list[list[NameMention]]:
    """One group per person: a shorter name joins the fuller name that holds all its words."""
    groups: list[list[NameMention]] = []
    for mention in sorted(mentions, key=lambda m: (-len(_words(m.name)), m.start)):
        words = set(_words(mention.name))
        homes = [g for g in groups if words <= set(_words(g[0].name))]
        if not homes:
            groups.append([mention])
            continue
        earlier = [g for g in homes if any(m.start < mention.start for m in g)]
        home = max(earlier or homes, key=lambda g: max((m.start for m in g if m.start < mention.start), default=-1))
        home.append(mention)
    return groups


def _surname_mentions(doc: Doc, groups: list[list[NameMention]]) -> None:
    """Add bare surnames the tagger missed (`Lavrov` tagged ORG) to their person."""
    taken = {i for g in groups for m in g for i in range(m.start, m.end)}
    by_surname: dict[str, list[NameMention]] = {}
    for group in groups:
        words = group[0].name.split()
        if len(words) > 1:
            by_surname.setdefault(words[-1], group)
    for token in doc:
        group = by_surname.get(token.text)
        if group is None or token.idx in taken or token.pos_ != "PROPN":
            continue
        if token.dep_ == "compound" and token.head.pos_ == "PROPN":
            continue  # `Trump Tower` is a building
        group.append(NameMention(token.text, token.idx, token.idx + len(token), token.i, None))


def _best_role(mentions: list[NameMention]) -> str | None:
    roles = [m.role for m in sorted(mentions, key=lambda m: m.start) if m.role]
    titled = [r for r in roles if any(w.lower() in speech.ROLE_WORDS for w in r.split())]
    return (titled or roles or [None])[0]


def people_in(doc: Doc, quoted: tuple[tuple[int, int], ...] = ()) -> Cast:
    """The article's people, each with every mention, for attribution and the People list."""
    groups = _group(_mentions(doc))
    _surname_mentions(doc, groups)
    people = []
    for group in groups:
        ordered = tuple(sorted(group, key=lambda m: m.start))
        fullest = max(ordered, key=lambda m: (len(_words(m.name)), -m.start)).name
        roles = [m.role for m in ordered if m.role]
        people.append(PersonInArticle(fullest, _best_role(list(ordered)), ordered,
                                      _gender(roles, [m.name for m in ordered])))
    people.sort(key=lambda p: p.mentions[0].start)
    return Cast(tuple(people), quoted)


def extract_people(doc: Doc) -> tuple[PersonMention, ...]:
    """Each person once, fullest name, best role, offsets of the first mention."""
    return tuple(
        PersonMention(p.name, p.role, p.mentions[0].start, p.mentions[0].end, "")
        for p in people_in(doc).people
    )


# --------------------------------------------------------------------------
# who a subject refers to
# --------------------------------------------------------------------------


def _antecedent(doc: Doc, pronoun: Token, cast: Cast) -> PersonInArticle | None:
    """The person `he`/`she` most likely means: the last one named as a subject nearby."""
    wanted = "f" if pronoun.lower_ in speech.FEMALE_PRONOUNS else "m"
    sentences = list(doc.sents)
    here = next((i for i, s in enumerate(sentences) if s.start <= pronoun.i < s.end), 0)
    window_start = sentences[max(0, here - 3)].start_char
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


def _organisation(doc: Doc, token: Token) -> str | None:
    """The display form of an organisation that `token` is part of: `the Kremlin`."""
    ent = next((e for e in doc.ents if e.start <= token.i < e.end and e.label_ in _GROUP_LABELS), None)
    if ent is None:
        return None
    text = clean_name(ent.text)
    if text.lower().startswith("the "):
        text = "the " + text[4:]
    elif ent.start > 0 and doc[ent.start - 1].lower_ == "the" and ent.label_ == "ORG":
        text = "the " + text
    return text or None


def _recent_organisation(doc: Doc, token: Token, word: str, cast: Cast) -> str | None:
    for ent in reversed([e for e in doc.ents if e.end_char <= token.idx and e.label_ == "ORG"]):
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
    description = " ".join(_printed(words).split()) if words else token.text
    lemma = token.lemma_.lower()
    if lemma in speech.VAGUE_SUBJECTS or token.lower_ in speech.VAGUE_SUBJECTS:
        return Speaker(None, description, 0.3)
    if lemma in speech.ROLE_WORDS or token.lower_ in speech.ROLE_WORDS:
        person = _recent_with_role(token, token.lower_, cast) or _recent_with_role(token, lemma, cast)
        if person:
            return Speaker(person.name, person.role, 0.6)
        return Speaker(None, description, 0.3)
    if lemma in speech.ORGANISATION_WORDS or token.lower_ in speech.ORGANISATION_WORDS:
        named = any(t.pos_ == "PROPN" or t.ent_type_ in _GROUP_LABELS | _NAME_LABELS for t in words)
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
        tokens = _strip_titles(run) or [token]
        name, _, _ = _span_text(doc, tokens)
        return Speaker(name, role_for(doc, tokens), 0.8)
    if token.pos_ == "NOUN":
        return _described(doc, token, cast)
    return Speaker(None, None, 0.2)
