"""Deterministic stand-ins for the heavy parts, used by fast unit tests.

`HashEmbedder` is a bag-of-words embedder: each folded word is hashed to a coordinate,
the counts are L2-normalised. Texts sharing words are near; others are orthogonal. Exact,
fast, and good enough to test retrieval plumbing without the model.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence

import numpy as np

from index.search.tokens import tokens


class HashEmbedder:
    model = "all-MiniLM-L6-v2"  # poses as the configured model so the manifest check passes

    def __init__(self, dim: int = 256, delay: float = 0.0) -> None:
        self.dim = dim
        self.delay = delay
        self.calls = 0
        self.texts = 0

    def _vec(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float32)
        for t in tokens(text):
            h = int.from_bytes(hashlib.blake2b(t.encode(), digest_size=8).digest(), "little")
            v[h % self.dim] += 1.0
        n = np.linalg.norm(v)
        if n == 0:
            v[0] = 1.0
            return v
        return v / n

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += 1
        self.texts += len(texts)
        if self.delay:
            time.sleep(self.delay * len(texts))
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._vec(t) for t in texts])

    def embed_query(self, text: str) -> np.ndarray:
        return self._vec(text)
