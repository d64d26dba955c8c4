"""The kind of thing a question asks for, and whether a sentence holds one."""

from __future__ import annotations

import pytest

from index.search.answer_type import ENTITY, NUMBER, PLACE, TIME, agreement, expected, holds


@pytest.mark.parametrize(("question", "kind"), [
    ("How many troops has Russia massed near Ukraine?", NUMBER),
    ("how much did the bridge cost", NUMBER),
    ("What percentage of voters backed the plan?", NUMBER),
    ("When did Russia annex Crimea?", TIME),
    ("In which year was the treaty signed?", TIME),
    ("What day will the ministers meet?", TIME),
    ("Who led the Russian delegation?", ENTITY),
    ("Whom did the envoy brief?", ENTITY),
    ("Which company built the pipeline?", ENTITY),
    ("Where will the talks be held?", PLACE),
    ("Which countries signed the accord?", PLACE),
    ("What did Russia demand at the talks?", None),
    ("Why did the talks stall?", None),
    ("Is NATO ready to talk?", None),
])
def test_expected_kind(question: str, kind: str | None) -> None:
    assert expected(question) == kind


@pytest.mark.parametrize(("kind", "sentence", "question", "held"), [
    (NUMBER, "The army massed about 100,000 troops at the border.", "How many troops?", True),
    (NUMBER, "Thousands of people fled the town.", "How many people fled?", True),
    (NUMBER, "The army massed troops at the border.", "How many troops?", False),
    # the question's own number is no answer to it
    (NUMBER, "The 2015 deal was signed in Minsk.", "How many died after the 2015 deal?", False),
    (TIME, "Russia annexed the peninsula in 2014.", "When did Russia annex it?", True),
    (TIME, "The ministers meet on Thursday in Vienna.", "What day do ministers meet?", True),
    (TIME, "Russia annexed the peninsula.", "When did Russia annex it?", False),
    (TIME, "They may meet again.", "When will they meet?", False),  # "may" is no month
    (ENTITY, "The delegation was led by Sergei Ryabkov.", "Who led the delegation?", True),
    (ENTITY, "The delegation was led by a deputy minister.", "Who led the delegation?",
     False),
    (ENTITY, "Peskov described the talks as open.", "Who did Peskov describe?", False),
    (PLACE, "The talks will be held in Brussels.", "Where will the talks be held?", True),
])
def test_sentence_holds_the_kind(kind: str, sentence: str, question: str, held: bool) -> None:
    assert holds(kind, sentence, question) is held


def test_agreement_is_neutral_for_untyped_questions() -> None:
    assert agreement("What did Russia demand?", "Russia demanded guarantees.") == (0.0, 0.0)
    assert agreement("How many troops?", "About 3,000 troops took part.") == (1.0, 0.0)
    assert agreement("How many troops?", "Troops took part.") == (0.0, 1.0)
