"""Inline mode: "@bot question" in any chat offers the best cited sentences.

No work for queries under `inline_min_chars`; a query is answered only after the user
paused typing for `inline_debounce` seconds (a newer query from the same user supersedes
it); answers are cached by query text for `inline_cache_seconds`.
"""

from __future__ import annotations

import asyncio
import time

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from .language import reads_english
from .render import esc, source_line
from .replies import NO_PREVIEW
from .state import state_of, think

MAX_RESULTS = 5


async def on_inline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.inline_query
    if query is None:
        return
    state = state_of(context)
    cfg = state.config
    text = " ".join(query.query.split())
    if len(text) < cfg.inline_min_chars or not reads_english(text):
        await query.answer([], cache_time=cfg.inline_cache_seconds)
        return
    if not state.allowed(query.from_user, None):
        await query.answer([], cache_time=cfg.inline_cache_seconds, is_personal=True)
        return
    user = query.from_user.id
    state.inline_latest[user] = query.id
    await asyncio.sleep(cfg.inline_debounce)
    if state.inline_latest.get(user) != query.id:
        return  # the user kept typing; the newer query answers
    key = text.lower()
    cached = state.inline_cache.get(key)
    if cached and time.monotonic() - cached[0] < cfg.inline_cache_seconds:
        results = cached[1]
    else:
        answer = await think(state, context, user, state.engine.ask, text)
        results = []
        for n, s in enumerate(answer.sentences[:MAX_RESULTS]):
            src = next((x for x in answer.sources if x.citation == s.citation), None)
            who = f"<b>{esc(s.speaker)}</b>: " if s.speaker else ""
            body = f"{who}<blockquote>{esc(s.text)}</blockquote>"
            if src:
                body += "\n" + source_line(src)
            results.append(InlineQueryResultArticle(
                id=f"{n}", title=(s.speaker or (src.title if src else "Answer"))[:100],
                description=s.text[:200],
                input_message_content=InputTextMessageContent(
                    body, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW)))
        state.inline_cache[key] = (time.monotonic(), results)
        if len(state.inline_cache) > 1000:
            state.inline_cache.pop(next(iter(state.inline_cache)))
    await query.answer(results, cache_time=cfg.inline_cache_seconds)
