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
# Words outlets use for the same action or thing; each maps to the group's first word.
SAME_MEANING: tuple[frozenset[str], ...] = (
    frozenset({"ban", "bar", "prohibit", "forbid", "outlaw"}),
    frozenset({"block", "defeat", "reject", "sink", "thwart"}),
    frozenset({"unveil", "introduce", "present", "propose", "release", "issue", "publish"}),
    frozenset({"die", "death", "dead"}),
    frozenset({"approve", "authorize", "authorise", "approval", "authorization", "authorisation"}),
    frozenset({"rise", "climb", "jump", "soar", "increase", "surge", "leap", "grow", "accelerate"}),
    frozenset({"fall", "drop", "decline", "tumble", "decrease", "plunge", "slide", "dip"}),
    frozenset({"condemn", "criticize", "criticise", "denounce", "slam", "condemnation", "criticism"}),
    frozenset({"revoke", "rescind", "reverse", "overturn", "repeal", "scrap"}),
    frozenset({"win", "victory"}),
    frozenset({"recommend", "recommendation", "urge", "advise"}),
    frozenset({"agree", "agreement", "deal"}),
    frozenset({"accuse", "blame", "allege", "accusation"}),
    frozenset({"kill", "killing"}),
    frozenset({"arrest", "detain", "detention"}),
    frozenset({"attack", "strike", "assault"}),
    frozenset({"warn", "warning"}),
    frozenset({"rule", "ruling", "decision"}),
    frozenset({"bill", "legislation", "law", "act", "measure"}),
    frozenset({"child", "kid"}),
    frozenset({"job", "opening", "position"}),
    frozenset({"panel", "committee", "commission"}),
    frozenset({"pact", "treaty", "accord"}),
    frozenset({"vaccine", "shot", "jab", "vaccination", "dose"}),
)
CANONICAL: dict[str, str] = {word: sorted(group)[0] for group in SAME_MEANING for word in group}

# Words that make a figure approximate ("about 500", "nearly 8 percent").
APPROXIMATE = frozenset({
    "about", "around", "approximately", "nearly", "almost", "roughly", "some", "over", "more",
    "less", "fewer", "up", "least", "estimated", "an", "close", "under", "above", "below",
})
# Multipliers written after a figure, and their value.
SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "t": 1e12,
}
CURRENCIES = {"$": "$", "us$": "$", "usd": "$", "£": "£", "gbp": "£", "€": "€", "eur": "€", "dollar": "$",
              "pound": "£", "euro": "€"}
PERCENT = frozenset({"%", "percent", "per", "pct"})
