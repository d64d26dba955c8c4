"""Syndicated copies: the same wire story under five headlines is one article.

MinHash over word 5-shingles (datasketch) estimates how much two texts share; above
`[news] dedup_threshold` a new article is a copy of an indexed one. Exact copies (same
text) never get this far: their id is the text's hash. Signatures are stored with the
articles, so each build compares new texts with the index through an LSH table
instead of with every article.
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

PERMUTATIONS = 128
SCHEME = "affine32"  # datasketch 2's default; stored signatures depend on it
SHINGLE = 5
_WORD = re.compile(r"\w+")


def signature(text: str) -> np.ndarray:
    """The MinHash of the text's word 5-shingles (lower case; punctuation ignored)."""
    words = [w.lower() for w in _WORD.findall(text)]
    m = MinHash(num_perm=PERMUTATIONS, seed=1, scheme=SCHEME)
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    m.update_batch([s.encode("utf-8") for s in shingles])
    return np.asarray(m.hashvalues, dtype=np.uint64)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two texts' shingle sets."""
    return float(np.mean(a == b))


class CopyFinder:
    """Which indexed article (if any) a new text copies."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        # The LSH bands find candidates a little below the threshold (they are
        # probabilistic); the estimate on the signatures then decides.
        self._lsh = MinHashLSH(threshold=max(0.3, threshold - 0.2), num_perm=PERMUTATIONS)
        self._sigs: dict[str, np.ndarray] = {}

    def add(self, article_id: str, sig: np.ndarray) -> None:
        if article_id in self._sigs:
            return
        self._sigs[article_id] = sig
        self._lsh.insert(article_id, MinHash(num_perm=PERMUTATIONS, hashvalues=sig, scheme=SCHEME))

    def original(self, sig: np.ndarray) -> str | None:
        """The indexed article the text copies (the most similar above the threshold)."""
        found = self._lsh.query(MinHash(num_perm=PERMUTATIONS, hashvalues=sig, scheme=SCHEME))
        scored = [(similarity(sig, self._sigs[a]), a) for a in found]
        scored = [(s, a) for s, a in scored if s >= self.threshold]
        return max(scored)[1] if scored else None


def to_blob(sig: np.ndarray) -> bytes:
    return np.asarray(sig, dtype=np.uint64).tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.uint64)
