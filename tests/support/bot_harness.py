"""Runs the real PTB Application (bot.app.build_application) against the Bot API emulator."""

from __future__ import annotations

import re
import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from telegram.constants import MessageLimit
from telegram.ext import Application

from bot.app import build_application
from bot.config import BotConfig
from index.config import Config, load_config
from index.engine import Engine
from tests.conftest import ROOT
from tests.support.botapi import BotAPI

ALLOWED_TAGS = {"b", "i", "u", "s", "a", "code", "pre", "blockquote", "tg-spoiler"}


class _Check(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.errors.append(f"tag <{tag}> not allowed by Telegram")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.errors.append(f"unbalanced </{tag}>")


def valid_telegram_html(text: str) -> list[str]:
    """Problems Telegram would reject: unknown or unbalanced tags, bare '<' or '&', length."""
    problems = []
    if len(text) > MessageLimit.MAX_TEXT_LENGTH:
        problems.append(f"{len(text)} characters")
    if re.search(r"&(?!(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)", text):
        problems.append("unescaped &")
    check = _Check()
    check.feed(text)
    check.close()
    problems += check.errors
    if check.stack:
        problems.append(f"unclosed {check.stack}")
    return problems


@dataclass
class Harness:
    api: BotAPI
    app: Application
    engine: Engine

    async def replies(self, chat_id: int, n: int = 1, timeout: float = 30) -> list[dict[str, Any]]:
        """Wait until `n` messages were sent to `chat_id`; check each is valid Telegram HTML."""
        import asyncio
        import time

        deadline = time.monotonic() + timeout
        while True:
            got = [p for p in self.api.sent("sendMessage") if p["chat_id"] == chat_id]
            if len(got) >= n:
                for p in got:
                    assert not valid_telegram_html(p["text"]), (valid_telegram_html(p["text"]),
                                                                p["text"])
                return got
            if time.monotonic() > deadline:
                raise AssertionError(f"chat {chat_id}: {len(got)} of {n} replies")
            await asyncio.sleep(0.02)


@asynccontextmanager
async def running_bot(index: Path, tmp: Path, embedder: Any, config: Config | None = None,
                      api: BotAPI | None = None, **overrides: Any) -> AsyncIterator[Harness]:
    """The bot on a copy of `index` (kept when it is already at tmp/bot-index, so a test
    can restart the bot on the same index and state)."""
    copy = tmp / "bot-index"
    if not copy.exists():
        shutil.copytree(index, copy)
    own_api = api is None
    api = api or BotAPI()
    if own_api:
        await api.start()
    config = config or load_config(ROOT / "config.toml")
    engine = Engine(copy, config, embedder)
    bot_config = replace(BotConfig(), base_url=api.base_url, base_file_url=api.file_url,
                         admins=(1,), rate_limit=1000, inline_debounce=0.05, **overrides)
    app = build_application(config, engine, bot_config, token=api.token)
    await app.initialize()
    assert app.post_init is not None
    await app.post_init(app)
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    try:
        yield Harness(api, app, engine)
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
        if own_api:
            await api.stop()
