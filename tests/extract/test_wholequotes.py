"""Whole quotes: the pieces of one quotation are one quote; speakers after an aside; partial
quotes keep their sentence. (text, expected) tables, each rule with cases that must not apply."""

from __future__ import annotations

import pytest

from generator.extract.nlp import parse
from generator.extract.quotes import extract_quotes

ELLIPSIS = " \u2026 "


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(parse(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Interrupted by its attribution: one quote, pieces joined.
        ('"It was terrible," Smith, a spokeswoman, said. "Nobody saw it coming."',
         [("It was terrible," + ELLIPSIS + "Nobody saw it coming.", "Smith")]),
        ("\u201cDoes anybody know what the platform is?\u201d Graham asked. \u201cNeither do I.\u201d",
         [("Does anybody know what the platform is?" + ELLIPSIS + "Neither do I.", "Graham")]),
        ('"We have had problems with Russia in the past," Obama said after the meeting. '
         'He did not suggest retaliation. "Our goal is not to start an arms race."',
         [("We have had problems with Russia in the past," + ELLIPSIS + "Our goal is not to start an arms race.",
           "Obama")]),
        # Partial quotes hanging from one verb.
        ('Trump called her "a nasty woman" and "crooked" on Monday.',
         [("a nasty woman" + ELLIPSIS + "crooked", "Trump")]),
        # Nothing but marks between: the attribution after the second covers both.
        ('"We are done." "We are leaving now," Smith said.',
         [("We are done." + ELLIPSIS + "We are leaving now,", "Smith")]),
        # The attribution between them names no one: still one quotation, speaker unknown.
        ("\u201cA party that does this is lost,\u201d they conclude. \u201cIt has no future.\u201d",
         [("A party that does this is lost," + ELLIPSIS + "It has no future.", None)]),
        ('"It is the only investigation," it stated. "We disagree with all of it," the senator replied.',
         [("It is the only investigation,", None), ("We disagree with all of it,", None)]),
        # ... but a piece with an attribution of its own is a quote of its own,
        ('"We will win," Smith said. "And we will win big," Jones added.',
         [("We will win,", "Smith"), ("And we will win big,", "Jones")]),
        ('"We will win," Smith said. "And we will win big," she added.',
         [("We will win,", "Smith"), ("And we will win big,", "Smith")]),
        ('"We will win," Smith said, adding that the party would "win big" in the fall.',
         [("We will win,", "Smith"), ("win big", "Smith")]),
        # and so is one introduced by narration about someone else.
        ('"Ohio governors can do it," said Stephen Loomis, the union head. Kasich resisted: '
         '"Ohio governors do not have the power to suspend rights."',
         [("Ohio governors can do it,", "Stephen Loomis"),
          ("Ohio governors do not have the power to suspend rights.", "Kasich")]),
        ('Japan branded North Korea an "outlaw nation in the neighborhood." Russia insisted that Pyongyang '
         '"stop its dangerous escapades."',
         [("outlaw nation in the neighborhood.", "Japan"), ("stop its dangerous escapades.", "Russia")]),
    ],
)
def test_a_quotation_interrupted_by_its_attribution_is_one_quote(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Left open at the paragraph's end and reopened: one quote in two pieces.
        ('"The first part of what I said runs on.\n\n"And the second part ends here," said Jane Smith.',
         [("The first part of what I said runs on." + ELLIPSIS + "And the second part ends here,", "Jane Smith")]),
        # Closed only to attribute it, then a paragraph that is only the quote going on.
        ('"We will win this state," Clinton said.\n\n"And we will win it by a lot."',
         [("We will win this state," + ELLIPSIS + "And we will win it by a lot.", "Clinton")]),
        # Not: the next paragraph attributes its own quote,
        ('"We will win this state," Clinton said.\n\n"And we will win it by a lot," she added.',
         [("We will win this state,", "Clinton"), ("And we will win it by a lot,", "Clinton")]),
        # the first quotation was introduced and closed (`said: "A."`),
        ('Clinton said: "We will win this state."\n\n"And we will win it by a lot."',
         [("We will win this state.", "Clinton"), ("And we will win it by a lot.", "Clinton")]),
        # the paragraph holds more than the quote,
        ('"We will win this state," Clinton said.\n\n"And we will win it by a lot." Then she left the stage.',
         [("We will win this state,", "Clinton"), ("And we will win it by a lot.", "Clinton")]),
        # or narration stands between.
        ('"We will win this state," Clinton said.\n\nThe crowd cheered for a long time.\n\n'
         '"And we will win it by a lot."',
         [("We will win this state,", "Clinton"), ("And we will win it by a lot.", None)]),
    ],
)
def test_a_quotation_continued_in_the_next_paragraph_is_one_quote(text, expected):
    assert quotes(text) == expected


