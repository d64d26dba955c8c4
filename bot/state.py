"""Everything the handlers share, built once and kept in `application.bot_data`.

Also the two things every handler needs: running a question off the event loop (with a
"typing" indicator and a cap on concurrent model work) and sending replies that survive
Telegram's 5xx answers and dropped connections (429s are the rate limiter's job).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from telegram import Chat, Update, User
from telegram.constants import ChatAction, ChatType
from telegram.error import BadRequest, NetworkError, TimedOut
from telegram.ext import ContextTypes

from index.config import FetchConfig
from index.engine import Engine
from index.qa.followup import next_context
from index.types import Answer

from .chats import AnswerCache, ChatMemory, RateLimiter
from .config import BotConfig, fetch_config

if TYPE_CHECKING:
    from .news import News

T = TypeVar("T")
KEY = "whosaid"


@dataclass(slots=True)
class BotState:
    engine: Engine
    config: BotConfig
    memory: ChatMemory
    answers: AnswerCache
    limiter: RateLimiter
    work: asyncio.Semaphore
    fetch: FetchConfig
    inline_latest: dict[int, str] = field(default_factory=dict)
    inline_cache: dict[str, tuple[float, list[Any]]] = field(default_factory=dict)
    news: News | None = None  # set by bot.news.attach

    @classmethod
    def create(cls, engine: Engine, config: BotConfig) -> BotState:
        return cls(engine, config, ChatMemory(config.context_ttl), AnswerCache(config.answers_kept),
                   RateLimiter(config.rate_limit, config.rate_window),
                   asyncio.Semaphore(config.concurrent_questions),
                   fetch_config(engine.config, config))

    def allowed(self, user: User | None, chat: Chat | None) -> bool:
        cfg = self.config
        if not cfg.allowed_users and not cfg.allowed_chats:
            return True
        return bool((user and user.id in cfg.allowed_users)
                    or (chat and chat.id in cfg.allowed_chats)
                    or (user and user.id in cfg.admins))

    def is_admin(self, user: User | None) -> bool:
        return bool(user and user.id in self.config.admins)


def state_of(context: ContextTypes.DEFAULT_TYPE) -> BotState:
    state: BotState = context.bot_data[KEY]
    return state


def in_group(chat: Chat | None) -> bool:
    return bool(chat and chat.type in (ChatType.GROUP, ChatType.SUPERGROUP))


async def send(state: BotState, fn: Callable[..., Awaitable[T]], *args: Any, **kw: Any) -> T:
    """Call a Bot API method, retrying 5xx answers and broken connections a few times."""
    attempts = max(1, state.config.send_retries)
    for attempt in range(attempts):
        try:
            return await fn(*args, **kw)
        except BadRequest:
            raise
        except (NetworkError, TimedOut):
            if attempt == attempts - 1:
                raise
            await asyncio.sleep(0.3 * 2 ** attempt)
    raise AssertionError("unreachable")


async def think(state: BotState, context: ContextTypes.DEFAULT_TYPE, chat_id: int,
                fn: Callable[..., T], *args: Any, **kw: Any) -> T:
    """Run model work in a thread, showing "typing…" while it runs."""
    async def typing() -> None:
        try:
            while True:
                await context.bot.send_chat_action(chat_id, ChatAction.TYPING)
                await asyncio.sleep(4.5)  # Telegram shows the action for about 5 s
        except (NetworkError, TimedOut):
            return

    ticker = asyncio.create_task(typing())
    try:
        async with state.work:
            return await asyncio.to_thread(fn, *args, **kw)
    finally:
        ticker.cancel()


async def ask(state: BotState, context: ContextTypes.DEFAULT_TYPE, chat_id: int, question: str,
              offset: int = 0, remember: bool = True) -> Answer:
    previous = state.memory.get(chat_id)
    answer = await think(state, context, chat_id, state.engine.ask, question, previous,
                         offset=offset)
    if remember:
        state.memory.put(chat_id, next_context(answer, previous))
    return answer


def update_user(update: Update) -> int:
    return update.effective_user.id if update.effective_user else 0
