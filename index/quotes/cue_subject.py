"""Which token speaks for a cue verb: its subject, climbing clause links; the noun after it
when news inverts the order; the agent of a passive; never a word inside the quotation.

Pure: reads `nlp.Parsed` records (index.quotes.attribution uses it).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..ingest.split import TITLES
from .datelines import dateline_end, spaced_dash
from .lexicon import DOCUMENTS, HONORIFICS, PHRASE_ONLY, ROLE_HEADS, SPEECH
from .nlp import Parsed, Tok
from .participles import believed, reported_in, set_off
from .rival_subjects import SUBJECTS, ranked, speaker_goes_on
from .stranded import name_end, stranded

# Words before a name that give it an office ("Rep.", "Director"), not a mere honorific
_OFFICES = ROLE_HEADS | (TITLES - HONORIFICS)


def inside(spans: Sequence[tuple[int, int]], tok: Tok) -> bool:
    return any(s <= tok.start and tok.end <= e for s, e in spans)


def _closed_aside(p: Parsed, c: Tok) -> int | None:
    """The subject the parser found sits in what a dash closes before the verb: a
    dateline ("CLEVELAND — Mayor Frank Jackson said") or an aside ("In the letter —
    addressed to the U.S. attorney, Channing D. Phillips — the Utah Republican asks"). The
    one who speaks is the apposition after that dash; the index of the dash, or None."""
    dashes = [t.i for t in p.toks if spaced_dash(p.toks, t.i)]
    closing = next((d for d in dashes if d > c.i), None)
    if closing is None:
        return None
    end = dateline_end(p.toks)
    if end is not None and c.i < end:
        return end
    opened = sum(d < c.i and d != end for d in dashes) % 2 == 1  # a dateline opens none
    return closing if opened else None


def subject(p: Parsed, i: int, quoted: Sequence[tuple[int, int]] = ()) -> int | None:
    """The subject of token i, climbing through "saying"/"and rejects"/"to warn"/"before
    saying" links; "who" in "Feinstein, who said …" is the noun the clause hangs from.
    A word inside `quoted` spans is never it (“… No. -H” Clinton tweeted)."""
    seen = set()
    while i not in seen:
        seen.add(i)
        subjects = [c for c in p.children(i) if c.dep in SUBJECTS and not inside(quoted, c)]
        if len(subjects) > 1:
            subjects = ranked(p, subjects, i)
        for c in subjects:
            dash = _closed_aside(p, c)
            if dash is not None:  # the subject is what follows the dateline or aside
                appos = [a.i for a in p.children(c.i) if a.dep == "appos" and a.i > dash]
                if appos:
                    return appos[0]
                if dash == dateline_end(p.toks):
                    continue  # or another subject the parser found after it
            if c.tag in ("WP", "WDT") and p.toks[i].dep == "relcl":
                return _antecedent(p, p.toks[i].head)
            unclosed = _unclosed(p, c, i) if c.pos == "PROPN" else _renamed(p, c, i)
            return c.i if unclosed is None else unclosed
        tok = p.toks[i]
        # ("went so far as to say": "say" hangs on the adverb "far")
        if tok.dep in ("advcl", "xcomp", "conj", "relcl", "acl", "advmod") and tok.head != i:
            if tok.dep == "relcl":
                return _antecedent(p, tok.head)  # "Ryabkov, who said …"
            if tok.dep == "conj" and (joined := _conj_subject(p, tok)) is not None:
                return joined
            if tok.dep == "acl" and tok.head < tok.i and p.toks[tok.head].pos in (
                    "PROPN", "NOUN") and p.toks[tok.i - 1].text == "," and (
                    tok.tag in ("VBD", "VBZ") or _colon_after(p, tok)
                    or (tok.tag == "VBG" and p.toks[tok.head].ent == "PERSON")):
                # "Mitt Romney, the 2012 nominee, tweeted in response: “…”", "Erin Lee, …,
                # saying she …" read as a noun modified by the verb: the noun is its subject
                return _antecedent(p, tok.head)
            if inside(quoted, p.toks[tok.head]) and not any(
                    c.dep in SUBJECTS and not inside(quoted, c) for c in p.children(tok.head)) \
                    and (found := stranded(p, i)) is not None:
                # “We were wrong …,” Ramos, 58, told AFP: the parser joined the verb to one
                # inside the quotation, whose subject says nothing of who speaks
                return found
            i = tok.head
            doc = p.toks[i]
            # ("…,” Lewandowski added, saying …": a verb of speech with its own subject
            # keeps what hangs on it)
            own = doc.lemma.lower() in SPEECH and doc.lemma.lower() not in PHRASE_ONLY and any(
                c.dep in SUBJECTS for c in p.children(i)) and not believed(p, doc)
            said_out = not own and doc.dep == "ccomp" and \
                p.toks[doc.head].lemma.lower() in SPEECH and not inside(quoted, p.toks[doc.head])
            if said_out and tok.lemma.lower() in SPEECH and (
                    (tok.dep == "advcl" and tok.tag == "VBG")
                    or (tok.dep == "conj" and speaker_goes_on(p, tok, doc, quoted))):
                # "Trump said that Romney “had a crazy policy,” adding, “…”"; "Clark said
                # there are two … but said …": the parser hangs the second verb on what
                # was said; it is the speaker who adds
                i = doc.head
            elif not own and tok.dep == "advcl" and tok.lemma.lower() in SPEECH and \
                    set_off(p, tok) and (said := reported_in(p, doc)) is not None \
                    and not inside(quoted, p.toks[said]):
                # "Hannity said he was glad after the senator won, remarking that …" ("—
                # having suggested that …"): hung deeper, inside a clause of what was said,
                # it is still the speaker who adds
                i = said
            if tok.dep == "acl" and doc.dep == "dobj" and ((
                    doc.lemma.lower() in DOCUMENTS and not any(
                        c.dep == "poss" for c in p.children(i)))
                    or (tok.tag == "VBG" and p.toks[tok.i - 1].text == ",")):
                # "X issued a statement saying …": X speaks through it; "Carson rejected
                # the notion that …, saying …": the comma ends the object, Carson says
                i = doc.head
        elif tok.dep == "pcomp" and p.toks[tok.head].head != tok.head and \
                p.toks[tok.head].lemma != "with":
            # "… before saying", "… by insisting"; but "with the Kremlin saying" has
            # its own subject (the noun before the verb), and "criticized him for saying"
            # its object
            i = p.toks[tok.head].head
            if p.toks[tok.head].lemma == "for":
                obj = next((c.i for c in p.children(i) if c.dep == "dobj" and c.i < tok.i), None)
                if obj is not None:
                    return obj
        else:
            return stranded(p, i)
    return None


def _unclosed(p: Parsed, subj: Tok, verb: int) -> int | None:
    """ "Or maybe Jeb Bush, consultant Phil Musser says", "… to, now, Cruz, Wilkin said": a
    person hung on the named subject (as an apposition, or joined with no "and") that runs
    up to the verb, with no comma to close it, is the one who says it; the subject is part
    of what was said."""
    with_and: bool | None = None  # read only when a conjunct needs it
    for a in p.children(subj.i):
        if a.ent != "PERSON" or a.dep not in ("appos", "conj"):
            continue
        span = p.subtree(a.i)
        if span[-1] != verb - 1 or p.toks[span[0] - 1].text != ",":
            continue
        if a.dep == "conj":
            if with_and is None:
                with_and = any(p.toks[k].dep == "cc" for k in p.subtree(subj.i))
            if with_and:
                continue
        return a.i
    # "The Council on … Relations National Executive Director Nihad Awad says": a titled
    # name the parser buried in the body's name, right before the verb
    end = name_end(p, verb)
    e = next((e for e in p.ents if e.end == end and e.label == "PERSON"), None)
    if e is not None and e.start > subj.i and e.start - 1 in p.subtree(subj.i) and \
            p.toks[e.start - 1].text.lower().rstrip(".") in _OFFICES and \
            not (subj.ent == "PERSON" and any(c.dep == "cc" for c in p.children(subj.i))):
        # (but "Mayor Ann Holt and Deputy Mayor Bo Li" are two, the first named speaking)
        return end - 1
    return None


def _renamed(p: Parsed, subj: Tok, verb: int) -> int | None:
    """ "“…,” Jo Ames, the chair of …, recalled", the role made subject: the name speaks."""
    left = min(p.subtree(subj.i))
    t = p.toks[left - 2] if left >= 2 and p.toks[left - 1].text == "," else None
    return t.i if t is not None and t.ent == "PERSON" and t.pos == "PROPN" and \
        t.head == verb and t.dep not in SUBJECTS else None


def _conj_subject(p: Parsed, verb: Tok) -> int | None:
    """ "prosecutors charged the officer with murder and Emanuel fired his police chief":
    the parser coordinated "Emanuel" with "murder" and left "fired" no subject. A verb
    joined to another never follows a noun of its own clause, so a name or noun right
    before it, just after "and"/"but", is its subject."""
    if verb.i < 2 or verb.tag not in ("VBD", "VBZ", "VBP"):
        return None
    t = p.toks[verb.i - 1]
    if t.pos not in ("PROPN", "NOUN") or t.dep != "conj" or t.head >= t.i:
        return None
    first = min(p.subtree(t.i))
    if first == 0 or p.toks[first - 1].lemma.lower() not in ("and", "but"):
        return None
    return t.i


def _colon_after(p: Parsed, verb: Tok) -> bool:
    """The verb, set off by a comma, opens a quotation with a colon a few words on."""
    after = p.toks[verb.i + 1:verb.i + 5]
    return verb.i > 0 and p.toks[verb.i - 1].text == "," and any(
        t.text == ":" for t in after) and not any(t.dep == "agent" for t in after)


def _antecedent(p: Parsed, i: int) -> int:
    """The noun a relative clause hangs from; past an apposition to the name it renames
    ("Dianne Feinstein, the ranking Democrat …, who said"), past a copula to its subject."""
    tok = p.toks[i]
    if tok.dep == "appos" and tok.head != i:
        return tok.head
    seen = {i}
    while tok.dep == "conj" and tok.head not in seen:  # "a liar, racist and birther who …"
        seen.add(tok.head)
        tok = p.toks[tok.head]
    if tok.dep == "attr" and tok.pos == "NOUN" and p.toks[tok.head].lemma == "be":
        # "Trump … is a serial liar … who has pledged": what Trump is
        subj = subject(p, tok.head)
        return subj if subj is not None else i
    return i


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
