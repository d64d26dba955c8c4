"""Who says what inside one parsed sentence: cue verbs, their speakers, their content.

Pure: reads `nlp.Parsed` records. A cue is a speech or thought verb ("said", "warned",
"made clear", "according to") outside quotation marks. Its speaker is its subject, or
the subject of the verb it hangs from ("…, saying X" takes the subject of the main verb).
Its content is its clause ("said [that] X"), or for verbs like "voiced" / "called for"
its object. Which person or organisation a speaker token stands for is decided later,
with the whole article in view (index.quotes.resolve).
"""

from __future__ import annotations

from dataclasses import dataclass

from .cue_subject import inside, inverted, passive_speaker, subject
from .lexicon import MARK_ONLY, OBJECT_CUES, PREP_CUES, SPEECH, THOUGHT
from .nlp import Parsed, Tok

CLAUSES = ("ccomp",)


@dataclass(frozen=True, slots=True)
class Attribution:
    cue: str  # as written: "said", "made clear", "according to", "called for"
    cue_i: int
    speaker_i: int | None  # token index of the speaker's head, if the sentence names one
    content: tuple[int, int] | None  # character span of reported content, if any
    mark_only: bool = False  # "continued", "posted": attributes adjacent quote marks only
    beside: bool = False  # a verb outside the lexicon, placed as a cue: "“…,” Toomey fumed."


def _span(p: Parsed, indices: list[int]) -> tuple[int, int] | None:
    toks = [p.toks[k] for k in indices]
    while toks and ((toks[0].dep == "mark" and toks[0].lemma in ("that", "whether", "if"))
                    or toks[0].pos in ("PUNCT", "CCONJ")):
        toks = toks[1:]
    while toks and toks[-1].pos == "PUNCT" and toks[-1].text not in ("”", "\"", "’"):
        toks = toks[:-1]
    if not toks:
        return None
    return toks[0].start, toks[-1].end


def _contiguous(p: Parsed, root: int) -> list[int]:
    """The subtree of `root` as one run of tokens (gaps closed: a clause is contiguous),
    with a list the parser broke off at a comma: "ready to discuss arms control,
    confidence-building measures, …" often hangs its tail on the comma, and a comma that
    heads words is always such a break, never where a clause ends."""
    sub = p.subtree(root)
    last = sub[-1]
    while last + 1 < len(p.toks) and p.toks[last + 1].text == "," \
            and p.children(last + 1):
        last = max(last + 1, p.subtree(last + 1)[-1])
    return list(range(sub[0], last + 1))


def _content(p: Parsed, cue: Tok, quoted: list[tuple[int, int]]) -> tuple[int, int] | None:
    kids = p.children(cue.i)
    if cue.lemma == "make":  # "made clear that …": the clause, not the word "clear"
        for c in [k for k in kids if k.lemma == "clear"]:
            for cc in p.children(c.i):
                if cc.dep in (*CLAUSES, "csubj"):
                    return _span(p, _contiguous(p, cc.i))
        for c in kids:
            if c.dep in CLAUSES and c.lemma != "clear":
                return _span(p, _contiguous(p, c.i))
        return None
    clauses = [c for c in kids if c.dep in CLAUSES or (c.dep == "advcl" and any(
        m.dep == "mark" and m.lemma == "that" for m in p.children(c.i)))]
    # A clause before the verb is what was said when the order is inverted ("The plan will
    # fail, Smith said"); beside one after it, it is a fronted aside the parser attached
    # ("In a statement released after the senator quit, Cruz said he's certain …").
    after = [c for c in clauses if c.i > cue.i]
    for c in after[:1] or clauses[:1]:
        return _span(p, _contiguous(p, c.i))
    if cue.lemma in THOUGHT:
        return None
    hung = _hung_clause(p, cue)
    if hung is not None:
        return hung
    prep = PREP_CUES.get(cue.lemma)
    if prep:
        for c in kids:
            if c.dep == "prep" and c.lemma == prep:
                # "called for de-escalation and a return to diplomacy": the prep's object,
                # plus nouns the parser hung on the verb instead.
                toks = [i for i in p.subtree(c.i) if i != c.i]
                for k in kids:
                    if k.dep == "conj" and k.pos == "NOUN" and k.i > c.i:
                        toks += p.subtree(k.i)
                if _worded(p, toks):
                    return _span(p, list(range(min(toks), max(toks) + 1)))
            if c.dep == "prt" and c.lemma == prep:
                for cc in kids:
                    if cc.dep in ("dobj", "ccomp"):
                        return _span(p, _contiguous(p, cc.i))
    if cue.lemma in OBJECT_CUES:
        for c in kids:
            if c.dep == "dobj" and not inside(quoted, c):
                toks = _contiguous(p, c.i)
                # "urged the candidate to dig in": what was urged runs on to the verb
                xcomp = [k.i for k in kids if k.dep == "xcomp" and k.i > c.i]
                if xcomp:
                    toks = list(range(min(toks), max(p.subtree(xcomp[0])) + 1))
                if _worded(p, toks):
                    return _span(p, toks)
    return None


