"""Who says what inside one parsed sentence: cue verbs, their speakers, their content.

Pure: reads `nlp.Parsed` records. A cue is a speech or thought verb ("said", "warned",
"made clear", "according to") outside quotation marks. Its speaker is its subject, or
the subject of the verb it hangs from ("…, saying X" takes the subject of the main verb).
Its content is its clause ("said [that] X"), or for verbs like "voiced" / "called for"
its object (index.quotes.content). Which person or organisation a speaker token stands
for is decided later, with the whole article in view (index.quotes.resolve).
"""

from __future__ import annotations

from dataclasses import dataclass

from .asides import closing_cue, parenthetical
from .content import reported, span, with_description
from .cue_subject import inside, passive_speaker, subject
from .extent import nested_cut
from .idioms import as_aside, describes, marks_only, that_said, withheld
from .inverted import inverted, name_after_mark
from .lexicon import DOCUMENTS, PREP_CUES, SPEECH, THOUGHT
from .nlp import Parsed, Tok
from .nominal import colon_owner, nominal


@dataclass(frozen=True, slots=True)
class Attribution:
    cue: str  # as written: "said", "made clear", "according to", "called for"
    cue_i: int
    speaker_i: int | None  # token index of the speaker's head, if the sentence names one
    content: tuple[int, int] | None  # character span of reported content, if any
    mark_only: bool = False  # "continued", "posted": attributes adjacent quote marks only
    beside: bool = False  # a verb outside the lexicon, placed as a cue: "“…,” Toomey fumed."


def _around_cue(p: Parsed, cue: Tok, content: tuple[int, int] | None, speaker: int | None,
                ) -> tuple[int, int] | None:
    """Reported content never holds the speaker after its cue (“…,” said Oversight ranking
    Democrat X: the parser made "ranking" a clause), nor its cue: when a misparse hangs the
    sentence's opening on the clause ("WASHINGTON ― This spring, …, X told friends that
    …"), keep the larger side of the cue."""
    if content is not None and content[0] <= cue.start < content[1]:
        before = [t.i for t in p.toks if content[0] <= t.start and t.end <= cue.start]
        after = [t.i for t in p.toks if t.start >= cue.end and t.end <= content[1]]
        side = after if len(after) >= len(before) else before
        if side is after:  # "told friends that …": what follows the object is the content
            marks = [i for i in after if p.toks[i].dep == "mark" and p.toks[i].lemma == "that"]
            if marks:
                side = [i for i in after if i >= marks[0]]
        content = span(p, side) if side else None
    if content is not None and speaker is not None and \
            content[0] <= p.toks[speaker].start < content[1]:
        # before its cue, a speaker the parser joined to the content ends it
        return None if speaker > cue.i else span(p, [t.i for t in p.toks if content[0] <= (
            t.start) and t.i < min(p.subtree(speaker))])
    return content


# Verbs that speak only with "back" ("shot back", "fired back that …"; lexicon's phrases)
_BACK = frozenset("shoot shoots shot shooting fire fires fired firing hit hits hitting".split())


def _back(p: Parsed, tok: Tok) -> bool:
    """ "shot back", "fired back": a retort, not a shot."""
    return tok.text.lower() in _BACK and any(
        c.text.lower() == "back" and c.dep in ("prt", "advmod") for c in p.children(tok.i))


def _cue_text(p: Parsed, cue: Tok) -> str:
    if cue.lemma == "make":
        return f"{cue.text} clear"
    if _back(p, cue):
        return f"{cue.text} back"
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
    if p.toks[i].dated and not _age(p, i):
        return None
    return i


def _age(p: Parsed, i: int) -> bool:
    """ "the 29-year-old said": an age the tagger calls a date, standing for a person."""
    return p.toks[i].text.lower() == "old" and any(
        t.text.lower() in ("year", "years") for t in p.toks[max(0, i - 3):i])


