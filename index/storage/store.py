"""SQLite metadata: articles, sentences, passages (with their vectors), quotes, speakers.

SQLite is the source of truth of a generation: the FAISS and BM25 files beside it are
derived from it and can be rebuilt from it without re-embedding (vectors are stored here
as float16 blobs). Readers open it read-only; a lock makes one connection safe to share
between the bot's worker threads.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import numpy as np

from ..types import Article
from .schema import (
    SCHEMA,
    ArticleRow,
    PassageRow,
    SentenceRow,
    SpeakerRow,
    from_blobs,
    placeholders,
    to_blob,
)
from .speakers import SpeakerReads

__all__ = ["ArticleRow", "PassageRow", "SentenceRow", "SpeakerRow", "Store", "from_blobs",
           "to_blob"]

class Store(SpeakerReads):
    def __init__(self, path: Path, readonly: bool = True) -> None:
        self.path = Path(path)
        if readonly:
            uri = f"file:{self.path}?mode=ro&immutable=1"
            self.db = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self.db.execute("PRAGMA cache_size = -65536")  # 64 MB of hot pages
        else:
            self.db = sqlite3.connect(self.path, check_same_thread=False)
            self.db.executescript(SCHEMA)
        self.db.execute("PRAGMA foreign_keys = ON")
        self.lock = threading.Lock()

    def close(self) -> None:
        self.db.close()

    def _all(self, sql: str, args: Iterable[object] = ()) -> list[tuple]:  # type: ignore[type-arg]
        with self.lock:
            return self.db.execute(sql, tuple(args)).fetchall()

    # --- reading -----------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "sentences", "passages", "quotes"):
            out[table] = self._all(f"SELECT COUNT(*) FROM {table}")[0][0]
        # People and organisations; a described speaker ("officials") is not one.
        out["speakers"] = self._all("SELECT COUNT(*) FROM speakers WHERE kind != "
                                    "'description'")[0][0]
        return out

    def article(self, article_id: str) -> Article | None:
        rows = self._all("SELECT id, title, text, date, source, url, path FROM articles "
                         "WHERE id = ?", (article_id,))
        return Article(*rows[0]) if rows else None

    def articles(self, ids: Iterable[str]) -> dict[str, Article]:
        return {i: a for i in set(ids) if (a := self.article(i)) is not None}

    def article_list(self) -> list[ArticleRow]:
        """Every article's id, title, date, source, URL and number of syndicated copies,
        oldest first."""
        return [ArticleRow(*r) for r in self._all(
            "SELECT a.id, a.title, a.date, a.source, a.url, (SELECT COUNT(*) FROM copies c "
            "WHERE c.article_id = a.id) FROM articles a ORDER BY a.date IS NULL, a.date, "
            "a.title")]

    def signatures(self) -> dict[str, bytes]:
        """article id → MinHash signature (for finding syndicated copies)."""
        return dict(self._all("SELECT id, minhash FROM articles "  # type: ignore[arg-type]
                              "WHERE minhash IS NOT NULL"))

    def also_in(self, article_ids: Iterable[str]) -> dict[str, tuple[str, ...]]:
        """article id → the other outlets that carried it (syndicated copies)."""
        ids = list(set(article_ids))
        if not ids:
            return {}
        out: dict[str, list[str]] = {}
        for aid, source, url in self._all(
                f"SELECT article_id, source, url FROM copies WHERE article_id IN "
                f"({placeholders(len(ids))}) ORDER BY rowid", ids):
            name = source or url or "another outlet"
            if name not in out.setdefault(aid, []):
                out[aid].append(name)
        return {k: tuple(v) for k, v in out.items()}

    def passages_dated(self, first: str | None, last: str | None) -> list[int]:
        """Ids of the passages of articles dated within [first, last] (ISO dates; None:
        open). The date index makes this cheap when the range is narrow."""
        where, args = [], []
        if first:
            where.append("a.date >= ?")
            args.append(first)
        if last:
            where.append("a.date <= ?")
            args.append(last + "\uffff")  # a date with a time still sorts in its day
        sql = ("SELECT p.id FROM articles a JOIN passages p ON p.article_id = a.id WHERE "
               "a.date IS NOT NULL" + "".join(f" AND {w}" for w in where))
        return [r[0] for r in self._all(sql, args)]

    def date_span(self) -> tuple[str, str] | None:
        """The first and last article dates (days), or None when no article is dated."""
        row = self._all("SELECT min(substr(date, 1, 10)), max(substr(date, 1, 10)) FROM "
                        "articles WHERE date IS NOT NULL AND date != ''")[0]
        return (row[0], row[1]) if row[0] else None

    def article_ids(self) -> set[str]:
        return {r[0] for r in self._all("SELECT id FROM articles")}

    def ids_by_path(self) -> dict[str, str]:
        return {p: i for i, p in self._all("SELECT id, path FROM articles WHERE path IS NOT NULL")}

    def passages(self, ids: Sequence[int]) -> list[PassageRow]:
        if not ids:
            return []
        marks = placeholders(len(ids))
        rows = self._all(f"SELECT id, article_id, i, first, last FROM passages "
                         f"WHERE id IN ({marks})", ids)
        return [PassageRow(*r) for r in rows]

    def article_passages(self, article_ids: Sequence[str]) -> dict[str, list[int]]:
        """article id → its passage ids, in reading order."""
        if not article_ids:
            return {}
        out: dict[str, list[int]] = {}
        for aid, pid in self._all(f"SELECT article_id, id FROM passages WHERE article_id IN "
                                  f"({placeholders(len(article_ids))}) ORDER BY article_id, i",
                                  article_ids):
            out.setdefault(aid, []).append(pid)
        return out

    def passage_sentences(self, ids: Sequence[int], dim: int,
                          ) -> tuple[dict[int, list[SentenceRow]], dict[int, np.ndarray]]:
        """For the given passages, in one query: passage id → its sentences (in order,
        with stems), and sentence id → vector."""
        if not ids:
            return {}, {}
        marks = placeholders(len(ids))
        rows = self._all(
            f'SELECT p.id, s.id, s.article_id, s.i, s.start, s."end", s.stems, s.vector, '
            f'substr(a.text, s.start + 1, s."end" - s.start) FROM passages p '
            f"JOIN sentences s ON s.article_id = p.article_id AND s.i BETWEEN p.first AND p.last "
            f"JOIN articles a ON a.id = s.article_id WHERE p.id IN ({marks}) ORDER BY p.id, s.i",
            ids)
        by_passage: dict[int, list[SentenceRow]] = {}
        blobs: dict[int, bytes] = {}
        for pid, sid, aid, i, start, end, stems, blob, text in rows:
            by_passage.setdefault(pid, []).append(SentenceRow(sid, aid, i, start, end, stems,
                                                              text))
            blobs[sid] = blob
        vecs = from_blobs(list(blobs.values()), dim)
        return by_passage, dict(zip(blobs, vecs, strict=True))

    def passage_vectors(self, ids: Sequence[int], dim: int) -> dict[int, np.ndarray]:
        if not ids:
            return {}
        marks = placeholders(len(ids))
        rows = self._all(f"SELECT id, vector FROM passages WHERE id IN ({marks})", ids)
        vecs = from_blobs([r[1] for r in rows], dim)
        return {r[0]: vecs[k] for k, r in enumerate(rows)}

    def sentence_at(self, article_id: str, start: int, end: int | None = None,
                    ) -> SentenceRow | None:
        """The article's sentence that holds [start, end) (or the character at start)."""
        if end is None:
            rows = self._all('SELECT id, article_id, i, start, "end" FROM sentences WHERE '
                             'article_id = ? AND start <= ? AND "end" > ? LIMIT 1',
                             (article_id, start, start))
        else:
            rows = self._all('SELECT id, article_id, i, start, "end" FROM sentences WHERE '
                             'article_id = ? AND start <= ? AND "end" >= ? LIMIT 1',
                             (article_id, start, end))
        return SentenceRow(*rows[0]) if rows else None

    def sentences_of(self, article_id: str, first: int, last: int) -> list[SentenceRow]:
        rows = self._all('SELECT id, article_id, i, start, "end", stems FROM sentences '
                         "WHERE article_id = ? AND i BETWEEN ? AND ? ORDER BY i",
                         (article_id, first, last))
        return [SentenceRow(*r) for r in rows]

    def sentence_rows(self, ids: Sequence[int]) -> list[SentenceRow]:
        if not ids:
            return []
        marks = placeholders(len(ids))
        rows = self._all(f'SELECT id, article_id, i, start, "end" FROM sentences '
                         f"WHERE id IN ({marks})", ids)
        return [SentenceRow(*r) for r in rows]

    def sentence_vectors(self, ids: Sequence[int], dim: int) -> dict[int, np.ndarray]:
        if not ids:
            return {}
        marks = placeholders(len(ids))
        rows = self._all(f"SELECT id, vector FROM sentences WHERE id IN ({marks})", ids)
        vecs = from_blobs([r[1] for r in rows], dim)
        return {r[0]: vecs[k] for k, r in enumerate(rows)}

    def iter_vectors(self, table: str, dim: int, batch: int = 50_000,
                     ) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """(ids, vectors) of passages or quotes in batches, to rebuild a vector index
        without re-embedding."""
        assert table in ("passages", "quotes")
        last = -1
        while True:
            rows = self._all(f"SELECT id, vector FROM {table} WHERE id > ? AND vector IS NOT "
                             "NULL ORDER BY id LIMIT ?", (last, batch))
            if not rows:
                return
            last = rows[-1][0]
            yield (np.array([r[0] for r in rows], dtype=np.int64),
                   from_blobs([r[1] for r in rows], dim))

    def iter_passage_stems(self) -> Iterator[tuple[int, list[str]]]:
        """(passage id, its sentences' stored stems in order) for every passage: what the
        keyword index is rebuilt from without tokenising any text again."""
        with self.lock:
            article_ids = [r[0] for r in self.db.execute("SELECT id FROM articles ORDER BY id")]
        for aid in article_ids:
            codes = dict(self._all("SELECT i, stems FROM sentences WHERE article_id = ?", (aid,)))
            for pid, first, last in self._all("SELECT id, first, last FROM passages "
                                              "WHERE article_id = ? ORDER BY i", (aid,)):
                yield pid, [codes[i] for i in range(first, last + 1)]

    # --- writing (builds only) -----------------------------------------------------------

    def add_article(self, article: Article, sentence_spans: Sequence[tuple[int, int]],
                    sentence_vecs: np.ndarray, sentence_stems: Sequence[str],
                    passages: Sequence[tuple[int, int]],
                    passage_vecs: np.ndarray, minhash: bytes | None = None,
                    ) -> tuple[list[int], list[int]]:
        """Insert one article; returns (sentence ids, passage ids) in order."""
        db = self.db
        db.execute("INSERT INTO articles (id, title, date, source, url, path, text, minhash) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   (article.id, article.title, article.date, article.source, article.url,
                    article.path, article.text, minhash))
        sids = []
        for i, ((s, e), vec, code) in enumerate(zip(sentence_spans, sentence_vecs,
                                                    sentence_stems, strict=True)):
            cur = db.execute('INSERT INTO sentences (article_id, i, start, "end", vector, stems) '
                             "VALUES (?, ?, ?, ?, ?, ?)",
                             (article.id, i, s, e, to_blob(vec), code))
            sids.append(int(cur.lastrowid or 0))
        pids = []
        for i, ((first, last), vec) in enumerate(zip(passages, passage_vecs, strict=True)):
            cur = db.execute("INSERT INTO passages (article_id, i, first, last, vector) "
                             "VALUES (?, ?, ?, ?, ?)", (article.id, i, first, last, to_blob(vec)))
            pids.append(int(cur.lastrowid or 0))
        return sids, pids

    def add_copy(self, original: str, copy: Article) -> None:
        """Record `copy` as a syndicated copy of the indexed article `original`."""
        self.db.execute("INSERT OR IGNORE INTO copies (article_id, copy_id, title, date, "
                        "source, url, path) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (original, copy.id, copy.title, copy.date, copy.source, copy.url,
                         copy.path))

    def copy_ids(self) -> dict[str, str]:
        """copy id → the article it copies."""
        return dict(self._all("SELECT copy_id, article_id FROM copies"))  # type: ignore[arg-type]

    def remove_article(self, article_id: str) -> list[int]:
        """Delete an article and everything hanging off it; returns its passage ids."""
        pids = [r[0] for r in self.db.execute("SELECT id FROM passages WHERE article_id = ?",
                                              (article_id,))]
        self.db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        self.db.execute("DELETE FROM speakers WHERE id NOT IN "
                        "(SELECT speaker_id FROM quotes WHERE speaker_id IS NOT NULL) "
                        "AND id NOT IN (SELECT speaker_id FROM speaker_roles)")
        return pids

    def commit(self) -> None:
        self.db.commit()
