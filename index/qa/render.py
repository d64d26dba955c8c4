"""Answers as plain text (terminal, CLI) and as the JSON the CLI contract promises.

Pure. Telegram's HTML rendering lives in `bot.render`; both read the same `Answer`.
"""

from __future__ import annotations

import textwrap
from typing import Any

from ..types import Answer, Source
from .intent import IntentKind


def to_json(answer: Answer, ident: str | None = None) -> dict[str, Any]:
    """The CLI contract's JSON answer: exactly these keys, in this order."""
    return {
        "id": ident if ident is not None else answer.id,
        "question": answer.question,
        "intent": answer.intent,
        "abstained": answer.abstained,
        "sentences": [
            {"text": s.text, "article_id": s.article_id, "start": s.start, "end": s.end,
             "score": s.score, "citation": s.citation, "speaker": s.speaker}
            for s in answer.sentences
        ],
        "sources": [
            {"citation": src.citation, "article_id": src.article_id, "title": src.title,
             "date": src.date, "source": src.source, "url": src.url,
             "also_in": list(src.also_in)}
            for src in answer.sources
        ],
    }


def source_line(src: Source) -> str:
    bits = [src.title]
    if src.source:
        bits.append(src.source)
    if src.date:
        bits.append(src.date)
    if src.also_in:
        bits.append("also in: " + ", ".join(src.also_in))
    line = f"[{src.citation}] " + ", ".join(bits)
    return f"{line} — {src.url}" if src.url else line


def citation(n: int, sources: tuple[Source, ...]) -> str:
    """ "[1]", or "[1, 2022-01-11]" when the article has a date: every cited sentence
    shows when it was published."""
    src = next((s for s in sources if s.citation == n), None)
    return f"[{n}, {src.date}]" if src is not None and src.date else f"[{n}]"


SHOW_CLOSEST = "show closest"
NOT_AN_ANSWER = "Not an answer — the closest sentences in the articles:"


def to_text(answer: Answer, width: int = 100) -> str:
    if answer.abstained:
        note = answer.note or "The articles don't say."
        if answer.closest is not None:
            note += f"\n(Some sentences come close: type “{SHOW_CLOSEST}”.)"
        return note
    lines = []
    if answer.note:
        lines.append(answer.note)
        lines.append("")
    current_speaker: str | None = None
    for s in answer.sentences:
        if answer.intent != IntentKind.GENERAL and s.speaker and s.speaker != current_speaker:
            current_speaker = s.speaker
            head = s.speaker + (f" ({s.role})" if s.role else "")
            lines.append(f"{head}:")
        who = f"{s.speaker}: " if s.speaker and answer.intent == IntentKind.GENERAL else ""
        body = f"{s.text} {citation(s.citation, answer.sources)}"
        wrapped = textwrap.fill(who + body, width=width, initial_indent="  • ",
                                subsequent_indent="    ")
        lines.append(wrapped)
    lines.append("")
    lines.append("Sources:")
    for src in answer.sources:
        lines.append("  " + source_line(src))
    if answer.more:
        lines.append("")
        lines.append("(more: ask “more”)")
    return "\n".join(lines)
