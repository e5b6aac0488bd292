"""Speakers named right after a quote, read from the words: `"…," Trump, 70, told CNN`.

News names a speaker straight after the closing mark: a name, maybe titles
before it (`Tulsa police Chief Chuck Jordan said`), maybe an aside between
commas (an age, `a spokeswoman`, `after a long pause`), then the reporting
verb. The small model often misparses such a run (it tagged `Trump` an
adjective and `70` the verb's subject; `Tulsa` a verb), so it is read from the
words: the capitalised name, the aside or nothing, a reporting verb. A quote
that ends its sentence (`"…." Russia insisted that …`) is not attributed so. The
aside, else the titles, give the role when they name one (`a spokeswoman`,
not an age).

`cue_after` finds the reporting verb after a quote even when it names no one
(`they conclude`, `said the 46-year-old`): it still shows where the
attribution stands, which is what joining the pieces of a quotation needs.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from generator.extract import speech
from generator.extract.people import Cast, clean_name, strip_titles
from generator.extract.roles import printed, role_text
from generator.extract.speakers import Speaker

_MAX_NAME_TOKENS = 8
_MAX_ASIDE_TOKENS = 15
_MAX_WORDS_BEFORE_CUE = 3  # `the two write`
_STOPS = frozenset({".", "!", "?", ";", ":"})  # an aside holds no sentence end


@dataclass(frozen=True)
class NamedAfter:
    """The speaker the words after a quote name, and the reporting verb."""

    speaker: Speaker
    verb: Token


def named_after(doc: Doc, text: str, end: int, cast: Cast) -> NamedAfter | None:
    """`Name verb` or `Name, aside, verb` right after the closing mark of the quote ending at `end`
    (`text` is doc.text, which spaCy rebuilds at each access)."""
    after = _token_after(doc, end)
    if after is None or "." in (text[end - 1:end], text[end + 1:end + 2]):
        return None  # `"…." Russia insisted`: a sentence ended, the next one says something new
    run = _name_run(doc, after)
    if not run or "\n" in text[end:run[0].idx]:
        return None  # the next paragraph is someone else's sentence
    at = _past_brackets(doc, run[-1].i + 1)  # `Rep. Jim Clyburn (D-S.C.), the assistant leader`
    aside: list[Token] = []
    if at < len(doc) and doc[at].text == ",":
        aside = _aside(doc, at + 1) or []
        if not aside:
            return None
        at = aside[-1].i + 2
    if at >= len(doc) or not doc[at].text.islower() or not speech.is_reporting_form(doc[at].text):
        return None
    if at + 1 < len(doc) and doc[at + 1].text == ":":
        return None  # `…," Trump said: "…"`: the verb introduces the next quote
    return NamedAfter(_speaker(run, aside, cast), doc[at])


def cue_after(doc: Doc, end: int) -> Token | None:
    """A reporting verb among the first words after the closing mark (`said the 46-year-old`,
    `they conclude`, `it stated`), in the same paragraph: where an attribution stands."""
    at = _token_after(doc, end)
    if at is None:
        return None
    if at < len(doc) and doc[at].text in speech.QUOTE_MARKS:
        at += 1  # the closing mark
    words = 0
    for token in doc[at:at + 8]:
        if "\n" in token.text or token.text in speech.QUOTE_MARKS or token.text in _STOPS:
            return None
        if token.is_punct or token.is_space:
            continue
        if token.text.islower() and (speech.is_reporting_form(token.text)
                                     or token.lemma_ in speech.REPORTING_VERBS and token.pos_ == "VERB"):
            return token
        words += 1
        if words == _MAX_WORDS_BEFORE_CUE:
            return None
    return None


def _token_after(doc: Doc, end: int) -> int | None:
    """The index of the first token after the quote's words: its closing mark, usually."""
    last = doc.char_span(max(end - 1, 0), end, alignment_mode="expand")
    return last[-1].i + 1 if last is not None and len(last) else None


def _name_run(doc: Doc, at: int) -> list[Token]:
    """A name with the titles before it (`Rep. Glenn Thompson`, `Tulsa police Chief Chuck
    Jordan`, `Lim Eul-chul`), ending on a capitalised word; or nothing."""
    while at < len(doc) and (doc[at].is_quote or doc[at].is_space or doc[at].text == ","):
        at += 1
    run: list[Token] = []
    while at < len(doc) and len(run) < _MAX_NAME_TOKENS:
        token = doc[at]
        hyphenated = token.text == "-" or (run and run[-1].text == "-")
        title = token.pos_ == "NOUN" and bool(run)  # `Tulsa police Chief`, `White House press secretary`
        if token.pos_ in {"PRON", "DET"} or not (token.text[:1].isupper() or hyphenated or title):
            break
        run.append(token)
        at += 1
    while run and not run[-1].text[:1].isupper():
        run.pop()
    if not run or run[0].lower_ in speech.PERSON_PRONOUNS | speech.FIRST_PERSON:
        return []
    return run


def _past_brackets(doc: Doc, at: int) -> int:
    if at < len(doc) and doc[at].text == "(":
        close = next((t.i for t in doc[at:at + 8] if t.text == ")"), None)
        return close + 1 if close is not None else at
    return at


def _aside(doc: Doc, at: int) -> list[Token] | None:
    """The words between the name's comma and the next one, if short and followed by a word."""
    aside: list[Token] = []
    while at < len(doc) and doc[at].text != ",":
        token = doc[at]
        if token.text in speech.QUOTE_MARKS or token.text in _STOPS or len(aside) >= _MAX_ASIDE_TOKENS \
                or "\n" in token.text or speech.is_reporting_form(token.text):
            return None
        aside.append(token)
        at += 1
    if not aside or at + 1 >= len(doc) or aside[0].pos_ == "CCONJ" or (
            any(t.pos_ == "CCONJ" for t in aside) and _all_names(aside)):
        return None  # `Clinton, Obama and Biden said`: a list of speakers, not an aside
    return aside


def _all_names(tokens: list[Token]) -> bool:
    return all(t.text[:1].isupper() or t.pos_ == "CCONJ" or t.is_punct for t in tokens)


def _speaker(run: list[Token], aside: list[Token], cast: Cast) -> Speaker:
    """The person the name means in this article, else the name as printed; with the role
    this sentence gives (the aside, else the titles), else the one the article gives."""
    name = strip_titles(run) or run
    titles = run[:len(run) - len(name)]
    printed_name = clean_name(printed(name))
    person = cast.person_at(name[-1]) or cast.person_called(printed_name)
    role = role_text(aside) or role_text(titles)
    if person is not None:
        return Speaker(person.name, role or person.role, 0.9)
    return Speaker(printed_name, role, 0.8)
