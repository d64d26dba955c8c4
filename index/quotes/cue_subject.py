"""Which token speaks for a cue verb: its subject, climbing clause links; the noun after it
when news inverts the order; the agent of a passive; never a word inside the quotation.

Pure: reads `nlp.Parsed` records (index.quotes.attribution uses it).
"""

from __future__ import annotations

from collections.abc import Sequence

from .lexicon import DOCUMENTS, SPEECH
from .nlp import Parsed, Tok

SUBJECTS = ("nsubj", "nsubjpass")


def inside(spans: Sequence[tuple[int, int]], tok: Tok) -> bool:
    return any(s <= tok.start and tok.end <= e for s, e in spans)


def _dateline(p: Parsed, i: int) -> int | None:
    """ "CLEVELAND — …", "LA CROSSE, Wis. — …", "MOSCOW (AP) — …": a place heading the
    story, not a subject; the index of the dash that ends it, or None."""
    tok = p.toks[i]
    if tok.i > 3 or not tok.text.isupper() or len(tok.text) <= 2:
        return None
    return next((t.i for t in p.toks[tok.i + 1:tok.i + 6] if t.text in ("—", "–", "-", "(")),
                None)


def subject(p: Parsed, i: int, quoted: Sequence[tuple[int, int]] = ()) -> int | None:
    """The subject of token i, climbing through "saying"/"and rejects"/"to warn"/"before
    saying" links; "who" in "Feinstein, who said …" is the noun the clause hangs from.
    A word inside `quoted` spans is never it (“… No. -H” Clinton tweeted)."""
    seen = set()
    while i not in seen:
        seen.add(i)
        subjects = [c for c in p.children(i) if c.dep in SUBJECTS and not inside(quoted, c)]
        if len(subjects) > 1:
            # "Vatican spokesman the Rev. Marco Bellini told": an apposition the parser
            # made a second subject; the name is the one who speaks
            subjects.sort(key=lambda c: c.ent != "PERSON")
        for c in subjects:
            dash = _dateline(p, c.i)
            if dash is not None:  # the subject is what follows the dateline
                appos = [a.i for a in p.children(c.i) if a.dep == "appos" and a.i > dash]
                if appos:
                    return appos[0]
                continue  # or another subject the parser found after it
            if c.tag in ("WP", "WDT") and p.toks[i].dep == "relcl":
                return _antecedent(p, p.toks[i].head)
            return c.i
        tok = p.toks[i]
        if tok.dep in ("advcl", "xcomp", "conj", "relcl", "acl") and tok.head != i:
            if tok.dep == "relcl":
                return _antecedent(p, tok.head)  # "Ryabkov, who said …"
            if tok.dep == "acl" and tok.head < tok.i and p.toks[tok.head].pos in (
                    "PROPN", "NOUN") and p.toks[tok.i - 1].text == "," and (
                    tok.tag in ("VBD", "VBZ") or _colon_after(p, tok)):
                # "Mitt Romney, the 2012 nominee, tweeted in response: “…”" read as a noun
                # modified by the verb: the noun is its subject
                return _antecedent(p, tok.head)
            i = tok.head
            doc = p.toks[i]
            if doc.dep == "ccomp" and p.toks[doc.head].lemma.lower() in SPEECH and \
                    tok.lemma.lower() in SPEECH and ((tok.dep == "advcl" and tok.tag == "VBG")
                                                     or (tok.dep == "conj" and not any(
                                                         c.dep in SUBJECTS
                                                         for c in p.children(doc.i)))):
                # "Trump said that Romney “had a crazy policy,” adding, “…”"; "Clark said
                # there are two … but said …": the parser hangs the second verb on what
                # was said; it is the speaker who adds
                i = doc.head
            if tok.dep == "acl" and doc.dep == "dobj" and doc.lemma.lower() in DOCUMENTS \
                    and not any(c.dep == "poss" for c in p.children(i)):
                i = doc.head  # "X issued a statement saying …": X speaks through it
        elif tok.dep == "pcomp" and p.toks[tok.head].head != tok.head and \
                p.toks[tok.head].lemma != "with":
            # "… before saying", "… by insisting"; but "with the Kremlin saying" has
            # its own subject (the noun before the verb)
            i = p.toks[tok.head].head
        else:
            return _stranded(p, i)
    return None


