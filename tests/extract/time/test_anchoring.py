"""A year the text writes out wins over the document date for the dates of its clause:
(sentence, document date) -> (expression, value)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.time.test_tagger import tag

WED = dt.date(2013, 3, 20)


@pytest.mark.parametrize(
    "sentence, reference, expected",
    [
        # The year stated with the season, or for the clause, or named just before.
        ("One spring morning in 2009, he walked out of the prison.", WED, [("spring morning in 2009", "2009-SP")]),
        ("It happened in the spring of 2009.", WED, [("the spring of 2009", "2009-SP")]),
        ("The law was passed in 2009. In March of that year, protests began.", WED,
         [("2009", "2009"), ("March of that year", "2009-03")]),
        ("The law was passed in 2009 and in March protests began.", WED, [("2009", "2009"), ("March", "2009-03")]),
        ("In 2009, he moved to Paris, and on June 3 he found work.", WED, [("2009", "2009"), ("June 3", "2009-06-03")]),
        ("He was elected in 2004 and re-elected in June the following year.", WED,
         [("2004", "2004"), ("June the following year", "2005-06")]),
        ("Profit rose in 2011 and fell in the first half of the following year.", WED,
         [("2011", "2011"), ("the first half of the following year", "2012-H1")]),
        ("Profit rose in the second half of the year.", WED, [("the second half of the year", "2013-H2")]),
        # A year inside a noun's modifier dates that modifier only.
        ("Poland, which was invited to join NATO in July 1997, will join on March 12.", WED,
         [("July 1997", "1997-07"), ("March 12", "2014-03-12")]),
        ("Under a plan approved in 2011, the bank bought shares through Feb. 28.", WED,
         [("2011", "2011"), ("Feb. 28", "2013-02-28")]),
        # A year written out stays behind a later tense ("rose from November 2003 but have been flat since August").
        ("Rates went up five times from November 2003 but have remained unchanged since August.", dt.date(2005, 1, 20),
         [("November 2003", "2003-11"), ("August", "2004-08")]),
        # A year named in another sentence leaves the document date in charge.
        ("The law was passed in 2009. Protests began in March.", WED, [("2009", "2009"), ("March", "2013-03")]),
        # A time and the day named after it: "at midnight on Sunday".
        ("The ceasefire took effect at midnight on Sunday.", WED, [("midnight", "2013-03-17T24:00"), ("Sunday", "2013-03-17")]),
        ("The plane landed at 10 a.m. on Friday.", WED, [("10 a.m.", "2013-03-15T10:00"), ("Friday", "2013-03-15")]),
        ("The offer expires at 5 p.m. EST, April 6.", WED, [("5 p.m. EST, April 6", "2013-04-06T17:00")]),
        # "Easter week" is the week ending on Easter Sunday, the one the tense points to.
        ("Protesters prayed as Easter week began.", dt.date(2013, 5, 2), [("Easter week", "2013-W13")]),
        ("They will march in Easter week.", dt.date(2013, 5, 2), [("Easter week", "2014-W16")]),
        # The document's own Easter week counts either way, as "this week" does.
        ("Pilgrims filled the city as Easter week began.", dt.date(2013, 3, 25), [("Easter week", "2013-W13")]),
        # "year-ago" results are a year before the period reported: the one last named, unless it
        # is already last year's, or lies ahead (then the one just ended).
        ("Profit rose in the third quarter. The year-ago quarter included a charge.", dt.date(2013, 10, 24),
         [("the third quarter", "2013-Q3"), ("The year-ago quarter", "2012-Q3")]),
        ("Sales fell in the third quarter, against a gain last year. The year-earlier results included a charge.",
         dt.date(2013, 10, 24), [("the third quarter", "2013-Q3"), ("last year", "2012"), ("year-earlier", "2012")]),
        ("Analysts expect losses through the third quarter of 2014. In the year-ago period, the firm earned $5 million.",
         dt.date(2013, 10, 24), [("the third quarter of 2014", "2014-Q3"), ("the year-ago period", "2012-Q3")]),
        # A count of months a year before is a length, as "the first nine months" is.
        ("Net for the year-earlier nine months included a gain.", dt.date(1989, 10, 26),
         [("the year-earlier nine months", "P9M")]),
        ("Sales in the year-ago six months were flat.", dt.date(1989, 10, 26), [("the year-ago six months", "P6M")]),
        # "the latest period" after the day a quarter ended is that quarter.
        ("The company earned $3 million in the quarter ended Sept. 29. The latest period included a gain.",
         dt.date(2013, 10, 24), [("the quarter", "2013-Q3"), ("Sept. 29", "2013-09-29"), ("The latest period", "2013-Q3")]),
    ],
)
def test_anchoring(sentence, reference, expected):
    assert tag(sentence, reference) == expected


@pytest.mark.parametrize(
    "sentence, reference, expected",
    [
        # The quarter that ended on a day is the calendar quarter that day closes (or closes a few
        # days before), whatever quarter or season was named earlier in the text.
        ("The strike began last spring. For the quarter ended Sept. 30, Delta posted net income of $1 million.",
         dt.date(1989, 10, 26), [("last spring", "1989-SP"), ("the quarter", "1989-Q3"), ("Sept. 30", "1989-09-30")]),
        ("Sales rose in the second quarter. In the quarter ended Oct. 1, profit fell.",
         dt.date(1989, 10, 26), [("the second quarter", "1989-Q2"), ("the quarter", "1989-Q3"), ("Oct. 1", "1989-10-01")]),
        ("It earned $5 million in the quarter ended Dec. 31.", dt.date(1990, 2, 1),
         [("the quarter", "1989-Q4"), ("Dec. 31", "1989-12-31")]),
        # A fiscal quarter named by its number keeps the number, hyphen or not.
        ("It earned C$4 million for the fiscal-first quarter ended Sept. 30.", dt.date(1989, 10, 26),
         [("the fiscal-first quarter", "1989-Q1"), ("Sept. 30", "1989-09-30")]),
        ("It earned C$4 million for the fiscal first quarter ended Sept. 30.", dt.date(1989, 10, 26),
         [("the fiscal first quarter", "1989-Q1"), ("Sept. 30", "1989-09-30")]),
        # Ahead: the quarter ending on a day still to come.
        ("It expects a loss for the quarter ending Dec. 31.", dt.date(1989, 10, 26),
         [("the quarter", "1989-Q4"), ("Dec. 31", "1989-12-31")]),
        # Negative: without the day it ended, "the quarter" is the one last named.
        ("Sales rose in the second quarter. During the quarter, Delta issued shares.", dt.date(1989, 10, 26),
         [("the second quarter", "1989-Q2"), ("the quarter", "1989-Q2")]),
        # Negative: the year that ended on a day stays a stretch.
        ("For the year ended Sept. 30, Ralston earned $422 million.", dt.date(1989, 11, 2),
         [("the year", "P1Y"), ("Sept. 30", "1989-09-30")]),
    ],
)
def test_quarter_ended_on_a_day(sentence, reference, expected):
    assert tag(sentence, reference) == expected


@pytest.mark.parametrize(
    "sentence, reference, expected",
    [
        # A clock time days before or after an event is on that event's day, which the text does not
        # date here: the hour is known, the day is not (not the day last mentioned).
        ("The rifle was found April 8. A jogger spotted the car at 6 a.m. ten days before the shooting.",
         dt.date(1999, 4, 19), [("April 8", "1999-04-08"), ("6 a.m.", "XXXX-XX-XXT06:00"), ("ten days", "P10D")]),
        ("Troops crossed the border at 5 a.m. two weeks after the vote.", dt.date(1999, 4, 19),
         [("5 a.m.", "XXXX-XX-XXT05:00"), ("two weeks", "P2W")]),
        # Negative: hours after an event leave the day alone; the day named or last mentioned dates the time.
        ("The rifle was found April 8. A jogger spotted the car at 6 a.m. that day.", dt.date(1999, 4, 19),
         [("April 8", "1999-04-08"), ("6 a.m.", "1999-04-08T06:00"), ("that day", "1999-04-08")]),
        ("The bomb went off at 10:35 a.m. Friday.", dt.date(1999, 4, 19), [("10:35 a.m. Friday", "1999-04-16T10:35")]),
        ("He left at 9 p.m. two hours after the meeting.", dt.date(1999, 4, 19),
         [("9 p.m.", "1999-04-19T21:00"), ("two hours", "PT2H")]),
    ],
)
def test_clock_time_counted_from_an_event(sentence, reference, expected):
    assert tag(sentence, reference) == expected
