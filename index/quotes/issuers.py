"""Who issued a document. A sentence saying that someone issued one ("The union released a
statement on Tuesday.", "Acme issued a statement apologizing to its customers."): the
quotation that opens the next paragraph is most often that document's words, so its
issuer is a candidate speaker for it, as "Smith said in a statement." is. And a document
that "says": its possessor, a name before it or "a statement from X" (`document_issuer`).
Pure: reads `nlp.Parsed`."""

from __future__ import annotations

from .attribution import Attribution
from .cue_subject import subject
from .lexicon import DOCUMENTS, PRONOUNS
from .nlp import Parsed

# (the pipeline has no lemmatizer for verbs outside the speech lexicon: forms, written out)
_ISSUE = frozenset("""issue issues issued issuing release releases released releasing publish
publishes published publishing send sends sent sending post posts posted posting put puts
putting""".split())


def issued(p: Parsed) -> list[Attribution]:
    """The sentence's main verb issuing a document ("put out a statement"), as a cue with
    its subject and nothing reported; [] if it has none."""
    root = next((t for t in p.toks if t.dep == "ROOT"), None)
    if root is None or root.pos != "VERB" or root.text.lower() not in _ISSUE:
        return []
    kids = p.children(root.i)
    if root.text.lower().startswith("put") and not any(
            c.dep == "prt" and c.text.lower() == "out" for c in kids):
        return []
    if not any(c.dep == "dobj" and c.text.lower() in DOCUMENTS for c in kids):
        return []
    speaker = subject(p, root.i)
    return [Attribution(root.text, root.i, speaker, None, True, beside=True)] \
        if speaker is not None else []


_NOT_ISSUERS = ("GPE", "LOC", "NORP", "DATE", "TIME", "PERSON")


# What someone says that news makes the subject ("Ruiz's response was: “…”")
_ANSWERS = frozenset("response reply answer retort reaction verdict".split())


def document_issuer(p: Parsed, head: int) -> int | None:
    """Who issued a document that "says": the possessor ("Rubio's press release", "the
    campaign's statement", "Ruiz's response was: “…”"), a name before it ("a CNN report"),
    or "a statement from X"."""
    tok = p.toks[head]
    if tok.pos != "NOUN" or (tok.lemma.lower() not in DOCUMENTS and
                             tok.lemma.lower() not in _ANSWERS):
        return None
    kids = p.children(head)
    for c in kids:
        if c.dep == "poss" and c.pos in ("PROPN", "NOUN"):
            return c.i
        if c.dep == "poss" and c.text.lower() in PRONOUNS and tok.dep == "dobj" and any(
                s.dep == "nsubj" for s in p.children(tok.head)):
            # "she revised her statement explaining …", not "according to his filings":
            # the statement of someone its own clause is about
            return c.i
    if tok.lemma.lower() in _ANSWERS:
        return None
    for c in kids:
        if c.dep == "compound" and c.pos == "PROPN" and c.i < head and \
                c.ent not in ("DATE", "TIME"):  # "a Wednesday editorial": no one's
            return c.i
    for c in kids:
        if c.dep == "prep" and c.lemma in ("from", "by", "in"):
            obj = [g for g in p.children(c.i) if g.dep == "pobj"]
            if obj and obj[0].pos in ("PROPN", "NOUN") and (c.lemma != "in" or (
                    obj[0].pos == "PROPN" and obj[0].ent not in _NOT_ISSUERS)):
                # "an editorial in the Register" (not "a statement in Washington")
                return obj[0].i
    return None
