"""Quotes before their speaker is chosen, and the candidates for it, with their features.

Pure. A `Draft` is a stretch the rules say is a quote: reported content of a speech verb
("said [that] …", "according to …") or words in quotation marks. Its candidates are the
mentions that might speak it: subjects of speech verbs in its sentences, a speech verb
just before ("X says:") or just after it, the previous quote's speaker, and people named
beside it. Each gets the features `choice.FEATURES` names; index.quotes.resolve says what
each candidate stands for and lets the model choose.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from ..types import QuoteKind
from .attribution import Attribution
from .mentions import Mention
from .nlp import Parsed
from .quotemarks import DOUBLE, Marked


@dataclass(slots=True)
class Candidate:
    source: str  # cue | near | previous | named | according
    mention: Mention | None  # None for "previous": the speaker comes from the last quote
    k: int  # sentence of the mention (or of the previous quote)
    features: dict[str, float] = field(default_factory=lambda: {"bias": 1.0})
    # set by the resolver: who this candidate stands for
    speaker: str | None = None
    speaker_kind: str | None = None
    cue: str | None = None
    span: tuple[int, int] | None = None  # where the article names the speaker, if known
    head: str = ""  # lemma of the mention's head word


@dataclass(slots=True)
class Draft:
    start: int
    end: int
    kind: QuoteKind
    k: int  # sentence where the quote starts
    par: int  # its paragraph
    cue: str | None = None
    mark: Marked | None = None
    in_cue_scope: bool = False  # a speech verb's clause holds it (partial quotes need one)
    candidates: list[Candidate] = field(default_factory=list)


def distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters between two spans (0 if they touch or overlap)."""
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def mention_features(m: Mention, p: Parsed | None, head_i: int | None) -> dict[str, float]:
    kind = {"person": "m_name", "pronoun": "m_pronoun" if m.gender else "m_it",
            "role": "m_role", "org": "m_org", "generic": "m_description",
            "unknown": "m_description"}[m.kind]
    out = {kind: 1.0}
    if p is not None and head_i is not None and p.toks[head_i].ent == "PERSON":
        out["ner_person"] = 1.0
    return out


def cue_features(draft: Draft, p: Parsed, att: Attribution, cues: list[tuple[int, int]],
                 mention: Mention | None) -> dict[str, float]:
    """Features of a speech verb's subject as the speaker of `draft`; `cues` are the
    spans of every speech verb around the quote."""
    span = (draft.start, draft.end)
    cue_tok = p.toks[att.cue_i]
    sub = _own_clause(p, att.cue_i)
    in_scope = any(draft.start <= p.toks[i].start < draft.end for i in sub) or (
        att.content is not None and att.content[0] <= draft.start < att.content[1]) or \
        _names_it(p, att.cue_i, sub, draft.start)
    dists = [distance(c, span) for c in cues]
    mine = distance((cue_tok.start, cue_tok.end), span)
    f = {"in_scope": float(in_scope), "nearest_cue": float(mine <= min(dists, default=mine)),
         # Competing verbs make a quotation's speaker uncertain; reported content comes
         # from its own verb, so nothing competes for it.
         "n_cues": 0.0 if draft.kind == QuoteKind.INDIRECT else math.log1p(len(cues)),
         "dist": math.log1p(_apart(p, att, mention, span) if mention else mine) / 5}
    if mention is not None:
        f["before"] = float(mention.start < draft.start)
    between = [t.text for t in p.toks if cue_tok.end <= t.start and t.end <= draft.start]
    if att.beside:
        f["unlisted"] = 1.0
        if ":" in between:
            f["colon"] = 1.0  # "Sanders delivered a retort: “…”"
    elif [t for t in between if t not in DOUBLE and t not in ("``", "''")] == [":"]:
        f["colon"] = f["in_scope"] = 1.0  # "… could only quip: “…”": what the verb says
    return f


def _own_clause(p: Parsed, cue: int) -> list[int]:
    """The verb's clause. One opened by "after", "because", "when" … that the parser made
    the sentence's root (“…,” Trump said, after Quick said …) holds nothing before its
    mark: the quotation there is the main verb's."""
    sub = p.subtree(cue)
    mark = next((c.i for c in p.children(cue) if c.dep == "mark" and c.i < cue and
                 c.lemma not in ("that", "whether", "if")), None)
    return [i for i in sub if i >= mark] if mark is not None else sub


def _names_it(p: Parsed, cue: int, sub: list[int], start: int) -> bool:
    """ "calling Mr. Gallego “the most liberal …”": a quotation right after a verb's object,
    which the parser hung elsewhere, is what the verb calls it."""
    between = [t for t in p.toks[sub[-1] + 1:] if t.end <= start]
    return any(c.dep == "dobj" and sub[-1] in p.subtree(c.i) for c in p.children(cue)) and \
        p.toks[sub[-1]].text.isalpha() and p.toks[sub[-1]].end <= start < p.toks[-1].end and \
        all(t.text in DOUBLE or t.text in ("``", "''") for t in between)


def _apart(p: Parsed, att: Attribution, mention: Mention, span: tuple[int, int]) -> int:
    """Characters between the speaker and the quote, with the subject's own clause or
    apposition set off by commas before its verb ("Acme, which owns the mall, said …") as
    one space: it does not set the subject further from what it says."""
    apart = distance((mention.start, mention.end), span)
    cue = p.toks[att.cue_i]
    if att.speaker_i is None or not mention.end <= cue.start or cue.end > span[0]:
        return apart
    between = [t for t in p.toks if mention.end <= t.start and t.end <= cue.start]
    own = set(p.subtree(att.speaker_i))
    if len(between) > 2 and between[0].text == between[-1].text == "," and all(
            t.i in own for t in between):
        apart -= cue.start - mention.end - 1
    return apart


def quote_features(draft: Draft, opens_par: bool, floating: bool) -> dict[str, float]:
    f = {draft.kind.value if draft.kind in (QuoteKind.DIRECT, QuoteKind.PARTIAL,
                                            QuoteKind.INDIRECT) else "direct": 1.0}
    if opens_par:
        f["opens_par"] = 1.0
    if draft.mark is not None and draft.mark.continues:
        f["carries"] = 1.0
    if floating:
        f["floating"] = 1.0
    return f
