import pytest

from generator.extract.entities import extract_entities
from generator.extract.nlp import parse


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russian Foreign Minister Sergei Lavrov will visit North Korea.",
         {("Sergei Lavrov", "PERSON"), ("North Korea", "GPE")}),
        ("North Korea's official Korean Central News Agency reported it.",
         {("North Korea", "GPE"), ("Korean Central News Agency", "ORG")}),
    ],
)
def test_names_with_their_labels(text, expected):
    found = extract_entities(parse(text))
    assert expected <= {(e.text, e.label) for e in found}
    for e in found:
        assert text[e.start : e.end] == e.text


@pytest.mark.parametrize("text", ["It rained on Wednesday, 600 times.", "They came second."])
def test_numbers_and_dates_are_not_names(text):
    assert extract_entities(parse(text)) == ()
