"""Which of the subjects the parser gave one verb speaks, when it gave several; which
words it joined to something else were the verb's subject; whether a speech verb joined
to what another one reports goes on with that one's speaker. Pure: reads `nlp.Parsed`
records (index.quotes.cue_subject uses it)."""

from __future__ import annotations

from collections.abc import Sequence

from .nlp import Parsed, Tok
from .places import is_region

SUBJECTS = ("nsubj", "nsubjpass")


def ranked(p: Parsed, subjects: list[Tok], verb: int) -> list[Tok]:
    """`subjects` of the verb at `verb`, the one who speaks first."""
    # "A spokesperson for Health Minister Sylvia Jones said": a preposition left without
    # its noun lost it to a second subject; that name is whom the speaker speaks for
    governed = [c for c in subjects if any(
        d.dep == "prep" and d.i < c.i and not any(o.dep == "pobj" for o in p.children(d.i))
        for s in subjects if s is not c and s.i < c.i for d in p.children(s.i))]
    subjects = [c for c in subjects if c not in governed] or subjects
    # "The Markham, Ont., native said": a town set off with its province, read as one
    # subject beside the noun it describes, is where the speaker is from
    subjects = [c for c in subjects if not any(
        a.dep == "appos" and is_region(a.text) for a in p.children(c.i))] or subjects
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


def speaker_goes_on(p: Parsed, verb: Tok, doc: Tok, quoted: Sequence[tuple[int, int]]) -> bool:
    """The speech verb `verb`, which the parser joined to `doc` (what a speech verb before
    it reports), is said by that verb's speaker, not by `doc`'s subject."""
    subj = next((c for c in p.children(doc.i) if c.dep in SUBJECTS), None)
    return subj is None or _comma_and(p, verb) or _blames_subject(p, verb, subj) or \
        _own_tense(p, verb, doc, subj, quoted)


def _comma_and(p: Parsed, verb: Tok) -> bool:
    """ "Spicer said the party was not in a crisis, and urged calm": after a comma, a
    speech verb joined to what was said goes on with the one who said it."""
    return verb.i >= 2 and p.toks[verb.i - 1].text.lower() in ("and", "but") and \
        p.toks[verb.i - 2].text == ","


def _blames_subject(p: Parsed, verb: Tok, subj: Tok) -> bool:
    """ "Kerr said Rossi is responsible … and accused him of …": "him" is Rossi (he would
    accuse himself), so the one who accuses is the one who said it."""
    return subj.ent == "PERSON" and any(
        c.dep == "dobj" and c.text.lower() in ("him", "her") for c in p.children(verb.i))


def _own_tense(p: Parsed, verb: Tok, doc: Tok, subj: Tok,
               quoted: Sequence[tuple[int, int]]) -> bool:
    """ "Trump conceded that Lewandowski had touched her but implied that …", "Podesta said
    Gates was not working for them and said …": a finite verb of its own (sharing no "had"
    or "would" of what was reported) after a speech verb that runs straight on into what
    it reports goes on with its speaker, as PolNeAR's annotators read nearly every such
    sentence. Not when a comma sets the reported clause off ("Rogan said in an interview,
    Clinton looked at him and said: …") or the verb is inside a quotation."""
    said = p.toks[doc.head]
    return verb.tag in ("VBD", "VBZ", "VBP") and said.i < subj.i and not any(
        t.text == "," for t in p.toks[said.i + 1:subj.i]) and not any(
        s <= verb.start and verb.end <= e for s, e in quoted)
