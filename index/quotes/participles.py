"""A participle of speech set off after what someone was reported to say ("…, remarking
that", "— having suggested in a speech that …"): the parser hangs it deep inside the
reported clause, but it is the reporting speaker who goes on. Pure: reads `nlp.Parsed`."""

from __future__ import annotations

from .lexicon import SPEECH, THOUGHT
from .nlp import Parsed, Tok

SET_OFF = frozenset({",", "--", "—", "–"})  # marks that set a phrase off


def set_off(p: Parsed, tok: Tok) -> bool:
    """A present participle after a comma ("…, remarking"), or a perfect one ("having
    suggested") after a comma or a dash."""
    if tok.tag == "VBG":
        return tok.i > 0 and p.toks[tok.i - 1].text == ","
    having = [c.i for c in p.children(tok.i) if c.dep == "aux" and c.text.lower() == "having"]
    return tok.tag == "VBN" and bool(having) and having[0] > 0 and \
        p.toks[having[0] - 1].text in SET_OFF


def reported_in(p: Parsed, doc: Tok) -> int | None:
    """The speech verb whose clause holds `doc` through subordinate clauses ("said he was
    glad after the senator won", "said after the senator won": "won" → "said"), or None."""
    for _ in range(3):
        if doc.dep not in ("advcl", "ccomp") or doc.head == doc.i:
            return None
        head = p.toks[doc.head]
        if head.lemma.lower() in SPEECH and head.pos == "VERB":
            return head.i
        doc = head
    return None


def believed(p: Parsed, doc: Tok) -> bool:
    """A verb of belief inside what someone said ("Raman said the company expects …,
    adding that …"): it says nothing itself, so a participle after it is the speaker's."""
    head = p.toks[doc.head]
    return doc.lemma.lower() in THOUGHT and doc.dep == "ccomp" and head.pos == "VERB" and \
        head.lemma.lower() in SPEECH - THOUGHT
