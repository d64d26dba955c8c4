"""What kind of thing a question asks for, and whether a sentence holds one.

"How many troops …?" is answered by a sentence with a number in it, "When did …?" by one
with a date, "Who …?" by one naming someone the question does not already name. A
sentence that shares the question's words but holds no such thing restates the question
rather than answering it: the scorer learns how much that matters (`type_hit`,
`type_miss` in index.search.features). Pure, and cheap enough for every candidate.
"""

from __future__ import annotations

import re
from functools import lru_cache

NUMBER, TIME, ENTITY, PLACE = "number", "time", "entity", "place"

_KINDS = (
    (NUMBER, re.compile(r"^(?:how\s+(?:many|much|old|long|far|big|large|often|high|tall|"
                        r"deep|fast)|what\s+(?:percentage|percent|share|proportion|number|"
                        r"amount|age|size)|by\s+how\s+much)\b")),
    (TIME, re.compile(r"^(?:when|since\s+when|until\s+when|what\s+(?:year|date|day|month|"
                      r"time|decade|century)|which\s+(?:year|date|day|month|decade|century)|"
                      r"in\s+(?:what|which)\s+(?:year|month|decade|century)|on\s+(?:what|"
                      r"which)\s+(?:day|date))\b")),
    (ENTITY, re.compile(r"^(?:who|whom|whose|by\s+whom|to\s+whom|with\s+whom|from\s+whom|"
                        r"which\s+(?:person|man|woman|company|organi[sz]ation|group|party|"
                        r"team|official|leader|minister|agency|president))\b")),
    (PLACE, re.compile(r"^(?:where|from\s+where|which\s+(?:country|countries|city|cities|"
                       r"state|states|region|regions|town|province|place|nation)|in\s+"
                       r"(?:what|which)\s+(?:country|city|state|region|town|province|place))"
                       r"\b")),
)

_NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen "
                 "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty "
                 "fifty sixty seventy eighty ninety hundred hundreds thousand thousands "
                 "million millions billion billions trillion dozen dozens half quarter "
                 "double twice triple percent").split()
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b", re.I)
_MONTHS = ("january february march april may june july august september october november "
           "december jan feb mar apr jun jul aug sep sept oct nov dec").split()
_TIME = re.compile(
    r"\b(?:1[5-9]\d\d|20\d\d)s?\b|\b\d{1,2}(?::\d\d)?\s*(?:a\.?m|p\.?m)\b|"
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
    r"tomorrow|tonight|ago|earlier|later|last|next|since|until|recently|weeks?|months?|"
    r"years?|days?|decades?|centur(?:y|ies)|morning|evening|night|afternoon|spring|summer|"
    r"autumn|fall|winter)\b|\b(?:" + "|".join(m for m in _MONTHS if m != "may") + r")\b|"
    r"(?-i:\bMay\b)", re.I)
# A capitalised word not opening the sentence, or a run of them: a name of someone or
# somewhere ("said Ambassador Julianne Smith", "in Geneva").
_CAPITALISED = re.compile(r"(?<=[\s(“\"'‘-])[A-Z][\w’'.-]*")
_LOWER_OPENERS = frozenset("the a an this that these those it he she they we i in on at "
                           "but and or so as if when while after before".split())


def expected(question: str) -> str | None:
    """NUMBER, TIME, ENTITY, PLACE, or None when the question asks for no such thing."""
    q = re.sub(r"\s+", " ", question.strip().lower())
    q = re.sub(r"^(?:and|so|but|ok|okay|please|tell me|do you know)[, ]+", "", q)
    for kind, pattern in _KINDS:
        if pattern.match(q):
            return kind
    return None


@lru_cache(maxsize=64)
def _question_words(question: str) -> frozenset[str]:
    # asked once per candidate sentence of the same question: read it once
    return frozenset(w.strip(".,;:!?’'\"“”()").lower() for w in question.split())


def holds(kind: str, sentence: str, question: str) -> bool:
    """Whether `sentence` holds a thing of `kind` that the question does not already say."""
    asked = _question_words(question)
    if kind == NUMBER:
        return any(m.group().lower().rstrip(".,") not in asked
                   for m in _NUMBER.finditer(sentence))
    if kind == TIME:
        return any(m.group().lower() not in asked for m in _TIME.finditer(sentence))
    for m in _CAPITALISED.finditer(" " + sentence):
        word = m.group().strip(".,;:!?’'\"“”()-").lower()
        if word and word not in asked and word not in _LOWER_OPENERS:
            return True
    return False


def agreement(question: str, sentence: str, kind: str | None = None) -> tuple[float, float]:
    """(type_hit, type_miss): 1 where the question asks for a kind of thing and the
    sentence holds one / does not; both 0 when the question asks for no kind."""
    kind = expected(question) if kind is None else kind
    if kind is None:
        return 0.0, 0.0
    return (1.0, 0.0) if holds(kind, sentence, question) else (0.0, 1.0)
