"""Does this question read as English? The embedding model and the articles are English.

Pure and deliberately simple: a question written mostly in a non-Latin script (Cyrillic,
Arabic, Hebrew, Greek, CJK, Devanagari …) gets a polite note instead of a wrong answer.
Names in another script inside an English question pass.
"""

from __future__ import annotations

import unicodedata


def script_of(ch: str) -> str:
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "OTHER"
    return name.split(" ", 1)[0]


def reads_english(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return True  # digits or emoji: not a language question
    latin = sum(1 for c in letters if script_of(c) == "LATIN")
    return latin / len(letters) >= 0.6


NOT_ENGLISH = ("I read English only — the articles and my model are in English. "
               "Please ask your question in English.")
