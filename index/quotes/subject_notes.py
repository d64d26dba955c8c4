"""Which subjects a parsed sentence gives "it", "they" and "the company" to continue: its
main clause's subjects that are no person (and, for "he"/"she", the holder of a role
that stands as one). Pure: reads `nlp.Parsed` records."""

from __future__ import annotations

from collections.abc import Sequence

from .datelines import dateline_end
from .entities import People
from .gender import is_surname
from .lexicon import ORG_WORDS, SPEECH
from .mentions import mention_at, partitive
from .nlp import Parsed, Tok
from .referents import Referent, referent
from .subjects import Subject, Subjects


def note_subjects(subjects: Subjects, k: int, p: Parsed, text: str, people: People,
                  quoted: Sequence[tuple[int, int]], author: str | None) -> None:
    """Remember the sentence's non-person subjects; speaker pronouns of this sentence are
    resolved after, so "Moscow says …, saying it …" finds Moscow."""
    known = people.reg.surnames()
    main = {t.i for t in p.toks if t.dep == "ROOT"}
    for t in p.toks:  # the main clause's verbs: the root and verbs joined to it
        if t.dep == "conj" and t.head in main:
            main.add(t.i)
    # "The Canucks have signed Jones, the club announced": what a trailing attribution
    # reports opens the sentence; a body heading it is the one "the club" continues
    lead = _lead_clause(p, main)
    dateline = dateline_end(p.toks)  # "WASHINGTON -- President Obama …": no subject
    for t in p.toks:
        if dateline is not None and t.i < dateline:
            continue
        # Only main-clause subjects: in "Republicans say Democrats are …" the pronoun
        # to come continues Republicans, not what they talked about.
        if t.dep not in ("nsubj", "nsubjpass") or (t.head not in main and t.head != lead) or \
                (t.pos not in ("NOUN", "PROPN") and partitive(p, t.i) is None) or \
                any(a <= t.start < b for a, b in quoted):
            continue
        m = mention_at(p, t.i, known, text)
        if m.kind == "pronoun":
            continue
        got = (None, "person") if m.kind == "person" else \
            referent(m, k, p.toks[partitive(p, t.i) or t.i].lemma.lower(), text, people, None,
                     author, subjects)
        if got[1] == "person" and m.kind == "role" and t.head != lead and (
                held := people.reg.find(got[0] or "")):
            # "The Nova Scotia judge disagreed. … he said": the role's holder, met as the
            # sentence's subject, is who "he" continues (not met in what is reported)
            people.note(k, t.start, held, subject=True, main=True)
            continue
        if m.kind == "person" and m.name and t.tag == "NNPS" and t.ent == "ORG":
            got = people.reg.org(m.name), "organisation"  # a team: "The Vancouver Canucks"
        elif m.kind == "person" and m.name and people.firm_like(m.name):
            # "Dufferin Stone said its studies …": the tagger's person, as a speaker a firm
            got = people.reg.org(m.name), "organisation"
        if got[1] == "person":  # a person's subject is none of these, unless a body
            got = _untagged_body(p, t, people)
            if got[1] is None:
                continue
        if t.head == lead and got[1] != "organisation":
            if got[1] is None and t.text[:1].isupper() and t.ent != "PERSON":
                # "Loblaw will freeze prices, the grocer said": the grocer is Loblaw, which
                # the tagger did not tell a body, and never a firm named before
                subjects.note(Subject(k, t.start, (None, None), False), reported=True)
            continue
        # "Flair Airlines" is one body, "the Canucks" a team of players
        # (or "Dufferin Aggregates", which the article calls "it")
        one_body = got[1] == "organisation" and (t.text.lower() in ORG_WORDS or bool(
            m.name and people.firm_like(m.name)))
        plural = (t.tag in ("NNS", "NNPS") and not one_body) or any(
            c.dep == "conj" for c in p.children(t.i))
        subjects.note(Subject(k, t.start, got, plural), reported=t.head == lead)


def _untagged_body(p: Parsed, t: Tok, people: People) -> Referent:
    """ "Unifor represents 4,000 workers. The union says …": a one-word name the tagger
    left untagged or called a person ("Revera operates the home. The company said …"),
    that the article never gives a first name, honorific, pronoun or role, heading its
    sentence as subject, is as likely a body as a person (unless a common family name:
    "Jones will miss the season, the club said"); "the union" may continue it.
    (None, None) otherwise."""
    if t.ent not in ("", "PERSON") or t.pos != "PROPN" or is_surname(t.text) or any(
            c.dep in ("compound", "flat", "det") for c in p.children(t.i)):
        return None, None
    person = people.reg.find(t.text)
    if person is not None and (" " in person.name or people.gender_of(person) or
                               person.roles):
        return None, None
    return t.text, "organisation"


def _lead_clause(p: Parsed, main: set[int]) -> int | None:
    """The clause a speech verb's subject, placed after it, reports ("Prices will rise,
    the company said"), when it opens the sentence; else None."""
    for v in main:
        verb = p.toks[v]
        subj = [c.i for c in p.children(v) if c.dep == "nsubj"]
        said = [c.i for c in p.children(v) if c.dep == "ccomp" and c.i < v]
        if verb.lemma.lower() in SPEECH and subj and said and subj[0] > said[0]:
            return said[0]
    return None
