"""The clause that says what happened at a date: who did what, as a whole clause.

A timeline entry reads as an event: a subject and what it did ("voter turnout
fell to 59% in the last general election in 2001"), never a fragment ("which
fell to 59% ...", "to live up to its reputation in the 1990s as ...").
Starting from the verb that governs a date, the clause keeps its own words and
leaves out the clauses that are happenings of their own; then it is made whole:
a relative pronoun gives way to the noun it stands for, a verb that shares its
subject with another ("... and called on Thursday for changes") or a participle
that describes a noun ("Rules introduced in 2002") takes that subject, and a
leading "that", "when" or "and" goes. Every word is the article's, in its order.
A date that cannot be placed in such a clause dates nothing on the timeline.
clause_text.py prints the clause chosen.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from generator.extract.clause_text import compose, without_leading, without_trailing
from generator.extract.labels import GROUP_LABELS, PERSON_LABELS

# Children of a verb that are separate statements, not part of what it says happened.
SEPARATE_CLAUSES = frozenset({"conj", "cc", "parataxis", "advcl", "ccomp", "relcl", "appos", "dep"})
# Reporting verbs keep their complement: "confirmed it had deployed troops" is the news.
REPORTING_LEMMAS = frozenset({"confirm", "announce", "report", "reveal", "admit", "deny", "acknowledge"})
# Verbs of saying: dated, they date the saying, and what was said is the news
# ("The Kremlin said Wednesday it was unfazed", "Russia fired ..., Kiev said Wednesday").
SAYING_LEMMAS = frozenset(
    {"say", "tell", "state", "add", "claim", "insist", "warn", "note", "stress", "write", "declare", "assert",
     "argue", "explain", "predict", "allege"}
)
# Who can do a thing: people and bodies.
DOER_LABELS = PERSON_LABELS | GROUP_LABELS
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "that", "whose"})
# Ways a verb is used as a noun or modifier rather than as a clause ("a hastily pushed through referendum").
NOMINAL_USES = frozenset({"pobj", "pcomp", "amod", "compound", "nmod", "npadvmod", "dobj", "attr", "poss"})
# A verb's arguments: a date inside one takes only its own part of it away.
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "csubj", "dobj", "attr", "acomp", "oprd", "xcomp"})
# What a date's own words may carry that is no part of the happening it dates.
ASIDES = frozenset({"appos", "relcl", "acl", "advcl", "conj", "cc", "punct", "parataxis"})
DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


@dataclass(frozen=True)
class Clause:
    text: str  # the clause as it reads, in the article's words
    start: int  # the stretch of the parse it comes from (character offsets)
    end: int
    predicate: str  # the lemma of the verb that says what happened
    actors: tuple[str, ...]  # the names among those who did it, lower-cased


def dated_clause(span: Span, other_dates: frozenset[int] = frozenset()) -> Clause | None:
    """The whole clause the date in `span` dates, or None when it dates no happening.

    `other_dates`: token indices of the article's other dates; a part of the clause
    that holds one of them is a happening of its own and is left out.
    """
    attached, cut, through_noun = _attachment(span)
    verb = _verb_above(attached)
    # "with a hastily pushed through referendum in 2003", "a prelude to a regime changing
    # election in the Autumn": a verb used as a noun or a noun's modifier; the clause is above.
    while verb is not None and (verb.dep_ in NOMINAL_USES or verb.dep_ == "acl" and not _describes_doer(verb)):
        if through_noun and _purpose(verb):
            return None  # "an effort to live up to its reputation in the 1990s": not a happening
        through_noun = True
        verb = _verb_above(verb.head) if verb.head.i != verb.i else None
    if verb is None:
        return None
    if through_noun and _dated_directly(verb, other_dates):
        return None  # the verb has a date of its own; this one dates a noun under it
    if _named_by(span) is not None and _dated_directly(verb, other_dates):
        return None  # "visited multiple times this year, including last month, when ...": the "when" tells it
    chain = [verb]
    while _dependent(chain[-1], other_dates):
        head = chain[-1].head
        chain.append(head if head.pos_ in ("VERB", "AUX") else _verb_above(head))
    said = _reported_before(chain[-1], other_dates)
    if said is not None:  # "Russia fired ..., Kiev said Wednesday": the happening is what was said
        return _whole(said, span, other_dates, cut, chain=[said])
    return _whole(chain[-1], span, other_dates, cut, chain=chain)


def named_clause(span: Span, other_dates: frozenset[int] = frozenset()) -> Clause | None:
    """The clause a "when" gives the date: "last month, when the two countries marked ..."."""
    when = _named_by(span)
    return None if when is None else _whole(when, span, other_dates, set())


def _named_by(span: Span) -> Token | None:
    return next((c for c in span.root.children if c.dep_ == "relcl" and any(w.tag_ == "WRB" for w in c.children)), None)


# --------------------------------------------------------------------------
# where the date belongs
# --------------------------------------------------------------------------


def _attachment(span: Span) -> tuple[Token, set[int], bool]:
    """The word the date modifies, the words to leave out, and whether that word is a noun.

    "Rules introduced in 2002 demand that ..." is often parsed with "2002 demand" as
    a noun phrase: a bare year right after a preposition, before a noun without an
    article, is the object of that preposition, and the noun is no part of its phrase.
    """
    root = span.root
    head = root.head
    cut: set[int] = set()
    if root.dep_ in ("nummod", "compound") and head.i >= span.end and head.dep_ == "pobj" and span.start > 0:
        before = span.doc[span.start - 1]
        if before.dep_ == "prep" and before.i == head.head.i and not any(c.dep_ in ("det", "poss") for c in head.children):
            cut = {t.i for t in head.subtree if t.i >= span.end}
            return before.head, cut, before.head.pos_ in ("NOUN", "PROPN", "PRON")
    if root.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if head.i == root.i:
        return root, cut, False
    return head, cut, head.pos_ in ("NOUN", "PROPN", "PRON", "NUM")


def governing_verb(span: Span) -> Token | None:
    """The verb above the words of `span`, if any."""
    return _verb_above(span.root)


def _verb_above(token: Token) -> Token | None:
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def _describes_doer(verb: Token) -> bool:
    """A participle that tells what the subject of its sentence underwent or did: "Rules
    introduced in 2002 demand ...", "The plan, announced last week, will start ..."."""
    if verb.tag_ not in ("VBN", "VBG"):
        return False
    return _outer_noun(verb.head).dep_ in ("ROOT", "nsubj", "nsubjpass")


