"""Syndicated copies: the same wire story under five headlines is one article.

MinHash over word 5-shingles (datasketch) estimates the Jaccard similarity of two texts'
shingle sets; with the sets' sizes (kept as the signature's last value) that gives
containment: how much of the new text an indexed one already holds. A copy trimmed to
three quarters of the story shares 75 % by Jaccard but ~100 % by containment, and two
different stories on the same talks share almost nothing either way. Containment is
directional (how much of the *new* text is old), and a text that grew by more than a
byline is never a copy: a developing story re-published with a new paragraph still
mostly holds the old one, but its new quote must be indexed, not dropped (the answer
step folds the sentences both versions share). Above `[news] dedup_threshold` a new
article is a copy of an indexed one. Exact copies (same text) never
get this far: their id is the text's hash. Signatures are stored with the articles, so
each build compares new texts with the index through an LSH table instead of with every
article.
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

PERMUTATIONS = 128
SCHEME = "affine32"  # datasketch 2's default; stored signatures depend on it
SHINGLE = 5
GROWTH = 12  # shingles (~ words) a copy may add: a byline, dateline or credit line
_WORD = re.compile(r"\w+")


def signature(text: str) -> np.ndarray:
    """The MinHash of the text's word 5-shingles (lower case; punctuation ignored), and
    the number of shingles as a last value."""
    words = [w.lower() for w in _WORD.findall(text)]
    m = MinHash(num_perm=PERMUTATIONS, seed=1, scheme=SCHEME)
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    m.update_batch([s.encode("utf-8") for s in shingles])
    return np.append(np.asarray(m.hashvalues, dtype=np.uint64), np.uint64(len(shingles)))


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two texts' shingle sets."""
    return float(np.mean(a[:PERMUTATIONS] == b[:PERMUTATIONS]))


def containment(new: np.ndarray, old: np.ndarray) -> float:
    """Estimated share of the new text's shingles that the old text holds:
    |A ∩ B| = J (|A| + |B|) / (1 + J). Signatures without sizes give Jaccard."""
    j = similarity(new, old)
    if len(new) <= PERMUTATIONS or len(old) <= PERMUTATIONS:
        return j
    na, nb = float(new[PERMUTATIONS]), float(old[PERMUTATIONS])
    return min(1.0, j * (na + nb) / (1 + j) / max(1.0, na))


class CopyFinder:
    """Which indexed article (if any) a new text copies."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        # The LSH bands find candidates by Jaccard, well below the containment threshold
        # (a trimmed copy's Jaccard is lower); the estimate on the signatures decides.
        self._lsh = MinHashLSH(threshold=0.3, num_perm=PERMUTATIONS)
        self._sigs: dict[str, np.ndarray] = {}

    def add(self, article_id: str, sig: np.ndarray) -> None:
        if article_id in self._sigs:
            return
        self._sigs[article_id] = sig
        self._lsh.insert(article_id, _minhash(sig))

    def original(self, sig: np.ndarray) -> str | None:
        """The indexed article the text copies (the most contained above the threshold)."""
        found = self._lsh.query(_minhash(sig))
        scored = [(containment(sig, self._sigs[a]), a) for a in found
                  if _growth(sig, self._sigs[a]) <= GROWTH]
        scored = [(s, a) for s, a in scored if s >= self.threshold]
        return max(scored)[1] if scored else None


def _growth(new: np.ndarray, old: np.ndarray) -> float:
    """How many more shingles the new text has (0 for signatures without sizes)."""
    if len(new) <= PERMUTATIONS or len(old) <= PERMUTATIONS:
        return 0.0
    return float(new[PERMUTATIONS]) - float(old[PERMUTATIONS])


def _minhash(sig: np.ndarray) -> MinHash:
    return MinHash(num_perm=PERMUTATIONS, hashvalues=sig[:PERMUTATIONS], scheme=SCHEME)


def to_blob(sig: np.ndarray) -> bytes:
    return np.asarray(sig, dtype=np.uint64).tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.uint64)
