"""Messages and commands: a few lines each — text in, `engine.ask`, rendered HTML out.

Private chats: any text is a question. Groups: only when addressed (@mention, a reply to
the bot, or /ask), and an answer is one message. Everything a user sends that is not a
question (stickers, photos, voice) gets a polite "text only".
"""

from __future__ import annotations

import logging
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import MessageEntityType
from telegram.error import Forbidden
from telegram.ext import ContextTypes

from index.qa.followup import shown_items

from .admin import add_url
from .chats import Shown
from .language import NOT_ENGLISH, reads_english
from .render import esc, render_answer, render_list
from .replies import answer_keyboard, reply_html
from .state import ask, in_group, state_of, update_user

log = logging.getLogger(__name__)
PRIVATE = "Sorry — this bot is private. Ask its owner for access."
TEXT_ONLY = "I read text only — please type your question."
SLOW_DOWN = "You're asking faster than I can read — please try again in {s} seconds."
APOLOGY = "Sorry — something went wrong on my side. Please try again in a moment."
HELP = (
    "<b>Ask me about the news articles I have read.</b> I answer with their own sentences, "
    "each with a numbered citation you can check.\n\n"
    "• Any message is a question, e.g. <i>How many troops has Russia massed near Ukraine?</i>\n"
    "• <i>Who said what about NATO?</i> — speakers and their words\n"
    "• <i>What did Psaki say about diplomacy?</i> — one speaker\n"
    "• <i>Who is Julianne Smith?</i> — roles, as the articles state them\n"
    "• Follow-ups: <i>and Peskov?</i>, <i>what else did she say?</i>, <i>more</i>\n\n"
    "/ask QUESTION — ask (in groups: or mention me, or reply to me)\n"
    "/who TOPIC — who said what about a topic\n"
    "/said NAME [about TOPIC] — what someone said\n"
    "/speakers — who is quoted\n"
    "/sources — the outlets and dates of what I have read; /latest — the newest articles\n"
    "/follow NAME or TOPIC — an alert when someone says something new about it; "
    "/following, /unfollow N\n"
    "/reset — forget our conversation\n"
    "/help — this message"
)
COMMANDS = [
    ("start", "What I know and how to ask"),
    ("help", "How to ask"),
    ("ask", "Ask a question"),
    ("who", "Who said what about a topic"),
    ("said", "What someone said [about a topic]"),
    ("speakers", "Who is quoted"),
    ("sources", "Outlets and dates of the articles"),
    ("latest", "The newest articles"),
    ("follow", "Alerts: /follow Peskov, /follow NATO"),
    ("following", "What you follow"),
    ("unfollow", "Stop following: /unfollow N"),
    ("feed", "News feeds (admins: add, list, remove)"),
    ("reset", "Forget our conversation"),
]


async def answer_question(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str,
                          ) -> None:
    """The one path from a question to a cited answer on screen."""
    state = state_of(context)
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    if not state.allowed(update.effective_user, chat):
        await reply_html(state, message, esc(PRIVATE))
        return
    wait = state.limiter.check(update_user(update))
    if wait:
        await reply_html(state, message, esc(SLOW_DOWN.format(s=max(1, round(wait)))))
        return
    if not reads_english(question):
        await reply_html(state, message, esc(NOT_ENGLISH))
        return
    answer = await ask(state, context, chat.id, question)
    group = in_group(chat)
    parts = render_answer(answer, max_messages=state.config.group_max_messages if group else None)
    shown = Shown(answer.question, answer, shown_items(answer), chat.id)
    key = state.answers.add(shown)
    markup = answer_keyboard(key, bool(answer.sentences), answer.closest is not None)
    for n, part in enumerate(parts):
        last = n == len(parts) - 1
        sent = await reply_html(state, message, part, markup if last else None, quote=n == 0)
        shown.message_ids.append(sent.message_id)


def _addressed(message: Message, username: str | None, bot_id: int) -> tuple[bool, str]:
    """In a group: is the bot addressed, and what is the question without the @mention?"""
    text = message.text or ""
    replied = message.reply_to_message
    if replied and replied.from_user and replied.from_user.id == bot_id:
        return True, text
    if username:
        for ent in message.entities or ():
            if ent.type == MessageEntityType.MENTION:
                mention = text[ent.offset:ent.offset + ent.length]
                if mention.lower() == f"@{username.lower()}":
                    return True, (text[:ent.offset] + text[ent.offset + ent.length:]).strip()
    return False, text


_URL = re.compile(r"^\s*(https?://\S+)\s*$", re.IGNORECASE)


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None or message.text is None:
        return
    text = message.text
    if in_group(update.effective_chat):
        addressed, text = _addressed(message, context.bot.username, context.bot.id)
        if not addressed:
            return
    url = _URL.match(text)
    if url:
        await add_url(update, context, url.group(1))
        return
    await answer_question(update, context, text)


