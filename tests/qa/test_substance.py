"""Who said what leads with substance: a speaker's first line on a topic is a statement,
not a question, a greeting or thanks (issue 12). The sentences below are written for
these tests; the golden questions run on seeds/ + ../shared/corpus."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from index.config import load_config
from index.engine import Engine
from index.qa import substance
from tests.conftest import ROOT


@pytest.mark.parametrize("text, says_something", [
    ("Thank you so much, Madam Chair.", False),
    ("It is wonderful to see all of you here in Oslo today.", False),
    ("Can you tell us what happens next?", False),
    ("The alliance will station 4,000 more troops in the Baltic states next year.", True),
    ("We will not accept any limit on who may join the alliance.", True),
])
def test_the_fitted_model_tells_statements_from_courtesies(real_embedder,  # type: ignore[no-untyped-def]
                                                           text: str, says_something: bool) -> None:
    model = substance.load()
    assert model.usable_with(real_embedder.model, real_embedder.dim)
    tier = model.tier(text, real_embedder.embed([text])[0])
    assert (tier is not None) == says_something, (text, model.probability(
        text, real_embedder.embed([text])[0]))


def test_weights_of_another_model_are_not_used() -> None:
    model = substance.load()
    assert not model.usable_with("some-other-model", model.vector_weights.shape[0])
    assert not model.usable_with(model.model, 7)


def test_shape_is_bounded() -> None:
    for text in ("", "?", "Thank you.", "A" * 4000, "9 " * 500):
        s = substance.shape(text)
        assert s.shape == (len(substance.SHAPE),) and np.all((s >= 0) & (s <= 1.5))


EMPTY = ("thank", "good to see", "great to have you", "look forward", "congratulat")


@pytest.mark.parametrize("topic", ["NATO", "sanctions", "Ukraine", "Crimea", "the summit"])
def test_each_speakers_first_line_says_something(corpus_index: Path, real_embedder,  # type: ignore[no-untyped-def]
                                                 topic: str) -> None:
    engine = Engine(corpus_index, load_config(ROOT / "config.toml"), real_embedder)
    answer = engine.ask(f"Who said what about {topic}?")
    firsts: dict[str, str] = {}
    for s in answer.sentences:
        if s.speaker is not None:
            firsts.setdefault(s.speaker, s.text)
    assert len(firsts) >= 3, answer
    for speaker, text in firsts.items():
        assert "?" not in text, (speaker, text)
        assert not any(w in text.lower() for w in EMPTY), (speaker, text)
