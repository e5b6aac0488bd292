"""Word lists for describing a fact so that outlets' wordings can be compared.

General English news vocabulary, not fitted to any story: words that add
nothing to what a sentence claims, and groups of words that news outlets use
for the same action.
"""

from __future__ import annotations

# Verbs of saying: "X said", "according to" attribute a claim, they are not it.
REPORTING = frozenset({
    "say", "tell", "report", "according", "add", "note", "state", "claim", "write", "announce",
    "confirm", "show", "reveal", "find", "suggest",
})
# Words too general to tell one fact from another.
GENERAL = frozenset({
    "new", "year", "week", "day", "time", "people", "official", "thing", "way", "lot", "number",
    "percent", "cent", "%", "million", "billion", "trillion", "thousand", "hundred",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "today", "yesterday", "tonight", "morning", "afternoon", "evening", "night",
    "mr", "ms", "mrs", "dr", "u.s.", "us", "america", "american", "united", "states",
})
# Words outlets use for the same action or thing; each stands for its group's first word.
SAME_MEANING: tuple[tuple[str, ...], ...] = (
    ("ban", "bar", "prohibit", "forbid", "outlaw"),
    ("block", "defeat", "reject", "sink", "thwart"),
    ("unveil", "introduce", "present", "propose", "release", "issue", "publish"),
    ("die", "death", "dead"),
    ("approve", "authorize", "authorise", "approval", "authorization", "authorisation", "pass"),
    ("rise", "climb", "jump", "soar", "increase", "surge", "leap", "grow", "accelerate"),
    ("fall", "drop", "decline", "tumble", "decrease", "plunge", "slide", "dip"),
    ("condemn", "criticize", "criticise", "denounce", "slam", "condemnation", "criticism"),
    ("revoke", "rescind", "reverse", "overturn", "repeal", "scrap"),
    ("win", "victory"),
    ("recommend", "recommendation", "urge", "advise"),
    ("agree", "agreement", "deal"),
    ("accuse", "blame", "allege", "accusation"),
    ("kill", "killing"),
    ("arrest", "detain", "detention"),
    ("attack", "strike", "assault"),
    ("warn", "warning"),
    ("rule", "ruling", "decision"),
    ("bill", "legislation", "law", "act", "measure"),
    ("child", "kid"),
    ("soldier", "troop", "fighter"),
    ("person", "people"),
    ("job", "opening", "position"),
    ("panel", "committee", "commission"),
    ("pact", "treaty", "accord"),
    ("vaccine", "shot", "jab", "vaccination", "dose"),
)
CANONICAL: dict[str, str] = {word: group[0] for group in SAME_MEANING for word in group}

# Words before a figure that make it approximate ("about 500"), a floor
# ("at least 150", "more than 180") or a ceiling ("up to 50", "nearly 8 percent").
APPROXIMATE = frozenset({"about", "around", "approximately", "roughly", "some", "estimated", "close",
                         "nearly", "almost"})
AT_LEAST = frozenset({"least"})
MORE_THAN = frozenset({"more", "over", "above", "upwards", "exceeding"})
AT_MOST = frozenset({"up"})
LESS_THAN = frozenset({"less", "fewer", "under", "below", "nearly", "almost"})
# Multipliers written after a figure, and their value.
SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "t": 1e12,
}
CURRENCIES = {"$": "$", "us$": "$", "usd": "$", "£": "£", "gbp": "£", "€": "€", "eur": "€", "dollar": "$",
              "pound": "£", "euro": "€"}
PERCENT = frozenset({"%", "percent", "per", "pct"})
