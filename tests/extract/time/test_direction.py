"""Which way a date without its year or week lies: the verb's own tense, not the reporting verb's,
and an arrangement ahead of the act that makes it. (sentence, document date) -> (expression, value)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.time.test_tagger import tag

WED = dt.date(2013, 3, 20)  # a Wednesday in March
SUN = dt.date(2013, 3, 17)


@pytest.mark.parametrize(
    "sentence, reference, expected",
    [
        # An arrangement told in the past tense lies ahead of the act that makes it.
        ("The vote was postponed until Saturday.", WED, [("Saturday", "2013-03-23")]),
        ("Parliament postponed the vote until Tuesday.", SUN, [("Tuesday", "2013-03-19")]),
        ("Talks were put off to Monday.", WED, [("Monday", "2013-03-25")]),
        ("The talks were pushed back to Monday.", WED, [("Monday", "2013-03-25")]),
        ("The hearing was moved to Friday.", WED, [("Friday", "2013-03-22")]),
        ("The debate was delayed until Thursday.", WED, [("Thursday", "2013-03-21")]),
        ("A summit was set for April.", WED, [("April", "2013-04")]),
        ("The election was scheduled for June 9.", WED, [("June 9", "2013-06-09")]),
        ("Protesters planned a large rally on Saturday.", WED, [("Saturday", "2013-03-23")]),
        # ... but not when it is over, nor when the date is the day of planning or moving.
        ("The vote had been postponed until Saturday.", WED, [("Saturday", "2013-03-16")]),
        ("On Friday, the government planned to pay the families.", WED, [("Friday", "2013-03-15")]),
        ("He moved to Paris on Friday.", WED, [("Friday", "2013-03-15")]),
        ("The figures for January extended a surge in hiring.", WED, [("January", "2013-01")]),
        # A done deed in the past tense lies behind, even in the next month: said in March,
        # "sold in April" is last April; a plan for April is this April.
        ("It sold the stake in April.", WED, [("April", "2012-04")]),
        ("The company said it sold the stake in October.", WED, [("October", "2012-10")]),
        ("He was arrested on March 25.", WED, [("March 25", "2012-03-25")]),
        ("The company said it would sell the stake in October.", WED, [("October", "2013-10")]),
        # What a past reporting verb reports keeps its own tense.
        ("He said the talks begin Monday.", WED, [("Monday", "2013-03-25")]),
        ("He said the talks began Monday.", WED, [("Monday", "2013-03-18")]),
        ("Officials said on Monday they had found the bodies.", WED, [("Monday", "2013-03-18")]),
        ("The court ruled on Tuesday that the vote would go ahead on Sunday.", WED,
         [("Tuesday", "2013-03-19"), ("Sunday", "2013-03-24")]),
        # A participle that complements another verb takes its direction from it.
        ("The sector is going to start getting hit in the spring.", WED, [("the spring", "2013-SP")]),
        ("The sector was hit in the spring.", WED, [("the spring", "2012-SP")]),
        ("He was seen leaving on Friday.", WED, [("Friday", "2013-03-15")]),
    ],
)
def test_direction(sentence, reference, expected):
    assert tag(sentence, reference) == expected


OCT30 = dt.date(1989, 10, 30)  # a Monday, two months before the year's end


@pytest.mark.parametrize(
    "sentence, reference, expected",
    [
        # A past event at a period's end that is still to come: the end of the period before.
        ("Debt fell at year-end.", OCT30, [("year-end", "1988")]),
        ("Debt fell at the end of the year.", OCT30, [("the end of the year", "1988")]),
        ("Profit fell at the end of the quarter.", OCT30, [("the end of the quarter", "1989-Q3")]),
        # "since" looks back, whatever the verb's tense.
        ("The percentage change is since year-end.", OCT30, [("year-end", "1988")]),
        ("Shares have risen 20% since the end of the year.", OCT30, [("the end of the year", "1988")]),
        # A year stated just before wins over the document's.
        ("In 1987, sales rose, and at year-end debt was lower.", OCT30, [("1987", "1987"), ("year-end", "1987")]),
        # Negative: ahead, or "this", or a period already ended, keep the document's own period.
        ("The company will complete the transaction by year-end.", OCT30, [("year-end", "1989")]),
        ("Debt will fall by the end of the year.", OCT30, [("the end of the year", "1989")]),
        ("Sales slowed at the end of this year.", OCT30, [("the end of this year", "1989")]),
        ("Prices rose at the end of the month.", dt.date(1989, 10, 31), [("the end of the month", "1989-10")]),
        ("Shares have risen since March.", OCT30, [("March", "1989-03")]),
    ],
)
def test_end_of_a_period(sentence, reference, expected):
    assert tag(sentence, reference) == expected


FEB13 = dt.date(1998, 2, 13)  # a Friday


@pytest.mark.parametrize(
    "sentence, reference, expected",
    [
        # A participle in an absolute "with" phrase has no tense of its own: it takes its host verb's.
        ("It said new flights would leave Bombay from March 30, with the third departing from August 6.", FEB13,
         [("March 30", "1998-03-30"), ("August 6", "1998-08-06")]),
        ("The firm will cut 500 jobs, with most leaving by March.", FEB13, [("March", "1998-03")]),
        # Negative: the host verb in the past keeps the date behind.
        ("The firm cut 500 jobs in January, with most leaving in August.", FEB13,
         [("January", "1998-01"), ("August", "1997-08")]),
    ],
)
def test_participle_of_a_with_phrase(sentence, reference, expected):
    assert tag(sentence, reference) == expected
