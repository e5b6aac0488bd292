"""Which way a date without its year or week lies: the tense and the arrangement around it.

The verb that governs an expression says whether "Friday" or "in April" lies
before or after the document date. Two things are kept apart: the time of a
reporting verb ("officials said") and the event's own tense in what they
reported ("the talks begin Monday" is still ahead); and the tense of an act
from the time of what it arranges ("the vote was postponed until Saturday",
"talks were put off to Monday", "protesters planned a march on Saturday" look
ahead, though told in the past, while "it sold the stake in April" looks back).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.extract.time import words as W


@dataclass(frozen=True)
class Tense:
    direction: int  # -1 past, +1 future, 0 unknown
    arranged: bool  # the date is one something was set for, postponed to or due by


def tense_of(doc: Doc, span: Span, rule: str) -> Tense:
    """The direction the words around `span` give it, and whether it is an arranged date."""
    before = " ".join(t.lower_ for t in doc[max(0, span.start - 3):span.start])
    if before.endswith(W.LOOKING_AHEAD):
        return Tense(1, True)
    previous = doc[span.start - 1].lower_ if span.start > 0 else ""
    if previous in W.BACKWARD_PREPOSITIONS:
        return Tense(-1, False)
    verb, weak = _governing(span)
    if verb is None:
        return Tense(0, False)
    direction = _verb_direction(verb, weak, rule)
    arranging = not weak and _arranging(verb, previous, rule)
    arranged = arranging or previous in W.DEADLINE_PREPOSITIONS or _planned(verb)
    # "postponed until Tuesday", "put off to Monday", "planned a march on Saturday":
    # an arrangement lies ahead of the act that makes it, unless a past perfect says
    # it is over ("until Thursday they had not"); "has given them until Tuesday" still looks ahead.
    if any(c.lower_ == "had" for c in verb.children if c.dep_ == "aux"):
        return Tense(direction, arranged)
    if previous in W.DEADLINE_PREPOSITIONS:
        return Tense(max(direction, W.DEADLINE_PREPOSITIONS[previous]), True)
    return Tense(1 if arranging else direction, arranged)


def governor(span: Span) -> Token | None:
    """The verb that governs the expression, if any."""
    return _governing(span)[0]


def _governing(span: Span) -> tuple[Token | None, bool]:
    """The verb that governs the expression, and whether it does so through a noun phrase."""
    verb, weak = span.root, False
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
        # Through a noun phrase the verb's tense says little about the date:
        # "declared a dividend payable Dec. 15".
        weak = weak or (verb.pos_ in ("NOUN", "PROPN", "ADJ") and not span.start <= verb.i < span.end)
    if verb.pos_ not in ("VERB", "AUX"):
        return None, weak
    return verb, weak


def _arranging(verb: Token, preposition: str, rule: str) -> bool:
    """A verb that sets or moves a date, with the date it sets: "postponed to", "set for",
    "put off until", "pushed back to", "moved to Friday", "planned a rally on Saturday"."""
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    moves = lemma in W.SCHEDULE_LEMMAS or any((lemma, p) in W.SCHEDULE_PHRASES for p in particles)
    if (moves or lemma in W.PLAN_LEMMAS) and preposition in W.ARRANGED_PREPOSITIONS:
        return True
    if lemma in W.MOVE_LEMMAS and preposition in ("to", "until", "till"):
        return True  # "was moved to Friday", not "moved to Paris on Friday"
    # "planned a rally on Saturday": the day planned; but "on Friday, it planned to pay"
    # is the day of planning.
    planned_thing = any(c.dep_ == "dobj" for c in verb.children) and not any(c.dep_ == "xcomp" for c in verb.children)
    return lemma in W.DAY_PLANNING_LEMMAS and rule == "weekday" and planned_thing


def _planned(verb: Token) -> bool:
    """The verb, or one it depends on, plans or expects what it dates ("set to expire Nov. 6")."""
    for _ in range(3):
        if verb.lemma_.lower() in W.INTENT_LEMMAS | W.SCHEDULE_LEMMAS or verb.lower_ in W.FUTURE_MARKERS:
            return True
        if verb.head.i == verb.i or verb.dep_ not in ("xcomp", "acomp", "ccomp", "advcl"):
            return False
        verb = verb.head
    return False


def _verb_direction(verb: Token, weak: bool, rule: str) -> int:
    past = 0 if weak else -1
    children = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    # "had been due to expire Friday", "had been expected Monday": a plan seen from the past.
    if _under_past_perfect(verb):
        return past
    if children & W.FUTURE_MARKERS or verb.lower_ in W.FUTURE_MARKERS:
        return 1
    # A participle that complements another verb has no tense of its own: "is going to
    # start getting beaten up in the spring" looks ahead, "was seen leaving on Friday" back.
    if verb.dep_ == "xcomp" and verb.tag_ in ("VBN", "VBG") and "to" not in children and verb.head.pos_ in ("VERB", "AUX"):
        return _verb_direction(verb.head, weak, rule)
    # Nor has a participle in an absolute "with" phrase: "flights would leave from March 30, with
    # the third departing from August 6" looks ahead with "would leave".
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and not children and verb.head.lower_ == "with":
        host = verb.head.head
        if host.pos_ in ("VERB", "AUX") and host.i != verb.head.i:
            return _verb_direction(host, weak, rule)
    # "must be returned", "should go home": a modal of obligation without a perfect looks ahead.
    if children & W.MODALS and not children & W.PERFECT:
        return 1
    # "planned to leave on Thursday", "is to resume trading Tuesday", "to be completed by
    # Dec. 15": an intention looks ahead, and an infinitive is never a past.
    if "to" in children and not children & W.PERFECT:
        # ("to accede on Friday were Poland and ...": an infinitive subject is no plan)
        intended = verb.head.lemma_ in W.INTENT_LEMMAS | {"be"} and verb.dep_ not in ("csubj", "nsubj")
        return 1 if intended or verb.tag_ == "VBN" else 0
    # "postponed talks until Monday", "extended the offer to Nov. 20"; but through a
    # noun the date names something else ("the figures for January extended a surge").
    if verb.lemma_ in W.SCHEDULE_LEMMAS and not weak and not children & W.PERFECT:
        return 1
    # "is to visit", "is going to", "is visiting on Friday": arrangements ahead.
    if verb.tag_ == "VBG" and children & W.PRESENT_AUXILIARIES:
        return 1
    # A participle after "is" is a present passive ("when the case is heard in May").
    present_passive = verb.tag_ == "VBN" and children & W.PRESENT_AUXILIARIES
    if (verb.tag_ in ("VBD", "VBN") and not present_passive) or children & {"had", "has", "have", "did", "was", "were"}:
        return past
    # What a past reporting verb reports keeps its own tense: "he said the talks
    # begin Monday" looks ahead; only a verb without a tense of its own takes the past.
    head = verb.head
    if verb.dep_ in ("xcomp", "ccomp") and head.i != verb.i and head.tag_ == "VBD" and verb.tag_ not in ("VBP", "VBZ"):
        return past
    # "Arafat meet separately Monday": a present tense with a weekday is a timetable.
    if (
        rule == "weekday" and verb.tag_ in ("VBP", "VBZ") and not weak
        and verb.lemma_ not in ("be", "have", "say") and verb.lower_ not in W.SAME_IN_PAST
    ):
        return 1
    return 0


def _under_past_perfect(verb: Token) -> bool:
    """Whether the verb, or the one it complements ("had been due to expire"), is a past perfect."""
    for _ in range(3):
        if any(c.lower_ == "had" for c in verb.children if c.dep_ in ("aux", "auxpass")):
            return True
        if verb.dep_ not in ("xcomp", "acomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False