def _bracket(p: Parsed, i: int) -> tuple[int, int]:
    """The tokens an "according to" at `i` can vouch for: those of its parenthesis ("…
    claims (the real number is 15 percent, according to Factcheck.org)"), else all."""
    opened = max((t.i for t in p.toks[:i] if t.text == "("), default=-1)
    closed = next((t.i for t in p.toks[i:] if t.text == ")"), None)
    if opened < 0 or closed is None or any(t.text == ")" for t in p.toks[opened:i]):
        return 0, len(p.toks)
    return opened + 1, closed


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
            head = p.toks[tok.head]
            if pobj is None or (head.pos == "VERB" and head.lemma.lower() in SPEECH
                                and tok.i == head.i + 2 and p.toks[head.i + 1].text == ","
                                and any(e <= head.start for _, e in quoted)):
                # "“…,” the judge said, according to the Post": where the quotation was
                # reported, not something the Post says
                continue
            phrase = p.subtree(tok.i) if p.toks[tok.i].head != tok.i else [tok.i, to.i]
            phrase = with_description(p, sorted(set(phrase) | set(p.subtree(to.i))))
            lo, hi = _bracket(p, tok.i)
            rest = [t.i for t in p.toks[lo:hi] if t.i not in phrase]
            out.append(Attribution("according to", tok.i, pobj, span(p, rest)))
            continue
        said = nominal(p, tok)  # "amid Reid's claim that …"
        if said is not None:
            out.append(Attribution(f"{tok.text} that", tok.i, *said))
            continue
        if tok.pos == "NOUN" and tok.lemma.lower() in SPEECH and _noun_read(p, tok, quoted):
            # "“…,” Kessler notes." read as the noun phrase "Kessler notes"
            out.append(Attribution(tok.text, tok.i, tok.i - 1, None, True))
            continue
        as_put = tok.lemma in ("put", "puts") and as_aside(p, tok) and any(
            c.dep == "dobj" and c.lemma == "it" for c in p.children(tok.i))
        if not as_put and (tok.pos not in ("VERB", "AUX") or (
                tok.lemma.lower() not in SPEECH and not _back(p, tok))):
            speaker = _beside_quote(p, tok, quoted)
            speaker = colon_owner(p, tok, quoted) if speaker is None else speaker
            if speaker is not None:
                out.append(Attribution(tok.text, tok.i, speaker, None, True, beside=True))
            continue
        if describes(p, tok) or (tok.lemma == "make" and not any(
                c.lemma == "clear" for c in p.children(tok.i))) or that_said(p, tok):
            continue
        aside = _inserted(p, tok, quoted)
        if aside is not None:
            out.append(Attribution(_cue_text(p, tok), tok.i, *aside))
            continue
        speaker = _may_speak(p, passive_speaker(p, tok, subject(p, tok.i, quoted)), quoted)
        if speaker is not None and speaker > tok.i:  # the parser's subject may be a title's
            speaker = name_after_mark(p, tok, quoted) or speaker
        if speaker is None and tok.i > 0 and _age(p, tok.i - 1):
            speaker = tok.i - 1  # "the 29-year-old said", often parsed with no subject
        if speaker is None:
            speaker = inverted(p, tok, quoted)
        if speaker is None and tok.i > 0 and p.toks[tok.i - 1].pos in ("PROPN", "NOUN") and (
                tok.tag == "VBG" or p.toks[tok.i - 1].head == tok.i or (
                    p.toks[tok.i - 1].ent == "PERSON" and not any(
                        c.dep in ("nsubj", "nsubjpass") for c in p.children(tok.i)))):
            # "… and the Kremlin saying …"; "“…,” Bozell notes." read as a noun phrase
            # ("Bozell notes") whose head is the verb; "screenwriter Cole Haddon wrote"
            # with "screenwriter" read as a verb and the name as its object
            speaker = _may_speak(p, tok.i - 1, quoted)
        mark_only = marks_only(p, tok)
        if mark_only and any(c.dep == "xcomp" and not (inside(quoted, c) and c.i > 1 and
                                                       p.toks[c.i - 2].text in ",:")
                             for c in p.children(tok.i)):
            continue  # "will continue to be …", "posted to show …": not speaking
        if withheld(p, tok):
            continue
        content = None if mark_only or as_put else _around_cue(
            p, tok, reported(p, tok, quoted), speaker)
        if content is None and not mark_only and (tok.dep == "parataxis" or closing_cue(p, tok) or (
                not quoted and as_aside(p, tok) and tok.lemma not in THOUGHT)):
            # "As Cohn noted (put it), the premier is running out of time": the clause
            # around the aside is what was said
            content = parenthetical(p, tok, quoted, speaker)
        if tok.lemma in THOUGHT and content is None:
            continue
        if speaker is not None and p.toks[speaker].head == tok.i and \
                p.toks[speaker].dep == "dobj" and any(c.dep == "xcomp" and c.i > speaker
                                                       for c in p.children(tok.i)):
            speaker = None  # "Urges Britain to Remain": who is urged is not who urges
        out.append(Attribution(_cue_text(p, tok), tok.i, speaker, content, mark_only))
    cues = [(att.cue_i, att.mark_only) for att in out]
    return [att if att.content is None else Attribution(
        att.cue, att.cue_i, att.speaker_i, nested_cut(p, att.cue_i, att.content, cues),
        att.mark_only, att.beside) for att in out]


