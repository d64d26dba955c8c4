"""From a raw question to an Answer: tidy the text, pick the path, run it.

Questions arrive from people: empty, padded, thousands of characters long, full of HTML.
They are tidied here once so every front end behaves the same; then the question goes
down the general path (retrieve and cite) or, once intents exist, a speaker path.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import answer as A
from .types import Answer, AskContext

if TYPE_CHECKING:
    from .engine import Engine

EMPTY_NOTE = "Ask me something about the articles, e.g. “Who said what about NATO?”"
NOTHING_TO_SEARCH = "I couldn't find any words to search for in that. Try a question in English."
NO_MORE = "That's all the articles say about that."
ASK_FIRST = "Ask a question first; then “more” shows further results."
_SPACE = re.compile(r"\s+")
_MORE = re.compile(r"^(?:more|next|go on|continue|show more|more please|tell me more|"
                   r"what else|anything else)\W*$", re.IGNORECASE)


def tidy(question: str, max_chars: int) -> tuple[str, bool]:
    """Collapse whitespace and cut overlong text at a word boundary; says if it was cut."""
    q = _SPACE.sub(" ", question).strip()
    if len(q) <= max_chars:
        return q, False
    cut = q[:max_chars].rsplit(" ", 1)[0] or q[:max_chars]
    return cut, True


def answer_question(engine: Engine, question: str, context: AskContext | None = None, *,
                    offset: int = 0, limit: int | None = None) -> Answer:
    q, cut = tidy(question, engine.config.answer.max_question_chars)
    if not q:
        return A.abstain(question, "general", EMPTY_NOTE)
    if not any(c.isalnum() for c in q):
        return A.abstain(q, "general", NOTHING_TO_SEARCH)
    if _MORE.match(q):
        if context is None or not context.question:
            return A.abstain(q, "general", ASK_FIRST)
        answer = engine.general(context.question, offset=context.offset, limit=limit)
        if answer.abstained and context.offset:
            from dataclasses import replace

            answer = replace(answer, note=NO_MORE)
        return answer
    answer = engine.general(q, offset=offset, limit=limit)
    if cut:
        from dataclasses import replace

        note = f"(Your question was long; I read its first {len(q)} characters.)"
        answer = replace(answer, note=f"{note} {answer.note}" if answer.note else note)
    return answer
