"""Which of the subjects the parser gave one verb speaks, when it gave several. Pure:
reads `nlp.Parsed` records (index.quotes.cue_subject uses it)."""

from __future__ import annotations

from .nlp import Parsed, Tok


def ranked(p: Parsed, subjects: list[Tok], verb: int) -> list[Tok]:
    """`subjects` of the verb at `verb`, the one who speaks first."""
    # "A spokesperson for Health Minister Sylvia Jones said": a preposition left without
    # its noun lost it to a second subject; that name is whom the speaker speaks for
    governed = [c for c in subjects if any(
        d.dep == "prep" and d.i < c.i and not any(o.dep == "pobj" for o in p.children(d.i))
        for s in subjects if s is not c and s.i < c.i for d in p.children(s.i))]
    subjects = [c for c in subjects if c not in governed] or subjects
    # "Vatican spokesman the Rev. Marco Bellini told": an apposition the parser made a
    # second subject; the name is the one who speaks
    subjects = sorted(subjects, key=lambda c: c.ent != "PERSON")
    # "The crowd cheers, and then Wallnau continues" ("cheers" read as a noun): after
    # ", and" a new clause begins, whose subject the verb's is
    first = subjects[0]
    later = [c for c in subjects if first.i < c.i < verb and any(
        t.text == "," and p.toks[t.i + 1].pos == "CCONJ" for t in p.toks[first.i:c.i])]
    if later and (later[-1].ent == "PERSON" or first.ent != "PERSON"):
        subjects.insert(0, later[-1])
    return subjects
