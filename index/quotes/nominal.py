"""Speech a noun names, with its owner and what it says: "amid Trump's claim that Obama
“founded ISIS”", "despite the mayor's insistence that the dam is safe". Pure: reads
`nlp.Parsed`."""

from __future__ import annotations

from .content import span
from .lexicon import NOUN_CUES
from .nlp import Parsed, Tok

_BREAKS = frozenset({",", ";", "—", "–", "--", "("})


def nominal(p: Parsed, tok: Tok) -> tuple[int, tuple[int, int]] | None:
    """(the owner's token, the content span) when `tok` is such a noun with a named owner
    ("Reid's") and a "that" clause, as the object of a verb or a preposition; else None.
    (As a subject, "Trump's claim that … drew rebukes", the parser runs the clause on
    into the sentence's own verb.)"""
    if tok.pos != "NOUN" or tok.lemma.lower() not in NOUN_CUES or tok.dep not in ("dobj",
                                                                                  "pobj"):
        return None
    # a named owner only: "his claim" is read back to whoever the pronoun finds, and a
    # wrong one here would put a claim in someone else's mouth
    owner = next((c.i for c in p.children(tok.i) if c.dep == "poss" and c.pos == "PROPN"),
                 None)
    clause = next((c for c in p.children(tok.i) if c.dep in ("acl", "ccomp") and c.i > tok.i
                   and p.that_clause(c.i)), None)
    if owner is None or clause is None:
        return None
    # The clause ends the noun phrase; a comma or dash after its verb goes back to the
    # sentence around it ("In response to Sanders' charge that she was weak, she said …")
    sub = p.subtree(clause.i)
    stop = next((t.i for t in p.toks[clause.i + 1:sub[-1] + 1] if t.text in _BREAKS),
                sub[-1] + 1)
    said = span(p, list(range(sub[0], stop)))
    return (owner, said) if said is not None else None


def noun_cue(cue: str | None) -> bool:
    """Whether a quote's cue is such a noun (written "claims that" by `attributions`, so
    no verb reads as one): its owner is reported on, not the one who speaks next."""
    noun, _, that = (cue or "").lower().partition(" ")
    return that == "that" and noun.removesuffix("s") in NOUN_CUES


# Nouns that head a colon fragment introducing someone's words ("Her advice: “…”")
_SAYINGS = frozenset("""advice message answer response reply reaction verdict take view warning
plea explanation prediction promise words thoughts assessment retort comment comments
conclusion diagnosis prognosis opinion suggestion request demand""".split())


def colon_owner(p: Parsed, tok: Tok, quoted: list[tuple[int, int]]) -> int | None:
    """ "Her advice to other owners: “…”", "Ahmed's message: “…”": a sentence that is only
    a noun of saying with its owner, then a colon and a quotation, gives the quotation to
    the owner (the token returned)."""
    if tok.pos != "NOUN" or tok.dep != "ROOT" or tok.lemma.lower() not in _SAYINGS:
        return None
    owner = next((c.i for c in p.children(tok.i) if c.dep == "poss"), None)
    colon = next((t.i for t in p.toks[tok.i + 1:] if t.text == ":"), None)
    if owner is None or colon is None or any(
            t.pos in ("VERB", "AUX") and not any(s <= t.start < e for s, e in quoted)
            for t in p.toks[tok.i + 1:colon]):
        return None
    after = [t for t in p.toks[colon + 1:] if t.pos != "SPACE"]
    return owner if after and any(s <= after[0].start < e or after[0].end == s
                                  for s, e in quoted) else None
