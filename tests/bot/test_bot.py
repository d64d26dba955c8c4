"""The Telegram bot end to end: real PTB Application ↔ HTTP ↔ the Bot API emulator."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from bot.chats import AnswerCache, ChatMemory, RateLimiter
from bot.language import NOT_ENGLISH, reads_english
from index.types import AskContext
from tests.support.bot_harness import Harness, running_bot

pytestmark = pytest.mark.model


@pytest.fixture
async def bot(seeds_index: Path, tmp_path: Path, real_embedder: Any):  # type: ignore[no-untyped-def]
    async with running_bot(seeds_index, tmp_path, real_embedder) as harness:
        yield harness


def buttons(message: dict[str, Any]) -> list[str]:
    markup = message.get("reply_markup") or {}
    return [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row]


async def test_start_registers_commands_and_offers_examples(bot: Harness) -> None:
    commands = (await bot.api.wait_for("setMyCommands"))[0]["commands"]
    assert {c["command"] for c in commands} >= {"start", "help", "ask", "who", "said",
                                                 "speakers", "sources"}
    await bot.api.text(10, "/start")
    (reply,) = await bot.replies(10)
    assert "1 news article" in reply["text"] and "2022-01-11" in reply["text"]
    assert buttons(reply) == ["ex:0", "ex:1", "ex:2"]
    await bot.api.callback(10, _as_message(reply, 77), "ex:0")
    answers = await bot.replies(10, 2)
    assert "<b>Julianne Smith</b>" in answers[1]["text"]
    assert (await bot.api.wait_for("answerCallbackQuery"))


def _as_message(sent: dict[str, Any], message_id: int) -> dict[str, Any]:
    return {"message_id": message_id, "date": 0, "chat": {"id": sent["chat_id"],
                                                          "type": "private"},
            "from": {"id": 4242, "is_bot": True, "first_name": "whosaid"},
            "text": "x", "reply_markup": sent.get("reply_markup")}


async def test_question_gets_a_cited_answer_with_buttons(bot: Harness) -> None:
    await bot.api.text(11, "How many troops has Russia massed near Ukraine?")
    (reply,) = await bot.replies(11)
    assert reply["parse_mode"] == "HTML"
    assert ("<blockquote>The U.S. estimates Russia has massed about 100,000 troops near "
            "Ukraine") in reply["text"]
    assert "[1]" in reply["text"] and "<b>Sources</b>" in reply["text"]
    data = buttons(reply)
    assert [d.split(":")[0] for d in data] == ["ctx", "more", "src"]
    assert all(len(d.encode()) <= 64 for d in data)
    actions = await bot.api.wait_for("sendChatAction")
    assert actions[0]["action"] == "typing"


async def test_question_with_no_answer(bot: Harness) -> None:
    await bot.api.text(12, "What is the boiling point of water?")
    (reply,) = await bot.replies(12)
    assert "The articles don&#x27;t say." in reply["text"] and not buttons(reply)


async def test_buttons_context_more_sources_and_expired(bot: Harness) -> None:
    await bot.api.text(13, "How many troops has Russia massed near Ukraine?")
    (reply,) = await bot.replies(13)
    ctx, more, src = buttons(reply)
    message = _as_message(reply, 501)
    await bot.api.callback(13, message, ctx)
    context = (await bot.replies(13, 2))[1]
    assert context["text"].startswith("<b>Context</b>") and "<b>The U.S. estimates" in context[
        "text"]
    await bot.api.callback(13, message, src)
    sources = (await bot.replies(13, 3))[2]
    assert "Moscow and Washington take uncompromising stands" in sources["text"]
    await bot.api.callback(13, message, more)
    (edit,) = await bot.api.wait_for("editMessageText")
    assert edit["message_id"] == 501 and "<blockquote>" in edit["text"]
    assert "massed about 100,000 troops" not in edit["text"], "More shows the next results"
    await bot.api.callback(13, message, "more:nope1234")
    answered = await bot.api.wait_for("answerCallbackQuery", 4)
    assert "too old" in answered[-1]["text"]


async def test_inline_mode(bot: Harness) -> None:
    await bot.api.inline(14, "ab")
    (short,) = await bot.api.wait_for("answerInlineQuery")
    assert short["results"] == []
    await bot.api.inline(14, "who led the Russian")
    await bot.api.inline(14, "Who led the Russian delegation in Geneva?")
    answers = await bot.api.wait_for("answerInlineQuery", 2)
    await asyncio.sleep(0.3)
    assert len(bot.api.sent("answerInlineQuery")) == 2, "the superseded query is dropped"
    results = answers[1]["results"]
    assert results and "Sergei Ryabkov" in results[0]["input_message_content"]["message_text"]
    await bot.api.inline(15, "Who led the Russian delegation in Geneva?")
    cached = (await bot.api.wait_for("answerInlineQuery", 3))[2]
    assert cached["results"] == results


async def test_groups_only_when_addressed(bot: Harness) -> None:
    await bot.api.text(-100, "How many troops has Russia massed near Ukraine?", user_id=21,
                       kind="supergroup")
    await bot.api.text(-100, "@whosaid_bot How many troops has Russia massed near Ukraine?",
                       user_id=21, kind="supergroup")
    (reply,) = await bot.replies(-100)
    assert "100,000 troops" in reply["text"]
    bot_msg = {"message_id": 9001, "date": 0, "chat": {"id": -100, "type": "supergroup"},
               "from": {"id": 4242, "is_bot": True, "first_name": "whosaid"}, "text": "x"}
    await bot.api.text(-100, "Who led the Russian delegation?", user_id=22, kind="supergroup",
                       reply_to=bot_msg)
    await bot.api.text(-100, "/ask What did Psaki say?", user_id=23, kind="supergroup")
    replies = await bot.replies(-100, 3)  # concurrent updates: any order
    assert any("Ryabkov" in r["text"] for r in replies[1:])
    assert any("Psaki" in r["text"] for r in replies[1:])
    await asyncio.sleep(0.5)
    assert len(bot.api.sent("sendMessage")) == 3, "one message per answer, nothing else"
    await bot.api.push_update({"message": bot.api.message(-100, None, 24, kind="supergroup",
                                                          sticker=_sticker())})
    await asyncio.sleep(0.5)
    assert len(bot.api.sent("sendMessage")) == 3, "unaddressed stickers are ignored in groups"


def _sticker() -> dict[str, Any]:
    return {"file_id": "st1", "file_unique_id": "st1u", "type": "regular", "width": 512,
            "height": 512, "is_animated": False, "is_video": False}


@pytest.mark.parametrize("text, expect", [
    ("   ", "Ask me something about the articles"),
    ("😀😀😀", "couldn&#x27;t find any words"),
    ("<b>How many troops</b> has Russia massed </a> near Ukraine & why?", "100,000 troops"),
    ("ما هو موقف الناتو؟", "I read English only"),
    ("Что сказал Песков?", "I read English only"),
    ("/ask", "Ask after the command"),
    ("/said", "Name someone"),
    ("/who", "<b>"),
    ("/said Boris Johnson about NATO", "The articles don&#x27;t quote Boris Johnson."),
    ("/frobnicate now", "know that command"),
    ("/speakers", "Julianne Smith"),
    ("/sources", "1 articles"),
    ("/reset", "forgotten our conversation"),
    ("/help", "/said NAME"),
])
async def test_bad_input_and_commands(bot: Harness, text: str, expect: str) -> None:
    await bot.api.text(30, text)
    (reply,) = await bot.replies(30)
    assert expect in reply["text"]
    assert "<b>How many" not in reply["text"] and "</a> near" not in reply["text"]


async def test_long_question_and_non_text(bot: Harness) -> None:
    question = ("How many troops has Russia massed near Ukraine? " * 90)[:4096]
    await bot.api.text(31, question)
    (reply,) = await bot.replies(31)
    assert "Your question was long" in reply["text"]
    for kind, payload in (("sticker", _sticker()),
                          ("photo", [{"file_id": "p", "file_unique_id": "pu", "width": 1,
                                      "height": 1}]),
                          ("voice", {"file_id": "v", "file_unique_id": "vu", "duration": 2})):
        await bot.api.push_update({"message": bot.api.message(32, None, **{kind: payload})})
    replies = await bot.replies(32, 3)
    assert all("text only" in r["text"] for r in replies)
    edited = bot.api.message(33, "Who led the Russian delegation in Geneva?")
    await bot.api.push_update({"edited_message": {**edited, "edit_date": 1}})
    (reply,) = await bot.replies(33)
    assert "Ryabkov" in reply["text"]


async def test_follow_ups_per_chat(bot: Harness) -> None:
    await bot.api.text(40, "What did Smith say about NATO?")
    await bot.replies(40)
    await bot.api.text(40, "and Peskov?")
    replies = await bot.replies(40, 2)
    assert "<b>Dmitry Peskov</b>" in replies[1]["text"]
    await bot.api.text(41, "and Peskov?")  # another chat has no context: a plain request
    (other,) = await bot.replies(41)
    assert "Peskov" in other["text"]


async def test_rate_limit_is_polite(seeds_index: Path, tmp_path: Path,
                                    real_embedder: Any) -> None:
    async with running_bot(seeds_index, tmp_path, real_embedder) as bot:
        bot.app.bot_data["whosaid"].limiter = RateLimiter(2, 60)
        for _ in range(3):
            await bot.api.text(50, "Who led the Russian delegation in Geneva?")
        replies = await bot.replies(50, 3)
        assert sum("faster than I can read" in r["text"] for r in replies) == 1


async def test_allow_list(seeds_index: Path, tmp_path: Path, real_embedder: Any) -> None:
    async with running_bot(seeds_index, tmp_path, real_embedder, allowed_users=(7,)) as bot:
        await bot.api.text(51, "Who led the Russian delegation in Geneva?")
        await bot.api.text(7, "Who led the Russian delegation in Geneva?")
        (refused,) = await bot.replies(51)
        (ok,) = await bot.replies(7)
        assert "private" in refused["text"] and "Ryabkov" in ok["text"]


ARTICLE_HTML = """<html><head><title>Finland applies to join NATO</title>
<meta property="og:site_name" content="Test News"></head><body><nav>Home | World</nav>
<article><h1>Finland applies to join NATO</h1>
<p>Finnish President Sauli Niinisto said on Sunday that Finland would apply to join NATO,
ending decades of military non-alignment after Russia's invasion of Ukraine.</p>
<p>"A new era begins," Niinisto told reporters in Helsinki, adding that the decision had
been taken together with Prime Minister Sanna Marin and the parliament.</p>
</article><footer>Subscribe to our newsletter</footer></body></html>"""


@pytest.fixture
async def news_site() -> Any:
    app = web.Application()
    app.router.add_get("/story", lambda r: web.Response(text=ARTICLE_HTML,
                                                        content_type="text/html"))
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    yield f"http://127.0.0.1:{port}/story"
    await runner.cleanup()


async def test_admin_adds_a_url_and_it_is_answered_at_once(
        seeds_index: Path, tmp_path: Path, real_embedder: Any, news_site: str) -> None:
    async with running_bot(seeds_index, tmp_path, real_embedder,
                           fetch_allow_private=True) as bot:
        await bot.api.text(60, news_site, user_id=60)  # not an admin
        (refusal,) = await bot.replies(60)
        assert "Only the bot&#x27;s admins can add articles" in refusal["text"]
        await bot.api.text(1, news_site, user_id=1)
        (added,) = await bot.replies(1, timeout=120)
        assert "Added: <b>Finland applies to join NATO</b>" in added["text"]
        await bot.api.text(1, "What did Niinisto say about NATO?", user_id=1)
        replies = await bot.replies(1, 2)
        assert "Niinisto" in replies[1]["text"] and "Test News" in replies[1]["text"]


async def test_loopback_urls_are_refused_by_default(
        seeds_index: Path, tmp_path: Path, real_embedder: Any, news_site: str) -> None:
    async with running_bot(seeds_index, tmp_path, real_embedder) as bot:
        await bot.api.text(1, news_site, user_id=1)
        (reply,) = await bot.replies(1)
        assert "refusing to fetch a private or loopback address" in reply["text"]


async def test_admin_uploads_files(bot: Harness) -> None:
    story = ("---\ntitle: Sweden joins the alliance\ndate: 2024-03-07\nsource: Test Wire\n---\n\n"
             "Sweden formally joined NATO on Thursday. “Sweden is now a member of NATO,” "
             "said Prime Minister Ulf Kristersson in Washington.\n")
    await bot.api.document(1, "sweden.txt", story.encode(), user_id=1)
    (added,) = await bot.replies(1, timeout=120)
    assert "Added: <b>Sweden joins the alliance</b>" in added["text"]
    await bot.api.document(1, "broken.txt", b"\x00\x01binary\x00", user_id=1)
    replies = await bot.replies(1, 2, timeout=60)
    assert "Skipped broken.txt: binary file" in replies[1]["text"]
    await bot.api.document(61, "sweden.txt", story.encode(), user_id=61)
    (refusal,) = await bot.replies(61)
    assert "Only the bot&#x27;s admins" in refusal["text"]
    await bot.api.text(1, "What did Kristersson say?", user_id=1)
    replies = await bot.replies(1, 3)
    assert "Sweden is now a member of NATO" in replies[2]["text"]


async def test_a_file_telegram_will_not_hand_over_is_reported_with_its_reason(
        bot: Harness) -> None:
    bot.api.fail_next("getFile", 400, {"ok": False, "error_code": 400,
                                       "description": "Bad Request: file is too big"})
    await bot.api.document(1, "huge.txt", b"Some text.", user_id=1)
    (reply,) = await bot.replies(1)
    assert "Skipped huge.txt: Telegram would not hand the file over" in reply["text"]
    assert "file is too big" in reply["text"].lower()


async def test_faults_429_500_and_dropped_polls(bot: Harness) -> None:
    await bot.api.wait_for("getUpdates")
    bot.api.fail_next("sendMessage", 429, {"ok": False, "error_code": 429,
                                           "description": "Too Many Requests: retry after 1",
                                           "parameters": {"retry_after": 1}})
    await bot.api.text(70, "Who led the Russian delegation in Geneva?")
    (reply,) = await bot.replies(70)
    assert "Ryabkov" in reply["text"]
    bot.api.fail_next("sendMessage", 500)
    await bot.api.text(71, "Who led the Russian delegation in Geneva?")
    (reply,) = await bot.replies(71)
    assert "Ryabkov" in reply["text"]
    bot.api.drop_next("getUpdates")
    bot.api.fail_next("getUpdates", 502, {"ok": False, "error_code": 502,
                                           "description": "Bad Gateway"})
    await bot.api.wait_for("getUpdates:failed", timeout=60)  # both faults hit the poller
    await bot.api.text(72, "Who led the Russian delegation in Geneva?")
    (reply,) = await bot.replies(72, timeout=60)
    assert "Ryabkov" in reply["text"]
    failed = [m for m, _ in bot.api.calls if m.endswith((":failed", ":dropped"))]
    assert {"sendMessage:failed", "getUpdates:failed", "getUpdates:dropped"} <= set(failed)
    for chat in (70, 71, 72):
        assert len([p for p in bot.api.sent("sendMessage") if p["chat_id"] == chat]) == 1


async def test_load_50_chats_4_questions(bot: Harness) -> None:
    import time

    questions = ["How many troops has Russia massed near Ukraine?", "What did Psaki say?",
                 "Who led the Russian delegation in Geneva?", "Who said what about NATO?"]
    pushed: dict[tuple[int, int], float] = {}
    for round_ in range(4):
        for chat in range(1000, 1050):
            msg = await bot.api.text(chat, questions[(chat + round_) % 4])
            pushed[(chat, msg["message_id"])] = time.monotonic()
    deadline = time.monotonic() + 240
    answered: dict[tuple[int, int], float] = {}
    while len(answered) < len(pushed) and time.monotonic() < deadline:
        for p in bot.api.sent("sendMessage"):
            reply_to = json.loads(p["reply_parameters"])["message_id"] if isinstance(
                p.get("reply_parameters"), str) else (p.get("reply_parameters") or {}).get(
                "message_id")
            key = (p["chat_id"], reply_to)
            if key in pushed and key not in answered:
                answered[key] = time.monotonic()
        await asyncio.sleep(0.05)
    assert len(answered) == 200, f"{len(answered)} of 200 answered"
    per_question = [p for p in bot.api.sent("sendMessage")
                    if (p["chat_id"], (p.get("reply_parameters") or {}).get("message_id"))
                    in pushed]
    assert len(per_question) == 200, "every question answered exactly once"
    latencies = sorted(answered[k] - pushed[k] for k in answered)
    p50, p95 = latencies[len(latencies) // 2], latencies[int(len(latencies) * 0.95)]
    print(f"\nload: 200 questions from 50 chats, reply latency p50 {p50:.2f}s p95 {p95:.2f}s")


def test_pure_helpers() -> None:
    assert reads_english("What did Zelenskyy (Зеленський) say?")
    assert not reads_english("Что сказал Песков о НАТО?") and NOT_ENGLISH
    clock = [0.0]
    memory = ChatMemory(10, clock=lambda: clock[0])
    memory.put(1, AskContext(speaker="Jen Psaki"))
    clock[0] = 11
    assert memory.get(1) is None
    limiter = RateLimiter(2, 60, clock=lambda: clock[0])
    assert limiter.check(5) == 0 and limiter.check(5) == 0 and limiter.check(5) > 0
    cache = AnswerCache(2)
    keys = [cache.add(object()) for _ in range(3)]  # type: ignore[arg-type]
    assert cache.get(keys[0]) is None and cache.get(keys[2]) is not None
    assert all(len(f"more:{k}") <= 64 for k in keys)


async def test_a_declined_question_offers_its_closest_sentences(
        seeds_index: Path, tmp_path: Path, real_embedder: Any) -> None:
    """Declined (every sentence below an answer threshold set very high), the reply says
    the articles don't answer and offers the closest sentences, marked as no answer; an
    off-topic question gets no such offer."""
    from dataclasses import replace

    from index.config import load_config
    from tests.conftest import ROOT

    base = load_config(ROOT / "config.toml")
    config = replace(base, answer=replace(base.answer, min_score=0.999))
    async with running_bot(seeds_index, tmp_path, real_embedder, config=config) as bot:
        await bot.api.text(14, "How many troops has Russia massed near Ukraine?")
        (reply,) = await bot.replies(14)
        assert "The articles don&#x27;t say." in reply["text"]
        (near,) = buttons(reply)
        assert near.startswith("near:")
        await bot.api.callback(14, _as_message(reply, 601), near)
        shown = (await bot.replies(14, 2))[1]
        assert shown["text"].startswith("<i>Not an answer")
        assert "100,000 troops" in shown["text"] and "<b>Sources</b>" in shown["text"]
        await bot.api.text(14, "What is the boiling point of water?")
        assert not buttons((await bot.replies(14, 3))[2])
