"""Build or update an index: load → clean/split → quotes → embed → store, then publish.

Incremental: an article already in the index (same id) is left alone, a file whose text
changed replaces the article it gave before, and only new articles are embedded. Each run
writes a new generation and publishes it atomically (see `generations`), so an
interrupted build leaves the previous index as it was.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from .config import Config
from .embedding.models import Embedder, canonical_model_name
from .errors import BadArticle, IndexMismatch
from .ingest.load import load_paths
from .ingest.split import make_passages, split_sentences
from .progress import Progress
from .quotes.stage import ArticleQuotes
from .quotes.store import merge_speakers, quote_vectors, save_quotes
from .search.keyword import KeywordIndex
from .search.tokens import encode
from .search.vectors import Layout, VectorIndex, choose_layout
from .storage import generations
from .storage.store import Store
from .types import Article

EMBED_CHUNK = 512  # texts per progress step; the embedder batches inside it


@dataclass(slots=True)
class BuildReport:
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    problems: list[BadArticle] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0
    generation: str | None = None

    def summary(self) -> str:
        c = self.counts
        parts = [
            f"{c.get('articles', 0)} articles",
            f"{c.get('passages', 0)} passages",
            f"{c.get('quotes', 0)} quotes",
            f"{c.get('speakers', 0)} speakers",
        ]
        change = f"+{len(self.added)} new"
        if self.replaced:
            change += f", {len(self.replaced)} changed"
        if self.removed:
            change += f", -{len(self.removed)} removed"
        if self.unchanged:
            change += f", {len(self.unchanged)} unchanged"
        if self.problems:
            change += f", {len(self.problems)} skipped"
        return f"Indexed {', '.join(parts)} ({change}) in {self.seconds:.1f}s"


@dataclass(slots=True)
class _Prepared:
    article: Article
    sentences: list[tuple[int, int]]
    passages: list[tuple[int, int]]
    quotes: ArticleQuotes | None = None


QuoteStage = Callable[[Sequence[Article]], list[ArticleQuotes]]


def _copy_sqlite(src: Path, dst: Path) -> None:
    with sqlite3.connect(f"file:{src}?mode=ro", uri=True) as a, sqlite3.connect(dst) as b:
        a.backup(b)


def mean_rows(vecs: np.ndarray, windows: Sequence[tuple[int, int]]) -> np.ndarray:
    """Normalised mean of rows first..last (inclusive) for each window."""
    out = np.zeros((len(windows), vecs.shape[1]), dtype=np.float32)
    for k, (a, b) in enumerate(windows):
        m = vecs[a:b + 1].mean(axis=0)
        out[k] = m / max(float(np.linalg.norm(m)), 1e-12)
    return out


def _embed_all(embedder: Embedder, texts: list[str], progress: Progress) -> np.ndarray:
    out = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    # Longest first inside each chunk keeps padding waste low across batches.
    order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
    for lo in range(0, len(order), EMBED_CHUNK):
        idx = order[lo:lo + EMBED_CHUNK]
        out[idx] = embedder.embed([texts[i] for i in idx])
        progress.advance(len(idx))
    return out


def apply(index_dir: str | Path, config: Config, embedder_factory: Callable[[], Embedder], *,
          add: Iterable[Article] = (), remove: Iterable[str] = (), rebuild: bool = False,
          quotes: QuoteStage | None = None, quiet: bool = False,
          problems: Sequence[BadArticle] = ()) -> BuildReport:
    """Apply additions and removals to the index at `index_dir`, publishing a new generation."""
    t0 = time.perf_counter()
    remove = list(remove)
    report = BuildReport(problems=list(problems))
    root = Path(index_dir)
    timings: dict[str, float] = {"split": 0.0, "quotes": 0.0, "embed": 0.0, "store": 0.0}
    with generations.build_lock(root):
        old = generations.current(root)
        old_manifest = None
        if old is not None and not rebuild:
            try:
                old_manifest = generations.read_manifest(old)
            except IndexMismatch:
                rebuild = True  # an older format: re-index the stored articles into this one
        model = canonical_model_name(config.embedding.model)
        if old_manifest and old_manifest.get("model") != model:
            raise IndexMismatch(
                f"The index at {root} was built with {old_manifest.get('model')!r} but config "
                f"says {model!r}. Re-embed everything: `python -m index build --rebuild`."
            )
        scratch = generations.start(root)
        carried: list[Article] = []
        if old is not None and rebuild:
            carried = [a for a in _stored_articles(old / "meta.sqlite") if a.id not in remove]
        elif old is not None:
            _copy_sqlite(old / "meta.sqlite", scratch / "meta.sqlite")
        store = Store(scratch / "meta.sqlite", readonly=False)
        try:
            existing = store.article_ids()
            by_path = store.ids_by_path()
            removed_pids: list[int] = []
            for aid in remove:
                if aid in existing:
                    removed_pids += store.remove_article(aid)
                    existing.discard(aid)
                    report.removed.append(aid)
            todo: list[Article] = []
            seen: set[str] = set()
            for art in [*carried, *add]:
                if art.id in existing or art.id in seen:
                    report.unchanged.append(art.id)
                    continue
                previous = by_path.get(art.path) if art.path else None
                if previous and previous != art.id and previous in existing:
                    removed_pids += store.remove_article(previous)
                    existing.discard(previous)
                    report.replaced.append(previous)
                seen.add(art.id)
                todo.append(art)

            t = time.perf_counter()
            prepared = []
            for art in todo:
                sents = split_sentences(art.id, art.text)
                if not sents:
                    report.problems.append(BadArticle(art.path or art.id,
                                                      "no indexable sentences (only page junk)"))
                    continue
                spans = [(s.start, s.end) for s in sents]
                ps = make_passages(sents, config.passages.sentences, config.passages.overlap)
                prepared.append(_Prepared(art, spans, [(p.first, p.last) for p in ps]))
            timings["split"] = time.perf_counter() - t

            if quotes is not None and prepared:
                t = time.perf_counter()
                for prep, found in zip(prepared, quotes([p.article for p in prepared]),
                                       strict=True):
                    prep.quotes = found
                timings["quotes"] = time.perf_counter() - t

            embedder = embedder_factory() if prepared else None
            new_ids: list[np.ndarray] = []
            new_vecs: list[np.ndarray] = []
            if prepared and embedder is not None:
                t = time.perf_counter()
                s_texts = [p.article.text[s:e] for p in prepared for s, e in p.sentences]
                with Progress(len(s_texts), "embedding", quiet=quiet) as bar:
                    s_vecs = _embed_all(embedder, s_texts, bar)
                timings["embed"] = time.perf_counter() - t
                t = time.perf_counter()
                codes = [encode(text) for text in s_texts]
                timings["split"] += time.perf_counter() - t
                t = time.perf_counter()
                si = 0
                for prep in prepared:
                    ns = len(prep.sentences)
                    vecs = s_vecs[si:si + ns]
                    # A passage's vector is the normalised mean of its sentences' vectors:
                    # measured on QAMR it retrieves as well as embedding the passage text
                    # (R@1 0.812 both, R@5 0.906 vs 0.905), at half the embedding work.
                    p_vecs = mean_rows(vecs, prep.passages)
                    sids, pids = store.add_article(prep.article, prep.sentences, vecs,
                                                   codes[si:si + ns], prep.passages, p_vecs)
                    if prep.quotes is not None:
                        save_quotes(store, prep.article, prep.quotes, sids, prep.sentences)
                    new_ids.append(np.asarray(pids, dtype=np.int64))
                    new_vecs.append(p_vecs)
                    si += ns
                    report.added.append(prep.article.id)
                if quotes is not None:
                    quote_vectors(store, embedder.dim)
                timings["store"] = time.perf_counter() - t
            merge_speakers(store)
            store.commit()

            t = time.perf_counter()
            counts = store.counts()
            dim = embedder.dim if embedder else int((old_manifest or {}).get("dim", 0))
            layout = choose_layout(config.search, counts["passages"])
            vec_index = _vector_index(old if not rebuild else None, old_manifest, store, dim,
                                      layout, config, removed_pids, new_ids, new_vecs)
            vec_index.save(scratch / "passages.faiss")
            quote_index = VectorIndex.create(dim, Layout("flat", "f32"), config.search)
            for qids, qvecs in store.iter_vectors("quotes", dim):
                quote_index.add(qids, qvecs)
            quote_index.save(scratch / "quotes.faiss")
            timings["vectors"] = time.perf_counter() - t

            t = time.perf_counter()
            all_pids: list[int] = []
            toks: list[list[str]] = []
            for pid, passage_tokens in store.iter_passage_tokens():
                all_pids.append(pid)
                toks.append(passage_tokens)
            KeywordIndex.build(all_pids, toks).save(scratch / "bm25")
            timings["keyword"] = time.perf_counter() - t

            if len(vec_index) != counts["passages"]:
                raise IndexMismatch(f"internal: {len(vec_index)} vectors for "
                                    f"{counts['passages']} passages")
            if report.removed or report.replaced:
                store.db.execute("VACUUM")  # deleted rows would otherwise stay on disk
            store.close()
            report.counts = counts
            report.seconds = time.perf_counter() - t0
            report.timings = timings
            manifest = {
                "format": generations.FORMAT,
                "model": model,
                "backend": config.embedding.backend,
                "dim": dim,
                "counts": counts,
                "vectors": layout.name,
                "passages": {"sentences": config.passages.sentences,
                             "overlap": config.passages.overlap},
                "quotes": quotes is not None,
                "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "build_seconds": round(report.seconds, 3),
            }
            generations.write_json(scratch / generations.MANIFEST, manifest)
            final = generations.publish(root, scratch, config.index.keep_generations)
            report.generation = final.name
        except BaseException:
            store.close()
            shutil.rmtree(scratch, ignore_errors=True)
            raise
    return report


def _stored_articles(db: Path) -> list[Article]:
    """The articles of an index database, whatever its format (their table never changed)."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        rows = conn.execute("SELECT id, title, text, date, source, url, path FROM articles "
                            "ORDER BY rowid").fetchall()
    return [Article(*r) for r in rows]