async def on_not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None or (in_group(update.effective_chat) and not _addressed(
            message, context.bot.username, context.bot.id)[0]):
        return
    await reply_html(state_of(context), message, esc(TEXT_ONLY))


def _args(context: ContextTypes.DEFAULT_TYPE) -> str:
    return " ".join(context.args or []).strip()


async def cmd_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    state = state_of(context)
    if update.effective_message is None:
        return
    stats = state.engine.stats()
    c = stats["counts"]
    span = ""
    if stats["first_date"]:
        span = f", from {esc(stats['first_date'])} to {esc(stats['last_date'])}"
    plural = "s" * (c["articles"] != 1)
    text = (f"<b>Hello! I answer questions about {c['articles']} news article{plural}{span}</b> — "
            f"with their own sentences, cited, and who said them "
            f"({c['quotes']} quotes from {c['speakers']} speakers).\n\n"
            "Ask anything, or try one of these:")
    buttons = [[InlineKeyboardButton(q[:60], callback_data=f"ex:{n}")]
               for n, q in enumerate(state.config.examples[:3])]
    await reply_html(state, update.effective_message, text, InlineKeyboardMarkup(buttons))


async def cmd_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_message:
        await reply_html(state_of(context), update.effective_message, HELP)


async def cmd_ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    question = _args(context)
    if not question:
        if update.effective_message:
            await reply_html(state_of(context), update.effective_message,
                             "Ask after the command, e.g. <i>/ask Who said what about NATO?</i>")
        return
    await answer_question(update, context, question)


async def cmd_who(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    topic = _args(context)
    await answer_question(update, context,
                          f"Who said what about {topic}?" if topic else "Who said what?")


async def cmd_said(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    args = _args(context)
    m = re.match(r"^(?P<name>.+?)(?:\s+(?:about|on)\s+(?P<topic>.+))?$", args, re.IGNORECASE)
    if not args or not m:
        if update.effective_message:
            await reply_html(state_of(context), update.effective_message,
                             "Name someone, e.g. <i>/said Psaki about diplomacy</i>")
        return
    name, topic = m.group("name"), m.group("topic")
    await answer_question(update, context,
                          f"What did {name} say" + (f" about {topic}?" if topic else "?"))


async def cmd_speakers(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    state = state_of(context)
    if update.effective_message is None:
        return
    speakers = state.engine.speakers()
    if not speakers:
        await reply_html(state, update.effective_message, "No one is quoted in the articles yet.")
        return
    lines = []
    for sp in speakers[:30]:
        roles = "; ".join(dict.fromkeys(r for r, _ in sp.roles))
        lines.append(f"{sp.name} — {sp.quotes} quote{'s' * (sp.quotes != 1)}"
                     + (f" ({roles})" if roles else ""))
    if len(speakers) > 30:
        lines.append(f"… and {len(speakers) - 30} more")
    await reply_html(state, update.effective_message, render_list("Who is quoted", lines))


async def cmd_sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    state = state_of(context)
    if update.effective_message is None:
        return
    rows = state.engine.articles()
    if not rows:
        await reply_html(state, update.effective_message, "No articles yet.")
        return
    outlets: dict[str, list[str]] = {}
    for a in rows:
        outlets.setdefault(a.source or "(no outlet given)", []).append(a.date or "")
    dates = sorted(d for a in rows if (d := a.date))
    span = f", {dates[0][:10]} to {dates[-1][:10]}" if dates else ""
    lines = []
    for name, days in sorted(outlets.items(), key=lambda kv: -len(kv[1]))[:30]:
        known = sorted(d for d in days if d)
        when = f", {known[0][:10]} to {known[-1][:10]}" if known else ""
        lines.append(f"{name} — {len(days)} article{'s' * (len(days) != 1)}{when}")
    copies = sum(a.copies for a in rows)
    title = (f"{len(rows)} articles from {len(outlets)} outlet{'s' * (len(outlets) != 1)}"
             f"{span}" + (f" ({copies} syndicated copies merged)" if copies else ""))
    await reply_html(state, update.effective_message, render_list(title, lines))


async def cmd_reset(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    state = state_of(context)
    if update.effective_chat and update.effective_message:
        state.memory.reset(update.effective_chat.id)
        await reply_html(state, update.effective_message,
                         "Done — I've forgotten our conversation. Ask me anything.")


async def cmd_unknown(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_message and not in_group(update.effective_chat):
        await reply_html(state_of(context), update.effective_message,
                         "I don't know that command. /help lists what I can do.")


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log first (with the traceback), then tell the user something short. A user who
    blocked the bot is no error of ours, and cannot be told anything."""
    if isinstance(context.error, Forbidden):
        log.info("a reply was refused: %s", context.error)
        return
    log.error("error while handling an update", exc_info=context.error)
    if isinstance(update, Update) and update.effective_message:
        try:
            await update.effective_message.reply_text(APOLOGY)
        except Exception:  # the apology is best effort; the log already has the cause
            log.warning("could not send the apology")
