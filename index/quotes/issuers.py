"""A sentence saying that someone issued a document ("The union released a statement on
Tuesday.", "Acme issued a statement apologizing to its customers."): the quotation that
opens the next paragraph is most often that document's words, so its issuer is a candidate
speaker for it, as "Smith said in a statement." is. Pure: reads `nlp.Parsed`."""

from __future__ import annotations

from .attribution import Attribution
from .cue_subject import subject
from .lexicon import DOCUMENTS
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
