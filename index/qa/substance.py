"""Does a quoted sentence say something? A statement with content (a claim, a position,
a number, a commitment) against a question, a greeting, thanks or filler ("Thank you,
Mr. President.", "Why do we have NATO?", "All right.").

"Who said what about NATO?" shows each speaker's best sentences on the topic; a courtesy
line that names the topic ("thank you for your leadership of NATO") is on topic but
says nothing. Which sentences say something is learned, not listed: a logistic model
over the sentence's stored embedding (what it is about and how it is said) and its
shape (length, a question mark, figures, names), fitted by `make fit-substance`
(index.evaluation.fit_substance) on quote sentences from ../shared labelled by hand
(eval/quote_substance.jsonl), half of them held out. It costs no model call at question
time: the sentence vectors are already in the index. Pure: weights read once, arithmetic.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..search.tokens import STOP_WORDS
from ..weights import read_weights

MODEL_PATH = Path(__file__).with_name("substance.json")
SHAPE = ("log_words", "content_share", "question", "figure", "names")
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?|\d[\d,.]*")
_NAME = re.compile(r"[A-Z][a-z]+")


def shape(text: str) -> np.ndarray:
    """How the sentence is built, as numbers in SHAPE order."""
    words = _WORD.findall(text.lower())
    n = len(words)
    content = sum(1 for w in words if w not in STOP_WORDS)
    return np.array([
        min(1.5, math.log1p(n) / math.log(40)),  # 1 at 39 words; capped for run-ons
        content / n if n else 0.0,
        1.0 if "?" in text else 0.0,
        1.0 if any(c.isdigit() for c in text) else 0.0,
        min(1.0, sum(1 for w in text.split()[1:] if _NAME.match(w)) / 3),
    ])


class SubstanceModel:
    def __init__(self, vector_weights: np.ndarray, shape_weights: np.ndarray, bias: float,
                 cut: float, clear: float, model: str) -> None:
        self.vector_weights = vector_weights
        self.shape_weights = shape_weights
        self.bias = bias
        self.cut = cut  # below this probability a sentence says nothing
        self.clear = clear  # from this one on it surely says something
        self.model = model  # the embedding model the weights belong to

    def usable_with(self, model: str, dim: int) -> bool:
        return model == self.model and dim == len(self.vector_weights)

    def probability(self, text: str, vector: np.ndarray) -> float:
        z = float(self.vector_weights @ vector + self.shape_weights @ shape(text) + self.bias)
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))

    def tier(self, text: str, vector: np.ndarray) -> int | None:
        """0: surely says something; 1: may; None: says nothing."""
        p = self.probability(text, vector)
        return 0 if p >= self.clear else 1 if p >= self.cut else None


@lru_cache(maxsize=2)
def load(path: Path = MODEL_PATH) -> SubstanceModel:
    return read_weights(path, "make fit-substance", lambda d: SubstanceModel(
        np.array(d["vector_weights"], dtype=np.float32),
        np.array(d["shape_weights"], dtype=np.float64), float(d["bias"]), float(d["cut"]),
        float(d["clear"]), str(d["model"])), {"shape": SHAPE})