def _colon_after(p: Parsed, verb: Tok) -> bool:
    """The verb, set off by a comma, opens a quotation with a colon a few words on."""
    after = p.toks[verb.i + 1:verb.i + 5]
    return verb.i > 0 and p.toks[verb.i - 1].text == "," and any(
        t.text == ":" for t in after) and not any(t.dep == "agent" for t in after)


def _stranded(p: Parsed, verb: int) -> int | None:
    """A subject the parser gave to something else, leaving the verb none: "In an email to
    the Herald, a spokesperson for the city said …" (an apposition inside the fronted
    phrase: the noun phrase that ends right before the verb, set off by a comma)."""
    if verb == 0:
        return None
    for c in p.children(verb):
        # "Clinton, exasperated, responded": the aside took the verb's subject
        if c.dep == "parataxis" and c.i < verb:
            subj = [s.i for s in p.children(c.i) if s.dep in SUBJECTS and s.i < c.i]
            if subj:
                return subj[0]
    t = p.toks[verb - 1]
    seen = set()
    while t.i not in seen and t.head != t.i:
        seen.add(t.i)
        if t.dep == "appos":
            span = p.subtree(t.i)
            before = min(span) - 1
            if t.pos in ("NOUN", "PROPN") and max(span) == verb - 1 and before > 0 and \
                    p.toks[before].text == "," and _under(p, t.i, verb):
                return t.i
            return None
        if t.dep not in (*_NP_INNER, "pobj", "prep"):
            return None
        t = p.toks[t.head]
    return None


def _under(p: Parsed, i: int, verb: int) -> bool:
    seen = set()
    while i != verb and i not in seen:
        seen.add(i)
        i = p.toks[i].head
    return i == verb


_NP_INNER = ("compound", "det", "amod", "poss", "nmod", "nummod", "case", "punct", "flat")
_NOMINATIVE = frozenset("he she they we i".split())


def inverted(p: Parsed, cue: Tok, quoted: list[tuple[int, int]]) -> int | None:
    """The head of the noun phrase right after the cue, when news inverts the order
    (“…,” said Louise Sunshine, who …): the parser often leaves it no subject role."""
    if cue.i + 1 >= len(p.toks):
        return None
    t = p.toks[cue.i + 1]
    if inside(quoted, t) or t.ent in ("DATE", "TIME") or (
            t.pos == "PRON" and t.text.lower() not in _NOMINATIVE) or \
            t.pos not in ("NOUN", "PROPN", "PRON", "DET", "ADJ"):
        return None
    seen = set()
    while t.dep in _NP_INNER and t.head > t.i and t.i not in seen:
        seen.add(t.i)
        t = p.toks[t.head]
    if t.pos not in ("NOUN", "PROPN", "PRON") or t.ent in ("DATE", "TIME") or \
            inside(quoted, t) or (t.head != cue.i and t.dep != "ROOT"):
        return None  # "saying the road was unsafe": the subject of what was said
    return t.i


def _antecedent(p: Parsed, i: int) -> int:
    """The noun a relative clause hangs from; past an apposition to the name it renames
    ("Dianne Feinstein, the ranking Democrat …, who said")."""
    tok = p.toks[i]
    return tok.head if tok.dep == "appos" and tok.head != i else i


def passive_speaker(p: Parsed, cue: Tok, speaker: int | None) -> int | None:
    """Who speaks a passive cue: the agent ("was asked by the moderator"); without one,
    nobody the sentence names ("Rubio was asked whether …" is not Rubio speaking, and
    "Putin is said to be furious" is not Putin)."""
    subj = [c for c in p.children(cue.i) if c.dep == "nsubjpass"]
    participle = cue.tag == "VBN" and cue.dep in ("advcl", "acl") and not any(
        c.dep in ("aux", "auxpass") for c in p.children(cue.i)) and not _colon_after(p, cue)
    if not subj and not participle:
        return speaker
    # "Asked whether …, Hazelton said": the one asked answers; who asked is not named
    for c in p.children(cue.i):
        if c.dep == "agent":
            pobj = [g.i for g in p.children(c.i) if g.dep == "pobj"]
            return pobj[0] if pobj else None
    return None
