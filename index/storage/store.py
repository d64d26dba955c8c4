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

__all__ = ["ArticleRow", "PassageRow", "SentenceRow", "SpeakerRow", "Store", "from_blobs",
           "to_blob"]

class Store:
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
        """Every article's id, title, date and source, oldest first."""
        return [ArticleRow(*r) for r in self._all("SELECT id, title, date, source FROM articles "
                                                  "ORDER BY date IS NULL, date, title")]

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

    # --- speakers and quotes ---------------------------------------------------------------

    def speakers(self) -> list[SpeakerRow]:
        """Every speaker with the number of quotes attributed to them."""
        return [SpeakerRow(*r) for r in self._all(
            "SELECT s.id, s.name, s.kind, (SELECT COUNT(*) FROM quotes q WHERE "
            "q.speaker_id = s.id) FROM speakers s")]

    def aliases(self) -> list[tuple[int, str]]:
        return self._all("SELECT DISTINCT speaker_id, alias FROM speaker_aliases")  # type: ignore[return-value]

    def roles(self, speaker_id: int) -> list[tuple[str, str]]:
        """(role, article id) as the articles state them, oldest article first."""
        return self._all("SELECT r.role, r.article_id FROM speaker_roles r JOIN articles a "  # type: ignore[return-value]
                         "ON a.id = r.article_id WHERE r.speaker_id = ? "
                         "ORDER BY a.date IS NULL, a.date, r.rowid", (speaker_id,))

    def speaker_kinds(self) -> dict[str, str]:
        """Speaker name → person | organisation | description."""
        return dict(self._all("SELECT name, kind FROM speakers"))  # type: ignore[arg-type]

    def sentence_speakers(self, sentence_ids: Sequence[int],
                          ) -> dict[int, tuple[str, str | None, str]]:
        """sentence id → (speaker, role in that article, quote kind) of the innermost quote
        with a known speaker that covers the sentence; but a quote whose speaker is named
        inside another speaker's words ("Cook said that Carter believes …") is part of
        those words, and the outer speaker speaks. A transcript turn or a statement only
        holds what others said, so its inner quotes keep their own speakers."""
        if not sentence_ids:
            return {}
        marks = placeholders(len(sentence_ids))
        rows = self._all(
            f'SELECT sq.sentence_id, sp.name, q.start, q."end", q.kind, q.cue, '
            f"q.speaker_start, (SELECT role FROM speaker_roles r WHERE r.speaker_id = sp.id "
            f"AND r.article_id = q.article_id ORDER BY length(r.role) DESC LIMIT 1) "
            f"FROM sentence_quotes sq JOIN quotes q ON q.id = sq.quote_id JOIN speakers sp "
            f"ON sp.id = q.speaker_id WHERE sq.sentence_id IN ({marks})", sentence_ids)
        covering: dict[int, list[tuple[int, int, str, str | None, str, str | None,
                                       int | None]]] = {}
        for sid, name, start, end, kind, cue, at, role in rows:
            covering.setdefault(sid, []).append((start, end, name, role, kind, cue, at))
        out = {}
        for sid, quotes in covering.items():
            quotes.sort(key=lambda q: q[1] - q[0])  # innermost first
            pick = quotes[0]
            for outer in quotes[1:]:
                speaks = outer[4] != "transcript" and outer[5] != "statement"
                if speaks and pick[6] is not None and outer[0] <= pick[6] < outer[1]:
                    pick = outer
            out[sid] = (pick[2], pick[3], pick[4])
        return out

    def speaker_sentences(self, speaker_ids: Sequence[int]) -> list[SentenceRow]:
        """Sentences in which these speakers speak, newest article first, in text order."""
        if not speaker_ids:
            return []
        marks = placeholders(len(speaker_ids))
        rows = self._all(
            f'SELECT DISTINCT s.id, s.article_id, s.i, s.start, s."end", a.date FROM sentences s '
            f"JOIN sentence_quotes sq ON sq.sentence_id = s.id JOIN quotes q ON q.id = "
            f"sq.quote_id JOIN articles a ON a.id = s.article_id "
            f"WHERE q.speaker_id IN ({marks}) ORDER BY a.date IS NULL, a.date DESC, "
            f"s.article_id, s.i", speaker_ids)
        return [SentenceRow(*r[:5]) for r in rows]

    def passages_of_sentences(self, rows: Sequence[SentenceRow]) -> dict[int, int]:
        """sentence id → id of the first passage that holds it."""
        out = {}
        for r in rows:
            got = self._all("SELECT id FROM passages WHERE article_id = ? AND first <= ? AND "
                            "last >= ? ORDER BY i LIMIT 1", (r.article_id, r.i, r.i))
            if got:
                out[r.id] = got[0][0]
        return out

    def quote_sentences(self, quote_ids: Sequence[int]) -> dict[int, list[int]]:
        if not quote_ids:
            return {}
        marks = placeholders(len(quote_ids))
        out: dict[int, list[int]] = {}
        for qid, sid in self._all(f"SELECT quote_id, sentence_id FROM sentence_quotes WHERE "
                                  f"quote_id IN ({marks})", quote_ids):
            out.setdefault(qid, []).append(sid)
        return out

    def quote_speakers(self, quote_ids: Sequence[int]) -> dict[int, int]:
        if not quote_ids:
            return {}
        marks = placeholders(len(quote_ids))
        return dict(self._all(f"SELECT id, speaker_id FROM quotes WHERE id IN ({marks}) AND "  # type: ignore[arg-type]
                              f"speaker_id IS NOT NULL", quote_ids))

    # --- writing (builds only) -----------------------------------------------------------

    def add_article(self, article: Article, sentence_spans: Sequence[tuple[int, int]],
                    sentence_vecs: np.ndarray, sentence_stems: Sequence[str],
                    passages: Sequence[tuple[int, int]],
                    passage_vecs: np.ndarray) -> tuple[list[int], list[int]]:
        """Insert one article; returns (sentence ids, passage ids) in order."""
        db = self.db
        db.execute("INSERT INTO articles (id, title, date, source, url, path, text) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)",
                   (article.id, article.title, article.date, article.source, article.url,
                    article.path, article.text))
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
