"""What marks a name as an organisation's in the article that uses it, whatever the tagger
made of it: what only a body has written beside it ("Acme's shareholders", "workers at
Acme"), or a place's name opening it ("Nova Scotia Power"). Pure."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from .gender import is_first_name
from .lexicon import ORG_WORDS, ROLE_WORDS

# What only an organisation has, written right after its name ("Acme's shareholders",
# "Acme chief executive Jo Ross") or before it ("workers at Acme"). No spokesperson: a
# premier has one too.
_FIRM_AFTER = (r"(?:['’]s)?\s+(?:chief executive|CEO|executives?|employees|shareholders|"
               r"headquarters|subsidiary|shares|stock|board of directors)\b|,\s+which\b|"
               r"\s+(?:says|said|announced|confirmed|added)\s+(?:that\s+)?its\b")
_FIRM_BEFORE = (r"\b(?:chief executive|CEO|executives|employees|shareholders|workers|staff|"
                r"officials)\s+(?:of|at|with)\s+")
_LANDS = frozenset("republic states kingdom nations street avenue boulevard highway plaza".split())


def head_word(name: str) -> str:
    """ "association" of "Ontario Medical Association", "ministry" of "Ministry of Health"."""
    words = name.split()
    return (words[words.index("of") - 1] if "of" in words[1:] else words[-1]).lower()


def body_named(label: str, words: list[str]) -> bool:
    """ "St. Michael's Hospital" tagged a place is a body all the same: "the hospital"."""
    return label in ("GPE", "FAC", "LOC") and head_word(" ".join(words)) in ORG_WORDS - _LANDS


def named_as_firm(text: str, phrase: str, geo: set[str],
                  labels: Mapping[str, Counter[str]]) -> bool:
    """Whether `text` writes `phrase` as only a body's name is written (the caller has
    ruled out what only a person's has: an honorific, "who", a first name)."""
    words = phrase.split()
    if any(" ".join(words[:n]) in geo and _thing(words[n:], labels)
           for n in range(1, len(words))):
        return True  # "Nova Scotia Power", "Toronto Hydro": a place's
    name = re.escape(phrase)
    if len(words) > 1 and re.search(rf"\b{name}\s+(?:says|said)\s+(?:that\s+)?it\s+(?:will|"
                                    rf"would|has|had|plans|intends|expects)\b", text):
        return True  # "Norfolk Southern said it would pay": two words, no first name
    # "staff at Acme said", not "staff with the Trump campaign"
    return re.search(rf"\b{name}(?:{_FIRM_AFTER})|{_FIRM_BEFORE}{name}\b(?!['’]s|\s+(?:"
                     rf"campaign|administration|team|[A-Z]))", text) is not None


def _thing(words: list[str], labels: Mapping[str, Counter[str]]) -> bool:
    """Words after a place that name no person: no first name or role in them, and never
    a person's in the tagger's eyes ("Power", not "Governor John Kasich")."""
    return not any(is_first_name(w) or w.lower() in ROLE_WORDS for w in words) and \
        not labels.get(words[-1], Counter())["PERSON"]
