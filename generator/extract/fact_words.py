"""Word lists for describing a fact so that outlets' wordings can be compared.

General English news vocabulary, not fitted to any story: words that add
nothing to what a sentence claims, and groups of words that news outlets use
for the same action.
"""

from __future__ import annotations

# Verbs of saying: "X said", "according to" attribute a claim, they are not it.
REPORTING = frozenset({
    "say", "tell", "report", "according", "add", "note", "state", "claim", "write", "announce",
    "confirm", "show", "reveal", "find", "suggest", "remind", "declare", "insist", "argue", "explain",
})
# Names too common in the news to tell one fact from another (names as
# `fact_features` keeps them: lower case).
COMMON_NAMES = frozenset({
    "u.s.", "us", "united states", "america", "american", "americans", "usa", "u.s.a.",
})
# Verbs that say little by themselves: what they have or are says it ("will have a warning").
LIGHT_VERBS = frozenset({"be", "have", "make", "take", "give", "get", "mount"})
# What follows a person's surname without being it ("Samuel A. Alito Jr.").
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# Words too general to tell one fact from another.
GENERAL = frozenset({
    "new", "year", "week", "day", "time", "people", "official", "thing", "way", "lot", "number",
    "percent", "cent", "%", "million", "billion", "trillion", "thousand", "hundred",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "today", "yesterday", "tonight", "morning", "afternoon", "evening", "night",
    "mr", "ms", "mrs", "dr", "u.s.", "us", "america", "american", "united", "states",
})
# Words outlets use for the same action or thing; each stands for its group's first word.
# General news English: verbs and nouns one outlet writes where another writes
# the other ("barred" / "prohibits", "killed" / "died"), whatever the story.
# Derived forms ("prohibition", "dismissal") need no entry: words are also
# compared by their stems (`generator.extract.families`).
SAME_MEANING: tuple[tuple[str, ...], ...] = (
    ("ban", "bar", "prohibit", "forbid", "outlaw"),
    ("block", "defeat", "reject", "sink", "thwart"),
    ("unveil", "introduce", "present", "propose", "release", "issue", "publish", "announce", "reveal",
     "disclose", "announcement"),
    ("die", "death", "dead", "kill", "killing", "fatality", "fatal", "perish"),
    ("injure", "wound", "hurt", "injury", "wounded", "injured"),
    ("approve", "authorize", "authorise", "approval", "authorization", "authorisation", "pass"),
    ("sign", "enact"),
    ("rise", "climb", "jump", "soar", "increase", "surge", "leap", "leapt", "grow", "accelerate", "spike",
     "skyrocket", "raise", "hike", "boost"),
    ("fall", "drop", "decline", "tumble", "decrease", "plunge", "slide", "dip", "slump", "plummet"),
    ("cut", "reduce", "lower", "slash", "reduction"),
    ("expand", "extend", "broaden", "widen", "expansion", "extension"),
    ("condemn", "criticize", "criticise", "denounce", "slam", "blast", "rebuke", "condemnation", "criticism"),
    ("revoke", "rescind", "reverse", "overturn", "repeal", "scrap"),
    ("win", "victory"),
    ("recommend", "recommendation", "urge", "advise"),
    ("agree", "agreement", "deal"),
    ("accuse", "blame", "allege", "accusation", "allegation"),
    ("deny", "denial"),
    ("defend", "defense", "defence"),
    ("threaten", "threat"),
    ("arrest", "detain", "detention", "apprehend", "custody"),
    ("charge", "indict", "indictment", "prosecute", "prosecution"),
    ("sue", "lawsuit", "suit"),
    ("resign", "resignation", "quit"),
    ("appoint", "nominate", "appointment", "nomination"),
    ("attack", "strike", "assault", "hit", "raid"),
    ("warn", "warning", "caution"),
    ("rule", "ruling", "decision", "decide", "verdict"),
    ("investigate", "investigation", "probe", "inquiry"),
    ("require", "mandate", "compel", "oblige", "requirement"),
    ("allow", "permit", "let", "enable", "permission"),
    ("help", "aid", "assist", "assistance"),
    ("start", "begin", "launch", "commence"),
    ("end", "halt", "cease", "stop"),
    ("leave", "depart", "flee", "exit", "departure"),
    ("miss", "skip", "forgo"),
    ("buy", "purchase", "acquire", "acquisition"),
    ("pay", "payment"),
    ("grant", "award"),
    ("meet", "meeting"),
    ("visit", "trip"),
    ("protest", "demonstration", "rally"),
    ("bill", "legislation", "law", "act", "measure"),
    ("child", "kid"),
    ("soldier", "troop", "fighter"),
    ("person", "people", "individual"),
    ("job", "opening", "position"),
    ("panel", "committee", "commission"),
    ("pact", "treaty", "accord"),
    ("vaccine", "shot", "jab", "vaccination", "dose", "inoculation", "vaccinate", "inoculate"),
    ("plane", "airplane", "aircraft", "jet", "airliner"),
    ("company", "firm", "corporation"),
    ("country", "nation"),
    ("lawmaker", "legislator"),
    ("gas", "gasoline", "petrol"),
    ("car", "vehicle", "automobile"),
    ("doctor", "physician"),
    ("website", "site"),
    ("unemployment", "jobless"),
)
CANONICAL: dict[str, str] = {word: group[0] for group in SAME_MEANING for word in group}

# Words before a figure that make it approximate ("about 500"), a floor
# ("at least 150", "more than 180") or a ceiling ("up to 50", "nearly 8 percent").
APPROXIMATE = frozenset({"about", "around", "approximately", "roughly", "some", "estimated", "close",
                         "nearly", "almost"})
AT_LEAST = frozenset({"least"})
MORE_THAN = frozenset({"more", "over", "above", "upwards", "exceeding"})
AT_MOST = frozenset({"up to"})
LESS_THAN = frozenset({"less", "fewer", "under", "below", "nearly", "almost"})
# Multipliers written after a figure, and their value.
SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "t": 1e12,
}
CURRENCIES = {"$": "$", "us$": "$", "usd": "$", "£": "£", "gbp": "£", "€": "€", "eur": "€", "dollar": "$",
              "pound": "£", "euro": "€"}
PERCENT = frozenset({"%", "percent", "per", "pct"})