def _dated_directly(verb: Token, other_dates: frozenset[int]) -> bool:
    """Whether another date modifies the verb itself ("it reached in the mid-1990s")."""
    for child in verb.children:
        if child.i in other_dates:
            return True
        if child.dep_ == "prep" and any(g.i in other_dates for g in child.children if g.dep_ == "pobj"):
            return True
    return False


def _purpose(verb: Token) -> bool:
    """An infinitive that tells an aim or a plan of a noun ("an effort to live up to ...")."""
    return verb.tag_ == "VB" and verb.dep_ == "acl" and any(c.lower_ == "to" for c in verb.children)


def _dependent(verb: Token, other_dates: frozenset[int]) -> bool:
    """A verb that says no happening of its own: an infinitive of purpose ("to support ...
    in April"), what a reporting verb reports ("confirmed it had deployed troops"), or
    what an undated verb of saying reports ("Panlogic predicts that users will ... by 2008")."""
    head = verb.head
    if head.i == verb.i:
        return False
    if head.pos_ not in ("VERB", "AUX"):
        # "plans to visit Pyongyang in April": the noun's clause tells the plan.
        return _purpose(verb) and _verb_above(head) is not None
    if verb.tag_ in ("VB", "VBG") and verb.dep_ in ("xcomp", "advcl") and not _subject(verb):
        return True
    if verb.dep_ != "ccomp" or _is_quoted(verb):
        return False
    return head.lemma_ in REPORTING_LEMMAS or (head.lemma_ in SAYING_LEMMAS and not _dated_directly(head, other_dates))


