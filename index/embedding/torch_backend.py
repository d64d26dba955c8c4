"""The reference backend: sentence-transformers on torch, the only module that imports
sentence-transformers."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .models import canonical_model_name, model_path, offline_hub


class TorchEmbedder:
    """sentence-transformers on torch, the reference backend."""

    def __init__(self, name: str, batch_size: int = 64, threads: int = 0) -> None:
        offline_hub()
        import torch
        from sentence_transformers import SentenceTransformer

        if threads > 0:
            torch.set_num_threads(threads)
        self.model = canonical_model_name(name)
        # str(): sentence-transformers 6.2 raises TypeError on a Path.
        self._st = SentenceTransformer(str(model_path(name)), device="cpu")
        self.dim = int(self._st.get_embedding_dimension() or 0)
        self.batch_size = batch_size

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vecs = self._st.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.ascontiguousarray(vecs, dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed([text])[0]
