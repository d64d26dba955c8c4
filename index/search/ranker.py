"""The calibrated sentence scorer: two small linear models read from `ranker.json`.

`order` ranks a question's candidate sentences (all features); `confidence` says, from a
few absolute features (`features.CONFIDENCE`), how likely a sentence is to answer the
question at all, and the answer abstains when even the best one falls below
`threshold`; sentences between `near_threshold` and it are offered as a declined
question's near miss (clearly not an answer). The weights and the thresholds are fitted
on data by `make calibrate` (index.evaluation.calibrate), which records what it fitted
on and what it measured; nothing here is set by hand.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from ..errors import WeightsUnusable
from ..weights import read_weights
from .features import CONFIDENCE, FEATURES, for_confidence

DEFAULT_PATH = Path(__file__).with_name("ranker.json")


@dataclass(frozen=True, slots=True)
class Ranker:
    order_weights: tuple[float, ...]
    confidence_weights: tuple[float, ...]
    confidence_bias: float
    threshold: float
    near_threshold: float = 1.0  # 1: never offer near misses

    def order(self, features: tuple[float, ...]) -> float:
        return sum(w * f for w, f in zip(self.order_weights, features, strict=True))

    def confidence(self, features: tuple[float, ...]) -> float:
        z = self.confidence_bias + sum(
            w * f for w, f in zip(self.confidence_weights, for_confidence(features),
                                  strict=True))
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))

    @classmethod
    def load(cls, path: Path = DEFAULT_PATH) -> Ranker:
        """The fitted scorer; a missing, damaged or stale file is a `WeightsUnusable`."""
        ranker = read_weights(path, "make calibrate", lambda d: cls(
            tuple(float(w) for w in d["order_weights"]),
            tuple(float(w) for w in d["confidence_weights"]), float(d["confidence_bias"]),
            float(d["threshold"]), min(float(d["threshold"]), float(d["near_threshold"]))),
            {"features": FEATURES, "confidence": CONFIDENCE})
        if len(ranker.order_weights) != len(FEATURES) or \
                len(ranker.confidence_weights) != len(CONFIDENCE):
            raise WeightsUnusable(f"{path} has the wrong number of weights; run `make calibrate`")
        return ranker

    @classmethod
    def uncalibrated(cls) -> Ranker:
        """Equal weights, for calibration's own first pass and for unit tests."""
        return cls(tuple(1.0 for _ in FEATURES), tuple(1.0 for _ in CONFIDENCE), -1.5, 0.5)
