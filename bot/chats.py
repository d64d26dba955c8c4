"""What the bot remembers between messages, in memory: per-chat follow-up context,
recent answers for their buttons, and per-user rate limits.

Pure Python, thread-safe enough for one asyncio loop (no awaits inside). A restart forgets
everything, which is the right failure for a chat bot: nothing here is precious.
"""

from __future__ import annotations

import secrets
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field

from index.types import Answer, AskContext

Clock = Callable[[], float]


class ChatMemory:
    """The previous turn of each chat, forgotten after `ttl` seconds or on /reset."""

    def __init__(self, ttl: float, clock: Clock = time.monotonic) -> None:
        self.ttl = ttl
        self.clock = clock
        self._data: dict[int, tuple[float, AskContext]] = {}

    def get(self, chat_id: int) -> AskContext | None:
        got = self._data.get(chat_id)
        if got is None:
            return None
        when, ctx = got
        if self.clock() - when > self.ttl:
            del self._data[chat_id]
            return None
        return ctx

    def put(self, chat_id: int, ctx: AskContext) -> None:
        self._data[chat_id] = (self.clock(), ctx)
        if len(self._data) > 10_000:  # bounded: drop the oldest
            oldest = min(self._data, key=lambda k: self._data[k][0])
            del self._data[oldest]

    def reset(self, chat_id: int) -> None:
        self._data.pop(chat_id, None)


@dataclass(slots=True)
class Shown:
    """An answer on screen, for its Context / More / Sources buttons."""

    question: str
    answer: Answer
    offset: int  # items shown so far (for More)
    chat_id: int
    message_ids: list[int] = field(default_factory=list)


class AnswerCache:
    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[str, Shown] = OrderedDict()

    def add(self, shown: Shown) -> str:
        key = secrets.token_urlsafe(6)  # 8 characters: callback data stays tiny
        self._data[key] = shown
        while len(self._data) > self.size:
            self._data.popitem(last=False)
        return key

    def get(self, key: str) -> Shown | None:
        return self._data.get(key)


class RateLimiter:
    """At most `limit` questions per user in any `window` seconds."""

    def __init__(self, limit: int, window: float, clock: Clock = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self._seen: dict[int, deque[float]] = {}

    def check(self, user_id: int) -> float:
        """0 if the user may ask now (and counts it), else seconds to wait."""
        now = self.clock()
        q = self._seen.setdefault(user_id, deque())
        while q and now - q[0] >= self.window:
            q.popleft()
        if len(q) >= self.limit:
            return self.window - (now - q[0])
        q.append(now)
        return 0.0
