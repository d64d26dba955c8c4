"""A speaker written after its verb, as news inverts the order: “…,” said Louise
Sunshine, who …; the parser often leaves such a name no subject role. Pure: reads
`nlp.Parsed` records (index.quotes.attribution uses it)."""

from __future__ import annotations

from .cue_subject import inside
from .nlp import Parsed, Tok
from .stranded import NP_INNER

_NOMINATIVE = frozenset("he she they we i".split())
_OF_SOMEONE = frozenset("call accuse urge praise criticize criticise blame thank congratulate "
                        "label dub".split())


def inverted(p: Parsed, cue: Tok, quoted: list[tuple[int, int]]) -> int | None:
    """The head of the noun phrase right after the cue, when news inverts the order
    (“…,” said Louise Sunshine, who …): the parser often leaves it no subject role."""
    found = _after_cue(p, cue, quoted)
    return found if found is not None else name_after_mark(p, cue, quoted)


def name_after_mark(p: Parsed, cue: Tok, quoted: list[tuple[int, int]]) -> int | None:
    """ “…,” said Oversight ranking Democrat Ann Lee (D-Md.): right after a closing mark,
    the words from the cue to the next punctuation name who speaks, however the parser
    read them ("ranking" as a verb, "Oversight" as the subject); the last, a proper noun,
    is the head."""
    if not _after_closing_mark(p, cue) or cue.lemma == "tell":
        return None
    end = cue.i + 1
    while end < len(p.toks) and end - cue.i <= _RUN and (p.toks[end].pos in _IN_RUN or
                                                          p.toks[end].tag == "HYPH"):
        end += 1
    last = p.toks[end - 1]
    if end == cue.i + 1 or end - cue.i > _RUN or (end < len(p.toks) and p.toks[end].pos not in (
            "PUNCT", "SPACE")) or last.pos != "PROPN" or last.ent not in ("", "PERSON") or \
            inside(quoted, last):
        return None
    return last.i


_RUN = 9  # words of a name with its title and role ("Secretary-Treasurer" is three)
_IN_RUN = frozenset("NOUN PROPN VERB ADJ DET".split())


def _after_cue(p: Parsed, cue: Tok, quoted: list[tuple[int, int]]) -> int | None:
    if cue.i + 1 >= len(p.toks):
        return None
    t = p.toks[cue.i + 1]
    if inside(quoted, t) or t.dated or (
            t.pos == "PRON" and t.text.lower() not in _NOMINATIVE) or \
            t.pos not in ("NOUN", "PROPN", "PRON", "DET", "ADJ"):
        return None
    seen = set()
    while t.dep in NP_INNER and t.head > t.i and t.i not in seen:
        seen.add(t.i)
        t = p.toks[t.head]
    before = _word_before(p, cue)
    # “…,” said Edward Lerner, an economist …, “is that …”: right after a closing mark,
    # a name after the cue is its speaker, wherever the parser hung it
    quoted_before = _after_closing_mark(p, cue) and t.pos == "PROPN"
    if t.pos not in ("NOUN", "PROPN", "PRON") or t.dated or \
            inside(quoted, t) or (t.head != cue.i and t.dep != "ROOT" and not quoted_before):
        return None  # "saying the road was unsafe": the subject of what was said
    if (t.dep in ("dobj", "dative") and cue.lemma == "tell") or cue.lemma.lower() in _OF_SOMEONE:
        # "“…,” Ramos told AFP": who is told never speaks; nor who is called, praised …
        # ("McDavid, speaking before …, called Holloway “…”": no one writes "…, called X")
        return None
    if t.dep in ("dobj", "oprd", "dative") and before is not None and before.pos != "PUNCT":
        # "and accused Obama of …", "Skelly called Braynard “…”": the one spoken of;
        # inversion follows a quotation or comma
        return None
    return t.i


def _word_before(p: Parsed, cue: Tok) -> Tok | None:
    return next((b for b in reversed(p.toks[:cue.i]) if b.pos != "SPACE"), None)


def _after_closing_mark(p: Parsed, cue: Tok) -> bool:
    before = _word_before(p, cue)
    return before is not None and before.tag == "''"