def test_pieces_keep_their_own_offsets():
    text = '"It was terrible," Smith, a spokeswoman, said. "Nobody saw it coming."'
    (quote,) = extract_quotes(parse(text))
    assert [(text[p.start:p.end], p.text) for p in quote.pieces] == [
        ("It was terrible,", "It was terrible,"), ("Nobody saw it coming.", "Nobody saw it coming.")]
    assert (quote.start, quote.end) == (quote.pieces[0].start, quote.pieces[-1].end)


@pytest.mark.parametrize(
    "text, speaker, role",
    [
        # A name, an aside between commas, the verb: the small model misparses these.
        ('"I am very happy," Trump, 70, told CNN.', "Trump", None),
        ('"It was terrible," Smith, a spokeswoman, said.', "Smith", "spokeswoman"),
        ('"Right," Rep. Glenn Thompson, R-Pa., said of the vote.', "Glenn Thompson", "Rep."),
        ('"Here comes Big Daddy," added Rep. Jim Clyburn (D-S.C.), the assistant leader of the caucus.',
         "Jim Clyburn", "Rep."),
        ('"We will achieve justice in this case," Tulsa police Chief Chuck Jordan said Monday.',
         "Chuck Jordan", "Tulsa police Chief"),
        ('"We are calm," White House press secretary Josh Earnest said.', "Josh Earnest", "White House press secretary"),
        # The article's fuller name for the person the surname means.
        ('Donald Trump spoke in Ohio on Monday.\n\n"I am very happy," Trump, 70, told CNN.', "Donald Trump", None),
    ],
)
def test_a_speaker_named_after_an_aside(text, speaker, role):
    (quote,) = extract_quotes(parse(text))
    assert (quote.speaker, quote.speaker_role) == (speaker, role)


@pytest.mark.parametrize(
    "text, expected",
    [
        # The quote ended its sentence: the name after it starts a new one.
        ('Japan branded North Korea an "outlaw nation." Russia insisted that Pyongyang "stop its escapades."',
         [("outlaw nation.", "Japan"), ("stop its escapades.", "Russia")]),
        # The verb introduces the next quote (`Trump said: "…"`), not the one before.
        ('After Scalia said that students might do better at "less advanced schools," Trump said: '
         '"I don\'t like what he said."',
         [("less advanced schools,", "Scalia"), ("I don't like what he said.", "Trump")]),
        # The name in the next paragraph is someone else's sentence.
        ('Jane Smith spoke first. "Those are the events that matter," she said.\n\n'
         'Benjamin Rhodes, one of the aides, recalled the talks.',
         [("Those are the events that matter,", "Jane Smith")]),
    ],
)
def test_no_speaker_after_a_quote_that_ended_or_a_verb_that_introduces(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    "text, context",
    [
        # A scare quote or a few words inside someone else's sentence: shown inside it.
        ('The Kremlin said Wednesday it was "unfazed" by the remark. It said no more.',
         'The Kremlin said Wednesday it was "unfazed" by the remark.'),
        ('The visits are "highly unusual," Lim Eul-chul, a professor, told AFP.',
         'The visits are "highly unusual," Lim Eul-chul, a professor, told AFP.'),
        # Not: speech standing alone, or a long partial quote.
        ('"We are calm," Kremlin spokesman Dmitry Peskov said.', None),
        ('"Neither do I." Graham said nothing more.', None),
        ('Lavrov "will visit the Democratic People\'s Republic of Korea on July 11-13," Maria Zakharova said.',
         None),
    ],
)
def test_a_partial_quote_keeps_its_sentence(text, context):
    found = extract_quotes(parse(text))
    assert found and found[0].context == context
