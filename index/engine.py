"""The read-path facade: open a published index, answer questions, report what it holds.

`Engine.open` checks the index before serving it (format, model, and that FAISS, BM25
and SQLite agree on the passage count) and says what to run when they do not. `ask` is
the one entry point the CLI, the terminal chat and the Telegram bot share; a chat's
previous turn comes in explicitly as an `AskContext`. The engine is the `qa.Reader` that
answering reads through; `add_articles` is the one write it offers (the bot's admins).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, cast

from .build import BuildReport, apply, configured_stages
from .config import Config, load_config
from .embedding.factory import load_embedder
from .embedding.models import Embedder, canonical_model_name
from .errors import IndexMismatch
from .qa.ask import answer_question
from .qa.speakers import SpeakerNames
from .quotes.store import list_speakers
from .search.hybrid import Searcher
from .search.keyword import KeywordIndex
from .search.ranker import Ranker
from .search.vectors import Layout, VectorIndex, use_one_core
from .storage import generations
from .storage.store import ArticleRow, Store
from .types import Answer, Article, AskContext, Speaker


@dataclass(slots=True)
class _Parts:
    """One served generation: everything here is read-only and replaced as a whole."""

    generation: Path
    manifest: dict[str, Any]
    store: Store
    searcher: Searcher
    speaker_names: SpeakerNames | None = None  # built on first use


def _layout(name: str) -> Layout:
    kind, _, storage = name.partition("-")
    return Layout(kind, storage or "f32")


class Engine:
    def __init__(self, index_dir: str | Path, config: Config,
                 embedder: Embedder | Callable[[], Embedder] | None = None,
                 ranker: Ranker | None = None,
                 clock: Callable[[], date] | None = None) -> None:
        self.index_dir = Path(index_dir)
        self.config = config
        self._clock = clock or (lambda: datetime.now(UTC).date())
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
        use_one_core()  # a serving process: see search.vectors
        self._parts = self._load()

    @classmethod
    def open(cls, index_dir: str | Path | None = None, config: Config | None = None,
             embedder: Embedder | Callable[[], Embedder] | None = None) -> Engine:
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
        return answer_question(self, question, context, offset=offset, limit=limit)

    def today(self) -> date:
        return self._clock()

    def speaker_names(self) -> SpeakerNames:
        parts = self._parts
        if parts.speaker_names is None:  # a race builds it twice, harmlessly
            parts.speaker_names = SpeakerNames(parts.store)
        return parts.speaker_names

    @property
    def threshold(self) -> float:
        configured = self.config.answer.min_score
        return self.ranker.threshold if configured is None else configured

    # --- changing the index ----------------------------------------------------------------

    def add_articles(self, articles: list[Article]) -> BuildReport:
        """Index new articles (incrementally, quotes included) and serve them at once."""
        stages = configured_stages(self.config, embedder=lambda: self.embedder)
        report = apply(self.index_dir, self.config, stages.embedder, add=articles,
                       quotes=stages.quotes, quiet=True)
        self.reload()
        return report

    def remove_articles(self, ids: list[str]) -> BuildReport:
        """Delete articles everywhere (retention) and serve the new generation."""
        stages = configured_stages(self.config, quotes=False, embedder=lambda: self.embedder)
        report = apply(self.index_dir, self.config, stages.embedder, remove=ids, quiet=True)
        self.reload()
        return report

    def context(self, article_id: str, start: int, end: int, around: int = 2,
                ) -> list[tuple[str, bool]]:
        """The sentences around [start, end) of an article; True marks the cited one."""
        row = self.store.sentence_at(article_id, start, end)
        article = self.searcher.article(article_id)
        if row is None:
            return [(article.text[start:end], True)]
        near = self.store.sentences_of(article_id, max(0, row.i - around), row.i + around)
        return [(article.text[r.start:r.end], r.i == row.i) for r in near]

    # --- what the index holds ------------------------------------------------------------

    def article(self, article_id: str) -> Article | None:
        return self.store.article(article_id)

    def articles(self) -> list[ArticleRow]:
        """Every article's id, title, date and source, oldest first."""
        return self.store.article_list()

    def speakers(self) -> list[Speaker]:
        """People and organisations quoted, with quote counts and roles, most quoted first."""
        return list_speakers(self.store)

    def stats(self) -> dict[str, Any]:
        m = self.manifest
        dates = [a.date for a in self.store.article_list() if a.date]
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
