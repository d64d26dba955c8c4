"""The writer's phrase that sums up what was said ("…, a claim the chief rejects", "— a
promise she made in 2022", ", part of a verbal lashing …", "– even though he …"): set off
after the reported clause, it is not the speaker's. Pure: reads `nlp.Parsed` records
(index.quotes.content uses it)."""

from __future__ import annotations

from .nlp import Parsed, Tok
from .participles import SET_OFF

_DASHES = SET_OFF - {","}


def summed_up(p: Parsed, clause: Tok, toks: list[int]) -> list[int]:
    """ "says the plan is being rushed, a claim the chief rejects" ("— a promise …", ",
    part of a plan …"): the phrase that sums up what was said, set off after the clause's
    verb, is the writer's, not the speaker's."""
    for i in toks:
        t, before = p.toks[i], i - 1 - (p.toks[i - 1].tag == "''")  # (past a closing mark)
        if i > clause.i and t.dep == "appos" and t.head < clause.i and \
                p.toks[i - 1].dep == "det" and comma_a(p, i - 1):
            return [k for k in toks if k < i - 2]
        if i > clause.i + 1 and ((t.text.lower() in ("a", "an") and p.toks[before].text in
                                  _DASHES and not any(p.toks[k].text in _DASHES for k in toks
                                                      if k > i)) or (
                t.text.lower() == "part" and p.toks[before].text in SET_OFF
                and i + 1 < len(p.toks) and p.toks[i + 1].text == "of")):
            return [k for k in toks if k < before]  # "— a promise she made", ", part of …"
        if i > clause.i + 1 and p.toks[before].text in _DASHES and _conceding(p, i) and \
                not any(p.toks[k].text in _DASHES for k in toks if k > i):
            return [k for k in toks if k < before]  # "– even though he picked Manning"
    return toks


def _conceding(p: Parsed, i: int) -> bool:
    """ "although", "though", "despite", "even though", "even as": after a dash, the
    writer setting what was said against the facts (PolNeAR: 14 of 18 such clauses lie
    outside what was said)."""
    word = p.toks[i].text.lower()
    after = p.toks[i + 1].text.lower() if i + 1 < len(p.toks) else ""
    return word in ("although", "though", "despite") or (
        word == "even" and after in ("though", "as"))


def comma_a(p: Parsed, i: int) -> bool:
    """Token i is "a" or "an" right after a comma or a dash: how a phrase summing up the
    news opens (", a move critics called rash", "— a claim the chief rejects")."""
    return p.toks[i - 1].text in SET_OFF and p.toks[i].text.lower() in ("a", "an")
