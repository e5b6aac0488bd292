"""Ranges and vague spans, as TimeML 1.2.1 tags them: (sentence, document date) -> (expression, value).

Conventions chosen (TimeML, as TimeBank and HeidelTime apply it): each bound of a range
of lengths is its own expression, the unit said once serving both ("between 12 and 18
months": "12" is P12M, "18 months" P18M); "later" is a signal, not part of the
expression ("three days later" is the duration "three days"); a plural unit alone is a
stretch of unknown length (PXW); "at the time" points back (PAST_REF).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.time.test_tagger import tag

WED = dt.date(2013, 3, 20)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # Ranges of lengths: each bound.
        ("The work will take between 12 and 18 months.", [("12", "P12M"), ("18 months", "P18M")]),
        ("Shipments will resume within two to three weeks.", [("two", "P2W"), ("three weeks", "P3W")]),
        ("The talks lasted two or three hours.", [("two", "PT2H"), ("three hours", "PT3H")]),
        # Vague spans: a plural unit after a preposition of extent, or taken by a verb of duration.
        ("Protests went on for weeks.", [("weeks", "PXW")]),
        ("Repairs can take weeks.", [("weeks", "PXW")]),
        ("He spent months in hiding.", [("months", "PXM")]),
        ("It is the worst crisis in decades.", [("decades", "PXY")]),
        ("In the years since, the town has recovered.", [("the years", "PXY")]),
        ("Over the years, the company grew.", [("the years", "PXY")]),
        # "at the time": a back-reference.
        ("At the time, he was a junior minister.", [("the time", "PAST_REF")]),
        # "the following decade" is ten years on, a duration; "the following year" a date.
        ("He was jailed in the 1990s and freed the following decade.", [("the 1990s", "199"), ("the following decade", "P10Y")]),
        ("He has lived there for the past decade.", [("the past decade", "P10Y")]),
        ("He arrived in 2009 and the following year he was appointed.", [("2009", "2009"), ("the following year", "2010")]),
        ("Elections may come in a matter of weeks.", [("weeks", "PXW")]),
        # Stretches as adjectives, counted trading days, thousands of years.
        ("It was a decades-long battle with exiles.", [("decades-long", "PXY")]),
        ("They left their third day-long meeting.", [("day-long", "P1D")]),
        ("He followed a several-year tenure as editor.", [("several-year", "PXY")]),
        ("Eight trading days after the crash, the index recovered.", [("Eight trading days", "P8D")]),
        ("The cheese has been made for about 6,000 years.", [("6,000 years", "P6000Y")]),
        ("They turned their back on 210 years of loyalty.", [("210 years", "P210Y")]),
        # Hours as spoken and on a 24-hour clock, on the document's day.
        ("If you get up at three o'clock in the morning, you can see it.", [("three o'clock in the morning", "2013-03-20T03:00")]),
        ("The show airs from 1700 local time (0100 GMT).", [("1700 local time", "2013-03-20T17:00"), ("0100 GMT", "2013-03-20T01:00")]),
        # Moving holidays, "at present", "soon" ahead (not when it orders past events), a second day of a month.
        ("The march will take place on Easter Monday.", [("Easter Monday", "2013-04-01")]),
        ("Veterans gathered on Memorial Day.", [("Memorial Day", "2012-05-28")]),
        ("At present, no talks are planned.", [("present", "PRESENT_REF")]),
        ("Prosecutors may soon seek an indictment.", [("soon", "FUTURE_REF")]),
        ("The summit will be held on April 24 and 25.", [("April 24", "2013-04-24"), ("25", "2013-04-25")]),
        # "later" is a signal.
        ("Three days later, the index recovered.", [("Three days", "P3D")]),
        ("A few days later, the company announced losses.", [("A few days", "PXD")]),
        ("Two years ago, the index fell.", [("Two years ago", "2011")]),
        # "about" before "ago" is a modifier, part of the expression; before a length, a preposition.
        ("The fort was built about three centuries ago.", [("about three centuries ago", "1713")]),
        # "a decade ago" is ten years back, a year, not the decade before.
        ("A decade ago, the town had no school.", [("A decade ago", "2003")]),
        # "the week of" a day is the week that holds it.
        ("The hearing is set for the week of April 8.", [("the week of April 8", "2013-W15")]),
        # Days of the month read aloud, and a weekday named before them.
        ("The festival opens this coming Saturday, March twenty-third.", [("this coming Saturday, March twenty-third", "2013-03-23")]),
        ("The vote is on June first.", [("June first", "2013-06-01")]),
        ("We meet this coming Friday.", [("this coming Friday", "2013-03-22")]),
        ("It was in the March second-quarter report.", [("March", "2013-03"), ("second-quarter", "2012-Q2")]),
        # "the last half" of a year is its second half; "the first two quarters" its first.
        ("Earnings will be lower in the last half of 2013.", [("the last half of 2013", "2013-H2")]),
        ("Losses will run through the first two quarters of 2014.", [("the first two quarters of 2014", "2014-H1")]),
        ("The boom marked the last half of the '80s.", [("the last half of the '80s", "198")]),
        # "the early years", "the last years": a stretch of years after a preposition of extent.
        ("Food was short in the early years, officials said.", [("the early years", "PXY")]),
    ],
)
def test_spans(sentence, expected):
    assert tag(sentence, WED) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The days were long and the nights cold.",  # a plural unit with no preposition of extent
        "They counted the hours of daylight.",
        "At the time of its founding, NATO had 12 members.",  # the time of something: not a back-reference
        "At the time he was captured, the rebels were weak.",  # the time a clause names
        "He got 10 to 15 percent of the vote.",  # a range of numbers, no unit of time
        "Prices rose in weeks of trading.",  # "weeks of": a count of them
        "The hours were long and the pay was low.",
        "It was a long-term plan.",
        "He was soon released.",  # "soon" ordering past events
        "Return the boy as soon as possible.",
        "In January 25 people who took part in a sham marriage were jailed.",  # a count, not a day
        "The transaction should close around year",
    ],
)
def test_no_span(sentence):
    assert tag(sentence, WED) == []
