"""What a cue verb reports: its clause ("said [that] X") or the object of verbs like
"voiced" / "called for" (the sentence around a cue inserted in it: index.quotes.asides).

Pure: reads `nlp.Parsed` records (index.quotes.attribution finds the cues and speakers).
"""

from __future__ import annotations

from .cue_subject import inside
from .datelines import dateline_end
from .extent import and_that, speaker_cut
from .lexicon import NOUN_CUES, OBJECT_CUES, PREP_CUES, SPEECH, THOUGHT
from .nlp import Parsed, Tok
from .summing import comma_a, summed_up

CLAUSES = ("ccomp",)


def span(p: Parsed, indices: list[int]) -> tuple[int, int] | None:
    toks = _after_dateline([p.toks[k] for k in indices])
    while toks and ((toks[0].dep == "mark" and toks[0].lemma in ("that", "whether", "if"))
                    or (toks[0].pos in ("PUNCT", "CCONJ") and toks[0].lemma not in _PAIRED)):
        toks = toks[1:]
    while toks and ((toks[-1].pos == "PUNCT" and toks[-1].text not in ("”", "\"", "’"))
                    or toks[-1].pos == "CCONJ"):  # "… twice but" before "but said …"
        toks = toks[:-1]
    if not toks:
        return None
    end = toks[-1].end
    if sum(t.text in ("“", "\"") for t in toks) == 1 and not any(t.text == "”" for t in toks):
        # a quotation opened inside runs to its closing mark ("of “bargaining in bad faith.”")
        close = next((t for t in p.toks[toks[-1].i + 1:toks[-1].i + 3]
                      if t.text in ("”", "\"")), None)
        end = close.end if close is not None else end
    return toks[0].start, end


_PAIRED = frozenset(("neither", "either", "both"))  # "neither Manafort nor Gates"


def with_description(p: Parsed, phrase: list[int]) -> list[int]:
    """ "According to Kelly, writing for the Globe, …": a participle after the source says
    who the source is, not what the source says; it joins the phrase."""
    nxt = max(phrase) + 2
    if nxt < len(p.toks) and p.toks[nxt - 1].text == "," and p.toks[nxt].pos == "VERB" and \
            p.toks[nxt].tag in ("VBG", "VBN") and p.toks[nxt].dep in ("advcl", "acl", "ROOT"):
        return sorted(set(phrase) | set(p.subtree(nxt)))
    return phrase


def _after_dateline(toks: list[Tok]) -> list[Tok]:
    """ "SURREY, B.C. — A man has been charged …, RCMP say": the wire dateline heads the
    sentence, not what was said."""
    end = dateline_end(toks)
    return toks[end + 1:] if end is not None and end + 1 < len(toks) else toks


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


def reported(p: Parsed, cue: Tok, quoted: list[tuple[int, int]]) -> tuple[int, int] | None:
    return and_that(p, cue, _reported(p, cue, quoted))


