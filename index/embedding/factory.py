"""Pick the configured embedding backend; each runtime loads only when chosen."""

from __future__ import annotations

from pathlib import Path

from ..config import EmbeddingConfig
from .models import Embedder


def load_embedder(config: EmbeddingConfig) -> Embedder:
    """The configured backend; ONNX and OpenVINO modules load only when chosen."""
    if config.backend == "torch":
        from .torch_backend import TorchEmbedder

        return TorchEmbedder(config.model, config.batch_size, config.threads)
    cache = Path(config.cache_dir)
    if config.backend in ("onnx", "onnx-int8"):
        from .onnx_backend import OnnxEmbedder

        return OnnxEmbedder(config.model, cache, config.backend == "onnx-int8",
                            config.batch_size, config.threads)
    from .openvino_backend import OpenVinoEmbedder

    return OpenVinoEmbedder(config.model, cache, config.batch_size, config.threads)
