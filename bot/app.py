"""The Telegram application: `build_application` (used by `main` and by the tests) and
`main`, which serves an index by long polling or, if configured, a webhook.

PTB conventions: the engine is built once and reached through `bot_data`; model work runs
in threads; `concurrent_updates` lets one slow question not stall other chats; the
AIORateLimiter retries 429s; one error handler. The token comes from the environment and
is scrubbed from every log line (httpx would otherwise log URLs that contain it).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from telegram import BotCommand, Update
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from index.config import Config, load_config
from index.engine import Engine
from index.errors import ConfigError, WhosaidError

from . import admin, buttons, handlers, inline, news
from .config import BotConfig, load_bot_config, token_from_env
from .state import KEY, BotState

log = logging.getLogger("whosaid.bot")
NO_TOKEN = (
    "TELEGRAM_BOT_TOKEN is not set. To serve the bot on Telegram, create one with "
    "@BotFather (https://t.me/BotFather → /newbot) and run:\n"
    "    TELEGRAM_BOT_TOKEN=123456:ABC… make run"
)


class ReplyRateLimiter(AIORateLimiter):
    """Telegram's flood limits, spent on replies: the "typing…" indicator is cosmetic, so it
    skips the queue instead of delaying answers (a lost one costs nothing)."""

    async def process_request(self, callback, args, kwargs, endpoint, data,  # type: ignore[no-untyped-def, override]
                              rate_limit_args):
        if endpoint == "sendChatAction":
            return await callback(*args, **kwargs)
        return await super().process_request(callback, args, kwargs, endpoint, data,
                                             rate_limit_args)


class RedactToken(logging.Filter):
    """Replace the bot token wherever it would appear in a log record."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        if self.token:
            message = record.getMessage()
            if self.token in message:
                record.msg = message.replace(self.token, "<token>")
                record.args = ()
        return True


def setup_logging(token: str, level: int = logging.INFO) -> None:
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for noisy in ("httpx", "httpcore", "telegram.ext.ExtBot", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    redact = RedactToken(token)
    for handler in logging.getLogger().handlers:
        handler.addFilter(redact)


async def _post_init(app: Application) -> None:
    await app.bot.set_my_commands([BotCommand(c, d) for c, d in handlers.COMMANDS])


def build_application(config: Config, engine: Engine, bot_config: BotConfig | None = None,
                      token: str | None = None) -> Application:
    bot_config = bot_config or load_bot_config(config)
    token = token or token_from_env()
    if not token:
        raise ConfigError(NO_TOKEN)
    app = (
        ApplicationBuilder()
        .token(token)
        .base_url(bot_config.base_url)
        .base_file_url(bot_config.base_file_url)
        .concurrent_updates(True)
        .rate_limiter(ReplyRateLimiter(max_retries=3))
        .connect_timeout(10)
        .read_timeout(30)
        .write_timeout(30)
        .get_updates_read_timeout(40)
        .post_init(_post_init)
        .build()
    )
    state = app.bot_data[KEY] = BotState.create(engine, bot_config)
    news.attach(app, state)
    add = app.add_handler
    add(CommandHandler("start", handlers.cmd_start))
    add(CommandHandler("help", handlers.cmd_help))
    add(CommandHandler("ask", handlers.cmd_ask))
    add(CommandHandler("who", handlers.cmd_who))
    add(CommandHandler("said", handlers.cmd_said))
    add(CommandHandler("speakers", handlers.cmd_speakers))
    add(CommandHandler("sources", handlers.cmd_sources))
    add(CommandHandler("reset", handlers.cmd_reset))
    add(CommandHandler("feed", news.cmd_feed))
    add(CommandHandler("latest", news.cmd_latest))
    add(CommandHandler("follow", news.cmd_follow))
    add(CommandHandler("following", news.cmd_following))
    add(CommandHandler("unfollow", news.cmd_unfollow))
    add(CallbackQueryHandler(buttons.on_callback))
    add(InlineQueryHandler(inline.on_inline))
    add(MessageHandler(filters.Document.ALL, admin.on_document))
    add(MessageHandler(filters.UpdateType.MESSAGES & filters.COMMAND, handlers.cmd_unknown))
    add(MessageHandler(filters.UpdateType.MESSAGES & filters.TEXT, handlers.on_text))
    add(MessageHandler(filters.UpdateType.MESSAGES & ~filters.TEXT, handlers.on_not_text))
    app.add_error_handler(handlers.on_error)
    return app


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description="whosaid Telegram bot")
    parser.add_argument("--index", metavar="DIR", help="index directory (default: from config)")
    parser.add_argument("--config", metavar="FILE", help="config file (default: config.toml)")
    args = parser.parse_args(argv)
    token = token_from_env() or ""
    setup_logging(token)
    try:
        config = load_config(args.config)
        bot_config = load_bot_config(config)
        if not token:
            raise ConfigError(NO_TOKEN)
        engine = Engine(args.index or config.index.dir, config)
        engine.ask("warm up")  # load the model before the first user waits for it
        app = build_application(config, engine, bot_config, token)
    except WhosaidError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    log.info("serving %s articles from %s (%s)", engine.stats()["counts"]["articles"],
             engine.index_dir, bot_config.mode)
    if bot_config.mode == "webhook":
        app.run_webhook(listen=bot_config.webhook_listen, port=bot_config.webhook_port,
                        url_path=bot_config.webhook_path,
                        webhook_url=f"{bot_config.webhook_url.rstrip('/')}/"
                                    f"{bot_config.webhook_path}",
                        secret_token=os.environ.get("TELEGRAM_WEBHOOK_SECRET") or None,
                        allowed_updates=Update.ALL_TYPES)
    else:
        app.run_polling(allowed_updates=Update.ALL_TYPES)
    log.info("stopped")
    return 0
