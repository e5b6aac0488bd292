"""The article reader: formats, noise, text rules, offsets and bad input.

Fixtures are excerpts of the sample story (seeds/) and of wire copy, typed in
here so the tests need no files outside the project.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from generator.errors import BriefingError
from generator.model import Article
from generator.read.article_noise import (
    credit_start,
    dateline_only,
    dateline_prefix,
    is_credit_only,
    is_related_link,
)
from generator.read.articles import MAX_ARTICLE_BYTES, decode_article, parse_article, read_article

# Seed 000 (no header; caption with credit; Related article line; hard-wrapped;
# a stray leading space; a word hyphenated across lines).
SEED_000 = (
    " North Korean leader Kim Jong Un shakes hands with Russia's Foreign Minister Sergei Lavrov. Russian\n"
    "Foreign Ministry / TASS\n"
    "\n"
    "Russian Foreign Minister Sergei Lavrov will visit North Korea this weekend, the latest in a\n"
    "series of high-profile visits by top Russian officials as the two countries deepen relations.\n"
    "\n"
    "Pyongyang has become one of Moscow's key allies since the 2022 invasion of Ukraine,\n"
    "sending thousands of troops and container loads of weapons to help Russian forces oust\n"
    " Ukrainian forces from the southwestern Kursk region.\n"
    "\n"
    "Related article: Russian Military Launches Largest-Ever Air Attack on Ukraine\n"
    "\n"
    "Leader Kim Jong Un has subsequently been shown in state media images beside the flag-\n"
    "draped coffins of North Korean soldiers killed while helping Russia fight Ukraine.\n"
    " "
)
SEED_000_TEXT = (
    "Russian Foreign Minister Sergei Lavrov will visit North Korea this weekend, the latest in a "
    "series of high-profile visits by top Russian officials as the two countries deepen relations.\n\n"
    "Pyongyang has become one of Moscow's key allies since the 2022 invasion of Ukraine, "
    "sending thousands of troops and container loads of weapons to help Russian forces oust "
    "Ukrainian forces from the southwestern Kursk region.\n\n"
    "Leader Kim Jong Un has subsequently been shown in state media images beside the flag-draped "
    "coffins of North Korean soldiers killed while helping Russia fight Ukraine."
)

# Seed 004 (header line with a stray leading space, dateline paragraph, curly quotes).
SEED_004 = (
    " date 2025-07-09 Russian FM Lavrov to visit North Korea this weekend\n"
    "\n"
    "MOSCOW\n"
    "\n"
    "Russian Foreign Minister Sergei Lavrov will visit North Korea this weekend, the latest in a series "
    "of high-profile visits by top Moscow officials as the two countries deepen military ties.\n"
    "\n"
    "The Kremlin said Wednesday it was \"unfazed\u201d by Trump\u2019s \u201cbullshit\u201d comment."
)
SEED_004_TEXT = (
    "Russian Foreign Minister Sergei Lavrov will visit North Korea this weekend, the latest in a series "
    "of high-profile visits by top Moscow officials as the two countries deepen military ties.\n\n"
    "The Kremlin said Wednesday it was \"unfazed\u201d by Trump\u2019s \u201cbullshit\u201d comment."
)

MARKDOWN = (
    "---\n"
    "title: \"Lavrov to visit North Korea\"\n"
    "date: 2025-07-09\n"
    "outlet: AFP\n"
    "url: https://example.com/lavrov\n"
    "author: Jane Doe\n"
    "---\n"
    "\n"
    "# Lavrov to visit North Korea\n"
    "\n"
    "Russian Foreign Minister **Sergei Lavrov** will visit\n"
    "[North Korea](https://en.wikipedia.org/wiki/North_Korea) this _weekend_.\n"
    "\n"
    "## Background\n"
    "\n"
    "> \"We are fairly calm about it,\" Kremlin spokesman *Dmitry Peskov* told reporters.\n"
)

PLAIN_WITH_TITLE = (
    "Bill Clinton calls Obamacare \u2018crazy system\u2019 during campaign stop.\n"
    "\n"
    "FLINT, Mich., Oct. 4 (UPI) \u2014 Former President Bill Clinton criticized the Affordable Care Act.\n"
    "\n"
    "During the rally Monday, the former president said Obamacare is causing premiums to rise.\n"
)


def _parse(raw: str, path: str = "seeds/x.txt") -> Article:
    return parse_article(raw, "x", path)


def _paragraphs(article: Article) -> list[str]:
    return article.text.split("\n\n")


# --------------------------------------------------------------------------
# The seeds
# --------------------------------------------------------------------------


def test_seed_000_caption_credit_and_related_link_are_gone():
    article = _parse(SEED_000)
    assert article.text == SEED_000_TEXT
    for trace in ("TASS", "Related article", "shakes hands", "Largest-Ever"):
        assert trace not in article.text
    assert article.title is None and article.date is None and article.dateline is None


def test_seed_004_header_and_dateline():
    article = _parse(SEED_004)
    assert article.title == "Russian FM Lavrov to visit North Korea this weekend"
    assert article.date == dt.date(2025, 7, 9)
    assert article.dateline == "MOSCOW"
    assert article.text == SEED_004_TEXT
    assert "date 2025" not in article.text


def test_plain_text_first_line_is_the_title_and_lead_loses_its_dateline():
    article = _parse(PLAIN_WITH_TITLE)
    assert article.title == "Bill Clinton calls Obamacare \u2018crazy system\u2019 during campaign stop."
    assert article.dateline == "FLINT, Mich., Oct. 4 (UPI)"
    assert _paragraphs(article)[0] == "Former President Bill Clinton criticized the Affordable Care Act."


def test_a_multi_line_first_paragraph_is_not_a_title():
    raw = "Lavrov will visit North Korea this weekend, the latest in a\nseries of visits.\n\nSecond paragraph."
    article = _parse(raw)
    assert article.title is None
    assert _paragraphs(article)[0] == "Lavrov will visit North Korea this weekend, the latest in a series of visits."


@pytest.mark.xfail(reason="a headline with its deck on the next line is read as one body paragraph", strict=True)
def test_headline_with_deck_on_the_next_line():
    raw = (
        "Candidates vie for vets' support; \n"
        "Trump and Clinton point out own credentials during leadership forum.\n"
        "\n"
        "Donald Trump and Hillary Clinton made their case to veterans on Wednesday.\n"
    )
    assert _parse(raw).title == "Candidates vie for vets' support;"


def test_article_id_and_path_come_from_the_file(tmp_path: Path):
    file = tmp_path / "004_24a459861bad1e6c.txt"
    file.write_text(SEED_004, encoding="utf-8")
    article = read_article(file, "seeds/004_24a459861bad1e6c.txt")
    assert article.id == "004_24a459861bad1e6c"
    assert article.path == "seeds/004_24a459861bad1e6c.txt"
    assert article.raw == SEED_004


# --------------------------------------------------------------------------
# Text rules
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, text",
    [
        # hard-wrapped lines join with one space
        ("Lavrov would visit\n\"at the invitation of the DPRK Foreign Ministry.\"\n\nEnd.",
         "Lavrov would visit \"at the invitation of the DPRK Foreign Ministry.\"\n\nEnd."),
        # a hyphen at the end of a line joins without a space and stays
        ("beside the flag-\ndraped coffins.", "beside the flag-draped coffins."),
        # a dash with a space before it is punctuation: the lines join with a space
        ("weapons deliveries to Ukraine \u2014\nreversing an earlier policy.",
         "weapons deliveries to Ukraine \u2014 reversing an earlier policy."),
        # stray leading spaces, tabs, NBSP and runs of spaces become one space
        ("  Around 600\u00a0North Korean\tsoldiers   have been killed.", "Around 600 North Korean soldiers have been killed."),
        # CRLF and CR line endings
        ("Around 600 soldiers\r\nhave been killed.\r\n\r\nSeoul said so.",
         "Around 600 soldiers have been killed.\n\nSeoul said so."),
        ("Around 600 soldiers\rhave been killed.\r\rSeoul said so.",
         "Around 600 soldiers have been killed.\n\nSeoul said so."),
        # several blank lines (or blank lines of spaces) still make one "\n\n"
        ("Title\n\nFirst paragraph.\n\n\n  \n\nSecond paragraph.", "First paragraph.\n\nSecond paragraph."),
        # quotes stay as printed, curly or straight
        ("\u201cIt doesn\u2019t make any sense,\u201d Clinton said. \"Crazy.\"",
         "\u201cIt doesn\u2019t make any sense,\u201d Clinton said. \"Crazy.\""),
        # HTML and script stay literal text
        ("He wrote <script>alert(1)</script> and <b>bold</b> &amp; more.",
         "He wrote <script>alert(1)</script> and <b>bold</b> &amp; more."),
    ],
)
def test_text_rules(raw: str, text: str):
    assert _parse(raw).text == text


def test_one_paragraph_per_line_files_keep_their_paragraphs():
    first = "CNN President Jeff Zucker isn\u2019t kowtowing to Republican presidential candidate Donald Trump, " \
        "who has threatened not to take part in the next debate."
    second = "\u201cWe do not pay candidates to appear at debates,\u201d Zucker said during a discussion Thursday."
    third = "The next GOP debate is scheduled for Dec. 15 on CNN."
    article = _parse(f"Title of the story\n\n{first}\n{second}\n{third}\n")
    assert _paragraphs(article) == [first, second, third]


def test_a_short_sentence_line_inside_a_wrapped_block_ends_its_paragraph():
    raw = (
        "Russia's security chief Sergei Shoigu has visited Pyongyang multiple times this year,\n"
        "including last month.\n"
        "Shoigu announced that the nuclear-armed North would send builders and deminers to the\n"
        "Kursk region in the coming weeks.\n"
    )
    assert _paragraphs(_parse(raw)) == [
        "Russia's security chief Sergei Shoigu has visited Pyongyang multiple times this year, including last month.",
        "Shoigu announced that the nuclear-armed North would send builders and deminers to the "
        "Kursk region in the coming weeks.",
    ]


# --------------------------------------------------------------------------
# Noise
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph, dateline, rest",
    [
        ("MOSCOW (AFP) - Russian Foreign Minister Sergei Lavrov will visit.", "MOSCOW (AFP)", "Russian"),
        ("WASHINGTON, July 9 (Reuters) \u2014 The attack comes just after.", "WASHINGTON, July 9 (Reuters)", "The"),
        ("FLINT, Mich., Oct. 4 (UPI) \u2014 Former President Bill Clinton.", "FLINT, Mich., Oct. 4 (UPI)", "Former"),
        ("NEWPORT NEWS, Va. - In a tradition he has kept for 40 years.", "NEWPORT NEWS, Va.", "In"),
        ("HEMPSTEAD, N.Y. \u2015 If it worked against Mitt Romney.", "HEMPSTEAD, N.Y.", "If"),
        ("WASHINGTON -- President Obama, dedicating the museum.", "WASHINGTON", "President"),
        ("BOSTON \u2014Standing in front of a cheering crowd.", "BOSTON", "Standing"),
        ("ST. LOUIS (AP) \u2014 The debate begins.", "ST. LOUIS (AP)", "The"),
    ],
)
def test_dateline_prefix(paragraph: str, dateline: str, rest: str):
    found = dateline_prefix(paragraph)
    assert found is not None
    assert found[0] == dateline
    assert paragraph[found[1]:].startswith(rest + " ")


@pytest.mark.parametrize(
    "paragraph",
    [
        "US-led forces withdrew from the area on Monday.",
        "UK advertising giant WPP has posted larger-than-expected annual profits.",
        "NATO \u2014 the alliance \u2014 met in Brussels.",
        "Russian Foreign Minister Sergei Lavrov will visit North Korea.",
        "UPDATE: 5/12 \u2014 The website removed the listing.",
    ],
)
def test_no_dateline_prefix(paragraph: str):
    assert dateline_prefix(paragraph) is None


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("MOSCOW", "MOSCOW"),
        ("NEW YORK", "NEW YORK"),
        ("KYIV, Ukraine", "KYIV, Ukraine"),
        ("ABSTRACT.", None),
        ("BREAKING", None),
        ("Moscow", None),
        ("MOSCOW said on Wednesday it would respond.", None),
    ],
)
def test_dateline_only(paragraph: str, expected: str | None):
    assert dateline_only(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph, credit",
    [
        ("Kim Jong Un shakes hands with Sergei Lavrov. Russian Foreign Ministry / TASS",
         "Russian Foreign Ministry / TASS"),
        ("Lavrov arrives in Pyongyang on July 11. Photo: Reuters", "Photo: Reuters"),
        ("Trump speaks in Ohio. (AP Photo/Evan Vucci)", "(AP Photo/Evan Vucci)"),
        ("Lavrov in Moscow. AFP via Getty Images", "AFP via Getty Images"),
        ("Sergei Shoigu in Pyongyang. REUTERS/Maxim Shemetov", "REUTERS/Maxim Shemetov"),
        ("Kim Jong Un at the ceremony. Getty Images", "Getty Images"),
    ],
)
def test_caption_credit(paragraph: str, credit: str):
    start = credit_start(paragraph)
    assert start is not None and paragraph[start:] == credit


@pytest.mark.parametrize(
    "paragraph",
    [
        "Russian Foreign Minister Sergei Lavrov will visit North Korea this weekend.",
        "Lim Eul-chul, a professor at Kyungnam University, told AFP.",
        "Clinton Breaks With Obama On 9/11 Lawsuit Bill.",
        "Rush Limbaugh Explains The Democrats Opposition To A Sanders/Trump Debate",
        "Reuters Poll Shows Support For The Deal",
        "From Bloomberg:",
    ],
)
def test_no_caption_credit(paragraph: str):
    assert credit_start(paragraph) is None
    assert not is_credit_only(paragraph)


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("Photo: Reuters", True),
        ("Bloomberg via Getty Images.", True),
        ("Jim Urquhart / Reuters.", True),
        ("ASSOCIATED PRESS.", True),
        ("Donald Trump Featured In Jihadist Terror Recruitment Video.", False),
        ("Video Transcript:", False),
        ("Meet The Press", False),
    ],
)
def test_credit_only_paragraph(paragraph: str, expected: bool):
    assert is_credit_only(paragraph) is expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Related article: Russian Military Launches Largest-Ever Air Attack on Ukraine", True),
        ("Read more: Lavrov to visit North Korea", True),
        ("READ MORE: Kim meets Putin", True),
        ("Related: Seoul says 600 soldiers killed", True),
        ("See also \u2014 Kim's visit to Russia", True),
        ("Related to the visit, Seoul raised its alert level.", False),
        ("Read more about the visit in our weekend edition.", False),
        ("Readers responded: many wrote in.", False),
    ],
)
def test_related_links(line: str, expected: bool):
    assert is_related_link(line) is expected


def test_caption_followed_by_a_credit_only_paragraph_goes_with_it():
    raw = (
        "date 2025-07-09 Lavrov to visit North Korea\n\n"
        "Kim Jong Un shakes hands with Sergei Lavrov in Pyongyang.\n\n"
        "Photo: Reuters\n\n"
        "Russian Foreign Minister Sergei Lavrov will visit North Korea this weekend.\n"
    )
    assert _parse(raw).text == "Russian Foreign Minister Sergei Lavrov will visit North Korea this weekend."


def test_credit_lines_inside_the_story_are_dropped():
    raw = "Title\n\nFirst paragraph of the story.\n\nBloomberg via Getty Images.\n\nSecond paragraph.\n"
    assert _parse(raw).text == "First paragraph of the story.\n\nSecond paragraph."


# --------------------------------------------------------------------------
# Markdown with front matter
# --------------------------------------------------------------------------


def test_markdown_front_matter_and_syntax():
    article = _parse(MARKDOWN, "seeds/lavrov.md")
    assert (article.title, article.date, article.outlet, article.url, article.author) == (
        "Lavrov to visit North Korea",
        dt.date(2025, 7, 9),
        "AFP",
        "https://example.com/lavrov",
        "Jane Doe",
    )
    assert _paragraphs(article) == [
        "Russian Foreign Minister Sergei Lavrov will visit North Korea this weekend.",
        "Background",
        "\"We are fairly calm about it,\" Kremlin spokesman Dmitry Peskov told reporters.",
    ]


@pytest.mark.parametrize(
    "markdown, text",
    [
        ("**Sergei Lavrov** met *Kim* and __Putin__ and _Shoigu_.", "Sergei Lavrov met Kim and Putin and Shoigu."),
        ("See [the report](https://example.com/a_(b)) now.", "See the report now."),
        ("![Kim and Lavrov](https://x/y.jpg) Lavrov arrived.", "Lavrov arrived."),
        ("Costs 5 * 3 dollars; snake_case_name stays.", "Costs 5 * 3 dollars; snake_case_name stays."),
        ("An \\*escaped\\* star and `code`.", "An *escaped* star and code."),
        ("- first item\n- second item", "first item\n\nsecond item"),
        ("Heading\n=======\n\nBody text.", "Heading\n\nBody text."),
        ("T\n=\n\nBody text.", "Body text."),  # a first heading that repeats the title goes
        ("Body <b>bold</b> <script>x()</script>.", "Body <b>bold</b> <script>x()</script>."),
    ],
)
def test_markdown_inline(markdown: str, text: str):
    assert _parse(f"---\ntitle: T\n---\n{markdown}\n", "a.md").text == text


@pytest.mark.parametrize(
    "raw, message",
    [
        ("---\ntitle: T\npublisher: AFP\n---\nBody.", "x.md:3: unknown front-matter key 'publisher' (the keys are: title, date, outlet, url, author)"),
        ("---\ntitle: T\ndate: 2025-13-40\n---\nBody.", "x.md:3: the front matter's date '2025-13-40' is not a valid date (write it as YYYY-MM-DD)"),
        ("---\ndate: July 9\n---\nBody.", "x.md:2: the front matter's date 'July 9' is not a valid date (write it as YYYY-MM-DD)"),
        ("---\ntitle: T\nBody.", "x.md:1: the front matter opened by '---' on line 1 is never closed by a '---' line"),
        ("---\nurl: javascript:alert(1)\n---\nBody.", "x.md:2: the url 'javascript:alert(1)' is not a web address (it must start with http:// or https://)"),
        ("---\ntitle: T\ntitle: U\n---\nBody.", "x.md:3: the front-matter key 'title' is given twice"),
        ("---\ntitle: [a: b\n---\nBody.", "x.md:2: the front matter is not valid YAML (expected ',' or ']', but got '<stream end>')"),
        (" date 2025-02-30 Title\n\nBody.", "x.md:1: the header line's date '2025-02-30' is not a valid date (write it as YYYY-MM-DD)"),
        ("date 2025-07-09 Title only\n", "x.md: holds no article text (only a header, a caption or links)"),
    ],
)
def test_bad_headers(raw: str, message: str):
    with pytest.raises(BriefingError) as caught:
        parse_article(raw, "x", "x.md")
    assert str(caught.value) == message


# --------------------------------------------------------------------------
# Offsets: every character of the text is where the file has it
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, path",
    [
        (SEED_000, "a.txt"),
        (SEED_004, "a.txt"),
        (MARKDOWN, "a.md"),
        (PLAIN_WITH_TITLE, "a.txt"),
        (SEED_000.replace("\n", "\r\n"), "a.txt"),
        (SEED_004.replace("\n", "\r"), "a.txt"),
    ],
)
def test_offsets_point_into_raw(raw: str, path: str):
    article = _parse(raw, path)
    assert len(article.offsets) == len(article.text) + 1
    assert article.offsets[-1] == len(raw)
    assert list(article.offsets) == sorted(article.offsets)
    for index, char in enumerate(article.text):
        if not char.isspace():
            assert raw[article.offsets[index]] == char, (index, char)
        else:
            assert raw[article.offsets[index]].isspace(), (index, char)


def test_raw_span_maps_a_word_back():
    article = _parse(SEED_000)
    start = article.text.index("flag-draped")
    raw_start, raw_end = article.raw_span(start, start + len("flag-draped"))
    assert article.raw[raw_start:raw_end] == "flag-\ndraped"


# --------------------------------------------------------------------------
# Bad files
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "the article is empty"),
        (b"  \n\t\r\n\n", "the article is empty"),
        (b"\xef\xbb\xbf \n", "the article is empty"),
        (b"Lavrov\x00will visit", "is not a text file (it holds binary data)"),
        (b"\x01\x02\x03\x04 binary", "is not a text file (it holds binary data)"),
        (b"Seoul said.\nThe cost was \xa3300.\n", "is not UTF-8 text (invalid byte 0xA3 on line 2); save it as UTF-8"),
        (b"\r\r\r\xff", "is not UTF-8 text (invalid byte 0xFF on line 4); save it as UTF-8"),
        ("Lavrov".encode("utf-16"), "is UTF-16 text, not UTF-8; save it as UTF-8"),
        (b"a" * (MAX_ARTICLE_BYTES + 1), f"is too large ({MAX_ARTICLE_BYTES + 1} bytes; the limit is 5000000)"),
    ],
)
def test_bad_bytes(tmp_path: Path, data: bytes, message: str):
    with pytest.raises(BriefingError) as caught:
        decode_article(data, "seeds/bad.txt")
    assert str(caught.value) == f"seeds/bad.txt: {message}"
    file = tmp_path / "bad.txt"
    file.write_bytes(data)
    with pytest.raises(BriefingError) as caught:
        read_article(file, "seeds/bad.txt")
    assert str(caught.value) == f"seeds/bad.txt: {message}"


@pytest.mark.parametrize(
    "data, text",
    [
        (b"\xef\xbb\xbfLavrov will visit.", "Lavrov will visit."),  # the BOM is not part of the file as read
        ("Caf\u00e9 \u201cquotes\u201d \u2014 ok".encode(), "Caf\u00e9 \u201cquotes\u201d \u2014 ok"),
        (b"Line one.\r\nLine two.", "Line one.\r\nLine two."),  # decoding keeps the file as it is
    ],
)
def test_good_bytes(data: bytes, text: str):
    assert decode_article(data, "a.txt") == text


def test_missing_file(tmp_path: Path):
    with pytest.raises(BriefingError) as caught:
        read_article(tmp_path / "nope.txt", "seeds/nope.txt")
    assert str(caught.value) == "seeds/nope.txt: does not exist"


def test_folder_is_not_an_article(tmp_path: Path):
    with pytest.raises(BriefingError) as caught:
        read_article(tmp_path, "seeds/folder")
    assert str(caught.value) == "seeds/folder: is a folder, not an article file"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path: Path):
    file = tmp_path / "locked.txt"
    file.write_text("Text.", encoding="utf-8")
    file.chmod(0)
    try:
        with pytest.raises(BriefingError) as caught:
            read_article(file, "seeds/locked.txt")
        assert str(caught.value) == "seeds/locked.txt: cannot be read: Permission denied"
    finally:
        file.chmod(0o644)


def test_read_error_is_a_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    file = tmp_path / "locked.txt"
    file.write_text("Text.", encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(BriefingError) as caught:
        read_article(file, "seeds/locked.txt")
    assert str(caught.value) == "seeds/locked.txt: cannot be read: Permission denied"
