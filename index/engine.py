"""The engine: open a published index, answer questions, report what it holds.

`Engine.open` checks the index before serving it (format, model, and that FAISS, BM25
and SQLite agree on the passage count) and says what to run when they do not. `ask` is
the one entry point the CLI, the terminal chat and the Telegram bot share; a chat's
previous turn comes in explicitly as an `AskContext`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from .config import Config
from .embedding.models import Embedder, canonical_model_name, load_embedder
from .errors import IndexMismatch
from .qa import answer as A
from .search.hybrid import Searcher
from .search.keyword import KeywordIndex
from .search.ranker import Ranker
from .search.vectors import Layout, VectorIndex
from .storage import generations
from .storage.store import Store
from .types import Answer, Article, AskContext


@dataclass(slots=True)
class _Parts:
    generation: Path
    manifest: dict[str, Any]
    store: Store
    searcher: Searcher


def _layout(name: str) -> Layout:
    kind, _, storage = name.partition("-")
    return Layout(kind, storage or "f32")


class Engine:
    def __init__(self, index_dir: str | Path, config: Config,
                 embedder: Embedder | Callable[[], Embedder] | None = None,
                 ranker: Ranker | None = None) -> None:
        self.index_dir = Path(index_dir)
        self.config = config
        self.ranker = ranker or Ranker.load()
        self._embedder: Embedder | None = None
        self._embedder_factory: Callable[[], Embedder]
        if embedder is None:
            self._embedder_factory = lambda: load_embedder(config.embedding)
        elif hasattr(embedder, "embed"):
            self._embedder = cast(Embedder, embedder)
            self._embedder_factory = lambda: cast(Embedder, embedder)
        else:
            self._embedder_factory = cast(Callable[[], Embedder], embedder)
        self._lock = threading.Lock()
        self._parts = self._load()

    @classmethod
    def open(cls, index_dir: str | Path | None = None, config: Config | None = None,
             embedder: Embedder | Callable[[], Embedder] | None = None) -> Engine:
        from .config import load_config

        config = config or load_config()
        return cls(index_dir or config.index.dir, config, embedder)

    # --- loading -------------------------------------------------------------------------

    def _load(self) -> _Parts:
        gen = generations.require(self.index_dir)
        manifest = generations.read_manifest(gen)
        want = canonical_model_name(self.config.embedding.model)
        if manifest.get("model") != want:
            raise IndexMismatch(
                f"The index at {self.index_dir} was built with {manifest.get('model')!r}, but "
                f"config asks for {want!r}. Rebuild it with `python -m index build --rebuild`, "
                f"or set [embedding] model = {manifest.get('model')!r}."
            )
        store = Store(gen / "meta.sqlite")
        counts = store.counts()
        vectors = VectorIndex.load(gen / "passages.faiss", _layout(manifest["vectors"]),
                                   self.config.search.hnsw_ef_search)
        keyword = KeywordIndex.load(gen / "bm25")
        if not (len(vectors) == len(keyword) == counts["passages"]
                == manifest["counts"]["passages"]):
            store.close()
            raise IndexMismatch(
                f"The index at {self.index_dir} is inconsistent: {len(vectors)} vectors, "
                f"{len(keyword)} keyword entries, {counts['passages']} passages in SQLite. "
                "Rebuild it: `python -m index build --rebuild`."
            )
        quotes_path = gen / "quotes.faiss"
        quote_vectors = (VectorIndex.load(quotes_path, Layout("flat", "f32"))
                         if quotes_path.exists() else None)
        searcher = Searcher(store, vectors, keyword, self.ranker, self.config.search,
                            int(manifest["dim"]), quote_vectors)
        return _Parts(gen, manifest, store, searcher)

    def reload(self) -> None:
        """Serve the newest published generation (after an admin added articles)."""
        parts = self._load()
        with self._lock:
            self._parts = parts

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            with self._lock:
                if self._embedder is None:
                    self._embedder = self._embedder_factory()
        return self._embedder

    @property
    def embedder_factory(self) -> Callable[[], Embedder]:
        return lambda: self.embedder

    @property
    def store(self) -> Store:
        return self._parts.store

    @property
    def searcher(self) -> Searcher:
        return self._parts.searcher

    @property
    def manifest(self) -> dict[str, Any]:
        return self._parts.manifest

    # --- questions -----------------------------------------------------------------------

    def ask(self, question: str, context: AskContext | None = None, *, offset: int = 0,
            limit: int | None = None) -> Answer:
        from .qa.ask import answer_question  # intent routing lives beside its helpers

        return answer_question(self, question, context, offset=offset, limit=limit)

    def general(self, question: str, *, offset: int = 0, limit: int | None = None,
                intent: str = "general") -> Answer:
        parts = self._parts
        qvec = self.embedder.embed_query(question)
        hits = parts.searcher.retrieve(question, qvec).hits
        threshold = self.threshold
        chosen, more = A.select(hits, threshold, limit or self.config.answer.max_sentences,
                                offset, self.config.answer.duplicate_similarity)
        if not chosen:
            return A.abstain(question, intent)
        arts = {h.article_id: parts.searcher.article(h.article_id) for h in chosen}
        return A.cite(question, intent, chosen, arts, more=more)

    @property
    def threshold(self) -> float:
        configured = self.config.answer.min_score
        return self.ranker.threshold if configured is None else configured

    # --- changing the index ----------------------------------------------------------------

    def add_articles(self, articles: list[Article]) -> Any:
        """Index new articles (incrementally, quotes included) and serve them at once."""
        from .build import apply
        from .quotes.stage import quote_stage

        quotes = quote_stage(self.config.quotes) if self.config.quotes.enabled else None
        report = apply(self.index_dir, self.config, self.embedder_factory, add=articles,
                       quotes=quotes, quiet=True)
        self.reload()
        return report

    def context(self, article_id: str, start: int, end: int, around: int = 2,
                ) -> list[tuple[str, bool]]:
        """The sentences around [start, end) of an article; True marks the cited one."""
        rows = self.store._all('SELECT i FROM sentences WHERE article_id = ? AND start <= ? '
                               'AND "end" >= ?', (article_id, start, end))
        article = self.searcher.article(article_id)
        if not rows:
            return [(article.text[start:end], True)]
        i = rows[0][0]
        near = self.store.sentences_of(article_id, max(0, i - around), i + around)
        return [(article.text[r.start:r.end], r.i == i) for r in near]

    # --- what the index holds ------------------------------------------------------------

    def article(self, article_id: str) -> Article | None:
        return self.store.article(article_id)

    def stats(self) -> dict[str, Any]:
        m = self.manifest
        dates = [d for _, _, d, _ in self.store.article_list() if d]
        return {
            "index": str(self.index_dir),
            "generation": self._parts.generation.name,
            "model": m["model"],
            "dim": m["dim"],
            "vectors": m["vectors"],
            "counts": self.store.counts(),
            "first_date": min(dates) if dates else None,
            "last_date": max(dates) if dates else None,
            "built_at": m.get("built_at"),
        }
