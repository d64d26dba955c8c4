"""Whether a quotation with no speaker of its own goes on with the previous quote's speaker
(news typography, read as rules). Pure: index.quotes.resolve asks it of each draft."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..types import QuoteKind
from .lexicon import CUE_WORDS

if TYPE_CHECKING:
    from .candidates import Draft
    from .gather import Spoke


def carried_on(prev: Spoke | None, d: Draft, text: str) -> bool:
    """Whether a quotation with no speaker of its own goes on with the previous quote's, by
    news typography, as a rule: left open at the end of a paragraph and reopened at the
    start of the next; after a sentence that is only "Adding,"; or following that speaker's
    attribution in the same paragraph with nothing else between ("“A,” said one protester,
    a retired teacher. “B.”")."""
    if prev is None or d.mark is None:
        return False
    if (d.mark.continues and prev.par == d.par - 1) or goes_on_adding(text[prev.end:d.start]):
        return True
    if d.kind != QuoteKind.DIRECT or prev.par != d.par or prev.mention is None:
        return False
    gap = text[prev.end:d.start].strip().strip("“”\"").strip()
    return prev.end <= prev.mention[0] and prev.mention[1] <= d.start and len(gap) < 160 \
        and not any(ch in gap for ch in "“”\"")


def goes_on_adding(gap: str) -> bool:
    """ "… the report “wasn't good.” Adding, “Now, …”": a sentence that is only a participle
    of speech before its quotation goes on with the speaker before it (`gap`: the text
    between that speaker's quote and this quotation)."""
    word = re.fullmatch(r"[\s.,“”\"']*([A-Z][a-z]+ing)\s*[,:]\s*[“\"']*", gap)
    return word is not None and CUE_WORDS.fullmatch(word.group(1)) is not None
