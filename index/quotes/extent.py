"""Where what was said ends, past what the parser made of it: at the closing mark when a
speaker phrase was hung inside it; on past "and that …", a second clause of the same
verb. Pure: reads `nlp.Parsed` records (index.quotes.content uses it)."""

from __future__ import annotations

from .gender import PERSON_NOUNS
from .lexicon import ROLE_NOUNS
from .nlp import Parsed, Tok


def speaker_cut(p: Parsed, toks: list[int]) -> list[int]:
    """ "“…,” the company's vice-president, Gary Hudson, told": the speaker phrase the parser
    hung inside what was said ends it at the closing mark (not "“…” for Clinton")."""
    close = next((k for k, i in enumerate(toks) if p.toks[i].tag == "''"), len(toks))
    rest = [p.toks[i] for i in toks[close + 1:] if p.toks[i].pos != "PUNCT"]
    if rest and rest[0].pos in ("DET", "PROPN", "NOUN", "ADJ") and not any(
            t.pos in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ") and t.lemma != "of" for t in rest) \
            and (rest[-1].ent == "PERSON" or rest[-1].lemma in ROLE_NOUNS | PERSON_NOUNS.keys()):
        return toks[:close + 1]
    return toks


def and_that(p: Parsed, cue: Tok, found: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "told reporters that the city was dragging its feet and that the province was
    ready": a clause joined to the verb by "and that" ("but that", "or that") right after
    what was said goes on with it."""
    if found is None:
        return None
    for c in p.children(cue.i):
        if c.dep != "conj" or c.i < cue.i or not any(
                m.dep == "mark" and m.lemma == "that" for m in p.children(c.i)):
            continue
        sub = p.subtree(c.i)
        gap = [t for t in p.toks if found[1] <= t.start < p.toks[sub[0]].start]
        if gap and all(t.pos == "PUNCT" or t.text.lower() in ("and", "but", "or") for t in gap):
            last = max(i for i in sub if p.toks[i].pos != "PUNCT" or p.toks[i].text in "”\"’")
            return found[0], p.toks[last].end
    return found
