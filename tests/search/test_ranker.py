"""The fitted scorer file: loads when whole, and a damaged one is a one-line WhosaidError."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.errors import WeightsUnusable, WhosaidError
from index.search.ranker import DEFAULT_PATH, Ranker


def test_the_shipped_ranker_loads() -> None:
    ranker = Ranker.load()
    assert 0.0 < ranker.threshold < 1.0


@pytest.mark.parametrize("damage, says", [
    (None, "is missing"),
    ("{not json", "unreadable"),
    ('{"features": []}', "fitted for other features"),
    ("[1, 2]", "unreadable"),
])
def test_a_damaged_ranker_is_a_whosaid_error(tmp_path: Path, damage: str | None,
                                             says: str) -> None:
    path = tmp_path / "ranker.json"
    if damage is not None:
        path.write_text(damage)
    with pytest.raises(WeightsUnusable, match=says) as err:
        Ranker.load(path)
    assert isinstance(err.value, WhosaidError) and "make calibrate" in str(err.value)


def test_weights_of_the_wrong_length_are_refused(tmp_path: Path) -> None:
    data = json.loads(DEFAULT_PATH.read_text())
    data["order_weights"] = data["order_weights"][:-1]
    path = tmp_path / "ranker.json"
    path.write_text(json.dumps(data))
    with pytest.raises(WeightsUnusable, match="wrong number of weights"):
        Ranker.load(path)


def test_the_speaker_model_loads_and_a_damaged_one_is_refused(tmp_path: Path) -> None:
    from index.quotes.choice import FEATURES, load

    model = load()
    assert len(model.weights) == len(FEATURES) and 0.5 <= model.threshold < 1.0
    bad = tmp_path / "speaker_model.json"
    bad.write_text('{"features": ["bias"], "weights": [1.0], "threshold": 0.5}')
    with pytest.raises(WeightsUnusable, match="fitted for other features"):
        load(bad)
