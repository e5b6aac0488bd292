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
