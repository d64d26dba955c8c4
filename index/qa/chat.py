"""The terminal chat: the same engine as the bot, one question per line.

Follow-ups ("more", "and Peskov?") use the previous turn, passed to the engine as an
explicit `AskContext`, exactly as the bot does per Telegram chat.
"""

from __future__ import annotations

import sys
from typing import TextIO

from ..engine import Engine
from ..types import AskContext
from .render import to_text

PROMPT = "whosaid> "
BYE = {"quit", "exit", "bye", ":q"}


def run_chat(engine: Engine, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> int:
    stats = engine.stats()
    c = stats["counts"]
    articles = f"{c['articles']} article{'s' * (c['articles'] != 1)}"
    print(f"whosaid — {articles}, {c['quotes']} quotes. Ask a question; “quit” to leave.",
          file=stdout)
    context: AskContext | None = None
    interactive = stdin.isatty()
    while True:
        if interactive:
            stdout.write(PROMPT)
            stdout.flush()
        line = stdin.readline()
        if not line:
            break
        question = line.strip()
        if question.lower() in BYE:
            break
        if not question:
            continue
        answer = engine.ask(question, context)
        context = answer_context(answer, context)
        print(to_text(answer), file=stdout)
        print(file=stdout)
    return 0


def answer_context(answer, previous: AskContext | None) -> AskContext:  # type: ignore[no-untyped-def]
    from .followup import next_context

    return next_context(answer, previous)