def _reported(p: Parsed, cue: Tok, quoted: list[tuple[int, int]]) -> tuple[int, int] | None:
    kids = p.children(cue.i)
    if cue.lemma == "make":  # "made clear that …": the clause, not the word "clear"
        for c in [k for k in kids if k.lemma == "clear"]:
            for cc in p.children(c.i):
                if cc.dep in (*CLAUSES, "csubj"):
                    return span(p, _contiguous(p, cc.i))
        for c in kids:
            if c.dep in CLAUSES and c.lemma != "clear":
                return span(p, _contiguous(p, c.i))
        return None
    clauses = [c for c in kids if (c.dep in CLAUSES or (c.dep == "advcl" and p.that_clause(c.i))
                                   or _fronted_noun(p, cue, c)) and not _prefixed(p, c)]
    # A clause before the verb is what was said when the order is inverted ("The plan will
    # fail, Smith said"); beside one after it, it is a fronted aside the parser attached
    # ("In a statement released after the senator quit, Cruz said he's certain …").
    after = [c for c in clauses if c.i > cue.i]
    if after and clauses[0].i < cue.i and _summing(p, after[0]):
        after = []
    for c in after[:1] or clauses[:1]:
        toks = summed_up(p, c, _approximate(p, cue, _hyphened(p, cue, _contiguous(p, c.i))))
        toks += _run_on(p, after, toks)
        if len(toks) == 1 and c.pos == "VERB":
            return None  # "Liggett, told of the comment, laughed" read as "told … laughed"
        if not after and any(t.tag == "''" for t in p.toks[toks[-1] + 1:cue.i]) and any(
                t.text == ":" and p.toks[t.i + 1].tag == "``" for t in p.toks[toks[0]:toks[-1]]):
            # "X defends it in an ad: “…,” the senator says": what is said is the
            # quotation a colon opens, not the sentence that introduces it (but "Clinton
            # would have to “go more to center,” Cuban said" is all said)
            return None
        if not after and "``" in (p.toks[toks[0]].tag, p.toks[max(0, toks[0] - 1)].tag):
            toks = speaker_cut(p, toks)
        return span(p, toks)
    if cue.lemma in THOUGHT:
        return None
    if cue.lemma in _COMMISSIVE:  # "vowed Tuesday to remain in the fight": the promise
        for c in kids:
            if c.dep == "xcomp" and c.i > cue.i and any(
                    a.dep == "aux" and a.lemma == "to" for a in p.children(c.i)):
                return span(p, _contiguous(p, c.i))
    hung = _hung_clause(p, cue) or _clause_after(p, cue)
    if hung is not None:
        return hung
    prep = PREP_CUES.get(cue.lemma)
    if prep:
        for c in kids:
            # (not "calling for months about needles": a while, not "a day of action")
            if c.dep == "prep" and c.lemma == prep and not any(
                    g.dep == "pobj" and g.dated and g.tag == "NNS" for g in p.children(c.i)):
                # "called for de-escalation and a return to diplomacy": the prep's object,
                # plus nouns the parser hung on the verb instead.
                toks = [i for i in p.subtree(c.i) if i != c.i]
                for k in kids:
                    if k.dep == "conj" and k.pos == "NOUN" and k.i > c.i:
                        toks += p.subtree(k.i)
                if _worded(p, toks):
                    return span(p, list(range(min(toks), max(toks) + 1)))
            if c.dep == "prt" and c.lemma == prep:
                for cc in kids:
                    if cc.dep in ("dobj", "ccomp"):
                        return span(p, _contiguous(p, cc.i))
    if cue.lemma in OBJECT_CUES:
        for c in kids:
            if c.dep == "dobj" and not inside(quoted, c):
                toks = _contiguous(p, c.i)
                if toks[0] and p.toks[toks[0] - 1].dep == "dative" and \
                        p.toks[toks[0] - 1].head == cue.i:
                    toks = [toks[0] - 1, *toks]  # "accused Clinton| allies of …" misread
                # "urged the candidate to dig in": what was urged runs on to the verb, and
                # "accused Trump of suggesting violence" to what he is accused of
                xcomp = [k.i for k in kids if k.i > c.i and (k.dep == "xcomp" or (
                    k.dep == "prep" and k.lemma == "of" and cue.lemma == "accuse"))]
                if xcomp:
                    toks = list(range(min(toks), max(p.subtree(xcomp[0])) + 1))
                elif c.ent == "PERSON" and all(p.toks[i].pos in ("PROPN", "DET", "PUNCT")
                                               for i in toks):
                    continue  # "praised Prime Minister Ann Ray": whom, not what was said
                if _worded(p, toks):
                    return span(p, toks)
    return _object_misread(p, cue, quoted)


def _fronted_noun(p: Parsed, cue: Tok, c: Tok) -> bool:
    """ "A line of storms swept across Georgia, killing two people, officials said": the
    parser left the fronted clause a bare noun with its verb hung on it; it is still what
    was said, opening the sentence and ending in a comma before the speaker."""
    if c.dep != "dep" or c.pos != "NOUN" or c.i > cue.i:
        return False
    sub = p.subtree(c.i)
    # (after an opening phrase of the verb's: "Under the plan, cities that agree … will get …")
    opener = {i for k in p.children(cue.i) if k.dep in ("prep", "advmod", "npadvmod", "punct")
              and k.i < c.i for i in p.subtree(k.i)}
    return all(i in opener for i in range(sub[0])) and sub[-1] < cue.i and \
        any(p.toks[i].pos == "VERB" and p.toks[i].head == c.i for i in sub) and \
        p.toks[sub[-1] + 1].text == ","


def _run_on(p: Parsed, after: list[Tok], toks: list[int]) -> list[int]:
    """ "said students already enrolled in the programs would be able to finish": the
    parser made the clause's verb a second clause of "said", subjectless, right after the
    first (whose verb it took from a participle); it is one thing said."""
    if len(after) < 2 or any(c.dep in ("nsubj", "nsubjpass") for c in p.children(after[1].i)):
        return []
    rest = _contiguous(p, after[1].i)
    return rest if rest and rest[0] == toks[-1] + 1 else []


def _prefixed(p: Parsed, verb: Tok) -> bool:
    """ "said Sen. Ann Ray, who co-wrote the bill": the tokenizer split the prefixed verb
    at its hyphen and the parser made "wrote" a clause of "said"."""
    # (but "was pepper-sprayed" is one clause: its first part hangs on its last)
    return verb.i > 1 and p.tight_hyphen(verb.i - 1) and p.toks[verb.i - 2].text.isalpha() \
        and verb.i - 2 not in p.subtree(verb.i)


