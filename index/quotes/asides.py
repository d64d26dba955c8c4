"""What a cue set into a sentence reports: the sentence around it ("Time, Mr. Pence added,
was on their side"), up to the cue when the cue closes it ("…, Bill Clinton said this
week."). Pure: reads `nlp.Parsed` records (index.quotes.attribution uses it)."""

from __future__ import annotations

from itertools import takewhile

from .content import span
from .cue_subject import inside
from .nlp import Parsed, Tok


def closing_cue(p: Parsed, tok: Tok) -> bool:
    """ "Clinton thinks tests are too many, Bill Clinton said this week.": the cue after a
    comma that the parser hung as a clause of the sentence's verb ends the sentence."""
    sub = p.subtree(tok.i)
    return tok.dep == "ccomp" and tok.head < tok.i and p.toks[sub[0]].text == "," and \
        all(t.pos == "PUNCT" for t in p.toks[sub[-1] + 1:]) and not any(
            c.dep in _TAKES for c in p.children(tok.i)) and not any(
            t.tag in ("``", "''") for t in p.toks)  # (quotations have their own reading)


# what a verb that says something of its own takes ("she can expect a portion to defect")
_TAKES = frozenset(("dobj", "ccomp", "xcomp", "attr", "acomp", "aux", "auxpass"))


def parenthetical(p: Parsed, cue: Tok, quoted: list[tuple[int, int]],
                  speaker: int | None = None) -> tuple[int, int] | None:
    """ "Time, Mr. Pence added, was on their side": the sentence around the inserted cue
    is what was said (unless it is already in quotation marks), never the speaker's own
    phrase, wherever the parser hung it (“…,” said Ed Lerner, an economist, “…”)."""
    after = [t for t in p.toks[cue.i + 1:] if t.pos != "PUNCT" or inside(quoted, t)]
    if after and inside(quoted, after[0]) and after[0].text[:1].isupper():
        # "Asked about it, Ford said, “Everything …”": the quotation is what was said, not
        # the question (but "That, the commission said, “would be …”" goes on a sentence)
        run = [t.i for t in takewhile(lambda t: inside(quoted, t), after)]
        return span(p, run)
    inserted = set(p.subtree(cue.i)) | (set(p.subtree(speaker)) if speaker is not None
                                        else set())
    rest = [t.i for t in p.toks if t.i not in inserted and not inside(quoted, t)]
    words = [p.toks[i] for i in rest if p.toks[i].pos != "PUNCT"]
    if len(rest) < 3 or (words and words[0].dep == "mark" and words[0].i > cue.i):
        return None  # (“…,” Trump said, after Quick said …: no clause of his around it)
    if words and _closing(p, inserted, words[-1].i):
        rest = [i for i in rest if i <= words[-1].i]
    return span(p, list(range(rest[0], rest[-1] + 1)))


def _closing(p: Parsed, inserted: set[int], last_word: int) -> bool:
    """ "…, former President Bill Clinton said this week.", "…, as Mr. McDonough
    suggested.": a cue set off by a comma after the last word of the sentence (no
    quotation after it, no second clause inside it) ends what was said before it."""
    a, b = min(inserted), max(inserted)
    return last_word < a and "," in (p.toks[a].text, p.toks[a - 1].text) and \
        all(t.pos == "PUNCT" for t in p.toks[b + 1:]) and \
        not any(p.toks[i].text == "," for i in inserted if i > a)
