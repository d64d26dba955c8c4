"""Where what was said ends, past what the parser made of it: at the closing mark when a
speaker phrase was hung inside it; on past "and that …", a second clause of the same verb,
and past a clause of its own opened by "after" or "because"; before another cue's clause.
Pure: reads `nlp.Parsed` records (index.quotes.content and index.quotes.attribution use
it)."""

from __future__ import annotations

from .gender import PERSON_NOUNS
from .idioms import by_means
from .lexicon import ROLE_NOUNS
from .nlp import Parsed, Tok

_PEOPLE = frozenset(ROLE_NOUNS) | frozenset(PERSON_NOUNS)  # what a speaker phrase ends in


def speaker_cut(p: Parsed, toks: list[int]) -> list[int]:
    """ "“…,” the company's vice-president, Gary Hudson, told": the speaker phrase the parser
    hung inside what was said ends it at the closing mark (not "“…” for Clinton")."""
    close = next((k for k, i in enumerate(toks) if p.toks[i].tag == "''"), len(toks))
    rest = [p.toks[i] for i in toks[close + 1:] if p.toks[i].pos != "PUNCT"]
    if rest and rest[0].pos in ("DET", "PROPN", "NOUN", "ADJ") and not any(
            t.pos in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ") and t.lemma != "of" for t in rest) \
            and (rest[-1].ent == "PERSON" or rest[-1].lemma in _PEOPLE):
        return toks[:close + 1]
    return toks


def and_that(p: Parsed, cue: Tok, found: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "told reporters that the city was dragging its feet and that the province was
    ready": a clause joined to the verb by "and that" ("but that", "or that") right after
    what was said goes on with it."""
    if found is None:
        return None
    for c in p.children(cue.i):
        if c.dep != "conj" or c.i < cue.i or not p.that_clause(c.i):
            continue
        sub = p.subtree(c.i)
        gap = [t for t in p.toks if found[1] <= t.start < p.toks[sub[0]].start]
        if gap and all(t.pos == "PUNCT" or t.text.lower() in ("and", "but", "or") for t in gap):
            last = max(i for i in sub if p.toks[i].pos != "PUNCT" or p.toks[i].text in "”\"’")
            return found[0], p.toks[last].end
    return found


def nested_cut(p: Parsed, cue_i: int, content: tuple[int, int],
               cues: list[tuple[int, bool]]) -> tuple[int, int]:
    """ "it has no plans …, saying it has the right …": another cue's clause (`cues`: the
    sentence's cue tokens, and whether each only places quotation marks) is its own, and
    ends what this cue's says before it."""
    a, b = content
    for other, mark_only in cues:
        if other == cue_i or mark_only or not (a < p.toks[other].start < b) or \
                p.toks[other].dep in ("acl", "relcl", "xcomp", "pcomp") or by_means(p, other):
            # a verb that only places quotation marks has no clause to cut off, nor one
            # that describes a noun ("urging those calling for his withdrawal to …") or
            # completes another verb ("said they heard shouting") or a preposition
            # ("accused him of suggesting violence")
            continue
        first = p.subtree(other)[0]
        if p.toks[first].start <= a or _second_that(p, other) or _subordinate(p, other):
            continue
        keep = [t for t in p.toks if a <= t.start and t.i < first]
        while keep and keep[-1].pos in ("PUNCT", "CCONJ"):
            keep.pop()
        if keep:
            b = min(b, keep[-1].end)
    return a, b


def _second_that(p: Parsed, i: int) -> bool:
    """ "said that NAFTA was good and that the Chamber thinks jobs rely on it": a belief
    opened by "and that" is a second thing said, not a new attribution (tidy drops it
    inside the outer quote)."""
    tok = p.toks[i]
    return tok.lemma in ("think", "believe") and tok.dep == "conj" and p.that_clause(i)


def _subordinate(p: Parsed, i: int) -> bool:
    """ "Officers were called … after a neighbour reported hearing gunshots, police said": a
    clause with its own subject, opened by "after", "because", "when" …, is part of what
    was said, not a second thing said."""
    kids = p.children(i)
    return p.toks[i].dep == "advcl" and any(
        c.dep == "mark" and c.lemma.lower() not in _CONTRAST for c in kids) and any(
        c.dep in ("nsubj", "nsubjpass") for c in kids)


# ("…, while Cruz said …": a contrast sets another speaker's words beside these)
_CONTRAST = frozenset(("that", "while", "whereas"))
