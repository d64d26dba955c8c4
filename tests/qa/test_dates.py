"""Dates in questions, on a fixed clock (Saturday 28 November 2026), and answers kept
within them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from index.build import build_paths
from index.config import Config
from index.engine import Engine
from index.qa.dates import parse_dates
from index.search.ranker import Ranker
from tests.support.fakes import HashEmbedder

TODAY = date(2026, 11, 28)


@pytest.mark.parametrize("question, first, last, rest", [
    ("What did Peskov say this week?", "2026-11-23", "2026-11-28", "What did Peskov say?"),
    ("Who said what about NATO today?", "2026-11-28", "2026-11-28", "Who said what about NATO?"),
    ("What did Putin say yesterday?", "2026-11-27", "2026-11-27", "What did Putin say?"),
    ("What has Stoltenberg said since January?", "2026-01-01", None,
     "What has Stoltenberg said?"),
    ("What did Biden say in 2022?", "2022-01-01", "2022-12-31", "What did Biden say?"),
    ("What happened last month?", "2026-10-01", "2026-10-31", "What happened?"),
    ("What was said last week about Crimea?", "2026-11-16", "2026-11-22",
     "What was said about Crimea?"),
    ("Who said what about sanctions in the past 3 days?", "2026-11-26", "2026-11-28",
     "Who said what about sanctions?"),
    ("What did Smith say in March 2022?", "2022-03-01", "2022-03-31", "What did Smith say?"),
    ("What did Psaki say between January 2022 and March 2022?", "2022-01-01", "2022-03-31",
     "What did Psaki say?"),
    ("What did they agree on March 3, 2022?", "2022-03-03", "2022-03-03", "What did they agree?"),
    ("What did Zelenskyy say before February 2022?", None, "2022-01-31",
     "What did Zelenskyy say?"),
])
def test_date_phrases(question: str, first: str | None, last: str | None, rest: str) -> None:
    found, left = parse_dates(question, TODAY)
    assert found is not None
    assert (found.first and found.first.isoformat(), found.last and found.last.isoformat()) \
        == (first, last)
    assert left == rest


@pytest.mark.parametrize("question", [
    "Who did Kuleba speak with on Tuesday?",  # the article's Tuesday, not this week's
    "How many troops has Russia massed near Ukraine?",
    "What is the boiling point of water?",
])
def test_no_date_phrase(question: str) -> None:
    assert parse_dates(question, TODAY) == (None, question)


def test_without_dated_articles_date_words_are_the_storys(tmp_path: Path,
                                                          config: Config) -> None:
    """An archive whose articles carry no dates: "in 2014" is only words to search for."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("The new rail line would open in 2014, the council said.\n")
    fake = HashEmbedder()
    build_paths([folder], config.index.dir, config, lambda: fake, quiet=True)
    engine = Engine(config.index.dir, config, fake, Ranker.uncalibrated(), clock=lambda: TODAY)
    answer = engine.ask("What would open in 2014?")
    assert answer.sentences and "2014" in answer.sentences[0].text
    assert answer.note is None


def test_a_verb_is_not_a_date() -> None:
    assert parse_dates("What part of the search could last weeks?", TODAY)[0] is None


def test_latest_orders_newest_first() -> None:
    found, rest = parse_dates("latest on Ukraine", TODAY)
    assert found is not None and found.newest and (found.first, found.last) == (None, None)
    assert rest == "Ukraine"


@pytest.fixture
def dated(tmp_path: Path, config: Config) -> Engine:
    folder = tmp_path / "news"
    folder.mkdir()
    for day, text in (("2026-11-26", "The border talks in Geneva resumed, officials said."),
                      ("2026-10-02", "The border talks in Geneva were suspended, officials "
                                     "said."),
                      ("2022-03-03", "The border talks in Geneva began, officials said.")):
        (folder / f"{day}.txt").write_text(f"---\ntitle: Talks {day}\ndate: {day}\n---\n\n"
                                           f"{text}\n")
    fake = HashEmbedder()
    build_paths([folder], config.index.dir, config, lambda: fake, quiet=True)
    return Engine(config.index.dir, config, fake, Ranker.uncalibrated(), clock=lambda: TODAY)


def test_answers_stay_within_the_dates(dated: Engine) -> None:
    week = dated.ask("What happened to the border talks in Geneva this week?")
    assert [s.text for s in week.sentences] == ["The border talks in Geneva resumed, "
                                                "officials said."]
    assert week.note and "2026-11-23" in week.note
    assert week.question == "What happened to the border talks in Geneva this week?"
    old = dated.ask("What happened to the border talks in Geneva in 2022?")
    assert {s.article_id for s in old.sentences} == {old.sources[0].article_id}
    assert old.sources[0].date == "2022-03-03"
    nothing = dated.ask("What happened to the border talks in Geneva last year?")
    assert nothing.abstained and "2025-01-01" in (nothing.note or "")
    assert "from 2022-03-03 to 2026-11-26" in (nothing.note or "")  # which dates there are
    # "in 2019" may be when something happened in a story: no article of 2019 answers,
    # so every article is searched, and the note says so.
    story_time = dated.ask("What happened to the border talks in Geneva in 2019?")
    assert story_time.sentences and "2019-01-01" in (story_time.note or "")
    assert "any date" in (story_time.note or "")
    latest = dated.ask("latest on the border talks in Geneva")
    assert [s.date for s in latest.sources][:1] == ["2026-11-26"]
