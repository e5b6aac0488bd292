"""English words of time: the language data of the temporal tagger (generator.extract.time).

Only data lives here: names, numbers, units and the TIMEX3 values they map to, and
the verbs, auxiliaries and prepositions the tagger reads tense and deadlines from.
The patterns built from them are in patterns.py; the rules that resolve what they
find are in dates.py and periods.py; the parse-side checks are in tagger.py.
"""

from __future__ import annotations

# Month names and the abbreviations news uses ("Sept. 30", "Aug. 7").
MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
# Monday is 0, as in datetime.date.weekday().
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# Parts of the day: TIMEX3 suffixes ("Wednesday night" -> 2025-07-09TNI).
DAY_PARTS: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
}
# Fixed-date holidays (month, day).
HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
    "valentine's day": (2, 14), "halloween": (10, 31), "boxing day": (12, 26), "veterans day": (11, 11),
    "bastille day": (7, 14), "st patrick's day": (3, 17), "st. patrick's day": (3, 17),
}
# Holidays counted from Easter Sunday (days after it).
EASTER_HOLIDAYS: dict[str, int] = {
    "easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1, "good friday": -2, "palm sunday": -7,
    "ash wednesday": -46, "pentecost": 49, "whit monday": 50,
}

# Holidays on the nth weekday of a month: (month, weekday, nth, first day it may fall on);
# an nth of -1 is the last such weekday on or before that day (Memorial Day: the last Monday of May).
# Election Day is the Tuesday after the first Monday of November, so never before the 2nd.
WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int, int]] = {
    "thanksgiving": (11, 3, 4, 1), "thanksgiving day": (11, 3, 4, 1), "election day": (11, 1, 1, 2),
    "labor day": (9, 0, 1, 1), "martin luther king day": (1, 0, 3, 1), "presidents' day": (2, 0, 3, 1),
    "memorial day": (5, 0, -1, 31),
}
# Decades as words ("the nineties" -> 199) and years as spoken ("nineteen ninety-six").
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8,
    "nineties": 9,
}
CENTURY_WORDS: dict[str, int] = {
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21,
}

# Numbers written as words, as far as durations go in news.
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "one hundred": 100, "a thousand": 1000, "two thousand": 2000,
    "a couple of": 2, "a couple": 2, "couple of": 2, "half a": 0.5, "a half": 0.5,
}
# The hours of a clock as words ("four o'clock", "eight in the evening").
CLOCK_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
)
# Quantities that say "some number of": the value keeps an X ("several years" -> PXY).
VAGUE_NUMBERS = ("several", "a few", "few", "many", "some", "a number of", "numerous", "the next few", "recent")
# Days of the month as read aloud in broadcast transcripts: "March eighth", "June twenty-first".
_ORDINAL_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
)
SPOKEN_DAYS: dict[str, int] = {
    **{word: i + 1 for i, word in enumerate(_ORDINAL_WORDS)}, "twentieth": 20, "thirtieth": 30,
    **{f"twenty-{word}": 21 + i for i, word in enumerate(_ORDINAL_WORDS[:9])}, "thirty-first": 31,
}
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

# Units: the TIMEX3 duration letter ("P3Y", "PT4H") and whether it is a time unit.
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "week": ("W", False), "weekend": ("WE", False), "month": ("M", False),
    "quarter": ("Q", False), "year": ("Y", False), "decade": ("DE", False), "century": ("CE", False),
}
UNIT_PLURALS: dict[str, str] = {
    "seconds": "second", "minutes": "minute", "hours": "hour", "days": "day", "weeks": "week",
    "weekends": "weekend", "months": "month", "quarters": "quarter", "years": "year",
    "decades": "decade", "centuries": "century",
}

# Words before a duration and the TIMEX3 mod they give; they belong to the extent.
# "over", "within" and "about" are left out: news annotated in TimeML reads them as
# prepositions ("over the past two years", "within a week", "about five hours").
MODIFIERS: dict[str, str] = {
    "more than": "MORE_THAN", "longer than": "MORE_THAN",
    "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN",
    "nearly": "LESS_THAN", "almost": "LESS_THAN", "just under": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "around": "APPROX", "roughly": "APPROX", "some": "APPROX",
    "approximately": "APPROX",
}
# Words that place a date within its period ("late November" -> 1999-11, mod END).
PERIOD_PARTS: dict[str, str] = {
    "early": "START", "earlier": "START", "the beginning of": "START", "the start of": "START",
    "the first half of": "START", "mid": "MID", "mid-": "MID", "the middle of": "MID", "middle": "MID",
    "late": "END", "later": "END", "the end of": "END", "the close of": "END", "end": "END",
    "the second half of": "END", "the last half of": "END",
}

