"""Which of the subjects the parser gave one verb speaks, when it gave several, or which
words it joined to something else were the verb's subject. Pure: reads `nlp.Parsed`
records (index.quotes.cue_subject uses it)."""

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


def joined_subject(p: Parsed, verb: int) -> int | None:
    """ "… left customers without service, police and municipal officials said": the
    parser joined the nouns right before the verb to a noun of what they say; those after
    the last comma, joined by "and" or "or", are the verb's subject (nothing else can
    stand between that noun and the verb). Their first noun, or None."""
    t = p.toks[verb - 1] if verb > 0 else None
    if t is None or t.dep != "conj" or t.pos not in ("NOUN", "PROPN") or \
            p.toks[verb].pos != "VERB" or not any(
                c.dep in ("ccomp", "parataxis") and c.i < verb for c in p.children(verb)):
        return None
    first, joined = t, False
    while first.dep == "conj" and first.head < first.i:
        left = min(p.subtree(first.i))
        if left > 0 and p.toks[left - 1].text == ",":
            return first.i if joined and first.pos in ("NOUN", "PROPN") else None
        joined = joined or any(c.dep == "cc" and c.text.lower() in ("and", "or")
                               for c in p.children(first.head))
        first = p.toks[first.head]
    return None
