"""Regular expressions that find temporal expressions, built from the word lists of words.py.

Each rule is a name and a compiled pattern with named groups; tagger.py vets what
each rule finds against the parse, and dates.py or periods.py reads it as a TIMEX3
value. Extents follow TimeML: modifiers that change the value ("more than", "late",
"the past") belong to the expression, prepositions do not. Month and weekday names
must be capitalised: "may" and "march" in lower case are a verb, never a date.
"""

from __future__ import annotations

import re

from generator.extract.time import words as W


def _alternatives(words) -> str:
    """Longest first, so "a few" wins over "a"; spaces match any run of spaces."""
    escaped = (re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))
    return "(?:" + "|".join(escaped) + ")"


def _capitalised(words) -> str:
    """Names as printed in running text or headlines: "Friday", "FRIDAY", never "friday"."""
    forms = [w.capitalize() for w in words] + [w.upper() for w in words if w != "may"]
    return "(?-i:" + "|".join(sorted(forms, key=len, reverse=True)) + ")"


MONTH = (
    "(?:" + _capitalised(W.MONTHS)
    + r"|(?-i:" + "|".join(sorted((a.capitalize() for a in W.MONTH_ABBREVIATIONS), key=len, reverse=True))
    + r")(?:\.|(?=\s+\d)))"
)
WEEKDAY = _capitalised(W.WEEKDAYS) + r"(?:'s)?"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
# "March eighth", "June twenty-first" (a hyphen or a space inside): the day as read aloud.
SPOKEN_DAY = "(?:" + "|".join(sorted((w.replace("-", "[-\\s]") for w in W.SPOKEN_DAYS), key=len, reverse=True)) + r")(?![\w-])"
YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d%]|,\d|\.\d)"
_UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine"
# Years as read aloud in broadcast transcripts: "nineteen ninety-six", "nineteen hundred and five".
SPOKEN_YEAR = (
    r"(?:nineteen|eighteen)\s+(?:hundred\s+(?:and\s+)?)?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    rf"(?:[-\s](?:{_UNITS_WORDS}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[-\s](?:{_UNITS_WORDS}))"
)
# "the year two thousand": only after "the year" (see tagger.py), as "two thousand" is mostly a count.
SPOKEN_MILLENNIUM_YEAR = rf"two\s+thousand(?:\s+(?:and\s+)?(?:{_UNITS_WORDS}|ten))?"
ANY_YEAR = rf"(?:{YEAR}|{SPOKEN_YEAR}|{SPOKEN_MILLENNIUM_YEAR})"
SEASON = _alternatives(W.SEASONS)
DAY_PART = _alternatives(W.DAY_PARTS)
# Parts of the day in the plural, which recur: "Tuesday nights".
_PLURAL_PARTS = r"(?:morning|afternoon|evening|night)s"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
NUMBER = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?:{_TENS})[-\s](?:one|two|three|four|five|six|seven|eight|nine)|"
    + _alternatives(W.NUMBER_WORDS)[3:-1] + ")"
)
VAGUE = _alternatives(W.VAGUE_NUMBERS)
UNIT = _alternatives([*W.UNITS, *W.UNIT_PLURALS])
CALENDAR_UNIT = r"(?:week|weekend|month|year|quarter|decade|century)"
MODIFIER = _alternatives(W.MODIFIERS)
PART = r"(?:early-?|mid-?|late-?|the\s+beginning\s+of|the\s+start\s+of|the\s+end\s+of|the\s+middle\s+of|the\s+close\s+of)"
RELATIVE = _alternatives(W.RELATIVE_ADJECTIVES) + r"|latest|final|recent"
ORDINAL = _alternatives(W.ORDINALS)
# "later" is no part of an expression: "three days later" is the duration "three days"
# and a signal (TimeML), as "a minute and a half later" is.
# Words closing an anchored comparison must end the phrase ("two days before,"), or
# "two days after the attack" would be dated from the attack we cannot see.
CLAUSE_END = r"(?=\s*(?:[,.;:)\"'\u201d]|--|$|\s(?:and|but|when|than|as|in|on|at|to|for|,)\b))"
# "at midnight on Sunday", "at 10 a.m. on Friday": the day a time belongs to, left to its own expression.
ON_DAY = rf"(?=\s+on\s+(?P<onday>{WEEKDAY}))"
# The left edge: not inside a word or number ("1,990", "A-1990").
L = r"(?<![\w$£€.,/-])"
R = r"(?![\w/]|-(?!\s)\w|\.\d)"

