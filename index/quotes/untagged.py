"""Names the tagger left untagged or misread, found by how a sentence treats them. Pure:
reads `nlp.Parsed` records (index.quotes.tracking and index.quotes.mentions use it)."""

from __future__ import annotations

from .gender import PERSON_NOUNS
from .headlines import written_lower
from .lexicon import ORG_WORDS, PARTY_WORDS, ROLE_WORDS
from .nlp import Ent, Parsed, Tok
from .phrases import name_shaped, name_start

_PERSONAL = frozenset("he his him she her".split())


def untagged_names(p: Parsed) -> list[Ent]:
    """ "Harjit Sandhu walked into his barn": a subject shaped like a name whose last word
    the tagger left untagged, with a person's pronoun after it in its sentence, is a
    person's name, so "he" and "Sandhu" later find him (not a brother the tagger knew)."""
    tagged = {i for e in p.ents for i in range(e.start, e.end)}
    out = []
    for t in p.toks:
        if t.dep not in ("nsubj", "nsubjpass") or t.pos != "PROPN" or t.i in tagged:
            continue
        a = name_start(p, t.i)
        if a < t.i and name_shaped(p, a, t.i + 1) and \
                any(x.text.lower() in _PERSONAL for x in p.toks[t.i + 1:]):
            out.append(Ent(a, t.i + 1, "PERSON"))
    return out


def hyphened_first(p: Parsed, i: int) -> int:
    """Back from token i over a first name written with a hyphen ("Marc-André Thibault"
    after a role the tagger took for part of the name): the tokenizer split it."""
    while i > 1 and p.tight_hyphen(i - 1) and p.toks[i - 2].pos == "PROPN" and \
            p.toks[i - 2].text[:1].isupper():
        i -= 2
    return i


_ADJECTIVE_END = ("al", "ic", "ive", "ous", "ful", "less", "ed", "ing", "ian", "ese", "ish",
                  "ary", "er", "est", "ent", "ible", "able", "time", "term")


def unknown_first(t: Tok, text: str) -> bool:
    """ "Kulwant Sandhu says", "Jaswant Dhillon says": a first name the tagger does not
    know, read as an adjective or a noun before the surname; no adjective or noun is
    capitalised mid-sentence and nowhere written in lower case, nor shaped like one."""
    low = t.text.lower()
    return t.dep in ("amod", "compound") and t.pos in ("ADJ", "PROPN") and t.text.istitle() \
        and t.text.isalpha() and not low.endswith(_ADJECTIVE_END) and \
        t.ent not in ("NORP", "GPE") and low not in PERSON_NOUNS and \
        not written_lower(t.text, text) and not any(
            low in words for words in (ROLE_WORDS, PARTY_WORDS, ORG_WORDS))


# Two capitals that stand before a name as a title or a place, never as a first name
_ABBREVIATIONS = frozenset("""pm vp da ag gm md rn pc bq tv pr hr ai it us uk un eu mp dr st jr sr
hq ok qc on bc ab sk mb ns nb pe nl ny nj la dc""".split())


def initials_first(t: Tok) -> bool:
    """ "RJ Barrett", "TJ Oshie": a first name written as two initials, right before a
    surname (the tagger leaves it out of the name, and "Barrett" alone would never be
    the RJ Barrett a question names)."""
    return t.dep == "compound" and t.pos == "PROPN" and len(t.text) == 2 and t.text.isupper() \
        and t.text.isalpha() and t.ent not in ("ORG", "GPE", "NORP") and \
        t.text.lower() not in _ABBREVIATIONS