# Nouns of an age, not a day: "today's world", "today's youth" stand for the present at large.
GENERIC_PRESENT_NOUNS = ("world", "society", "youth", "generation", "young", "children")
# Words before "one day" that make it a length ("for one day", "only one day"), not an indefinite day.
ONE_DAY_COUNTS = frozenset({"for", "than", "only", "just", "about", "every", "each", "the", "a", "in", "within", "of", "per"})
# Words that date relative to the document: offset in the unit's steps.
RELATIVE_DAYS: dict[str, int] = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}
# "last month", "next year", "this week": the step each adjective takes.
RELATIVE_ADJECTIVES: dict[str, int] = {
    "last": -1, "past": -1, "previous": -1, "prior": -1, "preceding": -1,
    "this": 0, "current": 0, "present": 0,
    "next": 1, "coming": 1, "following": 1, "upcoming": 1,
}
# Adjectives counting from the last date mentioned rather than from the document date.
ANCHORED_ADJECTIVES = frozenset({"following", "previous", "prior", "preceding"})
# "March of that year", "June the following year": the step from the year last mentioned.
ANCHORED_YEAR_STEPS = {"the following": 1, "the next": 1, "the previous": -1}
ANCHORED_YEAR_WORDS = frozenset({"that", "the same", "that same", *ANCHORED_YEAR_STEPS})
# "the previous Friday", "the following Monday": the step from the last date mentioned.
ANCHORED_WEEKDAY_STEPS = {"the previous": -1, "the preceding": -1, "the following": 1}
# With "the", these make a stretch of time, not a calendar period ("the past year" = P1Y).
STRETCH_ADJECTIVES = frozenset({"past", "last", "next", "coming"})
# Units whose "the following" or "the previous" is a stretch, not a calendar period.
LONG_UNITS = frozenset({"decade", "century"})
PAST_STRETCH_ADJECTIVES = frozenset({"past", "last", "previous", "recent"})
# Words standing for the present, past or future as a whole (TIMEX3 *_REF values).
# Adverbs that only order events ("previously", "later", "once") are left out: TimeML
# annotates them as signals or not at all, and they date nothing. "soon" is read apart
# (patterns.py): the near future where its verb looks ahead.
REFERENCE_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "the present": "PRESENT_REF",
    "presently": "PRESENT_REF", "recently": "PAST_REF", "the past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "someday": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
}
# Which of REFERENCE_WORDS are only temporal in some uses, and must be vetted
# against the parse before being kept ("current account").
GUARDED_REFERENCE_WORDS = frozenset({"current"})

# Recurring expressions (TIMEX3 SET).
SET_WORDS: dict[str, str] = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", 
    "yearly": "P1Y", "annually": "P1Y",  "hourly": "PT1H",
}

# Anchored comparisons: "a year ago" (document), "a year earlier" (last date mentioned).
AGO_WORDS = ("ago",)
BEFORE_WORDS = ("earlier", "before", "previously")
AFTER_WORDS = ("later", "after", "hence", "from now")

# Prepositions after which a plural unit alone is a stretch: "for years", "in weeks",
# "over the years", "in the years since".
STRETCH_PREPOSITIONS = frozenset({"for", "within", "in"})
STRETCH_PREPOSITIONS_THE = frozenset({"over", "in", "during", "throughout", "through", "for"})
# Verbs whose object is a length of time: "can take weeks", "spent months", "waited hours".
DURATION_VERBS = frozenset({"take", "last", "spend", "wait", "need", "require", "remain", "stay"})

# --------------------------------------------------------------------------
# tense, deadlines and the parse (read by tagger.py)
# --------------------------------------------------------------------------

