"""Headline-style lines: every word capitalised, so the NER model reads names into them.

"Donald Trump Playing Dumb On Wall", "Why Obama Will Win": a headline (the title, or a
title line repeated at the top of the text, or a subhead) capitalises every word, and the
small model then takes "Playing Dumb" or "Why" for part of a name. A name read in such a
line is trusted only as far as the story's ordinary sentences write it. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_WORDS = re.compile(r"[A-Za-z][\w’'-]*")
# Short words a headline may leave in lower case ("of", "a", "on", "to").
_MINOR = frozenset("a an and as at but by for in of on or the to vs via with from".split())


def is_headline(line: str) -> bool:
    """Four words or more, every one capitalised but the short connecting words: a
    sentence of names still writes its verb in lower case ("Ann Lee met Bo Park")."""
    words = _WORDS.findall(line)
    major = [w for w in words if w.lower() not in _MINOR]
    return len(words) >= 4 and len(major) >= 3 and all(w[:1].isupper() for w in major)


def headline_spans(text: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(s, e) for s, e in sentences if is_headline(text[s:e])]


def written_lower(phrase: str, text: str) -> bool:
    """Whether the story writes `phrase` in lower case somewhere: then it is a common noun
    wherever a line or a sentence start capitalises it ("Hospital Warns", "Runner X")."""
    return bool(re.search(rf"\b{re.escape(phrase.lower())}\b", text))


def within(spans: Sequence[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


def as_the_story_writes(name: str, text: str, headlines: Sequence[tuple[int, int]],
                        ) -> str | None:
    """The longest run of the name's words that an ordinary sentence of the story writes
    ("Donald Trump Playing Dumb" → "Donald Trump"), or None."""
    words = name.split()
    for size in range(len(words), 0, -1):
        for a in range(len(words) - size + 1):
            phrase = " ".join(words[a:a + size])
            if not phrase[:1].isupper() or written_lower(phrase, text):
                continue  # the story writes it lower case: a common noun ("Hospital Warns")
            for m in re.finditer(rf"\b{re.escape(phrase)}\b", text):
                if not within(headlines, m.start()):
                    return phrase
    return None
