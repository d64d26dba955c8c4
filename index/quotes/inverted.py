"""A speaker written after its verb, as news inverts the order: “…,” said Louise
Sunshine, who …; the parser often leaves such a name no subject role. Pure: reads
`nlp.Parsed` records (index.quotes.attribution uses it)."""

from __future__ import annotations

from .cue_subject import NP_INNER, inside
from .nlp import Parsed, Tok

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
    while t.dep in NP_INNER and t.head > t.i and t.i not in seen:
        seen.add(t.i)
        t = p.toks[t.head]
    before = next((b for b in reversed(p.toks[:cue.i]) if b.pos != "SPACE"), None)
    # “…,” said Edward Lerner, an economist …, “is that …”: right after a closing mark,
    # a name after the cue is its speaker, wherever the parser hung it
    quoted_before = before is not None and before.tag == "''" and t.pos == "PROPN"
    if t.pos not in ("NOUN", "PROPN", "PRON") or t.ent in ("DATE", "TIME") or \
            inside(quoted, t) or (t.head != cue.i and t.dep != "ROOT" and not quoted_before):
        return None  # "saying the road was unsafe": the subject of what was said
    if t.dep in ("dobj", "dative") and cue.lemma == "tell":
        return None  # "“…,” Ramos told AFP": who is told never speaks
    if t.dep in ("dobj", "oprd", "dative") and before is not None and before.pos != "PUNCT":
        # "and accused Obama of …", "Skelly called Braynard “…”": the one spoken of;
        # inversion follows a quotation or comma
        return None
    return t.i
