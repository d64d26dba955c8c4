"""Live news through the real PTB application and the Bot API emulator: feeds polled on
the job queue, alerts to followers exactly once (also across a restart), none after
/unfollow, none to a chat that blocked the bot, and questions answered while a poll
ingests. The news site runs on 127.0.0.1; the model is the real one."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from bot import news
from index.config import FeedConfig, FetchConfig, load_config
from index.evaluation.newssite import Site, item, news_site
from tests.conftest import ROOT
from tests.support.bot_harness import Harness, running_bot
from tests.support.botapi import BotAPI

pytestmark = pytest.mark.model

BERG = ("Foreign Minister Anna Berg said on Monday that the border talks would resume in "
        "Geneva next week after a pause of several months.",
        "“We are ready to sign an agreement on the border,” Berg said. “The other side must "
        "show the same will.”",
        "Officials said the talks had stalled over troop withdrawals.")
BERG_AGAIN = ("Anna Berg said on Friday that the border agreement was signed in Geneva.",
              "“This is a good day for both our peoples,” Berg said after the ceremony.")


class SlowEmbedder:
    """The real model, with indexing slowed down: a poll then takes seconds."""

    def __init__(self, inner: Any, delay: float) -> None:
        self.inner, self.delay = inner, delay
        self.model, self.dim = inner.model, inner.dim

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        time.sleep(self.delay)
        return self.inner.embed(texts)

    def embed_query(self, text: str) -> np.ndarray:
        return self.inner.embed_query(text)


def news_config(site: Site):  # type: ignore[no-untyped-def]
    config = load_config(ROOT / "config.toml")
    return replace(config, feeds=(FeedConfig(site.base + "/feed.xml"),),
                   fetch=FetchConfig(allow_hosts=("127.0.0.1",), host_delay=0.0, timeout=5.0))


async def poll(bot: Harness) -> None:
    """One poll cycle through the job queue, as the repeating job runs it."""
    assert bot.app.job_queue is not None
    state = bot.app.bot_data["whosaid"]
    while state.news.busy.locked():  # the repeating job may be polling already
        await asyncio.sleep(0.05)
    done = state.news.polls
    bot.app.job_queue.run_once(news.poll_job, 0, data={"force": True})
    deadline = time.monotonic() + 120
    while state.news.polls == done:
        assert time.monotonic() < deadline, "the poll did not finish"
        await asyncio.sleep(0.05)


def alerts_to(api: BotAPI, chat_id: int) -> list[str]:
    return [p["text"] for p in api.sent("sendMessage")
            if p["chat_id"] == chat_id and "New quotes" in p["text"]]


async def test_followers_get_each_new_quote_once(seeds_index: Path, tmp_path: Path,
                                                 real_embedder) -> None:  # type: ignore[no-untyped-def]
    with news_site() as site:
        config = news_config(site)
        api = BotAPI()
        await api.start()
        api.blocked.add(204)
        async with running_bot(seeds_index, tmp_path, real_embedder, config=config,
                               api=api) as bot:
            for chat, text in ((201, "/follow Anna Berg"), (202, "/follow border talks"),
                               (203, "/follow Anna Berg"), (204, "/follow Anna Berg"),
                               (205, "/follow Anna Berg about fishing")):
                await api.text(chat, text, user_id=chat)
            replies = await bot.replies(201)
            assert "Following quotes by <b>Anna Berg</b>" in replies[0]["text"]
            assert "quotes about <b>border talks</b>" in (await bot.replies(202))[0]["text"]
            await bot.replies(203)
            await api.text(203, "/unfollow 1", user_id=203)
            assert "Stopped following" in (await bot.replies(203, 2))[1]["text"]
            await bot.replies(205)
            site.publish(item("talks", "Border talks to resume", *BERG))
            await poll(bot)
            (alert,) = alerts_to(api, 201)
            assert "Anna Berg" in alert and "ready to sign an agreement" in alert
            assert "Border talks to resume" in alert
            assert alerts_to(api, 202), "a topic follower hears about it too"
            assert alerts_to(api, 203) == [] and alerts_to(api, 205) == []
            state = bot.app.bot_data["whosaid"].news.state
            assert state.follows(204) == [], "a chat that blocked the bot loses its follows"
            await poll(bot)  # nothing new: nothing sent
            assert len(alerts_to(api, 201)) == 1
            answer = await _ask(bot, api, 206, "What did Anna Berg say?")
            assert "ready to sign an agreement" in answer
        # A restart: the same index and state, a new application.
        async with running_bot(seeds_index, tmp_path, real_embedder, config=config,
                               api=api) as bot:
            await poll(bot)
            assert len(alerts_to(api, 201)) == 1, "nothing sent again after a restart"
            site.publish(item("signed", "Agreement signed", *BERG_AGAIN))
            await poll(bot)
            texts = alerts_to(api, 201)
            assert len(texts) == 2 and "good day for both our peoples" in texts[1]
            assert "ready to sign" not in texts[1], "an old quote is never sent again"
        await api.stop()


async def _ask(bot: Harness, api: BotAPI, chat: int, question: str) -> str:
    await api.text(chat, question, user_id=chat)
    return (await bot.replies(chat))[0]["text"]


async def test_questions_are_answered_while_a_poll_ingests(seeds_index: Path, tmp_path: Path,
                                                           real_embedder) -> None:  # type: ignore[no-untyped-def]
    with news_site() as site:
        config = news_config(site)
        slow = SlowEmbedder(real_embedder, delay=3.0)
        async with running_bot(seeds_index, tmp_path, slow, config=config) as bot:
            site.publish(item("talks", "Border talks to resume", *BERG))
            assert bot.app.job_queue is not None
            bot.app.job_queue.run_once(news.poll_job, 0, data={"force": True})
            state = bot.app.bot_data["whosaid"]
            while not state.news.busy.locked():
                await asyncio.sleep(0.01)
            t = time.monotonic()
            answer = await _ask(bot, bot.api, 301, "How many troops has Russia massed?")
            waited = time.monotonic() - t
            assert "100,000 troops" in answer
            assert state.news.busy.locked(), "the answer came while the poll was ingesting"
            assert waited < 3.0
            while state.news.busy.locked():
                await asyncio.sleep(0.05)
            assert "ready to sign" in await _ask(bot, bot.api, 302, "What did Anna Berg say?")


async def test_feed_and_latest_commands(seeds_index: Path, tmp_path: Path,
                                        real_embedder) -> None:  # type: ignore[no-untyped-def]
    with news_site() as site:
        config = news_config(site)
        async with running_bot(seeds_index, tmp_path, real_embedder, config=config) as bot:
            site.publish(item("talks", "Border talks to resume", *BERG))
            await poll(bot)
            await bot.api.text(1, "/feed list", user_id=1)
            (listing,) = await bot.replies(1)
            assert "/feed.xml — 1 article, last read" in listing["text"]
            await bot.api.text(1, f"/feed add {site.base}/atom.xml", user_id=1)
            assert "Added" in (await bot.replies(1, 2))[1]["text"]
            await bot.api.text(7, f"/feed add {site.base}/x.xml", user_id=7)
            assert "Only the bot's admins" in (await bot.replies(7))[0]["text"]
            await bot.api.text(1, "/latest", user_id=1)
            latest = (await bot.replies(1, 3))[2]["text"]
            assert "Border talks to resume" in latest and "Test Wire" in latest
            await bot.api.text(1, "/sources", user_id=1)
            sources = (await bot.replies(1, 4))[3]["text"]
            assert "from 2 outlets" in sources and "Test Wire — 1 article" in sources
