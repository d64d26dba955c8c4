"""The OpenVINO backend, the only module that imports openvino. It compiles the cached
ONNX export for the CPU; OpenVINO picks bf16 on CPUs with AMX, else fp32."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import openvino as ov

from .models import canonical_model_name, model_path
from .onnx_export import exported
from .wordpiece import PooledEncoder, WordPiece


class OpenVinoEmbedder(PooledEncoder):
    def __init__(self, name: str, cache: Path, batch_size: int = 64, threads: int = 0) -> None:
        directory = model_path(name)
        self.model = canonical_model_name(name)
        self.batch_size = batch_size
        core = ov.Core()
        config = {"INFERENCE_NUM_THREADS": str(threads or os.cpu_count() or 1),
                  "PERFORMANCE_HINT": "LATENCY"}
        self.compiled = core.compile_model(str(exported(directory, cache, False)), "CPU",
                                           config)
        self.request = self.compiled.create_infer_request()
        self.tokens = WordPiece(directory)
        self.dim = int(self.embed_query("dimension").shape[0])

    def _hidden(self, feed: dict[str, np.ndarray]) -> np.ndarray:
        return np.asarray(self.request.infer(feed)[self.compiled.output(0)])
