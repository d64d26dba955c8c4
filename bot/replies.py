"""Sending an answer back: HTML replies without link previews, and the buttons under an
answer. Shared by the handlers, the admin commands and the buttons, which otherwise
would import each other."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Message
from telegram.constants import ParseMode

from .state import BotState, send

NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def answer_keyboard(key: str, has_sentences: bool, has_closest: bool = False,
                    ) -> InlineKeyboardMarkup | None:
    if not has_sentences:
        if has_closest:  # a declined question whose near miss is on offer
            return InlineKeyboardMarkup([[InlineKeyboardButton(
                "Closest sentences", callback_data=f"near:{key}")]])
        return None
    # Callback data is "verb:key" — 13 bytes, far under Telegram's 64.
    return InlineKeyboardMarkup([[
        InlineKeyboardButton("Context", callback_data=f"ctx:{key}"),
        InlineKeyboardButton("More", callback_data=f"more:{key}"),
        InlineKeyboardButton("Sources", callback_data=f"src:{key}"),
    ]])


async def reply_html(state: BotState, message: Message, text: str,
                     markup: InlineKeyboardMarkup | None = None, quote: bool = True) -> Message:
    return await send(state, message.reply_text, text, parse_mode=ParseMode.HTML,
                      reply_markup=markup, link_preview_options=NO_PREVIEW,
                      do_quote=quote)
