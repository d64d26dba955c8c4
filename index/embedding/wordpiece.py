"""Tokenise for the ONNX/OpenVINO backends with the model's own tokenizer.json (fast, no
transformers import), mean-pool + L2-normalise as sentence-transformers does, and batch:
the part of those backends that does not depend on the runtime."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
from tokenizers import Tokenizer

from .onnx_export import MAX_TOKENS


class WordPiece:
    def __init__(self, model_dir: Path) -> None:
        self.tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tok.enable_truncation(MAX_TOKENS)
        self.tok.enable_padding()

    def batch(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        enc = self.tok.encode_batch(list(texts))
        return {
            "input_ids": np.array([e.ids for e in enc], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in enc], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids for e in enc], dtype=np.int64),
        }

    def one(self, text: str) -> dict[str, np.ndarray]:
        e = self.tok.encode(text)  # a single text: no padding, no batch bookkeeping
        return {
            "input_ids": np.array([e.ids], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids], dtype=np.int64),
        }


def mean_pool(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    m = mask[..., None].astype(np.float32)
    pooled = (hidden * m).sum(axis=1) / np.maximum(m.sum(axis=1), 1e-9)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    return np.ascontiguousarray(pooled / np.maximum(norms, 1e-12), dtype=np.float32)


class PooledEncoder:
    """Batching and pooling shared by the backends that run the exported graph; a backend
    sets `tokens`, `dim`, `batch_size` and implements `_hidden` (one runtime call)."""

    tokens: WordPiece
    dim: int
    batch_size: int

    def _hidden(self, feed: dict[str, np.ndarray]) -> np.ndarray:
        raise NotImplementedError

    def _run(self, feed: dict[str, np.ndarray]) -> np.ndarray:
        return mean_pool(self._hidden(feed), feed["attention_mask"])

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        # Similar lengths per batch: less padding to compute.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for lo in range(0, len(order), self.batch_size):
            idx = order[lo:lo + self.batch_size]
            out[idx] = self._run(self.tokens.batch([texts[i] for i in idx]))
        return out

    def embed_query(self, text: str) -> np.ndarray:
        return self._run(self.tokens.one(text))[0]