def _hung_clause(p: Parsed, cue: Tok) -> tuple[int, int] | None:
    """ "said for the first time that …", "told reporters during a visit to the plant
    that …": the parser hangs the reported clause on the last noun as a relative clause;
    its "that" is then no pronoun (not the clause's subject or object) but the mark."""
    for c in p.children(cue.i):
        if c.dep != "prep":
            continue
        for i in p.subtree(c.i):
            t = p.toks[i]
            first = p.toks[min(p.subtree(i))] if t.dep in ("relcl", "acl") else None
            # "that" read as the clause's subject while the clause has a subject of its
            # own ("in a statement that starts dropped") is the mark too.
            if first is not None and first.text.lower() == "that" and \
                    first.dep in ("mark", "advmod", "nsubj", "nsubjpass") and any(
                    k.dep in ("nsubj", "nsubjpass") and k.i != first.i
                    for k in p.children(i)):
                return _span(p, [k for k in p.subtree(i) if k != first.i])
    return None


def _worded(p: Parsed, toks: list[int]) -> bool:
    """A noun phrase of three words or fewer is a topic, not speech: "criticised the
    plan", "welcomed the delay", "warned of longer waits"."""
    return sum(any(ch.isalnum() for ch in p.toks[i].text) for i in toks) > 3


def _parenthetical(p: Parsed, cue: Tok, quoted: list[tuple[int, int]],
                   ) -> tuple[int, int] | None:
    """ "Time, Mr. Pence added, was on their side": the sentence around the inserted cue
    is what was said (unless it is already in quotation marks)."""
    inserted = set(p.subtree(cue.i))
    rest = [t.i for t in p.toks if t.i not in inserted and not inside(quoted, t)]
    if len(rest) < 3:
        return None
    return _span(p, list(range(rest[0], rest[-1] + 1)))


def _around_cue(p: Parsed, cue: Tok, content: tuple[int, int] | None,
                ) -> tuple[int, int] | None:
    """Reported content never holds its own cue: when a misparse hangs the sentence's
    opening on the clause ("WASHINGTON ― This spring, …, X told friends that …"), keep
    the larger side of the cue."""
    if content is None or not content[0] <= cue.start < content[1]:
        return content
    before = [t.i for t in p.toks if content[0] <= t.start and t.end <= cue.start]
    after = [t.i for t in p.toks if t.start >= cue.end and t.end <= content[1]]
    side = after if len(after) >= len(before) else before
    if side is after:  # "told friends that …": what follows the object is the content
        marks = [i for i in after if p.toks[i].dep == "mark" and p.toks[i].lemma == "that"]
        if marks:
            side = [i for i in after if i >= marks[0]]
    return _span(p, side) if side else None


def _cue_text(p: Parsed, cue: Tok) -> str:
    if cue.lemma == "make":
        return f"{cue.text} clear"
    prep = PREP_CUES.get(cue.lemma)
    if prep and any(c.lemma == prep and c.dep in ("prep", "prt") for c in p.children(cue.i)):
        return f"{cue.text} {prep}"
    return cue.text


