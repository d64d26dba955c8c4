"""A declined question still has somewhere to go: its closest sentences, offered on
request and marked as no answer — and nothing when nothing is close. Small talk gets a
reply, not a search (issue 12)."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest

from index.build import build_paths
from index.config import Config
from index.engine import Engine
from index.qa.chat import run_chat
from index.qa.intent import IntentKind, parse, small_talk
from index.search.ranker import Ranker
from tests.conftest import SEEDS
from tests.support.fakes import HashEmbedder

QUESTION = "How many troops has Russia massed near Ukraine?"


def engine_with(config: Config, fake: HashEmbedder, threshold: float, near: float) -> Engine:
    build_paths([SEEDS], config.index.dir, config, lambda: fake, quiet=True)
    ranker = replace(Ranker.uncalibrated(), threshold=threshold, near_threshold=near)
    return Engine(config.index.dir, config, fake, ranker)


def test_declined_with_close_sentences(config: Config, fake: HashEmbedder) -> None:
    engine = engine_with(config, fake, threshold=1.0, near=0.0)
    answer = engine.ask(QUESTION)
    assert answer.abstained and not answer.sentences
    assert answer.closest is not None and answer.closest.sentences
    article = engine.article(answer.closest.sentences[0].article_id)
    s = answer.closest.sentences[0]
    assert article is not None and article.text[s.start:s.end] == s.text  # exact slices
    assert [src.citation for src in answer.closest.sources] == [1]
    assert "100,000 troops" in " ".join(x.text for x in answer.closest.sentences)


def test_nothing_close_means_no_offer(config: Config, fake: HashEmbedder) -> None:
    engine = engine_with(config, fake, threshold=1.0, near=1.0)
    answer = engine.ask(QUESTION)
    assert answer.abstained and answer.closest is None


def test_answered_questions_carry_no_near_miss(config: Config, fake: HashEmbedder) -> None:
    engine = engine_with(config, fake, threshold=0.0, near=0.0)
    answer = engine.ask(QUESTION)
    assert not answer.abstained and answer.closest is None


def test_the_terminal_chat_shows_them_on_request(config: Config, fake: HashEmbedder) -> None:
    engine = engine_with(config, fake, threshold=1.0, near=0.0)
    out = io.StringIO()
    run_chat(engine, io.StringIO(f"{QUESTION}\nshow closest\n"), out)
    text = out.getvalue()
    assert "type “show closest”" in text
    after = text.split("show closest”.)", 1)[1]
    assert "Not an answer" in after and "100,000 troops" in after


@pytest.mark.parametrize("message, kind", [
    ("Hello!", "greeting"), ("good morning", "greeting"), ("Thanks, that's all.", "thanks"),
    ("thank you so much", "thanks"), ("Who made you?", "who"), ("are you a bot?", "who"),
    ("How are you today?", "how"), ("What time is it?", "time"), ("bye", "bye"),
])
def test_small_talk_is_recognised(message: str, kind: str) -> None:
    assert small_talk(message) == kind and parse(message).kind == IntentKind.SMALL_TALK


@pytest.mark.parametrize("message", [
    "Thanks! And who said what about NATO?", "Who made the decision to send troops?",
    "What time is it in Kyiv when the talks start?", "Hello Kitty maker's profits",
])
def test_questions_are_not_small_talk(message: str) -> None:
    assert small_talk(message) is None


def test_small_talk_gets_a_reply_not_a_search(config: Config, fake: HashEmbedder) -> None:
    engine = engine_with(config, fake, threshold=0.0, near=0.0)
    answer = engine.ask("Good morning!")
    assert answer.abstained and answer.intent == "small_talk" and answer.closest is None
    assert answer.note and answer.note.startswith("Hello")


def test_a_name_no_article_mentions_is_declined_plainly(config: Config,
                                                        fake: HashEmbedder) -> None:
    """The seed is about Russia and NATO; a question about Argentina is declined, saying
    the articles never mention it, with nothing offered, even when a low threshold would
    cite something; another form of a known name still searches ("Ukrainian")."""
    engine = engine_with(config, fake, threshold=0.0, near=0.0)
    answer = engine.ask("What is the inflation rate in Argentina?")
    assert answer.abstained and answer.closest is None
    assert answer.note == "The articles don't say. They never mention Argentina."
    assert not engine.ask("How many Ukrainian troops are near the border?").abstained
