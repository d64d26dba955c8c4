"""Live news in the bot: feeds polled on PTB's job queue, /feed, /latest, /follow and the
alerts followers get.

The poll runs in a worker thread (`asyncio.to_thread`): fetching, extracting, parsing and
embedding never block the event loop, so questions keep being answered; the engine serves
the new generation as soon as the build publishes it. Alerts go out after each poll that
indexed something: one message per chat, within Telegram's limits (the application's
rate limiter), each quote once per follow; a chat that blocked the bot (403) loses its
follows.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections import defaultdict
from dataclasses import dataclass

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import Forbidden
from telegram.ext import Application, ContextTypes

from index.config import seconds
from index.news.alerts import Alert, pending
from index.news.watch import PollReport, Watcher
from index.qa.speakers import match_speakers
from index.storage.state import State

from .render import esc, pack_lines
from .replies import NO_PREVIEW, reply_html
from .state import BotState, in_group, send, state_of

log = logging.getLogger(__name__)
POLL_JOB = "whosaid-poll"
PRUNE_EVERY = 6 * 3600  # seconds between retention runs


@dataclass(slots=True)
class News:
    state: State
    watcher: Watcher
    busy: asyncio.Lock
    polls: int = 0  # polls finished (for status and tests)


def attach(app: Application, bot: BotState) -> None:
    """Schedule polling (and retention) when feeds exist or may be added."""
    engine = bot.engine
    state = State(engine.index_dir)
    watcher = Watcher(engine.config, state, engine.add_articles, engine.remove_articles)
    bot.news = News(state, watcher, asyncio.Lock())
    queue = app.job_queue
    if queue is None:  # PTB without its job-queue extra: commands still work
        return
    tick = min([seconds(engine.config.news.poll_every),
                *[seconds(f.every) for f in engine.config.feeds if f.every], 60])
    queue.run_repeating(poll_job, interval=tick, first=5, name=POLL_JOB)
    if engine.config.news.keep_days > 0:
        queue.run_repeating(prune_job, interval=PRUNE_EVERY, first=60)


async def poll_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Poll the feeds that are due (every feed, when the job's data says force)."""
    bot = state_of(context)
    data = context.job.data if context.job is not None else None
    force = bool(isinstance(data, dict) and data.get("force"))
    news = bot.news
    if news is None or news.busy.locked():
        return  # the previous poll is still ingesting
    async with news.busy:
        try:
            report: PollReport = await asyncio.to_thread(news.watcher.poll, force)
            if report.polled:
                log.info("%s", report.summary())
            if report.added:
                engine = bot.engine
                alerts = await asyncio.to_thread(pending, engine.store, news.state,
                                                 engine.embedder, report.added)
                await send_alerts(context, bot, alerts)
        finally:
            news.polls += 1


async def prune_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    bot = state_of(context)
    if bot.news is not None:
        removed = await asyncio.to_thread(bot.news.watcher.prune)
        if removed:
            log.info("removed %d articles older than %d days", len(removed),
                     bot.engine.config.news.keep_days)


def render_alerts(alerts: list[Alert]) -> list[str]:
    lines = []
    for alert in alerts:
        lines.append(f"<b>New quotes</b> — you follow <i>{esc(alert.follow.describe())}</i>")
        for q in alert.quotes:
            carried = f" · carried by {q.outlets} outlets" if q.outlets > 1 else ""
            where = ", ".join(esc(x) for x in (q.source, q.date) if x)
            title = esc(q.title)
            if q.url and q.url.startswith(("http://", "https://")):
                title = f'<a href="{esc(q.url)}">{title}</a>'
            lines.append(f"<b>{esc(q.speaker)}</b>\n<blockquote>{esc(q.text)}</blockquote>"
                         f"{title}" + (f" — {where}" if where else "") + carried)
        if alert.more:
            lines.append(f"<i>… and {alert.more} more.</i>")
    return pack_lines(lines)


async def send_alerts(context: ContextTypes.DEFAULT_TYPE, bot: BotState,
                      alerts: list[Alert]) -> None:
    assert bot.news is not None
    by_chat: dict[int, list[Alert]] = defaultdict(list)
    for alert in alerts:
        by_chat[alert.follow.chat_id].append(alert)
    for chat_id, mine in by_chat.items():
        try:
            for text in render_alerts(mine):
                await send(bot, context.bot.send_message, chat_id, text,
                           parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW)
        except Forbidden:
            dropped = bot.news.state.forget_chat(chat_id)
            log.info("chat %s blocked the bot: %d follows removed", chat_id, dropped)
            continue
        for alert in mine:
            bot.news.state.alerted(alert.follow.id, alert.keys)


# --- commands ---------------------------------------------------------------------------------

_FEED = re.compile(r"^(add|list|remove)\b\s*(.*)$", re.IGNORECASE)


