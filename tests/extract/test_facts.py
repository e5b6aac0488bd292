import pytest

from generator.extract.facts import extract_facts
from generator.extract.nlp import parse
from generator.extract.quotes import extract_quotes
from generator.extract.time import extract_timexes
import datetime as dt

REFERENCE = dt.date(2025, 7, 9)


def facts(text):
    doc = parse(text)
    return extract_facts(doc, extract_timexes(doc, REFERENCE), extract_quotes(doc))


# The article's first claim is its lead, a fact whatever it carries: the
# sentences under test come after one.
LEAD = "Talks between the two governments went on for a second day in the capital."


@pytest.mark.parametrize(
    "sentence, kinds",
    [
        ("Around 600 North Korean soldiers have been killed and thousands more wounded fighting for Russia, "
         "Seoul has said.", ("number", "casualties")),
        ("The Ukrainian air force said that Russia had attacked with 728 drones and 13 missiles.", ("number",)),
        ("The ministry will spend $4.5 billion on new roads.", ("number", "amount")),
        ("Inflation rose to 3.2 percent in June.", ("number", "amount")),
        ("Sergei Lavrov will visit North Korea on July 11.", ("scheduled",)),
        ("Pyongyang sent thousands of troops to the Kursk region.", ("number",)),
    ],
)
def test_fact_sentences_and_their_kinds(sentence, kinds):
    lead, *found = facts(f"{LEAD} {sentence}")
    assert lead.text == LEAD and lead.kinds == ("lead",)
    assert [(f.text, f.kinds) for f in found] == [(sentence, kinds)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two countries deepened their relations.",  # a small spelled-out number is no fact
        "Lavrov visited Pyongyang in 2024.",  # a year belongs to the timeline
        "He came second in the race.",  # an ordinal counts nothing
        'Peskov said: "We are fairly calm about 2 or 3 of his comments, and that is all."',  # a quote
        "The talks went well, officials said.",
    ],
)
def test_sentences_that_are_not_facts(sentence):
    assert [f.text for f in facts(f"{LEAD} {sentence}")] == [LEAD]


@pytest.mark.parametrize(
    "text, lead",
    [
        ("Senate Democrats unveiled a bill on Wednesday to decriminalize marijuana. It has little chance.",
         "Senate Democrats unveiled a bill on Wednesday to decriminalize marijuana."),
        # A question or a teaser is no claim: the lead is the first sentence that states something.
        ("Are you worried about your chip supply? Chip makers cannot keep up with the demand from carmakers.",
         "Chip makers cannot keep up with the demand from carmakers."),
        ("America is hiring. Job openings soared to a record high at the end of April, the department said.",
         "Job openings soared to a record high at the end of April, the department said."),
        ('"We will not let their antics stand in the way of the truth," she said. '
         "Pelosi rejected two Republicans named to the committee on Wednesday.",
         "Pelosi rejected two Republicans named to the committee on Wednesday."),
        ("A calm day.", None),
    ],
)
def test_the_lead_is_the_first_claim(text, lead):
    leads = [f.text for f in facts(text) if "lead" in f.kinds]
    assert leads == ([lead] if lead else [])


def test_a_fact_says_who_does_what_with_which_figures_and_days():
    (fact,) = facts("Around 600 North Korean soldiers have been killed fighting for Russia, Seoul said on July 3.")
    assert fact.actions == ("kill",)  # through "Seoul said" to what Seoul said
    assert fact.actors == ("seoul", "soldier")  # who acts, and who says so
    assert {"north korean", "russia", "seoul"} <= set(fact.names)
    assert [(q.value, q.unit, q.approximate) for q in fact.quantities] == [(600, "soldier", True)]
    assert fact.dates == ("2025-07-03",)
    assert "say" not in fact.terms  # saying is not the claim


def test_offsets_are_the_sentence_in_the_parse():
    text = "A calm day.\n\nAround 600 soldiers were killed."
    (fact,) = facts(text)
    assert text[fact.start : fact.end] == "Around 600 soldiers were killed."
