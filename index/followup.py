"""Chat follow-ups: what one turn leaves for the next.

Pure. After an answer, the chat keeps the question, its speaker and topic, and how many
sentences were shown; "more" asks the same question again further down the list.
"""

from __future__ import annotations

from .types import Answer, AskContext


def next_context(answer: Answer, previous: AskContext | None) -> AskContext:
    shown = len(answer.sentences)
    if previous is not None and answer.question == previous.question:
        return AskContext(speaker=answer.speaker, topic=answer.topic, question=answer.question,
                          offset=previous.offset + shown)
    return AskContext(speaker=answer.speaker, topic=answer.topic, question=answer.question,
                      offset=shown)
