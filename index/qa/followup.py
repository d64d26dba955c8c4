"""Chat follow-ups: what one turn leaves for the next.

Pure. After an answer, the chat keeps the question, its intent, speaker and topic, and how
far it has paged; "more" asks the same question again further down the list, and "and
Peskov?" / "what else did she say?" reuse the speaker or topic (see index.qa.ask).
"""

from __future__ import annotations

from ..types import Answer, AskContext
from .intent import IntentKind


def shown_items(answer: Answer) -> int:
    """How far the next page starts: "who said what" pages by speakers, the rest by
    sentences."""
    if answer.intent == IntentKind.WHO_SAID_WHAT:
        return len({s.speaker for s in answer.sentences})
    return len(answer.sentences)


def next_context(answer: Answer, previous: AskContext | None) -> AskContext:
    """What to remember after `answer`, paging by `shown_items`."""
    shown = shown_items(answer)
    offset = shown
    if previous is not None and answer.question == previous.question:
        offset = previous.offset + shown
    speaker = answer.speaker or (previous.speaker if previous else None)
    return AskContext(speaker=speaker, topic=answer.topic, question=answer.question,
                      offset=offset, intent=answer.intent)
