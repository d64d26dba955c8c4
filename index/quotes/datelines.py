"""Wire datelines and spaced dashes: "SURREY, B.C. — A man …" opens with a place, not
with what was said or who said it. Pure: reads `nlp.Tok` records."""

from __future__ import annotations

from collections.abc import Sequence

from .nlp import Tok

_DASHES = frozenset(("—", "–", "--", "-"))


def spaced_dash(toks: Sequence[Tok], n: int) -> bool:
    """toks[n] is a dash set off by a space ("NATO-led" is one word, not an aside)."""
    return toks[n].text in _DASHES and n > 0 and toks[n].start > toks[n - 1].end


def dateline_end(toks: Sequence[Tok]) -> int | None:
    """ "SURREY, B.C. — …", "MOSCOW (AP) — …": a wire dateline opening `toks` (a place in
    capitals, up to a spaced dash within eight tokens, no lower-case word on the way); the
    position of the dash that ends it, or None."""
    if not toks or not (toks[0].text.isupper() and toks[0].text.isalpha()
                        and len(toks[0].text) > 1):
        return None
    for n, t in enumerate(toks[:8]):
        if spaced_dash(toks, n):
            return n
        if t.text.isalpha() and not t.text[0].isupper():
            return None
    return None
