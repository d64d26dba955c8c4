"""Speech verbs that report no speech where they stand, or only the quotation beside
them: a refusal ("declined to comment on whether …"), a turn of phrase ("That said,
…"), an adjective ("life-threatening injuries"), an "as" clause that is an event, not a
source ("as voters responded to …"), "continued" or "posted" without a that-clause.
Pure: reads `nlp.Parsed` records (index.quotes.attribution uses it).
"""

from __future__ import annotations

from .lexicon import MARK_ONLY, SPEECH
from .nlp import Parsed, Tok

_WH = frozenset("whether if what how when why who where which".split())


def withheld(p: Parsed, tok: Tok) -> bool:
    """Speech refused, not given: "declined to comment on whether …", "would not say how
    much …" name a question nobody answered."""
    if tok.dep == "xcomp" and p.toks[tok.head].text.lower().startswith(("declin", "refus")):
        return True
    kids = p.children(tok.i)
    if _put_to(p, tok) or (tok.lemma.lower() in ("ask", "request") and any(
            c.dep == "ccomp" and _unnamed(p, c) for c in kids)):
        return True
    return any(c.dep == "neg" for c in kids) and any(
        c.dep in ("ccomp", "prep") and next((p.toks[i].text.lower() for i in sorted(
            p.subtree(c.i)) if i != c.i or c.dep != "prep"), "") in _WH for c in kids)


_WHEN = frozenset("when if after once while as".split())
_IDENTIFY = frozenset("name identify use publish print reveal disclose quote named identified "
                      "used published printed revealed disclosed quoted".split())


def _unnamed(p: Parsed, verb: Tok) -> bool:
    """ "asked that her name not be used": a source's request to the reporter, no news."""
    kids = p.children(verb.i)
    return verb.text.lower() in _IDENTIFY and any(c.dep == "neg" for c in kids) and (
        not verb.text.lower().startswith("use") or any(c.dep == "auxpass" for c in kids))


def _put_to(p: Parsed, tok: Tok) -> bool:
    """ "Asked what went wrong, he said …", "When asked about the plan, she …": a question
    put to the speaker by someone unnamed; what follows "asked" is nobody's words (but
    "Asked by Lauer whether …" names who asked)."""
    return tok.lemma.lower() == "ask" and tok.dep == "advcl" and tok.tag in ("VBN", "VBD") \
        and not any(c.dep in ("nsubj", "nsubjpass", "agent") for c in p.children(tok.i)) \
        and all(t.pos == "PUNCT" or t.text.lower() in _WHEN for t in p.toks[:tok.i])


_TURNS_OF_PHRASE = (("that", "said", ","), ("that", "being", "said", ","),
                    ("having", "said", "that", ","))


def marks_only(p: Parsed, tok: Tok) -> bool:
    """A verb that reports only the quotation marks beside it ("“…,” he continued",
    "posted", "joked"), unless a that-clause says what ("joked that …", "posted on
    Facebook that …")."""
    return tok.lemma in MARK_ONLY and not any(
        c.dep == "ccomp" and p.that_clause(c.i) for c in p.children(tok.i))


def that_said(p: Parsed, tok: Tok) -> bool:
    """ "That said, …", "That being said, …", "Having said that, …": a turn of phrase
    opening the sentence, no one speaking."""
    words = tuple(t.text.lower() for t in p.toks[:4])
    return any(words[:len(w)] == w and w.index("said") == tok.i for w in _TURNS_OF_PHRASE)


def describes(p: Parsed, tok: Tok) -> bool:
    """A speech verb as an adjective ("life-threatening injuries", "the announced plan"),
    not misparsed right after a quotation ("“…,” Trump told supporters")."""
    return (tok.dep == "amod" and tok.tag != "VBD" and "''" not in (
        p.toks[max(0, tok.i - 1)].tag, p.toks[max(0, tok.i - 2)].tag)) or _misread(p, tok)


def _misread(p: Parsed, tok: Tok) -> bool:
    """ "with enough pledged delegates to file …": a participle between a determiner and
    its noun that the parser made a verb with no subject of its own."""
    if tok.i == 0 or tok.i + 1 >= len(p.toks) or tok.tag not in ("VBD", "VBN"):
        return False
    before, after = p.toks[tok.i - 1], p.toks[tok.i + 1]
    return before.pos in ("DET", "ADJ") and after.pos == "NOUN" and after.head == tok.i and \
        not any(c.dep in ("nsubj", "nsubjpass", "aux", "auxpass") for c in p.children(tok.i))


# "as voters responded to …", "called for", "commented on the rules" (but not "on
# Saturday"): a verb with its own object is an event at the time, not the source of the
# sentence
_OWN_OBJECT = frozenset("for about to out against with over of".split())


def as_aside(p: Parsed, tok: Tok) -> bool:
    """ "As Cohn noted, …", "…, as the Star's Cohn puts it": a clause opened by "as",
    hung on the sentence's verb, that reports nothing of its own ("as advocates called
    for his dismissal", "as she maintained her lead" is a time, not a source)."""
    kids = p.children(tok.i)
    return tok.dep == "advcl" and any(c.dep == "mark" and c.lemma == "as" and c.i < tok.i
                                      for c in kids) and not any(
        (c.dep in ("ccomp", "xcomp", "attr", "dative") or (c.dep == "dobj" and c.lemma != "it"
                                                            and tok.lemma != "tell"))
        or (c.dep == "prep" and c.i == tok.i + 1 and (c.lemma in _OWN_OBJECT or (
            c.lemma == "on" and not any(p.toks[k].ent in ("DATE", "TIME")
                                         for k in p.subtree(c.i))) or (  # "hints at what …"
            c.lemma == "at" and any(k.dep == "pcomp" for k in p.children(c.i)))))
        for c in kids)


def by_means(p: Parsed, i: int) -> bool:
    """ "were holding the country hostage by insisting on …": how they did it, part of what
    was said about them, not a new attribution that ends the first; nor is "what" someone
    said, a thing spoken of ("paid a third of what the family claimed"), nor a participle
    completing another verb ("would like to see masking recommended in schools")."""
    t = p.toks[i]
    return (t.dep == "pcomp" and p.toks[t.head].text.lower() == "by") or any(
        c.tag == "WP" and c.text.lower() == "what" and c.dep in ("dobj", "nsubj") and c.i < i
        for c in p.children(i)) or (t.tag == "VBN" and t.dep == "ccomp" and p.toks[
            t.head].pos == "VERB" and p.toks[t.head].lemma.lower() not in SPEECH)