# Rules with a left edge of their own.
LEFT_EDGES = {"prefixed_year": ""}

RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(LEFT_EDGES.get(name, L) + "(?:" + pattern + ")" + R, re.IGNORECASE))
    for name, pattern in (
        ("iso_date", r"(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)"),
        ("slash_date", r"(?P<month>1[0-2]|0?[1-9])/(?P<day>[12]\d|3[01]|0?[1-9])/(?P<year>\d{4}|\d{2})"),
        (
            "month_day",
            rf"(?:(?P<weekof>the\s+week(?:end)?\s+of)\s+)?(?:(?:(?:(?:this\s+)?coming|this|next|last)\s+)?{WEEKDAY},?\s+)?(?:(?P<part>{PART})\s*)?(?P<month>{MONTH})\s+(?P<day>{DAY}|{SPOKEN_DAY})"
            rf"(?:\s*(?:-|\u2013|to|through|until)\s*(?P<day2>{DAY}))?(?:,?\s+(?P<year>{YEAR}))?",
        ),
        # "April 24 and 25": the second day is its own expression, in the month just named.
        ("and_day", r"(?<=\d and )(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|\s*%|\s+(?:and|to|or)\s+\d)"),
        ("day_month", rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?"),
        (
            "month",
            rf"(?:(?P<part>{PART})\s*)?(?:(?P<rel>last|next|this|past|coming|that)\s+)?(?P<month>{MONTH})"
            rf"(?:,?\s+(?:of\s+)?(?P<year>{ANY_YEAR})|\s+(?P<yrel>this|last|next)\s+year"
            rf"|\s+(?:of\s+)?(?P<ythat>that|the\s+same|that\s+same|the\s+following|the\s+next|the\s+previous)\s+year)?(?!\s+\d)",
        ),
        (
            "decade",
            rf"(?:(?P<the>the)\s+)?(?:(?P<part>{PART}|the\s+(?:first|second|last)\s+half\s+of)\s*(?:the\s+)?)?"
            rf"(?P<decade>(?:1[6-9]|20)\d0|')(?P<short>\d0)?'?s"
            rf"|(?P<the2>the)\s+(?:(?P<part2>{PART})\s*)?(?P<words>{_alternatives(W.DECADE_WORDS)})",
        ),
        (
            "year",
            rf"(?:(?P<part>{PART})\s*|(?P<fiscal>fiscal|calendar|(?:the\s+)?(?:fiscal\s+)?year)\s+)?(?P<year>{ANY_YEAR})"
            r"(?:(?P<yearpart>'s\s+(?:first|second|third|fourth)\s+quarter|\s+(?:first|second|third|fourth)\s+quarter))?",
        ),
        # "post-1959 politics", "pre-2008 levels": a year after a prefix.
        ("prefixed_year", rf"(?<=\b(?:post|Post|POST)-)(?P<year>{YEAR})|(?<=\b(?:pre|Pre|PRE)-)(?P<year2>{YEAR})"),
        # "on Mondays", "Tuesday nights", and "Monday" in "Monday and Tuesday nights": every such day (a SET).
        (
            "weekdays",
            rf"(?P<weekday>{_capitalised(W.WEEKDAYS)})(?:s|\s+(?P<daypart>{_PLURAL_PARTS})|(?=\s+(?:and|or)\s+"
            rf"{_capitalised(W.WEEKDAYS)}(?:s\b|\s+(?P<daypart2>{_PLURAL_PARTS}))))",
        ),
        (
            "weekday",
            rf"(?:(?P<daypart0>{DAY_PART}|noon|midnight)\s+)?(?:(?P<rel>last|next|this\s+coming|this|coming|past|the\s+previous|the\s+preceding|the\s+following)\s+)?"
            rf"(?:(?P<part>early|late)\s+)?(?P<weekday>{WEEKDAY})(?:\s+(?P<daypart>{DAY_PART}))?",
        ),
        (
            "clock",
            rf"(?:(?P<mod>around|approximately|shortly\s+(?:after|before))\s+)?"
            r"(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)"
            rf"(?:\s+(?:EST|EDT|GMT|ET|PST|PDT|CST|CDT|UTC|local\s+time))?"
            rf"(?:,?\s+(?P<anchor>{WEEKDAY}|today|yesterday|tomorrow|tonight)|,?\s+(?P<amonth>{MONTH})\s+(?P<aday>{DAY})|{ON_DAY})?"
            # "at 6 a.m. ten days before the shooting": a day counted from an event, looked at but not taken.
            rf"(?=\s+(?:{NUMBER}|{VAGUE})\s+(?:day|week|month|year)s?\s+(?P<offset>before|after)\b)?",
        ),
        # "four o'clock in the morning", "at 8 in the evening", "1700 GMT".
        (
            "spoken_clock",
            r"(?P<hour>\w+)(?:\s+o'clock\s+|\s+)in\s+the\s+(?P<daypart>morning|afternoon|evening)|(?P<hour2>\w+)\s+o'clock",
        ),
        ("clock24", r"(?P<hour>[01]\d|2[0-3]):?(?P<minute>[0-5]\d)\s+(?:hours\s+)?(?P<zone>GMT|UTC|BST|CET|local\s+time)"),
        # "high noon" is a showdown, a figure of speech, not twelve o'clock.
        ("noon", rf"(?<!\bhigh\s)(?P<noon>noon|midnight|midday)(?:\s+(?P<anchor>{WEEKDAY}|today|yesterday|tomorrow)|{ON_DAY})?"),
        # "the people of tomorrow", "today's youth": the future or the present at large, no day.
        (
            "generic_day",
            rf"(?<=\bof\s)(?P<tomorrow>tomorrow)(?!'s|\s+(?:{DAY_PART}))|(?P<today>today)'s(?=\s+{_alternatives(W.GENERIC_PRESENT_NOUNS)}\b)",
        ),
        (
            "relative_day",
            rf"(?:(?P<part>early|late|mid-?)\s*)?(?P<rel>today|yesterday|tomorrow|tonight)(?:'s)?"
            rf"(?:\s+(?P<daypart>{DAY_PART}))?",
        ),
        ("day_part", rf"(?P<rel>this|last|later\s+this|earlier\s+this|tomorrow|yesterday)\s+(?P<daypart>{DAY_PART})"),
        # "mid-afternoon yesterday", "by mid afternoon": a part of the day last mentioned or named.
        (
            "part_of_day",
            r"(?P<part>early|mid|late)[-\s]?(?P<daypart>morning|afternoon|evening)"
            rf"(?:\s+(?P<anchor>{WEEKDAY}|today|yesterday|tomorrow))?",
        ),
        # "the next morning", "the following day": a day counted from the day last mentioned.
        (
            "next_day",
            r"the\s+(?P<rel>next|following|previous|preceding)\s+(?P<daypart>day|morning|afternoon|evening|night)",
        ),
        # "the weeks ahead": what lies ahead, as "the coming weeks" does.
        ("ahead", rf"(?:the\s+)?(?:(?P<vague>{VAGUE})\s+)?(?P<unit>days|weeks|months|years|decades)\s+ahead"),
        (
            "relative_unit",
            rf"(?:(?P<the>the)\s+)?(?:(?P<part>{PART}|earlier|later)\s+)?(?P<rel>{RELATIVE})\s+"
            rf"(?P<unit>{CALENDAR_UNIT}|{SEASON})(?P<poss>'s)?",
        ),
        (
            "quarter",
            r"(?:the\s+)?(?P<adjs>(?:(?:latest|current|year-earlier|year-ago|same|comparable|previous|last|fiscal|"
            rf"{YEAR}|this\s+year's|last\s+year's|next\s+year's|{YEAR}'s)\s+|fiscal-)*)"  # "the fiscal-first quarter"
            rf"(?:(?P<ordinal>{ORDINAL})[-\s](?P<unit>quarter|half)|(?P<halves>last\s+half|first\s+two\s+quarters))"
            rf"(?:\s+of\s+(?:(?P<year>{YEAR})|(?P<rel>this|last|next)\s+year"
            r"|(?P<yof>the(?:\s+(?:current|fiscal|calendar))?|that|the\s+same|the\s+following|the\s+previous)\s+year))?",
        ),
        (
            "period",
            r"(?P<the>the)\s+(?P<adjs>(?:(?:latest|current|year-earlier|year-ago|same|comparable|previous|fiscal|"
            r"recent|past|full|(?:19|20)\d\d)\s+)*)(?P<unit>quarter|period|year|month|week|weekend|fiscal\s+year)(?!\s+(?:of|before|after|earlier|ago)\b)"
            # The day it ended on, looked at but not taken: "the quarter ended Sept. 30" is the quarter that day closes.
            rf"(?=(?P<ended>\s+end(?:ed|ing)\b)(?:\s+(?P<emonth>{MONTH})\.?\s+(?P<eday>{DAY}))?)?",
        ),
        # "that year", "later that day": the unit of the date last mentioned.
        (
            "anaphoric_unit",
            r"(?:(?:earlier|later)\s+)?(?:that|the\s+same|that\s+same)\s+(?P<unit>day|week|month|year|quarter)",
        ),
        ("year_earlier", r"(?P<unit>year|quarter|month)-(?P<dir>earlier|ago)"),
        (
            "period_end",
            rf"(?:(?P<part>{PART})\s+(?:the\s+|(?P<this>this)\s+)?(?P<unit>{CALENDAR_UNIT}))|(?:(?P<unit2>year|month|quarter)(?:'s|-)?\s*end)",
        ),
        # "will one day be", "may some day return": an indefinite day, ahead unless told in the past.
        ("one_day", r"(?P<one>one|some)\s+day"),
        (
            "duration",
            # "about" is a preposition before a length ("about five hours"), a modifier before "ago".
            rf"(?:(?P<mod>{MODIFIER})\s+|(?P<about>about)\s+(?={NUMBER}[-\s]{UNIT}\s+ago\b))?"
            rf"(?:(?P<rel>the\s+(?:past|last|next|first|previous|coming|latest|final|following|"
            rf"initial|remaining|same|year-earlier|year-ago)|another|the|an?\s+additional)\s+)?"
            rf"(?P<num>{NUMBER})(?P<half>\s+1/2|\s+and\s+a\s+half)?"
            rf"[-\s](?:(?:more|additional|extra|trading|business|working)\s+)?(?P<unit>{UNIT})(?!-old|\s+old\b)(?P<half2>\s+and\s+a\s+half)?"
            rf"(?P<orso>\s+or\s+so)?(?:\s+(?P<dir>ago|earlier|from\s+now|hence)|\s+(?P<dir2>before|after){CLAUSE_END})?",
        ),
        # The first bound of a range of lengths ("12" in "between 12 and 18 months", "two
        # to three weeks"): TimeML tags each bound, the unit said once serving both.
        (
            "range_start",
            rf"(?P<num>{NUMBER})(?=\s*(?:-|\u2013|to|or|and)\s*{NUMBER}[-\s](?P<unit>{UNIT})(?!-old|\s+old\b))",
        ),
        # "for years", "can take weeks", "in the (early) years since": a plural unit alone, a stretch
        # of no stated length; tagger.py keeps it only after a preposition of extent or
        # as what a verb of duration takes.
        (
            "bare_duration",
            r"(?:(?P<the>the)\s+(?:(?:early|first|last|final|initial)\s+)?)?(?P<unit>years|months|weeks|days|decades|centuries|hours)"
            r"(?!\s+(?:ago|earlier|later|old|of|before|after|when|ahead)\b)",
        ),
        # "a decades-long battle", "a day-long meeting": a stretch as an adjective.
        ("long_adjective", r"(?P<unit>decades|years|months|weeks|days|hours|decade|day|week|month|year|hour)-long"),
        # "at the time": back to the time last spoken of.
        ("the_time", r"(?<=\bat\s)(?P<the>the)\s+time(?!\s+(?:of|when|that|being|to|for)\b|\s*,?\s*\d)"),
        (
            "vague_duration",
            rf"(?:(?P<mod>{MODIFIER})\s+)?(?:(?P<rel>the\s+(?:past|last|next|coming)|recent|coming)\s+)?"
            rf"(?:(?P<vague>{VAGUE})[-\s])?(?P<unit>{UNIT})(?:\s+or\s+(?P<unit2>{UNIT}))?"
            r"(?:\s+(?P<dir>ago|earlier))?",
        ),
        # "the past three summers" is no "the past": a count follows.
        ("reference", _alternatives(W.REFERENCE_WORDS) + rf"(?!(?<=past)\s+(?:{NUMBER}|{VAGUE})\s)"),
        # "at present": the preposition is no part of it.
        ("at_present", r"(?<=\bat\s)present(?!\s+(?:day|time|moment)\b)"),
        # "will soon begin", "may soon seek": the future, where the verb looks ahead (tagger.py).
        ("soon", r"(?<!\bas\s)(?<!\btoo\s)soon(?!\s+(?:after|afterwards|as|enough|thereafter|before)\b)"),
        (
            "set",
            rf"(?P<adverb>{_alternatives(W.SET_WORDS)})|(?:(?P<each>every|each|per|an?)\s+(?:(?P<other>other)\s+)?"
            rf"(?:(?:(?P<num>{NUMBER})\s+)?(?P<unit>{UNIT}|{WEEKDAY}|{DAY_PART}|{SEASON})|(?P<month>{MONTH})))",
        ),
        (
            "season",
            rf"(?:(?P<the>the)\s+)?(?:(?P<part>early|mid-?|late)\s*)?(?P<season>{SEASON})"
            rf"(?:\s+(?P<daypart>morning|afternoon|evening|night|day))?(?:\s+(?:of\s+|in\s+)?(?P<year>{YEAR}|{SPOKEN_YEAR}))?",
        ),
        # "Easter week": the week that ends on Easter Sunday.
        ("holiday_week", r"(?P<name>(?-i:Easter|Holy))\s+(?-i:[Ww]eek)"),
        (
            "holiday",
            r"(?:(?P<rel>last|next|this)\s+)?(?P<name>(?-i:"
            + "|".join(re.escape(h.title()).replace("'S", "'s")
                       for h in sorted([*W.HOLIDAYS, *W.WEEKDAY_HOLIDAYS, *W.EASTER_HOLIDAYS], key=len, reverse=True))
            + "))",
        ),
        (
            "century",
            r"(?:(?P<the>the)\s+)?(?:(?P<part>early|mid-?|late)\s*)?"
            rf"(?P<ordinal>\d{{1,2}}(?:st|nd|rd|th)|{_alternatives(W.CENTURY_WORDS)})[-\s]century",
        ),
    )
)