def _may_speak(p: Parsed, i: int | None, quoted: list[tuple[int, int]]) -> int | None:
    """`i` unless it cannot be a speaker. Words inside the quotation are what was said,
    never who said it: the parser takes “… some fantastic people …,” said X for "people
    said". Nor does a day speak: "Tuesday said" and "a statement Tuesday saying" are
    misparses."""
    if i is None or inside(quoted, p.toks[i]):
        return None
    if p.toks[i].ent in ("DATE", "TIME") and not _age(p, i):
        return None
    return i


def _age(p: Parsed, i: int) -> bool:
    """ "the 29-year-old said": an age the tagger calls a date, standing for a person."""
    return p.toks[i].text.lower() == "old" and any(
        t.text.lower() in ("year", "years") for t in p.toks[max(0, i - 3):i])


def attributions(p: Parsed, quoted: list[tuple[int, int]]) -> list[Attribution]:
    """Every cue in the sentence with its speaker token and content span."""
    out = []
    for tok in p.toks:
        if inside(quoted, tok):
            continue
        if (tok.text.lower() == "according" and tok.i + 1 < len(p.toks)
                and p.toks[tok.i + 1].text.lower() == "to"):
            to = p.toks[tok.i + 1]
            pobj = next((c.i for c in p.children(to.i) if c.dep == "pobj"), None)
            if pobj is None:
                continue
            phrase = p.subtree(tok.i) if p.toks[tok.i].head != tok.i else [tok.i, to.i]
            phrase = sorted(set(phrase) | set(p.subtree(to.i)))
            rest = [t.i for t in p.toks if t.i not in phrase]
            out.append(Attribution("according to", tok.i, pobj, _span(p, rest)))
            continue
        if tok.pos not in ("VERB", "AUX") or tok.lemma.lower() not in SPEECH:
            speaker = _beside_quote(p, tok, quoted)
            if speaker is not None:
                out.append(Attribution(tok.text, tok.i, speaker, None, True, beside=True))
            continue
        if tok.lemma == "make" and not any(c.lemma == "clear" for c in p.children(tok.i)):
            continue
        aside = _inserted(p, tok, quoted)
        if aside is not None:
            out.append(Attribution(_cue_text(p, tok), tok.i, *aside))
            continue
        speaker = _may_speak(p, passive_speaker(p, tok, subject(p, tok.i, quoted)), quoted)
        if speaker is None and tok.i > 0 and _age(p, tok.i - 1):
            speaker = tok.i - 1  # "the 29-year-old said", often parsed with no subject
        if speaker is None:
            speaker = inverted(p, tok, quoted)
        if speaker is None and tok.tag == "VBG" and tok.i > 0 \
                and p.toks[tok.i - 1].pos in ("PROPN", "NOUN"):
            # "… and the Kremlin saying …", often misparsed
            speaker = _may_speak(p, tok.i - 1, quoted)
        mark_only = tok.lemma in MARK_ONLY
        if mark_only and any(c.dep == "xcomp" for c in p.children(tok.i)):
            continue  # "will continue to be …", "posted to show …": not speaking
        content = None if mark_only else _around_cue(p, tok, _content(p, tok, quoted))
        if content is None and not mark_only and tok.dep == "parataxis":
            content = _parenthetical(p, tok, quoted)
        if tok.lemma in THOUGHT and content is None:
            continue
        out.append(Attribution(_cue_text(p, tok), tok.i, speaker, content, mark_only))
    return [_trim_nested(p, att, out) for att in out]


_QUOTE_MARKS = frozenset("“”\"„«»''")
_RUN_ON = tuple(",!?—–-…")


