"""Export the bundled sentence-transformers weights to ONNX once, offline, and cache them.

The only module that drives torch.onnx. transformers 5 changed BertModel's argument order,
so the model is called through a keyword-argument wrapper. int8 uses dynamic quantisation
per channel: the per-tensor default drifts to a minimum cosine of about 0.915 against
fp32. Nothing is downloaded; the source is the model directory on disk.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from .models import offline_hub

MAX_TOKENS = 256  # all-MiniLM-L6-v2's max_seq_length


def fingerprint(model_dir: Path) -> str:
    """Changes when the weights do, so a stale export is never used."""
    h = hashlib.sha256()
    for f in sorted(model_dir.glob("*.safetensors")) + sorted(model_dir.glob("*.bin")):
        st = f.stat()
        h.update(f"{f.name}:{st.st_size}:{int(st.st_mtime)}".encode())
    return h.hexdigest()[:12]


def exported(model_dir: Path, cache: Path, int8: bool) -> Path:
    """Path of the cached ONNX file, exporting (and quantising) it first if needed."""
    folder = cache / f"{model_dir.name}-{fingerprint(model_dir)}"
    fp32 = folder / "model.onnx"
    target = folder / ("model-int8.onnx" if int8 else "model.onnx")
    if target.exists():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    if not fp32.exists():
        _export(model_dir, fp32)
    if int8 and not target.exists():
        from onnxruntime.quantization import QuantType, quantize_dynamic

        tmp = target.with_suffix(".tmp.onnx")
        quantize_dynamic(str(fp32), str(tmp), weight_type=QuantType.QInt8, per_channel=True)
        os.replace(tmp, target)
    return target


def _export(model_dir: Path, out: Path) -> None:
    offline_hub()
    import torch
    from transformers import AutoModel, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(str(model_dir))
    model = AutoModel.from_pretrained(str(model_dir)).eval()

    class ByKeyword(torch.nn.Module):
        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):  # type: ignore[no-untyped-def]
            return self.inner(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    enc = tokenizer(["an example", "a somewhat longer example sentence"], padding=True,
                    return_tensors="pt")
    axes = {0: "batch", 1: "tokens"}
    with tempfile.TemporaryDirectory(dir=out.parent) as tmp:
        path = Path(tmp) / "model.onnx"
        torch.onnx.export(ByKeyword(model),
                          (enc["input_ids"], enc["attention_mask"], enc["token_type_ids"]),
                          str(path), input_names=["input_ids", "attention_mask", "token_type_ids"],
                          output_names=["last_hidden_state"], opset_version=17, dynamo=False,
                          dynamic_axes={"input_ids": axes, "attention_mask": axes,
                                        "token_type_ids": axes, "last_hidden_state": axes})
        os.replace(path, out)
