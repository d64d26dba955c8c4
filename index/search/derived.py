"""The search files of a generation, derived from its store: the passage vector index
(updated in place when the layout allows, else rebuilt from stored vectors), the quote
vector index, and BM25 over the stored stems. Nothing is embedded or tokenised again."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..config import SearchConfig
from ..storage.store import Store
from .keyword import KeywordIndex
from .tokens import content
from .vectors import Layout, VectorIndex


@dataclass(frozen=True, slots=True)
class Update:
    """What changed since the live generation (`old` None: build from the store)."""

    old: Path | None
    manifest: dict[str, Any] | None
    removed: list[int]
    new_ids: list[np.ndarray]
    new_vecs: list[np.ndarray]


def write_vectors(scratch: Path, store: Store, dim: int, layout: Layout,
                  config: SearchConfig, update: Update) -> int:
    """Write passages.faiss and quotes.faiss; returns the number of passage vectors."""
    vec_index = _passage_index(store, dim, layout, config, update)
    vec_index.save(scratch / "passages.faiss")
    quote_index = VectorIndex.create(dim, Layout("flat", "f32"), config)
    for qids, qvecs in store.iter_vectors("quotes", dim):
        quote_index.add(qids, qvecs)
    quote_index.save(scratch / "quotes.faiss")
    return len(vec_index)


def write_keyword(scratch: Path, store: Store) -> None:
    pids: list[int] = []
    toks: list[list[str]] = []
    for pid, codes in store.iter_passage_stems():
        pids.append(pid)
        toks.append([t for code in codes for t in content(code)])
    KeywordIndex.build(pids, toks).save(scratch / "bm25")


def _passage_index(store: Store, dim: int, layout: Layout, config: SearchConfig,
                   update: Update) -> VectorIndex:
    """Update the old FAISS index in place when we can; otherwise rebuild from SQLite."""
    old, manifest = update.old, update.manifest
    same_layout = manifest is not None and manifest.get("vectors") == layout.name
    if old is not None and same_layout and (old / "passages.faiss").exists():
        index = VectorIndex.load(old / "passages.faiss", layout, config.hnsw_ef_search)
        if not update.removed or index.can_remove:
            index.remove(np.asarray(update.removed, dtype=np.int64))
            for ids, vecs in zip(update.new_ids, update.new_vecs, strict=True):
                index.add(ids, vecs)
            return index
    index = VectorIndex.create(dim, layout, config)
    if not index.index.is_trained:
        sample = [v for _, v in store.iter_vectors("passages", dim, batch=100_000)][:1]
        if sample:
            index.train(sample[0])
    for ids, vecs in store.iter_vectors("passages", dim):
        index.add(ids, vecs)
    return index