def _vector_index(old: Path | None, manifest: dict | None, store: Store, dim: int,  # type: ignore[type-arg]
                  layout, config: Config, removed: list[int], new_ids: list[np.ndarray],  # type: ignore[no-untyped-def]
                  new_vecs: list[np.ndarray]) -> VectorIndex:
    """Update the old FAISS index in place when we can; otherwise rebuild from SQLite."""
    same_layout = manifest is not None and manifest.get("vectors") == layout.name
    if old is not None and same_layout and (old / "passages.faiss").exists():
        index = VectorIndex.load(old / "passages.faiss", layout, config.search.hnsw_ef_search)
        if not removed or index.can_remove:
            index.remove(np.asarray(removed, dtype=np.int64))
            for ids, vecs in zip(new_ids, new_vecs, strict=True):
                index.add(ids, vecs)
            return index
    index = VectorIndex.create(dim, layout, config.search)
    if not index.index.is_trained:
        sample = [v for _, v in store.iter_vectors("passages", dim, batch=100_000)][:1]
        if sample:
            index.train(sample[0])
    for ids, vecs in store.iter_vectors("passages", dim):
        index.add(ids, vecs)
    return index


def build_paths(paths: Sequence[str | Path], index_dir: str | Path, config: Config,
                embedder_factory: Callable[[], Embedder], *, rebuild: bool = False,
                quotes: QuoteStage | None = None, quiet: bool = False) -> BuildReport:
    loaded = load_paths(paths)
    return apply(index_dir, config, embedder_factory, add=loaded.articles, rebuild=rebuild,
                 quotes=quotes, quiet=quiet, problems=loaded.problems)
