"""What news pages put around a story that is not the story.

Predicates over one cleaned paragraph (whitespace already collapsed): photo
credits that end a caption, "Related article:" links and datelines. The word
lists are data; the patterns describe how these bits are written in any news
source, not in one file.
"""

from __future__ import annotations

import re

# How a credit ends: a photo agency or picture desk, or a photo word ("Kremlin
# Pool Photo"); one or two words, compared case-folded.
CREDIT_CLOSERS = frozenset(
    words.casefold()
    for words in (
        "AFP", "AP", "Reuters", "TASS", "ITAR-TASS", "Getty", "Getty Images", "EPA", "EPA-EFE", "EFE",
        "Sputnik", "Xinhua", "Yonhap", "KCNA", "KNS", "Anadolu", "Bloomberg", "Shutterstock",
        "Alamy", "PA", "PA Images", "PA Wire", "dpa", "ANSA", "Kyodo", "AAP", "NurPhoto", "SOPA Images",
        "ZUMA", "ZUMA Press", "ZUMA Wire", "Pool", "Handout", "UPI", "Sipa", "Abaca", "WireImage",
        "Wikimedia Commons", "RIA Novosti", "Kremlin.ru", "iStock", "Unsplash", "Flickr",
        "Associated Press", "AP Photo", "Photo", "Photos", "Image", "Images", "Picture", "Pictures",
    )
)
# How a credit opens ("Photo: ...", "Courtesy of ...").
CREDIT_OPENERS = frozenset(
    word.casefold()
    for word in (
        "Photo", "Photos", "Photograph", "Photographs", "Photographer", "Image", "Images", "Picture",
        "Pictures", "Pic", "Credit", "Credits", "Illustration", "Courtesy", "Video", "Screenshot",
        "Screengrab", "File",
    )
)
# Lower-case words a credit may hold ("AFP via Getty Images", "Photo by X for The Times").
CREDIT_CONNECTORS = frozenset(("via", "by", "for", "and", "of", "the", "de", "la", "del", "van", "von", "courtesy", "photo"))
MAX_CREDIT_WORDS = 12

# Section labels set in capitals that are not places.
NOT_DATELINES = frozenset(
    (
        "ABSTRACT", "ANALYSIS", "BREAKING", "BREAKING NEWS", "COMMENT", "EDITORIAL", "EXCLUSIVE",
        "LETTERS", "LIVE", "OPINION", "UPDATE", "UPDATED", "WATCH", "VIDEO", "PHOTOS", "NATO",
        "UN", "EU", "US", "UK", "FBI", "CIA", "GOP", "NEW",
    )
)

# "Related article: ...", "READ MORE: ...", "See also - ...": links to other stories.
_RELATED = re.compile(
    r"^(?:related(?:\s+(?:articles?|stor(?:y|ies)|content|coverage|reading|links?|news|video))?"
    r"|read\s+(?:more|also|next)|also\s+read|see\s+also|more\s+on\s+this(?:\s+story)?|recommended(?:\s+reading)?)"
    r"\s*(?::|»|>|\||\s[-–—]\s)",
    re.IGNORECASE,
)

# A caption's last sentence ends; what follows it is the credit.
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+")
_CREDIT_PUNCT = "()[]{},:;|/\"“”‘’'"
# "Name / Agency", "REUTERS/Name", "Name | Agency"; not "9/11".
_CREDIT_MARKERS = re.compile(r"[^\W\d_]\s*[/|]\s*[^\W\d_]")

# Datelines: "MOSCOW", "NEW YORK, July 9 (Reuters) —", "FLINT, Mich., Oct. 4 (UPI) —".
_PLACE = r"(?:[A-Z]{1,3}\.\s)?[A-Z][A-Z'’\-]+(?:\s[A-Z][A-Z'’\-]+)*"
_REGION = r"(?:,\s+[A-Z][a-z]*\.?(?:\s?[A-Z][a-z]*\.?)*)"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DAY = rf"(?:,?\s+{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?)"
_AGENCY = r"(?:\s*\([A-Z][\w.&'’\-]*(?:\s[A-Z][\w.&'’\-]*){0,3}\))"
_DATELINE = rf"(?P<place>{_PLACE}){_REGION}*{_DAY}?{_AGENCY}?"
_DATELINE_ONLY = re.compile(rf"^{_DATELINE}$")
# A hyphen needs a space after it ("US-led" is no dateline); a dash may touch the word.
_DATELINE_PREFIX = re.compile(rf"^(?P<dateline>{_DATELINE})(?:\s*--?\s+|\s*[–—―]\s*)(?=\S)")


def is_related_link(paragraph: str) -> bool:
    """A pointer to another story ("Related article: ...", "READ MORE: ...")."""
    return _RELATED.match(paragraph) is not None


def credit_start(paragraph: str) -> int | None:
    """Where a photo credit ending the paragraph starts, or None if it has none.

    The credit is the text after the paragraph's last sentence: a few
    capitalised words, not a sentence of its own (no final full stop), that
    hold a slash between names ("Russian Foreign Ministry / TASS"), open with
    a photo word ("Photo: Reuters") or end with an agency or photo word ("AFP
    via Getty Images", "(AP Photo/Evan Vucci)"). A paragraph that is nothing
    but such words needs a photo word or an agency: a slash alone is as
    likely a headline's ("Sanders/Trump Debate").
    """
    ends = list(_SENTENCE_END.finditer(paragraph))
    start = ends[-1].end() if ends else 0
    words = _credit_words(paragraph[start:])
    if not words:
        return None
    if _CREDIT_MARKERS.search(paragraph[start:]) or _names_credit(words):
        return start if start > 0 or _names_credit(words) else None
    return None


def is_credit_only(paragraph: str) -> bool:
    """The whole paragraph is a credit line ("Photo: Reuters", "AFP via Getty Images.")."""
    words = _credit_words(paragraph.removesuffix("."))
    return words is not None and _names_credit(words)


def dateline_only(paragraph: str) -> str | None:
    """The paragraph is just a dateline ("MOSCOW"): the dateline, else None."""
    match = _DATELINE_ONLY.match(paragraph)
    if match and match.group("place") not in NOT_DATELINES:
        return paragraph
    return None


def dateline_prefix(paragraph: str) -> tuple[str, int] | None:
    """A lead's dateline ("MOSCOW (AFP) - "): (dateline, where the story starts)."""
    match = _DATELINE_PREFIX.match(paragraph)
    if match and match.group("place") not in NOT_DATELINES:
        return match.group("dateline").strip(), match.end()
    return None


def _credit_words(tail: str) -> list[str] | None:
    """The words of a would-be credit, or None if it reads like a sentence."""
    if not tail or tail.rstrip()[-1] in ".!?:":  # a sentence, or words that introduce one
        return None
    words = [w.strip(_CREDIT_PUNCT) for w in tail.replace("/", " ").replace("|", " ").split()]
    words = [w for w in words if w]
    if not words or len(words) > MAX_CREDIT_WORDS:
        return None
    if not all(w[0].isupper() or w[0].isdigit() or w.casefold() in CREDIT_CONNECTORS for w in words):
        return None
    return words


def _names_credit(words: list[str]) -> bool:
    folded = [w.casefold() for w in words]
    return (
        folded[0] in CREDIT_OPENERS
        or folded[-1] in CREDIT_CLOSERS
        or " ".join(folded[-2:]) in CREDIT_CLOSERS
        or "via" in folded
    )