_QUOTE_MARKS = frozenset("“”\"„«»''")
_RUN_ON = tuple(",!?—–-…")


def _noun_read(p: Parsed, tok: Tok, quoted: list[tuple[int, int]]) -> bool:
    """A speech verb tagged as a noun at the end of a sentence, a name before it and a
    quotation right before that."""
    name = p.toks[tok.i - 1] if tok.i > 0 else None
    if name is None or name.pos != "PROPN" or name.head != tok.i or tok.tag != "NNS" or any(
            t.pos != "PUNCT" for t in p.toks[tok.i + 1:]):
        return False
    gap = [t for t in p.toks if t.end <= name.start and not inside(quoted, t)]
    return any(e <= name.start for _, e in quoted) and bool(gap) and all(
        t.pos == "PUNCT" for t in gap[-2:])


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
            # "Trump issued a statement, “…”": a document and a comma open it as well, and
            # so does a comma right after the verb ("Clinton cracked, “…”")
            colon = bool(words) and (words[-1].text in _INTRODUCES or (
                words[-1].text == "," and any(t.dep == "dobj" and t.lemma.lower() in DOCUMENTS
                                              for t in words)) or (
                [t.text for t in words] == [","] and tok.tag in ("VBD", "VBZ")
                and tok.lemma.lower() != "be"))  # ("X's dictum was, “…”": the dictum's)
            if colon and all(t.i in mine for t in words[:-1]):
                return subj[0].i
    return None


# What opens a quotation as a colon does ("Trump also embraced the tactic -- “I think …”")
_INTRODUCES = frozenset({":", "—", "–", "-", "--"})


_TO_SOMEONE = frozenset("tell ask inform assure remind warn urge brief advise notify".split())


def _inserted(p: Parsed, cue: Tok, quoted: list[tuple[int, int]],
              ) -> tuple[int, tuple[int, int]] | None:
    """ "The deal, said Jane Smith, a lawyer for the city, is worth …": a cue set off by
    commas with a name right after it is an inserted, inverted attribution, whatever
    subject the parser gave the verb. (Speaker, the sentence around it as content.)"""
    if cue.i < 2 or p.toks[cue.i - 1].text != "," or cue.tag not in ("VBD", "VBZ", "VBP") \
            or cue.lemma.lower() in _TO_SOMEONE:
        return None  # "…, told POLITICO, “…”": who is told follows the verb, not who tells
    j = cue.i + 1
    while j < len(p.toks) and p.toks[j].pos in ("PROPN", "NOUN", "DET", "ADJ") \
            and not inside(quoted, p.toks[j]):
        j += 1
    head = p.toks[j - 1]
    if j == cue.i + 1 or j >= len(p.toks) or p.toks[j].text != "," or \
            head.pos not in ("PROPN", "NOUN") or head.dated:
        return None
    last = max(j, *p.subtree(head.i))
    before = [t.i for t in p.toks[:cue.i - 1] if not inside(quoted, t)]
    after = [t.i for t in p.toks[last + 1:] if t.pos != "PUNCT"]
    content = span(p, before + after) if before and after else None
    return (head.i, content) if content is not None else None


def colon_clause(p: Parsed, end: str = ":") -> Attribution | None:
    """A sentence that ends in a colon, as a cue for the quotation after it: "President
    Clinton released the following statement:", "As Professor Lee put it:". Any verb
    introduces a quotation there, so only its subject is read; the model weighs it.
    With `end` ".", a sentence that sets up the quotation after it ("Kim was unmoved.")."""
    last = next((t for t in reversed(p.toks) if t.pos != "SPACE" and t.text.strip()), None)
    if last is None or last.text != end:
        return None
    root = next((t for t in p.toks if t.dep == "ROOT"), None)
    if root is None or root.pos not in ("VERB", "AUX"):
        return None
    subj = subject(p, root.i)
    return Attribution(root.text, root.i, subj, None, True, beside=True) \
        if subj is not None else None
