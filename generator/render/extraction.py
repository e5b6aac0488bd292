"""`briefing extract --json`: one article's extraction as a JSON object.

Field names are a contract other programs rely on: extend, never rename.
All offsets are character offsets into the file as read. A quote's `text`
joins its `pieces` (each stretch between quotation marks) with " … ", and its
`start`/`end` run from the first piece to the last; `context` is the sentence
a partial quote stands in (else null).
"""

from __future__ import annotations

from generator.model import ArticleExtraction


def extraction_json(ex: ArticleExtraction) -> dict:
    article = ex.article
    return {
        "path": article.path,
        "id": article.id,
        "title": article.title,
        "date": ex.reference_date.isoformat() if ex.reference_date else None,
        "date_from_file": article.date is not None,
        "quotes": [
            {"text": q.text, "start": q.start, "end": q.end, "speaker": q.speaker,
             "speaker_role": q.speaker_role, "confidence": q.confidence, "sentence": q.sentence,
             "pieces": [{"text": p.text, "start": p.start, "end": p.end, "sentence": p.sentence} for p in q.pieces],
             "context": q.context}
            for q in ex.quotes
        ],
        "timexes": [
            {"text": t.text, "start": t.start, "end": t.end, "type": t.type, "value": t.value, "mod": t.mod}
            for t in ex.timexes
        ],
        "entities": [{"text": e.text, "start": e.start, "end": e.end, "label": e.label} for e in ex.entities],
        "facts": [{"text": f.text, "start": f.start, "end": f.end, "kinds": list(f.kinds)} for f in ex.facts],
        "events": [
            {"text": e.text, "start": e.start, "end": e.end, "date_start": e.date_start,
             "date_end": e.date_end, "date_mod": e.date_mod, "upcoming": e.upcoming}
            for e in ex.events
        ],
        "people": [{"name": p.name, "role": p.role, "start": p.start, "end": p.end} for p in ex.people],
        "sentences": [{"id": s.id, "start": s.start, "end": s.end} for s in ex.sentences],
    }
