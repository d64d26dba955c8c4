"""Who speaks for a cue verb the parser left without a subject: an apposition or a name
it hung on something else, the name after a closing quotation mark. Pure: reads
`nlp.Parsed` records (index.quotes.cue_subject uses it).
"""

from __future__ import annotations

from .datelines import spaced_dash
from .nlp import Parsed
from .rival_subjects import SUBJECTS, joined_subject

NP_INNER = ("compound", "det", "amod", "poss", "nmod", "nummod", "case", "punct", "flat")


def name_end(p: Parsed, verb: int) -> int:
    """Where a name right before the verb would end: the verb, or the bracket of a party
    and state between them ("Rep. Paul Ryan (R-WI) said")."""
    if verb > 0 and p.toks[verb - 1].text == ")":
        return max((k for k in range(verb - 1) if p.toks[k].text == "("), default=verb)
    return verb


# "a spokesperson for Minister X said", "an aide to X": who speaks is the one before these
_FOR_SOMEONE = frozenset("for to with at".split())


def stranded(p: Parsed, verb: int) -> int | None:
    """A subject the parser gave to something else, leaving the verb none: an apposition
    ending right before the verb, set off by a comma or by the dash that closes an aside
    ("In an email to the Herald, a spokesperson for the city said …")."""
    if verb == 0:
        return None
    kids = p.children(verb)
    for c in kids:
        # "Clinton, exasperated, responded", "Olsen, writing …, argued": the aside took the
        # verb's subject, as did a clause before it ("Devlin, whose firm …, sells …, said")
        if c.i < verb and (c.dep == "parataxis" or (
                c.dep == "advcl" and c.tag in ("VBG", "VBN") and p.toks[c.i - 1].text == ",")
                or (c.dep == "ccomp" and any(o.dep == "ccomp" and o.i > verb for o in kids))):
            subj = [s.i for s in p.children(c.i) if s.dep in SUBJECTS and s.i < c.i and (
                c.dep != "ccomp" or (s.pos == "PROPN" and p.toks[s.i + 1].text == ","))]
            if subj:
                return subj[0]
    t = p.toks[verb - 1]
    if t.ent == "PERSON" and t.dep == "pobj" and p.toks[t.head].lemma not in _FOR_SOMEONE:
        return t.i  # "Tk'emlúps te Secwépemc Chief Rosanne Casimir said", read as a phrase
    j = name_end(p, verb) - 1
    if j >= 1 and p.toks[j].ent == "PERSON" and p.toks[j].pos == "PROPN" and \
            p.toks[j].dep == "appos" and p.toks[j - 1].text != ",":
        return j  # "At the convention Sen. Elizabeth Warren said", read as the convention's
    found = _apposed(p, verb, verb - 1)
    found = _after_quotation(p, verb) if found is None else found
    found = joined_subject(p, verb) if found is None else found
    if found is None and t.text == "," and verb > 1:
        # an apposition closed by its own comma: "…, a spokesperson for the landlord,
        # Greenpark Living, said" (the outermost one ending there is the speaker's phrase)
        found = _apposed(p, verb, verb - 2)
    return found


def _apposed(p: Parsed, verb: int, last: int) -> int | None:
    """The outermost apposition ending at token `last`, set off by a comma or a dash, on
    the way up from it."""
    t, seen, found = p.toks[last], set(), None
    while t.i not in seen and t.head != t.i:
        seen.add(t.i)
        if t.dep == "appos":
            span = p.subtree(t.i)
            before = min(span) - (not spaced_dash(p.toks, min(span)))  # the dash may be in
            if not (t.pos in ("NOUN", "PROPN") and max(span) == last and before > 0 and
                    (p.toks[before].text == "," or spaced_dash(p.toks, before)) and
                    _under(p, t.i, verb)):
                break
            found = t.i
            if last == verb - 1:
                break  # (as before: the first one)
        elif t.dep not in (*NP_INNER, "pobj", "prep"):
            break
        t = p.toks[t.head]
    named = p.toks[p.toks[found].head] if found is not None and last < verb - 1 else None
    # ("Senator Harry Reid, the minority leader, said": the name it describes)
    return named.i if named is not None and named.ent == "PERSON" and named.pos == "PROPN" \
        else found


def _after_quotation(p: Parsed, verb: int) -> int | None:
    """ "“…,” Ruiz, the front-runner …, said", "“…: Ohio,” Mr. Trump said": the name right
    after the closing mark, before the verb or set off by commas up to it, however hung."""
    close = max((t.i for t in p.toks[:verb] if t.tag == "''"), default=None)
    if close is None:
        return None
    first = close + 1
    while first < verb and p.toks[first].pos == "SPACE":
        first += 1
    k = first
    while k < verb and p.toks[k].pos == "PROPN":
        k += 1
    if k == first:
        return _named_after_role(p, first, verb)
    if k == verb:  # “…,” Mr. Trump said, the name hung on a word inside the quotation
        return k - 1
    return k - 1 if k < verb - 1 and p.toks[k].text == "," == p.toks[verb - 1].text else None


def _named_after_role(p: Parsed, first: int, verb: int) -> int | None:
    """ "“…,” the company's vice-president of operations, Gary Hudson, told": a role with
    no verb in it, then the name up to the verb, set off by commas or not."""
    end = verb - 1 if p.toks[verb - 1].text == "," else verb
    k = end
    while k > first and p.toks[k - 1].pos == "PROPN" and p.toks[k - 1].ent == "PERSON":
        k -= 1
    if k in (end, first) or any(t.pos in ("VERB", "AUX") for t in p.toks[first:k]):
        return None
    return end - 1 if (end == verb) == (p.toks[k - 1].text != ",") else None


def _under(p: Parsed, i: int, verb: int) -> bool:
    seen = set()
    while i != verb and i not in seen:
        seen.add(i)
        i = p.toks[i].head
    return i == verb
