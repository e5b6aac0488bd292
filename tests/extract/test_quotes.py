"""Quotes and speakers: (text, expected [(quoted words, speaker)]) tables, and texts that must yield nothing."""

from __future__ import annotations

import pytest

from generator.extract.nlp import parse
from generator.extract.quotes import extract_quotes, find_quoted_spans

# The sample story's paragraphs, as the reader cleans them.
ZAKHAROVA = (
    'Lavrov "will visit the Democratic People\'s Republic of Korea on July 11-13" for the "second '
    'round of strategic dialogue at the level of foreign ministers," Foreign Ministry spokeswoman '
    "Maria Zakharova told reporters on Wednesday."
)
KCNA = (
    "North Korea's official Korean Central News Agency reported earlier that Lavrov would visit "
    '"at the invitation of the DPRK Foreign Ministry."'
)
LIM = (
    'The frequency of visits by senior Russian officials to North Korea "is highly unusual," Lim '
    "Eul-chul, a professor at Kyungnam University, told AFP.\n\n"
    '"At the center of these discussions may well be plans for Kim\'s anticipated visit to Russia," he added.'
)
TRUMP = (
    "The attack comes just after U.S. Donald Trump said he would increase weapons deliveries to "
    "Ukraine \u2014 reversing an earlier U.S. policy announcement \u2014 and accused his Russian "
    'counterpart Vladimir Putin of talking "bullshit" on Ukraine.'
)
KREMLIN = 'The Kremlin said Wednesday it was "unfazed\u201d by Trump\u2019s \u201cbullshit\u201d comment.'
PESKOV = (
    "\"We are fairly calm about it. First of all, let's just say that Trump in general has quite a "
    'harsh rhetorical style in terms of the phrases he uses," Kremlin spokesman Dmitry Peskov told '
    "reporters when asked about Trump's comments."
)


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(parse(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        # The sample story.
        # Two pieces hanging from one verb: one quotation.
        (ZAKHAROVA, [
            ("will visit the Democratic People's Republic of Korea on July 11-13 \u2026 "
             "second round of strategic dialogue at the level of foreign ministers,", "Maria Zakharova"),
        ]),
        (KCNA, [("at the invitation of the DPRK Foreign Ministry.", "Korean Central News Agency")]),
        (LIM, [
            ("is highly unusual,", "Lim Eul-chul"),
            ("At the center of these discussions may well be plans for Kim's anticipated visit to Russia,",
             "Lim Eul-chul"),
        ]),
        (TRUMP, [("bullshit", "Donald Trump")]),
        (KREMLIN, [("unfazed", "the Kremlin"), ("bullshit", "Trump")]),
        (PESKOV, [(PESKOV[1:PESKOV.index(',"') + 1], "Dmitry Peskov")]),
        # Cue patterns.
        ('"We will win this election," said Hillary Clinton.', [("We will win this election,", "Hillary Clinton")]),
        ('\u201cHow many times do we have to see this?\u201d Clinton said. \u201cNeither do I.\u201d',
         [("How many times do we have to see this? \u2026 Neither do I.", "Clinton")]),
        ('The economy is "in deep trouble," according to economist Paul Krugman.',
         [("in deep trouble,", "Paul Krugman")]),
        ('Senator Ted Cruz said: "We need a new approach to the border."',
         [("We need a new approach to the border.", "Ted Cruz")]),
        ('"Fear is not a strategy for this country." \u2015 Sonya Herridge',
         [("Fear is not a strategy for this country.", "Sonya Herridge")]),
        ('"If it does not have the capability yet, it will at some point," said James Acton, a physicist.',
         [("If it does not have the capability yet, it will at some point,", "James Acton")]),
        # A quote over two paragraphs: the first is left open, the second reopens.
        ('"The first part of what I said runs on.\n\n"And the second part ends here," said Jane Smith.',
         [("The first part of what I said runs on. \u2026 And the second part ends here,", "Jane Smith")]),
        # Nothing: scare quotes, titles of works.
        ('The so-called "peace plan" was published on Monday.', []),
        ('She read the book "The Art of the Deal" on the plane.', []),
        ('The film "Gone With the Wind" was shown again last night.', []),
        ('The "gift" was wrapped in paper and left at the door.', []),
        ("There are no quotes in this sentence at all.", []),
    ],
)
def test_quotes_and_speakers(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize("text", [KREMLIN, ZAKHAROVA, LIM])
def test_offsets_give_the_text_as_printed(text):
    doc = parse(text)
    for quote in extract_quotes(doc):
        assert all(doc.text[p.start:p.end] == p.text for p in quote.pieces)
        assert quote.text == " \u2026 ".join(p.text for p in quote.pieces)
        assert (quote.start, quote.end) == (quote.pieces[0].start, quote.pieces[-1].end)
        assert quote.sentence == ""
        assert 0.0 <= quote.confidence <= 1.0


@pytest.mark.parametrize(
    "text, role",
    [
        (PESKOV, "Kremlin spokesman"),
        (ZAKHAROVA, "Foreign Ministry spokeswoman"),
        (LIM, "professor at Kyungnam University"),
    ],
)
def test_speaker_roles(text, role):
    assert extract_quotes(parse(text))[0].speaker_role == role


@pytest.mark.parametrize(
    "text, expected",
    [
        ('He said "yes" and "no".', ["yes", "no"]),
        ('Mixed "marks\u201d close too.', ["marks"]),
        ("\u201cCurly\u201d and \u201cmore curly.\u201d", ["Curly", "more curly."]),
        ('"Open at the end of a paragraph\n\nthat does not reopen.', ["Open at the end of a paragraph"]),
        ("It\u2019s an apostrophe, not a quote.", []),
    ],
)
def test_pairing_marks(text, expected):
    assert [text[s.start:s.end] for s in find_quoted_spans(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A description with no name stays unknown rather than guessed.
        ('"The talks went well," a senior official said.', [("The talks went well,", None)]),
        ('Critics call the deal a "gift" to the industry.', [("gift", None)]),
        # `the spokesman` refers back to the spokesman already named.
        ('Kremlin spokesman Dmitry Peskov spoke on Monday. "We are calm," the spokesman said.',
         [("We are calm,", "Dmitry Peskov")]),
    ],
)
def test_descriptions(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A capitalised reporting verb the tagger takes for a name: the name next to it speaks.
        ("\u201cNot us but can\u2019t argue with it!\u201d Mike Murphy, the head of Right to Rise USA, "
         "Tweeted on Friday.", [("Not us but can\u2019t argue with it!", "Mike Murphy")]),
        ('Roger Stone spoke on the radio.\n\nStated Stone:\n\n"I think that the stakes are so high for everyone."',
         [("I think that the stakes are so high for everyone.", "Roger Stone")]),
        # No reporting verb: the named subject of the narration that introduces the quote.
        ("Trump leaned in and boomed: \u201cLet\u2019s defeat her in November.\u201d",
         [("Let\u2019s defeat her in November.", "Trump")]),
        ("John Bolton thought the buzz was a tribute to \u201cthe consummate political skills of her husband.\u201d",
         [("the consummate political skills of her husband.", "John Bolton")]),
        ("Valastro praised Christie\u2019s leadership after Hurricane Sandy.\n\n"
         "\u201cWe need someone who will cut through it and bring people together.\u201d",
         [("We need someone who will cut through it and bring people together.", "Valastro")]),
        # ... but narration with no named subject gives no speaker, and a title stays a title.
        ('The weather was cold and wet all week.\n\n"We need someone who will fix the roads before winter comes."',
         [("We need someone who will fix the roads before winter comes.", None)]),
        ('The crowd waited outside in the rain.\n\nThe band played "All Right Now" at the end.', []),
        ("Asked about the deal later, \"it is a good one,\" Trump said.", [("it is a good one,", "Trump")]),
    ],
)
def test_speakers_without_a_parsed_cue(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # `she` / `he` go to the latest person of that gender, known from a common first name.
        ('Sarah Jones met John Smith on Monday. Later, John Smith told reporters he was pleased. '
         '"We agree on most things," she said.', [("We agree on most things,", "Sarah Jones")]),
        ('John Smith met Sarah Jones on Monday. Later, Sarah Jones told reporters she was pleased. '
         '"We agree on most things," he said.', [("We agree on most things,", "John Smith")]),
        # No person of that gender named: unknown rather than the wrong one.
        ('John Smith met Peter Brown on Monday. "We agree on most things," she said.',
         [("We agree on most things,", None)]),
    ],
)
def test_pronoun_follows_gender_of_first_name(text, expected):
    assert quotes(text) == expected
