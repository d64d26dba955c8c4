"""Telegram HTML rendering: golden strings, escaping, splitting under the message limit."""

from __future__ import annotations

import logging

from telegram.constants import MessageLimit

from bot.app import RedactToken
from bot.render import LIMIT, render_answer, render_context, render_sources
from index.qa.render import to_text
from index.types import Answer, CitedSentence, Source
from tests.support.bot_harness import valid_telegram_html

SRC = Source(1, "a1", "Talks <stall> & resume", "2022-01-11", "AP", "https://example.org/a?x=1&y=2")


def answer(texts: list[str], intent: str = "general", speaker: str | None = None,
           note: str | None = None) -> Answer:
    sentences = tuple(CitedSentence(t, "a1", 0, len(t), 0.9, 1, speaker,
                                    "U.S. Ambassador" if speaker else None) for t in texts)
    return Answer("q", intent, False, sentences, (SRC,), note=note)


def test_limit_is_telegrams() -> None:
    assert LIMIT == MessageLimit.MAX_TEXT_LENGTH


def test_golden_general_answer() -> None:
    (html,) = render_answer(answer(["Russia massed <100,000> troops & tanks."]))
    assert html == (
        "<blockquote>Russia massed &lt;100,000&gt; troops &amp; tanks.</blockquote>"
        '<a href="https://example.org/a?x=1&amp;y=2">[1, 2022-01-11]</a>\n\n'
        "<b>Sources</b>\n"
        '[1] <a href="https://example.org/a?x=1&amp;y=2">Talks &lt;stall&gt; &amp; resume</a>'
        " — AP, 2022-01-11")


def test_golden_speaker_answer_groups_by_speaker() -> None:
    a = answer(["“We will not,” said Smith.", "She left."], "speaker_quotes", "Julianne Smith",
               note="Julianne Smith: U.S. Ambassador")
    (html,) = render_answer(a)
    assert html.startswith("<i>Julianne Smith: U.S. Ambassador</i>\n\n<b>Julianne Smith</b> "
                           "<i>(U.S. Ambassador)</i>\n<blockquote>“We will not,” said Smith."
                           "</blockquote>")
    assert html.count("<b>Julianne Smith</b>") == 1


def test_abstention_is_plain_and_escaped() -> None:
    a = Answer("<b>x</b>", "general", True, note="The articles don't say <anything>.")
    assert render_answer(a) == ["The articles don&#x27;t say &lt;anything&gt;."]


def test_long_answers_split_between_sentences_under_the_limit() -> None:
    sentences = [f"Sentence {n} " + "word & <tag> " * 60 for n in range(30)]
    parts = render_answer(answer(sentences))
    assert len(parts) > 1
    for part in parts:
        assert not valid_telegram_html(part)
        assert part.count("<blockquote>") == part.count("</blockquote>")
    joined = "".join(parts)
    assert all(f"Sentence {n} " in joined for n in range(30))


def test_one_giant_sentence_is_cut_between_words_into_whole_quotes() -> None:
    giant = " ".join(["antidisestablishmentarianism&"] * 400)
    parts = render_answer(answer([giant]))
    assert len(parts) >= 3
    for part in parts:
        assert not valid_telegram_html(part)
    blob = "x" * 9000  # no spaces at all
    assert all(not valid_telegram_html(p) for p in render_answer(answer([blob])))


def test_groups_get_one_message_with_sources() -> None:
    sentences = [f"Sentence {n} " + "word " * 300 for n in range(10)]
    (only,) = render_answer(answer(sentences), max_messages=1)
    assert not valid_telegram_html(only) and "Sentence 0" in only


def test_context_and_sources() -> None:
    html = render_context("T & T", [("Before <x>.", False), ("Cited.", True)], SRC)
    assert "<b>Cited.</b>" in html and "Before &lt;x&gt;." in html
    assert not valid_telegram_html(html)
    assert render_sources([SRC]).startswith("<b>Sources</b>\n[1] <a href=")


def test_text_rendering_for_the_terminal() -> None:
    text = to_text(answer(["One."], "speaker_quotes", "Julianne Smith"))
    assert text.startswith("Julianne Smith (U.S. Ambassador):\n  • One. [1, 2022-01-11]")


def test_token_is_redacted_from_logs(caplog) -> None:  # type: ignore[no-untyped-def]
    token = "123456:ABC-secret"
    record = logging.LogRecord("httpx", logging.INFO, __file__, 1,
                               "HTTP Request: POST %s", (f"https://api.telegram.org/bot{token}/getMe",),
                               None)
    assert RedactToken(token).filter(record)
    assert token not in record.getMessage() and "<token>" in record.getMessage()
