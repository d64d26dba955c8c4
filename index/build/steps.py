"""The parts of a build that are not its order of phases: reading an older generation,
finding syndicated copies, embedding in chunks, mean vectors."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ..embedding.models import Embedder
from ..ingest import dedup
from ..progress import BuildReport, Progress
from ..storage.store import Store
from ..types import Article

EMBED_CHUNK = 512  # texts per progress step; the embedder batches inside it


def copy_sqlite(src: Path, dst: Path) -> None:
    with sqlite3.connect(f"file:{src}?mode=ro", uri=True) as a, sqlite3.connect(dst) as b:
        a.backup(b)


def mean_rows(vecs: np.ndarray, windows: Sequence[tuple[int, int]]) -> np.ndarray:
    """Normalised mean of rows first..last (inclusive) for each window."""
    out = np.zeros((len(windows), vecs.shape[1]), dtype=np.float32)
    for k, (a, b) in enumerate(windows):
        m = vecs[a:b + 1].mean(axis=0)
        out[k] = m / max(float(np.linalg.norm(m)), 1e-12)
    return out


def embed_all(embedder: Embedder, texts: list[str], progress: Progress) -> np.ndarray:
    out = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    # Longest first inside each chunk keeps padding waste low across batches.
    order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
    for lo in range(0, len(order), EMBED_CHUNK):
        idx = order[lo:lo + EMBED_CHUNK]
        out[idx] = embedder.embed([texts[i] for i in idx])
        progress.advance(len(idx))
    return out


def syndicated(store: Store, report: BuildReport, threshold: float,
               todo: Sequence[Article]) -> tuple[list[Article], dict[str, bytes],
                                                 list[tuple[str, Article]]]:
    """Set syndicated copies aside: an article whose text an indexed one (or one earlier
    in this batch) mostly shares is recorded as a copy of it, with its own outlet, title
    and date, and not indexed again. Returns the articles left, their signatures, and the
    copies as (original id, copy), to record once the originals are stored."""
    if not todo:
        return [], {}, []
    finder = dedup.CopyFinder(threshold)
    for aid, blob in store.signatures().items():
        finder.add(aid, dedup.from_blob(blob))
    known_copies = store.copy_ids()
    keep: list[Article] = []
    sigs: dict[str, bytes] = {}
    copies: list[tuple[str, Article]] = []
    for art in todo:
        if art.id in known_copies:
            report.unchanged.append(art.id)
            continue
        sig = dedup.signature(art.text)
        original = finder.original(sig)
        if original is not None:
            copies.append((original, art))
            report.syndicated.append((art.id, original))
            continue
        finder.add(art.id, sig)
        sigs[art.id] = dedup.to_blob(sig)
        keep.append(art)
    return keep, sigs, copies


def stored_copies(db: Path) -> list[tuple[str, Article]]:
    """(original id, copy) of an index database; an index older than copies has none."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        try:
            rows = conn.execute("SELECT article_id, copy_id, title, date, source, url, path "
                                "FROM copies ORDER BY rowid").fetchall()
        except sqlite3.OperationalError:
            return []
    return [(r[0], Article(r[1], r[2] or "", "", r[3], r[4], r[5], r[6])) for r in rows]


def stored_articles(db: Path) -> list[Article]:
    """The articles of an index database, whatever its format (their table never changed)."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        rows = conn.execute("SELECT id, title, text, date, source, url, path FROM articles "
                            "ORDER BY rowid").fetchall()
    return [Article(*r) for r in rows]


