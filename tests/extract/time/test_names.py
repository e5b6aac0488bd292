"""Time words that name no time, and quantities per unit of time, as TimeML 1.2.1 reads them:
names and titles and speeds are left untagged; a quantity per unit recurs (a SET); a day
of an age ("today's youth", "the cars of tomorrow") is the present or future at large."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.nlp import parse
from generator.extract.time import extract_timexes
from tests.extract.time.test_tagger import tag

WED = dt.date(2013, 3, 20)


def typed(sentence: str, reference: dt.date = WED):
    return [(t.text, t.type, t.value) for t in extract_timexes(parse(sentence), reference)]


@pytest.mark.parametrize(
    "sentence",
    [
        # A month or a day inside a name or a title.
        "Thousands joined the great March for Jobs through the capital.",
        "The charity was founded as the March of Pennies.",
        "The interview ran in USA Today and was widely quoted.",
        "She hosts Europe Today on the radio.",
        "He likened the standoff to the western ``Rio Noon.''",
        # "high noon" is a showdown.
        "For the ruling party, high noon is coming.",
        # A speed: things counted per second, minute or hour.
        "The train reached 300 kilometres an hour.",
        "The new processor handles 40 million operations per second.",
        "The pump moves 500 litres a minute.",
    ],
)
def test_no_time(sentence):
    assert tag(sentence, WED) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # A quantity per unit of time recurs: a SET, not a stretch of a week or a year.
        ("The airline will run five flights a week to the island.", [("a week", "SET", "P1W")]),
        ("The merger should save the group $300 million a year.", [("a year", "SET", "P1Y")]),
        ("Doctors told him to take the tablets twice a day.", [("a day", "SET", "P1D")]),
        ("The road is patrolled 24 hours a day.", [("24 hours", "DURATION", "PT24H"), ("a day", "SET", "P1D")]),
        ("Workers earn $12 an hour at the plant.", [("an hour", "SET", "PT1H")]),
        ("Rents rose 4% a year.", [("a year", "SET", "P1Y")]),
        ("Visitors pay a fee per day.", [("per day", "SET", "P1D")]),
        # With no quantity before it, "a week" is a length.
        ("The strike lasted a week.", [("a week", "DURATION", "P1W")]),
        ("She spent a month in the capital.", [("a month", "DURATION", "P1M")]),
        ("Rebels said they would win within a week.", [("a week", "DURATION", "P1W")]),
        ("It was the smallest rise in a year.", [("a year", "DURATION", "P1Y")]),
        # A name's month next to a real date.
        ("The March for Jobs will be held on April 6.", [("April 6", "DATE", "2013-04-06")]),
        ("Rents rose in March for the second time.", [("March", "DATE", "2013-03")]),
        ("Sales fell in March of 2011.", [("March of 2011", "DATE", "2011-03")]),
        # A capitalised "Today" that opens a sentence is the day.
        ("Today the council meets again.", [("Today", "DATE", "2013-03-20")]),
        ("Ministers met at noon.", [("noon", "TIME", "2013-03-20T12:00")]),
        # Plural weekdays recur.
        ("The market opens on Saturdays.", [("Saturdays", "SET", "XXXX-WXX-6")]),
        ("Ferries sail on Friday and Sunday nights in summer.",
         [("Friday", "SET", "XXXX-WXX-5TNI"), ("Sunday nights", "SET", "XXXX-WXX-7TNI"), ("summer", "DATE", "2013-SU")]),
        ("The ferry sailed on Friday and Sunday.", [("Friday", "DATE", "2013-03-15"), ("Sunday", "DATE", "2013-03-17")]),
    ],
)
def test_sets_and_names(sentence, expected):
    assert typed(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # An age, not a day: the present or the future at large.
        ("Such jobs hardly exist in today's world.", [("today", "PRESENT_REF")]),
        ("The campaign speaks to today's youth.", [("today", "PRESENT_REF")]),
        ("Engineers are designing the cities of tomorrow.", [("tomorrow", "FUTURE_REF")]),
        # ... but today's vote and tomorrow's meeting are days.
        ("Today's vote was close.", [("Today", "2013-03-20")]),
        ("He will chair tomorrow's meeting.", [("tomorrow", "2013-03-21")]),
        ("The people of tomorrow morning's shift were sent home.", [("tomorrow morning", "2013-03-21TMO")]),
        # "one day" as an adverb: some day ahead; a count of days stays a length.
        ("The country may one day join the union.", [("one day", "FUTURE_REF")]),
        ("She hopes to return some day.", [("some day", "FUTURE_REF")]),
        ("One day he simply walked out.", [("One day", "XXXX-XX-XX")]),
        ("The strike lasted one day.", [("one day", "P1D")]),
        ("He stayed for one day.", [("one day", "P1D")]),
        # "the past" before a count is no PAST_REF.
        ("Floods hit the town in the past three springs.", []),
        ("He rarely speaks of the past.", [("the past", "PAST_REF")]),
    ],
)
def test_ages_and_indefinite_days(sentence, expected):
    assert tag(sentence, WED) == expected
