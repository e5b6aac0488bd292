import datetime as dt

import markdown
import pytest

from generator.render.text import escape, iso_range, iso_when, long_date, safe_url


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)>",
        "**not bold** and _not italic_ and `not code`",
        "[a link](javascript:alert(1))",
        "# not a heading",
        "- not a list",
        "1. not a list either",
        "> not a quote",
        "a | pipe & an ampersand &amp; an entity",
    ],
)
def test_escaped_text_renders_as_the_same_text(text):
    html = markdown.markdown(escape(text), extensions=["tables", "attr_list", "md_in_html"])
    assert "<script" not in html and "<img" not in html and "<a " not in html
    assert "<strong>" not in html and "<em>" not in html and "<code>" not in html
    assert "<h1" not in html and "<ul>" not in html and "<ol>" not in html and "<blockquote>" not in html
    # What the reader sees is the text itself.
    import html as html_module
    import re

    shown = html_module.unescape(re.sub(r"</?p>", "", html))
    assert shown == text


def test_escape_puts_text_on_one_line():
    assert escape("two\nlines  and\tspaces") == "two lines and spaces"


@pytest.mark.parametrize(
    "value, shown",
    [
        ("2022", "2022"),
        ("2025-06", "June 2025"),
        ("2025-07-09", "9 July 2025"),
        ("2025-W28", "week 28, 2025"),
        ("2025-W28-WE", "weekend of week 28, 2025"),
        ("2025-SU", "summer 2025"),
        ("PAST_REF", "PAST_REF"),
    ],
)
def test_iso_when_shows_the_precision_the_text_gave(value, shown):
    assert iso_when(value) == shown


def test_iso_range_within_a_month_and_across_months():
    assert iso_range("2025-07-11", "2025-07-13") == "11–13 July 2025"
    assert iso_range("2025-06-30", "2025-07-02") == "30 June 2025 – 2 July 2025"
    assert iso_range("2025-07-11", None) == "11 July 2025"


def test_long_date_is_english_whatever_the_locale():
    assert long_date(dt.date(2025, 7, 9)) == "Wednesday 9 July 2025"


@pytest.mark.parametrize(
    "url, safe",
    [
        ("https://example.org/a?b=1&c=2", "https://example.org/a?b&#61;1&#38;c&#61;2"),
        ("javascript:alert(1)", None),
        ("data:text/html,<script>", None),
        ("", None),
        (None, None),
    ],
)
def test_safe_url_keeps_only_web_addresses(url, safe):
    assert safe_url(url) == safe
