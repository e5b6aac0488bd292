"""People named in one article and their roles.

Names come from spaCy's PERSON entities, from capitalised runs right after an
office (`spokesman Dmitry Peskov`) and from bare surnames of people already
named (`Lavrov`, which the small model often tags ORG). Roles come from
`roles.role_for`. Who a subject phrase refers to is `speakers.speaker_for`.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.extract import speech
from generator.extract.labels import GROUP_LABELS, PERSON_LABELS
from generator.extract.spans import Spans
from generator.extract.roles import name_root, printed, role_for
from generator.model import PersonMention



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
    quoted: Spans  # char spans inside quote marks: not narration
    organisations: tuple[Span, ...] = ()  # the article's ORG, GPE and NORP names, in order

    def person_at(self, token: Token) -> PersonInArticle | None:
        for person in self.people:
            for mention in person.mentions:
                if mention.start <= token.idx < mention.end:
                    return person
        return None

    def in_quote(self, char: int) -> bool:
        return self.quoted.holding(char)

    def organisations_before(self, char: int) -> tuple[Span, ...]:
        """The organisations named before `char`, in order."""
        return self.organisations[:bisect.bisect_right(self._organisation_ends, char)]

    @functools.cached_property
    def _organisation_ends(self) -> list[int]:
        return [e.end_char for e in self.organisations]

    def person_called(self, name: str) -> PersonInArticle | None:
        """The one person whose fullest name holds every word of `name` (`Trump`: Donald Trump)."""
        wanted = set(_words(name))
        found = [p for p in self.people if wanted and wanted <= set(_words(p.name))]
        return found[0] if len(found) == 1 else None


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


def strip_titles(tokens: list[Token]) -> list[Token]:
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
    # `Stated Stone:` and the headline `Ted Cruz Apologizes`: a verb the tagger took for a name.
    if len(kept) > 1 and kept[0].is_sent_start and speech.is_reporting_form(kept[0].text):
        kept = kept[1:]
    if len(kept) > 2 and speech.is_reporting_form(kept[-1].text):
        kept = kept[:-1]
    return kept


def _looks_like_person(tokens: list[Token]) -> bool:
    if not tokens or len(tokens) > 5:
        return False
    words = [t for t in tokens if not t.is_punct]
    shown = printed(tokens).split()
    if not words or not all(w[:1].isupper() for w in shown):
        return False
    if any(t.like_num or t.lower_ in speech.ORGANISATION_WORDS for t in words):
        return False
    return True


def _headline(sentence: Span) -> bool:
    """A title-case line (`Obama Speech Rallies Black Voters`): the tagger's names there are unreliable."""
    words = [t for t in sentence if t.is_alpha]
    return len(words) >= 4 and all(t.text[0].isupper() or t.lower_ in speech.TITLE_SMALL_WORDS for t in words)


def span_text(doc: Doc, tokens: list[Token]) -> tuple[str, int, int]:
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    return clean_name(printed(tokens)), start, end


def _candidate_runs(doc: Doc) -> list[list[Token]]:
    """Token runs that name a person: PERSON entities, and names right after an office."""
    runs: list[list[Token]] = [list(ent) for ent in doc.ents if ent.label_ in PERSON_LABELS]
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


def _gender(roles: list[str], names: list[str]) -> str | None:
    """`f`, `m` or None: from role words and honorifics, else from a common first name."""
    words = {w.lower() for text in roles + names for w in text.split()}
    if words & speech.FEMALE_WORDS:
        return "f"
    if words & speech.MALE_WORDS:
        return "m"
    firsts = {name.split()[0].lower() for name in names if len(name.split()) > 1}
    if firsts & speech.FEMALE_FIRST_NAMES and not firsts & speech.MALE_FIRST_NAMES:
        return "f"
    if firsts & speech.MALE_FIRST_NAMES and not firsts & speech.FEMALE_FIRST_NAMES:
        return "m"
    return None


def _place_words(doc: Doc) -> frozenset[str]:
    """Words the article tags as a place or puts after `in`/`to` (one pass over the parse)."""
    tagged = {e.text for e in doc.ents if e.label_ in {"GPE", "LOC", "FAC"}}
    after = {t.text for t in doc[1:] if doc[t.i - 1].lower_ in speech.PLACE_PREPOSITIONS
             and doc[t.i - 1].pos_ == "ADP"}
    return frozenset(tagged | after)


def _used_as_place(word: str, places: frozenset[str]) -> bool:
    """A one-word name that is a place: a capital standing for its government
    (`Kiev said`), or a word the article uses as a place."""
    return word.lower() in speech.CAPITAL_CITIES or word in places


# --------------------------------------------------------------------------
# people of one article
# --------------------------------------------------------------------------


def _mentions(doc: Doc) -> list[NameMention]:
    found: list[NameMention] = []
    for run in _candidate_runs(doc):
        tokens = strip_titles(run)
        if not _looks_like_person(tokens) or _headline(run[0].sent):
            continue
        name, start, end = span_text(doc, tokens)
        if name:
            found.append(NameMention(name, start, end, name_root(tokens).i, role_for(doc, tokens)))
    return sorted(found, key=lambda m: m.start)


def _words(name: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in name.replace("-", " ").split())


def _group(mentions: list[NameMention]) -> list[list[NameMention]]:
    """One group per person: a shorter name joins the fuller name that holds all its words."""
    groups: list[list[NameMention]] = []
    by_word: dict[str, list[list[NameMention]]] = {}  # the groups whose name has the word, in order
    for mention in sorted(mentions, key=lambda m: (-len(_words(m.name)), m.start)):
        words = set(_words(mention.name))
        # Only groups holding the name's rarest word can hold all its words.
        rarest = min((by_word.get(w, []) for w in words), key=len, default=[])
        homes = [g for g in rarest if words <= set(_words(g[0].name))]
        if not homes:
            groups.append([mention])
            for word in words:
                by_word.setdefault(word, []).append(groups[-1])
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
    places = _place_words(doc)
    for group in groups:
        if all(len(m.name.split()) == 1 for m in group) and _used_as_place(group[0].name, places):
            continue
        ordered = tuple(sorted(group, key=lambda m: m.start))
        fullest = max(ordered, key=lambda m: (len(_words(m.name)), -m.start)).name
        roles = [m.role for m in ordered if m.role]
        people.append(PersonInArticle(fullest, _best_role(list(ordered)), ordered,
                                      _gender(roles, [m.name for m in ordered])))
    people.sort(key=lambda p: p.mentions[0].start)
    organisations = tuple(e for e in doc.ents if e.label_ in GROUP_LABELS)
    return Cast(tuple(people), Spans(quoted), organisations)


def extract_people(doc: Doc) -> tuple[PersonMention, ...]:
    """Each person once, fullest name, best role, offsets of the first mention."""
    return tuple(
        PersonMention(p.name, p.role, p.mentions[0].start, p.mentions[0].end, "")
        for p in people_in(doc).people
    )
