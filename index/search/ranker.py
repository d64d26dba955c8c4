"""The calibrated sentence scorer: two small linear models read from `ranker.json`.

`order` ranks a question's candidate sentences (all features); `confidence` says, from
absolute features only, how likely a sentence is to answer the question at all, and the
answer abstains when even the best one falls below `threshold`. The weights and the
threshold are fitted on data by `python -m index.calibrate`, which records what it
fitted on and what it measured; nothing here is set by hand.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from .features import ABSOLUTE, FEATURES

DEFAULT_PATH = Path(__file__).with_name("ranker.json")


@dataclass(frozen=True, slots=True)
class Ranker:
    order_weights: tuple[float, ...]
    confidence_weights: tuple[float, ...]
    confidence_bias: float
    threshold: float

    def order(self, features: tuple[float, ...]) -> float:
        return sum(w * f for w, f in zip(self.order_weights, features, strict=True))

    def confidence(self, features: tuple[float, ...]) -> float:
        z = self.confidence_bias + sum(
            w * f for w, f in zip(self.confidence_weights, features[: len(ABSOLUTE)],
                                  strict=True))
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))

    @classmethod
    def load(cls, path: Path = DEFAULT_PATH) -> Ranker:
        data = json.loads(path.read_text(encoding="utf-8"))
        if tuple(data["features"]) != FEATURES or tuple(data["absolute"]) != ABSOLUTE:
            raise ValueError(f"{path} was fitted for other features; run `make calibrate`")
        return cls(tuple(data["order_weights"]), tuple(data["confidence_weights"]),
                   float(data["confidence_bias"]), float(data["threshold"]))

    @classmethod
    def uncalibrated(cls) -> Ranker:
        """Equal weights, for calibration's own first pass and for unit tests."""
        return cls(tuple(1.0 for _ in FEATURES), tuple(1.0 for _ in ABSOLUTE), -1.5, 0.5)
