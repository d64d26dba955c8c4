"""The passage vector index: FAISS, inner product on unit vectors, ids = passage ids.

The only module that imports faiss. Exact search (Flat) while it is fast enough; HNSW
above `search.ann_min_passages` (or when configured), with vectors kept as fp16 or SQ8
where recall allows. HNSW cannot delete, so a build that removes passages from an HNSW
index rebuilds it from the vectors stored in SQLite (no re-embedding).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

from ..config import SearchConfig


@dataclass(frozen=True, slots=True)
class Layout:
    kind: str  # flat | hnsw
    storage: str  # f32 | f16 | sq8

    @property
    def name(self) -> str:
        return f"{self.kind}-{self.storage}"


def choose_layout(config: SearchConfig, passages: int) -> Layout:
    kind = config.ann
    if kind == "auto":
        kind = "hnsw" if passages >= config.ann_min_passages else "flat"
    storage = config.vector_storage
    if storage == "auto":
        storage = "f16" if kind == "hnsw" else "f32"
    return Layout(kind, storage)


EXACT_FILTERED = 20_000  # allowed ids below this are searched exactly (2 ms at 20k)


def use_one_core() -> None:
    """For a process that serves questions: one query's OpenMP start-up costs more than
    it saves (1.66 → 0.54 ms for exact search over 10k vectors, measured); concurrency
    comes from the callers. FAISS's thread count is process-wide, so the process's entry
    point sets it once, never a call on the way (a build in a worker thread would race)."""
    faiss.omp_set_num_threads(1)


def use_all_cores() -> None:
    """For a process that builds: adding vectors to HNSW uses every core."""
    faiss.omp_set_num_threads(os.cpu_count() or 1)


def _quantizer(storage: str) -> int:
    return {"f16": faiss.ScalarQuantizer.QT_fp16, "sq8": faiss.ScalarQuantizer.QT_8bit}[storage]


class VectorIndex:
    def __init__(self, index: faiss.Index, layout: Layout, ef_search: int = 96) -> None:
        self.index = index
        self.layout = layout
        self.ef_search = ef_search
        self._apply_params()

    @classmethod
    def create(cls, dim: int, layout: Layout, config: SearchConfig) -> VectorIndex:
        metric = faiss.METRIC_INNER_PRODUCT
        inner: faiss.Index
        if layout.kind == "flat":
            if layout.storage == "f32":
                inner = faiss.IndexFlatIP(dim)
            else:
                inner = faiss.IndexScalarQuantizer(dim, _quantizer(layout.storage), metric)
        else:
            if layout.storage == "f32":
                inner = faiss.IndexHNSWFlat(dim, config.hnsw_m, metric)
            else:
                inner = faiss.IndexHNSWSQ(dim, _quantizer(layout.storage),  # type: ignore[arg-type]
                                         config.hnsw_m, metric)
            inner.hnsw.efConstruction = config.hnsw_ef_construction
        return cls(faiss.IndexIDMap2(inner), layout, config.hnsw_ef_search)

    def _apply_params(self) -> None:
        inner = faiss.downcast_index(self.index.index)  # type: ignore[attr-defined]
        if hasattr(inner, "hnsw"):
            inner.hnsw.efSearch = self.ef_search

    def set_ef_search(self, ef: int) -> None:
        self.ef_search = ef
        self._apply_params()

    @property
    def can_remove(self) -> bool:
        return self.layout.kind == "flat"

    def __len__(self) -> int:
        return int(self.index.ntotal)

    def train(self, sample: np.ndarray) -> None:
        if not self.index.is_trained:
            self.index.train(np.ascontiguousarray(sample, dtype=np.float32))

    def add(self, ids: np.ndarray, vecs: np.ndarray) -> None:
        if len(ids):
            self.index.add_with_ids(np.ascontiguousarray(vecs, dtype=np.float32),
                                    np.asarray(ids, dtype=np.int64))

    def remove(self, ids: np.ndarray) -> int:
        if not len(ids):
            return 0
        return int(self.index.remove_ids(np.asarray(ids, dtype=np.int64)))  # type: ignore[arg-type]

    def search(self, query: np.ndarray, k: int, allowed: np.ndarray | None = None,
               ) -> tuple[np.ndarray, np.ndarray]:
        """The k nearest ids (and scores); `allowed`, if given, the only ids to consider.
        A small allowed set is searched exactly over its vectors (an HNSW graph walk with
        a filter can miss them); a large one through FAISS's id selector."""
        if len(self) == 0 or k <= 0 or (allowed is not None and not len(allowed)):
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        q = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
        if allowed is None:
            scores, ids = self.index.search(q, min(k, len(self)))
        elif self.layout.kind != "flat" and len(allowed) <= EXACT_FILTERED:
            ids_a = np.asarray(allowed, dtype=np.int64)
            mat = np.stack([self.index.reconstruct(int(i)) for i in ids_a])
            sims = mat @ q[0]
            top = np.argsort(-sims)[:k]
            return ids_a[top], sims[top].astype(np.float32)
        else:
            sel = faiss.IDSelectorBatch(np.asarray(allowed, dtype=np.int64))
            params = (faiss.SearchParametersHNSW(  # type: ignore[attr-defined]
                sel=sel, efSearch=max(self.ef_search, 2 * k)) if self.layout.kind != "flat"
                else faiss.SearchParameters(sel=sel))  # type: ignore[call-arg]
            scores, ids = self.index.search(q, min(k, len(self)), params=params)
        keep = ids[0] >= 0
        return ids[0][keep], scores[0][keep]

    def vectors(self, ids: Sequence[int]) -> dict[int, np.ndarray]:
        """The stored vectors of these ids (decoded from fp16/SQ8), from memory."""
        return {int(i): np.asarray(self.index.reconstruct(int(i))) for i in ids}

    def save(self, path: Path) -> None:
        faiss.write_index(self.index, str(path))

    @classmethod
    def load(cls, path: Path, layout: Layout, ef_search: int = 96, mmap: bool = False,
             ) -> VectorIndex:
        flags = faiss.IO_FLAG_MMAP if mmap else 0
        return cls(faiss.read_index(str(path), flags), layout, ef_search)
