"""Admin-only ingestion from the chat: a URL or an uploaded file becomes indexed articles.

Anyone else gets a polite refusal. Work runs in a thread; the engine reloads the new index
generation, so the next question already sees the new articles.
"""

from __future__ import annotations

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from index.errors import BadArticle
from index.ingest.web import article_from_download
from index.types import Article

from .ingest import articles_from_upload, fetch
from .render import esc
from .replies import reply_html
from .state import state_of, think

NOT_ADMIN = ("Only the bot's admins can add articles. You can still ask me anything about "
             "the ones I have.")


async def _index(update: Update, context: ContextTypes.DEFAULT_TYPE, articles: list[Article],
                 problems: list[BadArticle]) -> None:
    state = state_of(context)
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    lines = []
    if articles:
        report = await think(state, context, chat.id, state.engine.add_articles, articles)
        added = [a for a in articles if a.id in report.added]
        for a in added:
            lines.append(f"Added: <b>{esc(a.title)}</b>")
        for a in articles:
            if a.id in report.unchanged:
                lines.append(f"Already indexed: {esc(a.title)}")
        problems = [*problems, *report.problems]
        c = report.counts
        lines.append(f"Now {c['articles']} articles, {c['quotes']} quotes from "
                     f"{c['speakers']} speakers.")
    for p in problems:
        lines.append(f"Skipped {esc(p.where)}: {esc(p.why)}")
    await reply_html(state, message, "\n".join(lines) or "Nothing to add.")


async def add_url(update: Update, context: ContextTypes.DEFAULT_TYPE, url: str) -> None:
    state = state_of(context)
    message = update.effective_message
    if message is None:
        return
    if not state.is_admin(update.effective_user):
        await reply_html(state, message, esc(NOT_ADMIN))
        return
    try:
        body, kind, final = await fetch(url, state.fetch)
        article = article_from_download(body, kind, final)
    except BadArticle as err:
        await _index(update, context, [], [err])
        return
    await _index(update, context, [article], [])


async def on_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    state = state_of(context)
    message = update.effective_message
    if message is None or message.document is None:
        return
    if not state.is_admin(update.effective_user):
        await reply_html(state, message, esc(NOT_ADMIN))
        return
    doc = message.document
    name = doc.file_name or "upload.txt"
    if doc.file_size and doc.file_size > state.config.upload_max_bytes:
        await _index(update, context, [], [BadArticle(name, "file too large")])
        return
    try:
        file = await context.bot.get_file(doc.file_id)
        data = bytes(await file.download_as_bytearray())
    except TelegramError as err:  # the reason, not the generic apology
        await _index(update, context, [], [BadArticle(name, f"Telegram would not hand the "
                                                            f"file over ({err.message})")])
        return
    if len(data) > state.config.upload_max_bytes:
        await _index(update, context, [], [BadArticle(name, "file too large")])
        return
    articles, problems = articles_from_upload(data, name)
    await _index(update, context, articles, problems)
