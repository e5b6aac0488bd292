"""extract_article: every extractor over one parse, spans mapped to the file as read."""

import datetime as dt

from generator.extract import extract_article, sentence_id
from generator.read.articles import parse_article

RAW = (
    " date 2025-07-09 Lavrov to visit\n\nMOSCOW\n\n"
    "Lavrov \"will visit the Democratic People's Republic of Korea on July 11-13\", Foreign Ministry\n"
    "spokeswoman Maria Zakharova told reporters on Wednesday.\n\n"
    "Around 600 North Korean soldiers have been killed.\n"
)


def test_spans_point_into_the_raw_file():
    ex = extract_article(parse_article(RAW, "a", "seeds/a.txt"))
    assert ex.reference_date == dt.date(2025, 7, 9)
    for item in (*ex.quotes, *ex.timexes, *ex.entities):
        assert RAW[item.start : item.end] == item.text
    for sentence in ex.sentences:
        assert " ".join(RAW[sentence.start : sentence.end].split()) == sentence.text


def test_items_know_their_sentence():
    ex = extract_article(parse_article(RAW, "a", "seeds/a.txt"))
    ids = {s.id for s in ex.sentences}
    assert all(q.sentence in ids for q in ex.quotes)
    (fact,) = [f for f in ex.facts if "600" in f.text]
    assert fact.sentence == sentence_id("Around 600 North Korean soldiers have been killed.")


def test_sentence_ids_survive_edits_elsewhere():
    edited = RAW.replace("on Wednesday", "on Wednesday in Moscow")
    before = {s.text: s.id for s in extract_article(parse_article(RAW, "a", "a.txt")).sentences}
    after = {s.text: s.id for s in extract_article(parse_article(edited, "a", "a.txt")).sentences}
    unchanged = "Around 600 North Korean soldiers have been killed."
    assert before[unchanged] == after[unchanged]


def test_a_reference_date_stands_in_for_a_missing_one():
    undated = "A headline\n\nThe minister spoke on Wednesday.\n"
    ex = extract_article(parse_article(undated, "b", "b.txt"), dt.date(2025, 7, 9))
    assert ex.reference_date == dt.date(2025, 7, 9)
    assert [t.value for t in ex.timexes] == ["2025-07-09"]
