"""The temporal tagger: (sentence, document date) -> (expression, TIMEX3 value), and what must yield nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.nlp import parse
from generator.extract.time import extract_timexes

WED = dt.date(2025, 7, 9)  # the sample story's date, a Wednesday
OCT89 = dt.date(1989, 10, 26)  # a Thursday


def tag(sentence: str, reference: dt.date | None = WED):
    return [(t.text, t.value) for t in extract_timexes(parse(sentence), reference)]


@pytest.mark.parametrize(
    "sentence, reference, expected",
    [
        # The sample story.
        ("Maria Zakharova told reporters on Wednesday.", WED, [("Wednesday", "2025-07-09")]),
        ("Lavrov will visit the country on July 11-13 for talks.", WED, [("July 11-13", "2025-07-11/2025-07-13")]),
        ("Lavrov will visit North Korea this weekend.", WED, [("this weekend", "2025-W28-WE")]),
        ("Shoigu has visited Pyongyang multiple times this year.", WED, [("this year", "2025")]),
        ("He visited Pyongyang last month.", WED, [("last month", "2025-06")]),
        ("Pyongyang has become an ally since the 2022 invasion of Ukraine.", WED, [("2022", "2022")]),
        ("North Korea confirmed it had deployed troops in April.", WED, [("April", "2025-04")]),
        ("The North would send builders in the coming weeks.", WED, [("the coming weeks", "FUTURE_REF")]),
        ("It was the largest attack in more than three years of war.", WED, [("more than three years", "P3Y")]),
        # Calendar dates, ranges and precision.
        ("The deal was signed on Sept. 30, 1989.", OCT89, [("Sept. 30, 1989", "1989-09-30")]),
        ("Sales rose in June 1988.", OCT89, [("June 1988", "1988-06")]),
        ("The vote is set for 2025-07-20.", WED, [("2025-07-20", "2025-07-20")]),
        ("The dividend is payable Dec. 15.", OCT89, [("Dec. 15", "1989-12-15")]),
        ("Growth slowed in the 1980s.", OCT89, [("the 1980s", "198")]),
        ("Profit fell in the third quarter.", OCT89, [("the third quarter", "1989-Q3")]),
        ("Third-quarter profit fell.", OCT89, [("Third-quarter", "1989-Q3")]),
        # Relative to the document date and the tense.
        ("The company said yesterday it would cut jobs.", OCT89, [("yesterday", "1989-10-25")]),
        ("Shares fell last week.", OCT89, [("last week", "1989-W42")]),
        ("The board will meet next year.", OCT89, [("next year", "1990")]),
        ("The board will meet on Monday.", OCT89, [("Monday", "1989-10-30")]),
        ("The board met on Monday.", OCT89, [("Monday", "1989-10-23")]),
        ("Sales fell late last year.", OCT89, [("late last year", "1988")]),
        ("The plant closed two years ago.", OCT89, [("two years ago", "1987")]),
        ("Inflation is high now.", OCT89, [("now", "PRESENT_REF")]),
        ("``Today, I'm here,'' he said.", OCT89, [("Today", "1989-10-26")]),  # quoted, but no title
        # "that year", "later that day": the date last mentioned, at the unit named.
        ("Imports reached $1.5 billion in 1988. Exports fell that year.", OCT89, [("1988", "1988"), ("that year", "1988")]),
        ("He left in June 1998 and returned later that year.", OCT89, [("June 1998", "1998-06"), ("later that year", "1998")]),
        ("He met her on Oct. 23. Earlier that day, he called.", OCT89, [("Oct. 23", "1989-10-23"), ("Earlier that day", "1989-10-23")]),
        ("They met in 1988. That day was cold.", OCT89, [("1988", "1988"), ("That day", "XXXX-XX-XX")]),
        ("Sales for the full year were $6.6 billion.", OCT89, [("the full year", "1989")]),
        # "the 1988 period": the quarter under comparison, in that year.
        ("Profit rose in the second quarter. In the 1988 period, it fell.", OCT89, [("the second quarter", "1989-Q2"), ("the 1988 period", "1988-Q2")]),
        ("It lost money in the 1988 quarter.", OCT89, [("the 1988 quarter", "1988-Q3")]),
        # Durations and sets.
        ("Talks lasted nearly two weeks.", OCT89, [("nearly two weeks", "P2W")]),
        ("He held the post for several years.", OCT89, [("several years", "PXY")]),
        ("The index is published daily.", OCT89, [("daily", "P1D")]),
        ("A five-year plan was adopted.", OCT89, [("five-year", "P5Y")]),
        ("The fleet will stay for at least 20 more years.", OCT89, [("at least 20 more years", "P20Y")]),
        ("They stayed two more weeks.", OCT89, [("two more weeks", "P2W")]),
        # Halves: the whole units, then the rest in the next smaller unit.
        ("They lived in camps for 2 1/2 years.", OCT89, [("2 1/2 years", "P2Y6M")]),
        ("The stop took about 5 1/2 hours.", OCT89, [("5 1/2 hours", "PT5H30M")]),
        ("The talks lasted a minute and a half.", OCT89, [("a minute and a half", "PT1M30S")]),
        # A plural unit alone after "for", "in" or "within": a stretch of unknown length.
        ("Sales grew for the first time in years.", OCT89, [("years", "PXY")]),
        ("Troops will arrive within weeks.", OCT89, [("weeks", "PXW")]),
        # Tense and deadlines decide the direction of a day or month without its year.
        ("The offer was extended to Nov. 20.", dt.date(1989, 11, 2), [("Nov. 20", "1989-11-20")]),
        ("They expect the deal to be completed by Dec. 15.", OCT89, [("Dec. 15", "1989-12-15")]),
        ("The boy must be returned by Jan. 14.", dt.date(2000, 1, 6), [("Jan. 14", "2000-01-14")]),
        ("Officials postponed the hearing until Tuesday.", dt.date(2000, 3, 30), [("Tuesday", "2000-04-04")]),
        ("The stock is to resume trading Tuesday.", OCT89, [("Tuesday", "1989-10-31")]),
        ("Arafat and Netanyahu meet separately Monday.", dt.date(1998, 5, 1), [("Monday", "1998-05-04")]),
        ("Weak stocks hurt the index on Friday.", dt.date(1989, 10, 30), [("Friday", "1989-10-27")]),
        # A plan seen from the past ("had been due") lies before the document; a deadline
        # given in the present perfect still lies ahead.
        ("The offer had been due to expire Friday evening.", dt.date(1989, 10, 30), [("Friday evening", "1989-10-27TEV")]),
        ("The offer had been scheduled to expire at midnight Friday.", dt.date(1989, 10, 30), [("midnight Friday", "1989-10-27T24:00")]),
        ("The offer is due to expire Friday evening.", dt.date(1989, 10, 30), [("Friday evening", "1989-11-03TEV")]),
        ("The INS has given them until 9 a.m. Tuesday to sign.", dt.date(2000, 4, 3), [("9 a.m. Tuesday", "2000-04-04T09:00")]),
        # Without a tense a month lies ahead only when it is near: past months are reported more.
        ("Police searched for him after the Oct. 23 slaying.", dt.date(1999, 5, 6), [("Oct. 23", "1998-10-23")]),
        ("Police searched for him after the Oct. 23 slaying.", dt.date(1999, 9, 6), [("Oct. 23", "1999-10-23")]),
        # A past tense puts this month or the next in this year: a plan told in the past.
        # Further ahead, the month is last year's.
        ("The offer had been set to expire Nov. 6.", dt.date(1989, 11, 2), [("Nov. 6", "1989-11-06")]),
        ("The accession was planned for early March.", dt.date(1999, 2, 10), [("early March", "1999-03")]),
        ("He was arrested in June.", dt.date(1999, 3, 12), [("June", "1998-06")]),
        ("He retired last April.", dt.date(1998, 4, 20), [("last April", "1997-04")]),  # "last" is no tense
        # A present passive is no past ("is heard"); a date under a noun takes no
        # arrangement from the verb ("the figures for January extended a surge").
        ("The case will be lost if it is heard in May.", dt.date(2000, 3, 29), [("May", "2000-05")]),
        ("The job figures for January extended a surge in hiring.", dt.date(1998, 2, 6), [("January", "1998-01")]),
        # "the previous Friday", "the following Monday": from the day last mentioned.
        ("It closed on Friday, down 4.5% from the previous Friday.", dt.date(1989, 10, 30), [("Friday", "1989-10-27"), ("the previous Friday", "1989-10-20")]),
        ("He arrived on Oct. 12 and left the following Monday.", dt.date(1989, 10, 30), [("Oct. 12", "1989-10-12"), ("the following Monday", "1989-10-16")]),
        ("It closed at 300 the previous Friday.", dt.date(1989, 10, 30), [("the previous Friday", "1989-10-27")]),
        ("The shooting happened on Oct. 23.", dt.date(1999, 5, 6), [("Oct. 23", "1998-10-23")]),
        ("Until Thursday, they had not called him a suspect.", dt.date(1999, 5, 7), [("Thursday", "1999-05-06")]),
        ("The fund had bought shares through Sept. 29.", dt.date(1989, 10, 30), [("Sept. 29", "1989-09-29")]),
        # "through" a date without its year: the nearer reading, even under a past tense.
        ("The bank extended the loans through January.", dt.date(1989, 10, 30), [("January", "1990-01")]),
        ("Sales rose through January.", dt.date(1990, 3, 1), [("January", "1990-01")]),
        # The quarter that ended on a date is a date; the year that ended on one is a stretch.
        ("It earned $92 million for the quarter ended Sept. 30.", dt.date(1989, 11, 1), [("the quarter", "1989-Q3"), ("Sept. 30", "1989-09-30")]),
        ("It earned $92 million in the year ended Sept. 30.", dt.date(1989, 11, 1), [("the year", "P1Y"), ("Sept. 30", "1989-09-30")]),
        # "a year ago" after a quarter compares quarters; "41 years ago" counts from the document.
        ("Profit rose in the third quarter from a year ago.", OCT89, [("the third quarter", "1989-Q3"), ("a year ago", "1988-Q3")]),
        ("Profit rose in the third quarter, as it did 41 years ago.", OCT89, [("the third quarter", "1989-Q3"), ("41 years ago", "1948")]),
        # Prepositions are no part of the expression; modifiers that change the value are.
        ("Prices rose over the past two years.", OCT89, [("the past two years", "P2Y")]),
        ("The plant will close within 18 months.", OCT89, [("18 months", "P18M")]),
        ("Talks went on for about five hours.", OCT89, [("five hours", "PT5H")]),
        ("The program ran for more than four decades.", OCT89, [("more than four decades", "P40Y")]),
        ("It was the worst flood of this century.", OCT89, [("this century", "19")]),
        ("A decade-long war ended; talks lasted two decades.", OCT89, [("decade-long", "P10Y"), ("two decades", "P20Y")]),
        # Years and decades in words, centuries by ordinal, months with a relative year.
        ("It happened in nineteen ninety-six.", OCT89, [("nineteen ninety-six", "1996")]),
        ("January nineteen ninety-seven was cold.", dt.date(1998, 2, 27), [("January nineteen ninety-seven", "1997-01")]),
        ("He promised jobs by the year two thousand.", dt.date(1998, 2, 5), [("the year two thousand", "2000")]),
        ("It was the winter of nineteen ninety-four.", dt.date(1998, 2, 23), [("the winter of nineteen ninety-four", "1994-WI")]),
        ("Markets boomed in the nineties.", dt.date(1998, 2, 27), [("the nineties", "199")]),
        ("It was among the great events of the 20th century.", OCT89, [("the 20th century", "19")]),
        ("Pol Pot was arrested in June last year.", dt.date(1998, 2, 19), [("June last year", "1997-06")]),
        ("The ratification began in February this year.", dt.date(1998, 12, 3), [("February this year", "1998-02")]),
        # Parts of days, days counted from the last one mentioned, recurring months, what lies ahead.
        ("In London at mid-afternoon yesterday, shares were up.", dt.date(1989, 11, 2), [("mid-afternoon yesterday", "1989-11-01TAF")]),
        ("He appeared in court on Feb. 22 and looked well the next morning.", dt.date(2000, 2, 24), [("Feb. 22", "2000-02-22"), ("the next morning", "2000-02-23TMO")]),
        ("They met on Oct. 12 and again the following day.", OCT89, [("Oct. 12", "1989-10-12"), ("the following day", "1989-10-13")]),
        ("Orangemen march each July from their church.", dt.date(1998, 3, 22), [("each July", "XXXX-07")]),
        ("He made the late-November trip.", dt.date(2000, 1, 28), [("late-November", "1999-11")]),
        ("Funds may sell bonds in the weeks ahead.", OCT89, [("the weeks ahead", "FUTURE_REF")]),
        ("We don't minimize the challenges of the near term.", OCT89, [("the near term", "FUTURE_REF")]),
        # Holidays that move: the nth weekday of their month.
        ("Families gathered on Thanksgiving Day.", dt.date(1999, 12, 1), [("Thanksgiving Day", "1999-11-25")]),
        ("Voters go to the polls on Election Day.", dt.date(1998, 10, 26), [("Election Day", "1998-11-03")]),
        # No document date: relative expressions stay unresolved, the rest works.
        ("He visited Pyongyang last month.", None, [("last month", "XXXX-XX")]),
        ("Zakharova spoke on Wednesday.", None, [("Wednesday", "XXXX-WXX-3")]),
        ("The invasion began in 2022.", None, [("2022", "2022")]),
    ],
)
def test_values(sentence, reference, expected):
    assert tag(sentence, reference) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Plans for a visit may well be discussed.",  # the modal
        "May I ask a question?",
        "The one-year-old was unharmed.",
        "A 30-year-old man was arrested.",
        "Prices will march higher.",
        "Jack March told reporters the plan had failed.",  # a surname
        "April Ryan asked the first question.",  # a given name
        "It was the second round of talks.",  # an ordinal
        "The company employs 2000 people.",  # a count, not a year
        "Prices may fall further as hot springs dry up.",  # verbs and springs, not seasons
        "Iraq imports about three-quarters of its food.",  # a fraction, not nine months
        "Nineteen people were hurt.",
        "Two thousand people marched.",  # a count, not the year 2000
        "McCaw dropped 2 1/2 to 37 3/4.",
        'James Baker, speaking on ABC News\' "This Week," said so.',  # a title in quotes
        "Gonzalez said on CBS's ''60 Minutes.'' He left.",  # a stock price in fractions, no unit of time  # a number that starts like a spoken year
        "She is in her twenties.",  # an age, not a decade
        "Mr. Reupke, 52 years old, resigned.",
        "The team traded for that quarterback.",  # "that" before a word that begins like a unit
        "The report found more years of data were needed.",  # "more years" with no number  # an age, not a stretch
        "Prices rose in weeks of trading and days of panic.",  # "weeks of": a count of them
        "It cut short-term debt and long-term costs.",  # adjectives, not the near or long term
    ],
)
def test_nothing(sentence):
    assert tag(sentence) == []


def test_offsets_are_characters_of_the_text():
    text = "Lavrov said on Wednesday that he would return in April."
    for timex in extract_timexes(parse(text), WED):
        assert text[timex.start:timex.end] == timex.text
        assert timex.sentence == ""


def test_modifiers():
    found = extract_timexes(parse("It was the biggest attack in more than three years."), WED)
    assert [(t.type, t.value, t.mod) for t in found] == [("DURATION", "P3Y", "MORE_THAN")]
