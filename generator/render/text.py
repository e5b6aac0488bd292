"""Turning untrusted article text, dates and values into safe page text.

Article text is untrusted: whatever it holds must show as text, never act as
Markdown, HTML or script. Every character that means something to Markdown
or HTML is written as a numeric character reference, which both Markdown and
browsers show as the character itself.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from urllib.parse import urlsplit

from generator.model import Item

# Characters with a meaning in Markdown or HTML inline text.
_SPECIAL = re.compile(r"[\\`*_{}\[\]()<>#+!|&~^=$%\"']")


def escape(text: str) -> str:
    """Inline text that renders exactly as written, on one line."""
    text = _SPECIAL.sub(lambda m: f"&#{ord(m.group())};", " ".join(text.split()))
    # What would start a list at the head of a line ("- x", "1. x").
    return re.sub(r"^(-|\d+)(\.?)", lambda m: m.group(1).replace("-", "&#45;") + m.group(2).replace(".", "&#46;"), text)


def front_matter_value(text: str) -> str:
    """A front-matter scalar (title, description) for the theme to put in <head>.

    The theme writes these into the page without escaping them, so they are
    HTML-escaped here; JSON strings are valid YAML scalars.
    """
    return json.dumps(html.escape(" ".join(text.split()), quote=True), ensure_ascii=False)


def safe_url(url: str | None) -> str | None:
    """An http(s) URL, escaped for an attribute; anything else (javascript:, data:) is dropped."""
    if not url or urlsplit(url.strip()).scheme.lower() not in ("http", "https"):
        return None
    return escape(url.strip())


MONTHS = (
    "January February March April May June July August September October November December"
).split()


def long_date(date: dt.date) -> str:
    """'Wednesday 9 July 2025', whatever the machine's locale."""
    weekday = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()[date.weekday()]
    return f"{weekday} {date.day} {MONTHS[date.month - 1]} {date.year}"


def short_date(date: dt.date) -> str:
    return f"{date.day} {MONTHS[date.month - 1][:3]} {date.year}"


def iso_when(value: str) -> str:
    """An ISO 8601 date of any precision, as a reader says it: 2025-06 is 'June 2025'."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if m:
        year, month, day = m.groups()
        if day:
            return f"{int(day)} {MONTHS[int(month) - 1]} {year}"
        if month:
            return f"{MONTHS[int(month) - 1]} {year}"
        return year
    m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value)
    if m:
        year, week, weekend = m.groups()
        return f"{'weekend of ' if weekend else ''}week {int(week)}, {year}"
    m = re.fullmatch(r"(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)", value)
    if m:
        names = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
        return f"{names.get(m.group(2), m.group(2))} {m.group(1)}"
    return value


def iso_range(start: str, end: str | None) -> str:
    """'11–13 July 2025' for a range within a month, else 'start – end'."""
    if not end or end == start:
        return iso_when(start)
    a = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", start)
    b = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", end)
    if a and b and a.group(1, 2) == b.group(1, 2):
        return f"{int(a.group(3))}–{iso_when(end)}"
    return f"{iso_when(start)} – {iso_when(end)}"


def editors_mark(item: Item) -> str | None:
    """'added by the editors' or 'corrected by the editors', where it applies."""
    if item.added_by_editors:
        return "added by the editors"
    if item.corrected:
        return "corrected by the editors"
    return None