async def cmd_feed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    bot = state_of(context)
    message = update.effective_message
    if message is None or bot.news is None:
        return
    m = _FEED.match(" ".join(context.args or []))
    if m is None:
        await reply_html(bot, message, "Use <i>/feed add URL</i>, <i>/feed list</i> or "
                                       "<i>/feed remove N</i>.")
        return
    verb, arg = m.group(1).lower(), m.group(2).strip()
    if verb == "list":
        await reply_html(bot, message, _feed_list(bot))
        return
    if not bot.is_admin(update.effective_user) or in_group(update.effective_chat):
        await reply_html(bot, message, "Only the bot's admins can change feeds, in a private "
                                       "chat with me.")
        return
    if verb == "add":
        if not arg.startswith(("http://", "https://")):
            await reply_html(bot, message, "Send the feed's address: <i>/feed add "
                                           "https://example.org/rss.xml</i>")
            return
        added = bot.news.state.add_feed(arg, None, update.effective_user.id
                                        if update.effective_user else None)
        every = bot.engine.config.news.poll_every
        await reply_html(bot, message, (f"Added {esc(arg)}. I poll it every {esc(every)}."
                                        if added else f"{esc(arg)} is already a feed."))
        if added and context.job_queue is not None:
            context.job_queue.run_once(poll_job, 1)  # the new feed is due at once
        return
    feeds = bot.news.state.feeds()
    if not arg.isdigit() or not 1 <= int(arg) <= len(feeds):
        await reply_html(bot, message, "Which one? <i>/feed list</i> numbers them.")
        return
    feed = feeds[int(arg) - 1]
    if any(f.url == feed.url for f in bot.engine.config.feeds):
        await reply_html(bot, message, f"{esc(feed.url)} comes from config.toml; remove it "
                                       "there.")
        return
    bot.news.state.remove_feed(feed.url)
    await reply_html(bot, message, f"Removed {esc(feed.url)}.")


def _feed_list(bot: BotState) -> str:
    assert bot.news is not None
    feeds = bot.news.state.feeds()
    if not feeds:
        return "No feeds yet. Admins add one with <i>/feed add URL</i>."
    lines = ["<b>Feeds</b>"]
    for n, f in enumerate(feeds, 1):
        status = (f"last read {esc(f.last_success)}" if f.last_success else "not read yet")
        if f.last_error and f.failures:
            status += f"; failing: {esc(f.last_error)}"
        lines.append(f"{n}. {esc(f.url)} — {f.articles} article{'s' * (f.articles != 1)}, "
                     f"{status}")
    return "\n".join(lines)


async def cmd_latest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    bot = state_of(context)
    if update.effective_message is None:
        return
    rows = [a for a in bot.engine.articles() if a.date][-10:]
    if not rows:
        await reply_html(bot, update.effective_message, "No dated articles yet.")
        return
    lines = ["<b>Latest articles</b>"]
    for a in reversed(rows):
        title = esc(a.title)
        if a.url and a.url.startswith(("http://", "https://")):
            title = f'<a href="{esc(a.url)}">{title}</a>'
        also = f" (+{a.copies} outlets)" if a.copies else ""
        lines.append(f"{esc(a.date or '')} · {title} — {esc(a.source or '?')}{also}")
    await reply_html(bot, update.effective_message, pack_lines(lines)[0])


_ABOUT = re.compile(r"^(?P<who>.+?)\s+(?:about|on)\s+(?P<topic>.+)$", re.IGNORECASE)


def understand_follow(bot: BotState, text: str) -> tuple[str | None, str | None]:
    """(speaker, topic): "Peskov about NATO" is both; a name the index quotes, or one
    written like a person's name, is a speaker; anything else is a topic."""
    m = _ABOUT.match(text)
    if m:
        return m.group("who").strip(), m.group("topic").strip()
    found = match_speakers(bot.engine.speaker_names(), text)
    kinds = bot.engine.store.speaker_kinds()
    if any(kinds.get(name) == "person" for _, name in found):
        return text, None
    words = text.split()
    if 2 <= len(words) <= 4 and all(w[:1].isupper() and not w.isupper() for w in words):
        return text, None  # "Jens Stoltenberg", not quoted yet
    return None, text


async def cmd_follow(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    bot = state_of(context)
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None or bot.news is None:
        return
    text = " ".join(context.args or []).strip()
    if not text:
        await reply_html(bot, message, "Follow someone or something: <i>/follow Peskov</i>, "
                                       "<i>/follow NATO</i>, <i>/follow Peskov about NATO</i>.")
        return
    speaker, topic = understand_follow(bot, text[:200])
    follow = bot.news.state.follow(chat.id, speaker, topic)
    what = (f"quotes by <b>{esc(speaker)}</b> about <b>{esc(topic)}</b>" if speaker and topic
            else f"quotes by <b>{esc(speaker)}</b>" if speaker else
            f"quotes about <b>{esc(topic or '')}</b>")
    await reply_html(bot, message, f"Following {what} (#{follow.id}). When new articles bring "
                                   "one, I'll send it here. /following lists what you follow.")


async def cmd_following(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    bot = state_of(context)
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None or bot.news is None:
        return
    follows = bot.news.state.follows(chat.id)
    if not follows:
        await reply_html(bot, message, "You follow nothing yet: <i>/follow Peskov</i>.")
        return
    lines = ["<b>You follow</b>"] + [f"{n}. {esc(f.describe())}"
                                     for n, f in enumerate(follows, 1)]
    lines.append("<i>/unfollow N</i> stops one.")
    await reply_html(bot, message, "\n".join(lines))


async def cmd_unfollow(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    bot = state_of(context)
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None or bot.news is None:
        return
    follows = bot.news.state.follows(chat.id)
    arg = " ".join(context.args or []).strip()
    if not arg.isdigit() or not 1 <= int(arg) <= len(follows):
        await reply_html(bot, message, "Which one? <i>/following</i> numbers them.")
        return
    follow = follows[int(arg) - 1]
    bot.news.state.unfollow(follow.id)
    await reply_html(bot, message, f"Stopped following {esc(follow.describe())}.")