def _hyphened(p: Parsed, cue: Tok, toks: list[int]) -> list[int]:
    """ "said the plan would re-open the mill": the parser, given "re", "-" and "open",
    ends the clause at "re"; it runs on through the word the hyphen joins to it (and what
    hangs on that word, unless the parser hung the cue there too)."""
    last = toks[-1]
    while p.tight_hyphen(last + 1):
        tail = p.subtree(last + 2)
        last = max(tail) if cue.i not in tail and min(tail) >= toks[0] else last + 2
    return list(range(toks[0], last + 1))


def _approximate(p: Parsed, cue: Tok, toks: list[int]) -> list[int]:
    """ "said about one in four clients now has a job": the parser hangs "about one" on
    the verb as what was said about; a number after it says it is the clause's subject."""
    for c in p.children(cue.i):
        if c.dep == "prep" and cue.i < c.i < toks[0] and c.lemma in ("about", "around") and \
                any(o.dep == "pobj" and o.tag == "CD" for o in p.children(c.i)):
            return list(range(c.i, toks[-1] + 1))
    return toks


def _summing(p: Parsed, clause: Tok) -> bool:
    """ "Ontario will cap permits, the province announced, a move critics called rash": a
    phrase after the comma that sums up the news, not what was announced (which came
    first); the parser hangs it on the verb as a second clause."""
    first = next(i for i in _contiguous(p, clause.i) if p.toks[i].pos != "PUNCT")
    return comma_a(p, first)


# Verbs of commitment: what they report is the infinitive ("pledged to cut taxes").
_COMMISSIVE = frozenset("promise pledge vow threaten".split())

# What "say" takes as a true object ("said nothing", "said a prayer").
_SAID_THINGS = frozenset("""nothing something anything everything thing things word words
goodbye hello prayer prayers grace mass yes no so lot little much more less""".split())


def _object_misread(p: Parsed, cue: Tok, quoted: list[tuple[int, int]],
                    ) -> tuple[int, int] | None:
    """ "The office says small businesses like hers account for half of jobs": the parser
    took the clause's subject for the object of "says" and its verb for a noun. A long
    object of "say" running to the end of the sentence is such a clause."""
    if cue.lemma != "say":
        return None
    for c in p.children(cue.i):
        if c.dep != "dobj" or c.i < cue.i or inside(quoted, c) or c.pos != "NOUN" or \
                c.lemma.lower() in _SAID_THINGS:
            continue
        toks = _contiguous(p, c.i)
        rest = [t for t in p.toks[toks[-1] + 1:] if t.pos != "PUNCT"]
        if len(toks) >= 6 and not rest:
            return span(p, toks)
    return None


_TOPIC = frozenset("about to of over regarding".split())  # what a verb is about, not where


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
                owner = [k for k in p.children(t.head) if k.dep == "poss"]
                said = p.toks[t.head].lemma in SPEECH or p.toks[t.head].lemma in NOUN_CUES
                if any(k.pos == "PROPN" for k in owner) or (
                        not owner and c.lemma in _TOPIC and said):
                    continue  # "asked about Kim's claim that …", "responded to accusations that"
                return span(p, [k for k in p.subtree(i) if k != first.i])
    return None


def _clause_after(p: Parsed, cue: Tok) -> tuple[int, int] | None:
    """ "with McCain telling reporters on Thursday he viewed Obama as responsible": a
    clause with its own subject and finished verb, right after the cue's phrase and running
    to the sentence's end, that the parser joined to something else."""
    end = max(p.subtree(cue.i))
    if end + 1 >= len(p.toks) or cue.lemma in THOUGHT:
        return None
    subj = p.toks[end + 1]
    if subj.dep != "nsubj" or subj.head <= subj.i or subj.tag in ("WDT", "WP", "DT"):
        return None  # "what they said that got us thinking": a relative clause
    verb = p.toks[subj.head]
    finite = verb.tag in ("VBD", "VBZ", "VBP") or any(
        c.dep == "aux" and c.tag in ("MD", "VBD", "VBZ", "VBP") for c in p.children(verb.i))
    toks = _contiguous(p, verb.i)
    rest = [t for t in p.toks[toks[-1] + 1:] if t.pos not in ("PUNCT", "SPACE")]
    if not finite or toks[0] != subj.i or rest:
        return None
    return span(p, toks)


def _worded(p: Parsed, toks: list[int]) -> bool:
    """A noun phrase of three words or fewer is a topic, not speech: "criticised the
    plan", "welcomed the delay", "warned of longer waits"."""
    return sum(any(ch.isalnum() for ch in p.toks[i].text) for i in toks) > 3