# Auxiliaries and modals that put the governing verb in the future.
FUTURE_MARKERS = frozenset({"will", "'ll", "shall", "wo", "would", "going", "gon", "expected", "scheduled", "plan", "due"})
# Verbs whose infinitive complement lies ahead of them ("planned to leave Thursday").
INTENT_LEMMAS = frozenset(
    {"plan", "schedule", "expect", "intend", "hope", "want", "aim", "promise", "threaten", "agree", "set",
     "prepare", "seek", "vow", "pledge", "propose", "decide", "due", "likely", "poise", "go"}
)
# Modals that put an event ahead of the document date unless a perfect follows ("may have").
MODALS = frozenset({"must", "should"})
PERFECT = frozenset({"have", "has", "had", "'ve"})
PRESENT_AUXILIARIES = frozenset({"is", "are", "am", "'s", "'re"})
# Verbs whose past is spelled as their present: the tagger's "present" is no evidence.
SAME_IN_PAST = frozenset(
    {"hurt", "set", "put", "cut", "hit", "let", "cost", "quit", "shut", "spread", "read", "beat", "bet", "burst",
     "cast", "split", "upset", "bid", "broadcast", "forecast", "shed", "slit", "thrust"}
)
# Verbs that fix an arrangement: their date is the arranged one, usually ahead.
SCHEDULE_LEMMAS = frozenset({"postpone", "delay", "extend", "reschedule", "adjourn", "defer"})
# Phrasal verbs that move a date ("put off to Monday", "pushed back to June").
SCHEDULE_PHRASES = frozenset(
    {("put", "off"), ("push", "back"), ("move", "back"), ("push", "forward"), ("bring", "forward"), ("move", "up"),
     ("bring", "back"), ("set", "back")}
)
# Verbs that move a date only with the date they move it to ("moved to Friday").
MOVE_LEMMAS = frozenset({"move", "bring", "shift", "switch", "change"})
# Verbs that plan a date: "set for April", "scheduled for Monday", "planned a march on Saturday".
PLAN_LEMMAS = frozenset({"plan", "schedule", "slate", "set", "fix", "arrange", "call"})
# Verbs whose weekday is the day planned, whatever the preposition ("planned a march on Saturday").
DAY_PLANNING_LEMMAS = frozenset({"plan", "schedule", "slate"})
# Prepositions that give the date an arrangement was set for or moved to.
ARRANGED_PREPOSITIONS = frozenset({"for", "to", "until", "till"})
# Prepositions before a date that make it a deadline or an end point.
# "until" looks ahead of the verb; "by" and "through" at least to the nearer reading.
DEADLINE_PREPOSITIONS = {"until": 1, "till": 1, "by": 0, "through": 0}
# Prepositions whose date lies behind the document date, whatever the verb's tense: a stretch
# "since" a date runs up to now ("the change is since year-end", "the best since March").
BACKWARD_PREPOSITIONS = frozenset({"since"})
# Prepositions that introduce a date: a bare year after them is a year, not a count.
DATE_PREPOSITIONS = frozenset(
    {"in", "since", "by", "until", "till", "from", "to", "before", "after", "during", "through", "of", "for",
     "between", "and", "early", "late", "mid", "around", "about", "circa", "the", "until", "throughout", "fiscal"}
)
# Prepositions after which even a number the parse calls a count is a year ("since 1990").
YEAR_PREPOSITIONS = ("in", "since", "until", "by", "of", "from", "before", "after")
# Phrases that put the date after them ahead of the verb ("as early as Friday").
LOOKING_AHEAD = ("as early as", "as soon as")
# Nouns that "current" sorts rather than dates ("current account", "current affairs").
UNDATED_BY_CURRENT = ("account", "accounts", "affairs", "event", "events", "density")
# Seasons that are also a verb or a thing ("prices fall", "hot springs"): a date only with a date word.
SEASON_HOMONYMS = ("fall", "spring")

# --------------------------------------------------------------------------
# names, speeds and rates (read by names.py)
# --------------------------------------------------------------------------

# Words that join a capitalised month to the rest of a name: "the March for Life", "the March on Washington".
NAME_LINKS = frozenset({"for", "of", "on", "to"})
# Words that lead into a date, and so cannot open a quoted title around one ("On Monday," he said).
DATE_LEADS = DATE_PREPOSITIONS | frozenset({"on", "at", "last", "next", "this", "every", "each", "since", *RELATIVE_ADJECTIVES})
# "a week", "per second": one unit of time a quantity is counted in.
RATE_WORDS = frozenset({"a", "an", "per"})
# How often, not how many things: "twice a day", "three times a week" recur.
FREQUENCY_WORDS = frozenset({"once", "twice", "thrice", "times"})
# Units of time that things counted per them make a speed ("miles an hour"), which TimeML leaves untagged.
SPEED_UNITS = frozenset({"second", "minute", "hour"})
