"""Text helpers every layer shares; pure, and importing nothing else in `index`.

`fold` is the one case-and-accent folding: keyword search, name matching and speaker
keys all compare words through it, so "Niinistö" typed as "niinisto" finds him in both.
"""

from __future__ import annotations

import re
import unicodedata

_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Lower case without accents: "Niinistö" → "niinisto"."""
    if text.isascii():
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).lower()