def _beside_quote(p: Parsed, tok: Tok, quoted: list[tuple[int, int]]) -> int | None:
    """The speaker, when a verb the lexicon lacks sits where news puts a speech verb:
    right after a quotation that runs on into it with its subject (“…,” Toomey fumed;
    “…!” barked an angry Oliver), or as the clause a colon opens a quotation with
    (Sanders delivered a retort: “…”). Any verb can report speech there; elsewhere
    "fumed" or "delivered" report nothing, so nothing else makes them a cue."""
    subj = [c for c in p.children(tok.i) if c.dep == "nsubj" and not inside(quoted, c)]
    if not subj or inside(quoted, tok):
        return None
    clause = set(p.subtree(subj[0].i)) | {tok.i}
    for s, e in quoted:
        if e <= tok.start and tok.pos == "VERB":
            between = [t for t in p.toks if e <= t.start and t.end <= tok.start]
            inner = [t for t in p.toks if s <= t.start and t.end <= e]
            # The quotation opens the sentence: a partial quote's comma ("… of “knife-
            # wielding Palestinians,” many in the audience appeared …") is the sentence's.
            opens = bool(inner) and inner[0].i <= 1
            runs_on = opens and inner[-1].text.endswith(_RUN_ON)
            if runs_on and all(t.text in _QUOTE_MARKS or t.i in clause for t in between) and \
                    not any(c.dep == "ccomp" and not inside(quoted, c) for c in p.children(tok.i)):
                return subj[0].i
        # The clause before the colon is the sentence's main one, though the parser
        # often hangs it on the quotation ("Sanders delivered a retort: “No one …”").
        main = tok.dep == "ROOT" or inside(quoted, p.toks[tok.head])
        if s >= tok.end and main:
            between = [t for t in p.toks if tok.end <= t.start and t.end <= s]
            words = [t for t in between if t.text not in _QUOTE_MARKS]
            mine = set(p.subtree(tok.i))
            if words and words[-1].text == ":" and all(t.i in mine for t in words[:-1]):
                return subj[0].i
    return None


def _inserted(p: Parsed, cue: Tok, quoted: list[tuple[int, int]],
              ) -> tuple[int, tuple[int, int]] | None:
    """ "The deal, said Jane Smith, a lawyer for the city, is worth …": a cue set off by
    commas with a name right after it is an inserted, inverted attribution, whatever
    subject the parser gave the verb. (Speaker, the sentence around it as content.)"""
    if cue.i < 2 or p.toks[cue.i - 1].text != "," or cue.tag not in ("VBD", "VBZ", "VBP"):
        return None
    j = cue.i + 1
    while j < len(p.toks) and p.toks[j].pos in ("PROPN", "NOUN", "DET", "ADJ") \
            and not inside(quoted, p.toks[j]):
        j += 1
    head = p.toks[j - 1]
    if j == cue.i + 1 or j >= len(p.toks) or p.toks[j].text != "," or \
            head.pos not in ("PROPN", "NOUN") or head.ent in ("DATE", "TIME"):
        return None
    last = max(j, *p.subtree(head.i))
    before = [t.i for t in p.toks[:cue.i - 1] if not inside(quoted, t)]
    after = [t.i for t in p.toks[last + 1:] if t.pos != "PUNCT"]
    span = _span(p, before + after) if before and after else None
    return (head.i, span) if span is not None else None


def colon_clause(p: Parsed) -> Attribution | None:
    """A sentence that ends in a colon, as a cue for the quotation after it: "President
    Clinton released the following statement:", "As Professor Lee put it:". Any verb
    introduces a quotation there, so only its subject is read; the model weighs it."""
    last = next((t for t in reversed(p.toks) if t.pos != "SPACE" and t.text.strip()), None)
    if last is None or last.text != ":":
        return None
    root = next((t for t in p.toks if t.dep == "ROOT"), None)
    if root is None or root.pos not in ("VERB", "AUX"):
        return None
    subj = subject(p, root.i)
    return Attribution(root.text, root.i, subj, None, True, beside=True) \
        if subj is not None else None


def _trim_nested(p: Parsed, att: Attribution, all_atts: list[Attribution]) -> Attribution:
    """ "it has no plans …, saying it has the right …": the second cue's clause is its own."""
    if att.content is None:
        return att
    a, b = att.content
    for other in all_atts:
        if other is att or other.mark_only or not (a < p.toks[other.cue_i].start < b):
            continue  # a verb that only places quotation marks has no clause to cut off
        first = p.subtree(other.cue_i)[0]
        if p.toks[first].start <= a:
            continue
        keep = [t for t in p.toks if a <= t.start and t.i < first]
        while keep and keep[-1].pos in ("PUNCT", "CCONJ"):
            keep.pop()
        if keep:
            b = min(b, keep[-1].end)
    return Attribution(att.cue, att.cue_i, att.speaker_i, (a, b), att.mark_only, att.beside)
