"""The terminal chat: the same engine as the bot, one question per line.

Follow-ups ("more", "and Peskov?") use the previous turn, passed to the engine as an
explicit `AskContext`, exactly as the bot does per Telegram chat. "show closest" shows a
declined question's near miss, as the bot's "Closest sentences" button does.
"""

from __future__ import annotations

import sys
from typing import Any, Protocol, TextIO

from ..types import Answer, AskContext
from .followup import next_context
from .render import NOT_AN_ANSWER, SHOW_CLOSEST, to_text

PROMPT = "whosaid> "
BYE = {"quit", "exit", "bye", ":q"}


class Asks(Protocol):
    """What the chat needs of the engine."""

    def ask(self, question: str, context: AskContext | None = None) -> Answer: ...

    def stats(self) -> dict[str, Any]: ...


def run_chat(engine: Asks, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> int:
    stats = engine.stats()
    c = stats["counts"]
    articles = f"{c['articles']} article{'s' * (c['articles'] != 1)}"
    print(f"whosaid — {articles}, {c['quotes']} quotes. Ask a question; “quit” to leave.",
          file=stdout)
    context: AskContext | None = None
    last: Answer | None = None
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
        if question.lower().strip(" .!?") in (SHOW_CLOSEST, "closest"):
            near = last.closest if last is not None else None
            print(f"{NOT_AN_ANSWER}\n\n{to_text(near)}" if near is not None else
                  "Nothing comes close to your last question.", file=stdout)
            print(file=stdout)
            continue
        answer = engine.ask(question, context)
        last = answer
        context = next_context(answer, context)
        print(to_text(answer), file=stdout)
        print(file=stdout)
    return 0

