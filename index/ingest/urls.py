"""One address per story: tracking parameters, fragments and AMP variants removed
(courlan), so the same article reached from two feeds or two links is seen once."""

from __future__ import annotations

import contextlib
import re

import courlan

_AMP = re.compile(r"(?:/amp/?$|/amp(?=/)|[?&]amp(?:=1|=true)?(?=&|$)|\.amp(?=\.html?$))")


def canonical_url(url: str) -> str:
    """ "https://www.ex.org/amp/story?utm_source=x#top" → "https://www.ex.org/story"."""
    clean = courlan.clean_url(url.strip()) or url.strip()
    with contextlib.suppress(ValueError, AttributeError):
        clean = courlan.normalize_url(clean, strict=True)
    clean = _AMP.sub("", clean)
    clean = re.sub(r"^(https?://)amp\.", r"\1", clean)
    return clean.rstrip("?&")
