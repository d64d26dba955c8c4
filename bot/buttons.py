"""The buttons under an answer (Context, More, Sources), under a declined question
(Closest sentences: its near miss, marked as not an answer) and the /start examples.

Every callback query is answered, also when its answer has expired from memory.
"""

from __future__ import annotations

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from index.qa.followup import shown_items
from index.qa.render import NOT_AN_ANSWER

from .handlers import answer_question
from .render import LIMIT, esc, render_answer, render_context, render_sources
from .replies import NO_PREVIEW, answer_keyboard
from .state import ask, send, state_of

EXPIRED = "That answer is too old for its buttons — please ask again."


async def on_callback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None:
        return
    state = state_of(context)
    verb, _, key = (query.data or "").partition(":")
    if verb == "ex":
        await query.answer()
        examples = state.config.examples
        if key.isdigit() and int(key) < len(examples):
            await answer_question(update, context, examples[int(key)])
        return
    shown = state.answers.get(key)
    if shown is None or query.message is None:
        await query.answer(EXPIRED, show_alert=False)
        return
    chat_id = query.message.chat.id
    if verb == "src":
        await query.answer()
        await send(state, context.bot.send_message, chat_id, render_sources(shown.answer.sources),
                   parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW)
    elif verb == "ctx":
        await query.answer()
        for s in shown.answer.sentences[:3]:
            source = next((x for x in shown.answer.sources if x.citation == s.citation), None)
            around = state.engine.context(s.article_id, s.start, s.end)
            text = render_context(source.title if source else s.article_id, around, source)
            await send(state, context.bot.send_message, chat_id, text,
                       parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW,
                       reply_to_message_id=query.message.message_id)
    elif verb == "near":
        near = shown.answer.closest
        if near is None:
            await query.answer("Nothing comes close.")
            return
        await query.answer()
        head = f"<i>{esc(NOT_AN_ANSWER)}</i>\n\n"
        for n, part in enumerate(render_answer(near, limit=LIMIT - len(head), max_messages=1)):
            await send(state, context.bot.send_message, chat_id, (head if n == 0 else "") + part,
                       parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW,
                       reply_to_message_id=query.message.message_id)
    elif verb == "more":
        answer = await ask(state, context, chat_id, shown.question, offset=shown.offset,
                           remember=False)
        if not answer.sentences:
            await query.answer("That's all the articles say about that.")
            return
        await query.answer()
        shown.answer = answer
        shown.offset += shown_items(answer)
        text = render_answer(answer, max_messages=1)[0]
        try:
            await send(state, query.edit_message_text, text, parse_mode=ParseMode.HTML,
                       reply_markup=answer_keyboard(key, True), link_preview_options=NO_PREVIEW)
        except BadRequest as err:
            if "not modified" not in str(err).lower():
                raise
    else:
        await query.answer()
