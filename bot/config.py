"""The bot's settings: `[bot]` of config.toml, strict, plus the environment.

The token is read from TELEGRAM_BOT_TOKEN only, never from a file. The Bot API base URLs
come from config and are overridden by TELEGRAM_API_BASE_URL / TELEGRAM_API_FILE_URL
(how tests point the real application at a local emulator).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

from index.config import Config, FetchConfig, build_section
from index.errors import ConfigError

EXAMPLES = ("Who said what about NATO?", "What did Psaki say?", "Who is Julianne Smith?")


@dataclass(frozen=True, slots=True)
class BotConfig:
    base_url: str = "https://api.telegram.org/bot"
    base_file_url: str = "https://api.telegram.org/file/bot"
    admins: tuple[int, ...] = ()  # user ids allowed to add articles
    allowed_users: tuple[int, ...] = ()  # empty: everyone may ask
    allowed_chats: tuple[int, ...] = ()
    rate_limit: int = 12  # questions per user per rate_window
    rate_window: int = 60  # seconds
    context_ttl: int = 1800  # seconds a chat's previous question stays in memory
    answers_kept: int = 2000  # answers remembered for their buttons
    examples: tuple[str, ...] = EXAMPLES
    mode: str = "polling"  # polling | webhook
    webhook_url: str = ""  # public HTTPS URL Telegram posts to (webhook mode)
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    webhook_path: str = "telegram"
    fetch_max_bytes: int = 5_000_000
    fetch_timeout: float = 15.0
    fetch_allow_private: bool = False  # allow URLs on loopback/private networks (tests)
    upload_max_bytes: int = 10_000_000
    inline_min_chars: int = 3
    inline_debounce: float = 0.4  # seconds of quiet before an inline query is answered
    inline_cache_seconds: int = 300
    group_max_messages: int = 1  # never more than this many messages per answer in a group
    send_retries: int = 3  # attempts for a reply when Telegram answers 5xx or the line drops
    concurrent_questions: int = 4  # model work running at once (threads)


def load_bot_config(config: Config, environ: dict[str, str] | None = None) -> BotConfig:
    env = os.environ if environ is None else environ
    bot = build_section(BotConfig, config.section("bot"), "bot")
    if env.get("TELEGRAM_API_BASE_URL"):
        bot = replace(bot, base_url=env["TELEGRAM_API_BASE_URL"])
    if env.get("TELEGRAM_API_FILE_URL"):
        bot = replace(bot, base_file_url=env["TELEGRAM_API_FILE_URL"])
    if bot.mode not in ("polling", "webhook"):
        raise ConfigError(f"bot.mode = {bot.mode!r}: use polling or webhook")
    if bot.mode == "webhook" and not bot.webhook_url.startswith("https://"):
        raise ConfigError("bot.mode = 'webhook' needs bot.webhook_url = 'https://…' "
                          "(Telegram only posts to HTTPS)")
    return bot


def fetch_config(config: Config, bot: BotConfig) -> FetchConfig:
    """[fetch], with the bot's older names honoured: `[bot] fetch_allow_private` allows
    too, and `[bot] fetch_timeout` / `fetch_max_bytes` win when they are written."""
    raw = config.section("bot")
    f = config.fetch
    return replace(f, allow_private=f.allow_private or bot.fetch_allow_private,
                   timeout=bot.fetch_timeout if "fetch_timeout" in raw else f.timeout,
                   max_bytes=bot.fetch_max_bytes if "fetch_max_bytes" in raw else f.max_bytes)


def token_from_env(environ: dict[str, str] | None = None) -> str | None:
    env = os.environ if environ is None else environ
    token = (env.get("TELEGRAM_BOT_TOKEN") or "").strip()
    return token or None