def _reported_before(verb: Token, other_dates: frozenset[int]) -> Token | None:
    """The unquoted clause a verb of saying reports before it, when it carries no date of its own."""
    if verb.lemma_ not in REPORTING_LEMMAS | SAYING_LEMMAS:
        return None
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i < verb.i and child.pos_ in ("VERB", "AUX"):
            if not _is_quoted(child) and not _holds(child, other_dates) and child.right_edge.i < verb.i:
                return child
    return None


# --------------------------------------------------------------------------
# the clause, made whole
# --------------------------------------------------------------------------


def _whole(verb: Token, span: Span, other_dates: frozenset[int], cut: set[int], chain: list[Token] | None = None) -> Clause | None:
    keep = {t.i for t in span}
    drop = set(cut)
    for link in chain or [verb]:
        for child in link.children:
            if _holds(child, keep) or child in (chain or []):
                continue
            # What a verb says or shows ("said it was unfazed", "figures suggest 29% were not
            # registered") is part of it, unless it is quoted or dated on its own.
            separate = child.dep_ in SEPARATE_CLAUSES and not (child.dep_ == "ccomp" and not _is_quoted(child))
            if separate:
                drop |= {t.i for t in child.subtree}
            elif _holds(child, set(other_dates)):
                drop |= _dated_part(child, other_dates)
    if chain is None:  # a "when" clause: its own words, without "when"
        drop |= {c.i for c in verb.children if c.tag_ == "WRB"}
    drop |= _asides_of(span, verb)
    tokens = [t for t in verb.subtree if t.i not in drop and not t.is_space]
    tokens = _before_aside(tokens, span)
    subject = _subject(verb)
    prefix: list[Token] = []
    inserted: list[Token] = []
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        # "turnout, which fell to 59%": the noun the pronoun stands for
        tokens = [t for t in tokens if t.i != subject.i]
        prefix = _noun_phrase(verb.head, verb)
        subject = verb.head
    elif verb.dep_ == "relcl" and chain is not None:
        relative_adverb = any(c.tag_ == "WRB" for c in verb.children)
        tokens = [t for t in tokens if not (t.dep_ in ("dobj", "pobj") and t.lower_ in RELATIVE_PRONOUNS)]
        tokens = [t for t in tokens if not (t.tag_ == "WRB" and t.head.i == verb.i)]
        has_object = any(c.dep_ == "dobj" and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children)
        a_date = verb.head.i in other_dates or span.start <= verb.head.i < span.end  # "2004, which EA hoped to double"
        if not relative_adverb and not has_object and not a_date:
            # "the high point it reached in the mid-1990s": the noun is what it reached
            inserted = _noun_phrase(verb.head, verb)
    elif subject is None and verb.dep_ == "conj":
        first = verb
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        subject = _subject(first)
        prefix = _noun_phrase(subject, None) if subject is not None else []
    elif subject is None and verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG"):
        # "Rules introduced in 2002", "committees scrutinising the work": the noun described
        noun = _outer_noun(verb.head)
        prefix = [t for t in noun.subtree if t.i < verb.i and t.i not in drop]
        subject = verb.head
    if subject is None or subject.i in drop and not prefix:
        return None  # no one does it: "gives way to winter" with the subject another date
    tokens = without_leading(prefix + tokens if prefix and prefix[-1].i < tokens[0].i else tokens, verb)
    tokens = without_trailing(tokens)
    if inserted:
        at = next((n for n, t in enumerate(tokens) if t.i > verb.i and t.dep_ != "prt"), len(tokens))
        tokens = tokens[:at] + inserted + tokens[at:]
    text = compose(tokens)
    if not text or tokens[0].lower_ in RELATIVE_PRONOUNS and tokens[0].tag_ in ("WP", "WDT"):
        return None  # "who secured a first Triple Crown ...": whom it stands for is not found
    if tokens[-1].lemma_ == "be" and tokens[-1].i == verb.i:
        return None  # "2006 is": what it is was left out
    used = [t for t in tokens]
    start = min(t.idx for t in used)
    end = max(t.idx + len(t.text) for t in used)
    return Clause(text, start, end, verb.lemma_.lower(), _actors(verb, subject))


