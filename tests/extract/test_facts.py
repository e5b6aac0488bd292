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
    found = facts(sentence)
    assert len(found) == 1
    assert found[0].text == sentence
    assert found[0].kinds == kinds


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
    assert facts(sentence) == ()


def test_offsets_are_the_sentence_in_the_parse():
    text = "A calm day.\n\nAround 600 soldiers were killed."
    (fact,) = facts(text)
    assert text[fact.start : fact.end] == "Around 600 soldiers were killed."
