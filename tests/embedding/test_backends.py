"""Embedding backends agree with the torch reference; index layouts agree with exact search."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from index.build import build_paths
from index.config import Config, EmbeddingConfig, parse_config
from index.embedding.factory import load_embedder
from index.engine import Engine
from index.search.vectors import Layout, VectorIndex, choose_layout
from tests.conftest import SEEDS
from tests.support.fakes import HashEmbedder

TEXTS = ["Russia has massed about 100,000 troops near Ukraine.",
         "We will not allow anyone to slam NATO’s open-door policy shut.",
         "What did Psaki say?", "NATO", "A much longer sentence about the talks in Geneva, "
         "the meeting in Brussels on Wednesday and the OSCE gathering in Vienna on Thursday."]


@pytest.fixture(scope="module")
def reference() -> np.ndarray:
    return load_embedder(EmbeddingConfig(backend="torch")).embed(TEXTS)


@pytest.mark.model
# Dynamic int8 quantisation scales activations per batch, so a text embedded alone differs
# slightly from the same text in a batch (cosine ≈ 0.99, measured); QAMR is unaffected.
@pytest.mark.parametrize("backend, floor, alone", [("onnx", 0.9999, 0.9999),
                                                   ("onnx-int8", 0.95, 0.98),
                                                   ("openvino", 0.999, 0.999)])
def test_backends_reproduce_torch(backend: str, floor: float, alone: float,
                                  reference: np.ndarray, tmp_path: Path) -> None:
    emb = load_embedder(EmbeddingConfig(backend=backend))
    batch = emb.embed(TEXTS)
    assert batch.shape == reference.shape and batch.dtype == np.float32
    assert np.allclose(np.linalg.norm(batch, axis=1), 1.0, atol=1e-4)
    assert (batch * reference).sum(axis=1).min() >= floor
    single = np.stack([emb.embed_query(t) for t in TEXTS])
    assert (single * batch).sum(axis=1).min() >= alone, "one query ≈ the same text in a batch"


def test_layout_is_chosen_by_size() -> None:
    cfg = Config().search
    assert choose_layout(cfg, 10_000) == Layout("flat", "f32")
    assert choose_layout(cfg, 2_000_000) == Layout("hnsw", "f16")
    forced = replace(cfg, ann="hnsw", vector_storage="sq8")
    assert choose_layout(forced, 10) == Layout("hnsw", "sq8")


@pytest.mark.parametrize("layout", [Layout("flat", "f16"), Layout("hnsw", "f32"),
                                    Layout("hnsw", "f16"), Layout("hnsw", "sq8")])
def test_compact_and_approximate_indexes_find_what_exact_search_finds(layout: Layout) -> None:
    rng = np.random.default_rng(3)
    centers = rng.normal(size=(20, 64))
    x = (centers[rng.integers(0, 20, 3000)] + 0.3 * rng.normal(size=(3000, 64))).astype(
        np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    ids = np.arange(3000, dtype=np.int64) + 10
    exact = VectorIndex.create(64, Layout("flat", "f32"), Config().search)
    exact.add(ids, x)
    other = VectorIndex.create(64, layout, Config().search)
    other.train(x)
    other.add(ids, x)
    recall = np.mean([len(set(exact.search(q, 10)[0]) & set(other.search(q, 10)[0])) / 10
                      for q in x[:100]])
    assert recall >= 0.9, recall


def test_hnsw_index_survives_removal_by_rebuilding(tmp_path: Path) -> None:
    config = parse_config({"index": {"dir": str(tmp_path / "idx")}, "quotes": {"enabled": False},
                           "search": {"ann": "hnsw"}})
    fake = HashEmbedder()
    story = tmp_path / "news"
    story.mkdir()
    (story / "a.txt").write_text("Alpha officials met in Geneva. They discussed drills.\n")
    build_paths([SEEDS, story], config.index.dir, config, lambda: fake, quiet=True)
    engine = Engine(config.index.dir, config, fake)
    assert engine.manifest["vectors"] == "hnsw-f16"
    victim = next(a for a in engine.store.article_ids() if "Alpha" in engine.article(a).text)  # type: ignore[union-attr]
    from index.build import apply

    report = apply(config.index.dir, config, lambda: fake, remove=[victim], quiet=True)
    engine.reload()
    assert len(engine.searcher.vectors) == report.counts["passages"]
    answer = engine.ask("How many troops has Russia massed near Ukraine?")
    assert "100,000" in answer.sentences[0].text