def _dated_part(child: Token, other_dates: frozenset[int]) -> set[int]:
    """The words of `child` that belong to another date: all of a modifier; of a subject,
    object or complement only the parts that hold it ("The plan, announced last week, will
    start ...", "The outlook for 2005 is good as a result of investments made in 2004")."""
    if child.dep_ not in ARGUMENTS or child.i in other_dates:
        return {t.i for t in child.subtree}
    found: set[int] = set()
    for part in child.children:
        if _holds(part, set(other_dates)):
            found |= _dated_part(part, other_dates)
    return found


def _asides_of(span: Span, verb: Token) -> set[int]:
    """What hangs off the date itself and says something else: "this weekend, the latest in a series of visits"
    (but not the clause a date names: "last month, when the two countries marked ...")."""
    found: set[int] = set()
    for token in span:
        for child in token.children:
            if not span.start <= child.i < span.end and child.dep_ in ASIDES and child.i != verb.i:
                found |= {t.i for t in child.subtree}
    return found


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECTS), None)


def _noun_phrase(noun: Token, without: Token | None) -> list[Token]:
    """The words of a noun phrase, without the clause `without` and what follows a comma."""
    tokens = [t for t in noun.subtree if without is None or t.i < without.left_edge.i or t.i > without.right_edge.i]
    tokens = [t for t in tokens if not (t.i > noun.i and t.dep_ in ("appos", "relcl", "acl", "punct"))]
    return _contiguous(tokens, noun)


def _outer_noun(noun: Token) -> Token:
    """The whole noun phrase a noun ends: "A report by two MPs committees", not "committees"."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head
    return noun


def _actors(verb: Token, subject: Token) -> tuple[str, ...]:
    """The names among those who did it: the subject's, or the agent's of a passive."""
    doers = subject
    if verb.dep_ == "acl" and verb.tag_ == "VBN" or any(c.dep_ == "nsubjpass" for c in verb.children):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is None:
            return ()
        doers = agent
    # Proper nouns of people and bodies, or untagged: not a date or a title named in the subject.
    names = [t for t in doers.subtree if t.pos_ == "PROPN" and (t.ent_type_ in DOER_LABELS or not t.ent_type_)]
    return tuple(sorted({t.lemma_.lower() for t in names}))


def _before_aside(tokens: list[Token], span: Span) -> list[Token]:
    """Up to a dash after the date: what follows is an aside ("- saying otherwise ...")."""
    for n, t in enumerate(tokens):
        if t.i >= span.end and t.text in DASHES and t.whitespace_:
            return tokens[:n]
    return tokens


def _holds(child: Token, indices: set[int] | frozenset[int]) -> bool:
    return any(t.i in indices for t in child.subtree)


def _is_quoted(token: Token) -> bool:
    doc = token.doc
    left = token.left_edge.i
    quotes = ('"', "\u201c", "``", "'")
    return doc[left].text in quotes or (left > 0 and doc[left - 1].text in quotes)


def _contiguous(tokens: list[Token], centre: Token) -> list[Token]:
    """The unbroken run of `tokens` (by position) around `centre`."""
    indices = sorted({t.i for t in tokens})
    if centre.i not in indices:
        return [centre]
    at = indices.index(centre.i)
    low = high = at
    while low > 0 and indices[low - 1] == indices[low] - 1:
        low -= 1
    while high < len(indices) - 1 and indices[high + 1] == indices[high] + 1:
        high += 1
    doc = centre.doc
    return [doc[i] for i in range(indices[low], indices[high] + 1) if not doc[i].is_space]
