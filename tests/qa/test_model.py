"""The real model on seeds/: the answers the README promises, and the golden questions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.config import load_config
from index.engine import Engine
from tests.conftest import ROOT

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def engine(seeds_index: Path, real_embedder) -> Engine:  # type: ignore[no-untyped-def]
    return Engine(seeds_index, load_config(ROOT / "config.toml"), real_embedder)


def test_troops_question_cites_the_sentence_verbatim(engine: Engine) -> None:
    answer = engine.ask("How many troops has Russia massed near Ukraine?")
    assert not answer.abstained
    top = answer.sentences[0]
    assert top.text.startswith("The U.S. estimates Russia has massed about 100,000 troops "
                               "near Ukraine")
    article = engine.article(top.article_id)
    assert article is not None and article.text[top.start:top.end] == top.text
    assert top.citation == 1
    (src,) = answer.sources
    assert (src.citation, src.date, src.source) == (1, "2022-01-11", "AP") and src.title


@pytest.mark.parametrize("question", [
    "What is the boiling point of water?", "Who won the 2018 FIFA World Cup?",
    "How do I reset my password?",
])
def test_questions_the_articles_do_not_answer(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.abstained and answer.sentences == ()
    assert answer.note is not None and answer.note.startswith("The articles don't say.")


def test_no_answer_ever_cites_page_junk(engine: Engine) -> None:
    for q in ("Advertisement", "Only subscribers are eligible to post comments",
              "Use the form below to reset your password", "reset code email"):
        for s in engine.ask(q).sentences:
            assert "Advertisement" not in s.text and "password" not in s.text


def test_golden_questions(engine: Engine) -> None:
    items = [json.loads(line) for line in
             (ROOT / "eval/seeds_questions.jsonl").read_text().splitlines() if line.strip()]
    first = abstain_ok = 0
    answerable = [i for i in items if i["expect"]]
    for item in items:
        answer = engine.ask(item["question"])
        if item["expect"] is None:
            abstain_ok += answer.abstained
        else:
            abstain_ok += not answer.abstained
            first += bool(answer.sentences) and item["expect"] in answer.sentences[0].text
    # Measured 19/20 first (s14, the open-door policy, is the miss) and 30/30 abstention
    # decisions.
    assert first >= 0.95 * len(answerable)
    assert abstain_ok >= 0.95 * len(items)
