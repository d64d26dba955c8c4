"""What the live-news side remembers, beside the index generations: feeds and their
status, the feed entries already taken, who follows what, and which alerts were sent.

`DIR/state.sqlite` (the index directory), not inside a generation: generations are
immutable and replaced by every build, while this changes with every poll and every
/follow. SQLite in WAL mode, so the bot's handlers and the watcher share it safely;
tables are created (migrated) on open.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

STATE_FILE = "state.sqlite"
SCHEMA = """
CREATE TABLE IF NOT EXISTS feeds (
    url TEXT PRIMARY KEY, every TEXT, added_by INTEGER, added_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS feed_status (
    url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, last_success TEXT,
    last_error TEXT, articles INTEGER NOT NULL DEFAULT 0, failures INTEGER NOT NULL DEFAULT 0,
    next_due REAL NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS entries (
    feed_url TEXT NOT NULL, key TEXT NOT NULL, url TEXT, article_id TEXT,
    seen_at TEXT NOT NULL, tries INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (feed_url, key));
CREATE INDEX IF NOT EXISTS entries_url ON entries(url);
CREATE TABLE IF NOT EXISTS first_seen (article_id TEXT PRIMARY KEY, seen_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS follows (
    id INTEGER PRIMARY KEY, chat_id INTEGER NOT NULL, speaker TEXT, topic TEXT,
    created_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS follows_chat ON follows(chat_id);
CREATE TABLE IF NOT EXISTS alerts (
    follow_id INTEGER NOT NULL, quote_key TEXT NOT NULL, sent_at TEXT NOT NULL,
    PRIMARY KEY (follow_id, quote_key));
"""


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class FeedStatus:
    url: str
    every: str | None
    added_by: int | None  # a Telegram user, or None for config.toml
    etag: str | None
    last_modified: str | None
    last_success: str | None
    last_error: str | None
    articles: int
    failures: int
    next_due: float


@dataclass(frozen=True, slots=True)
class Follow:
    id: int
    chat_id: int
    speaker: str | None
    topic: str | None
    created_at: str

    def describe(self) -> str:
        if self.speaker and self.topic:
            return f"{self.speaker} about {self.topic}"
        return self.speaker or self.topic or "?"


class State:
    def __init__(self, index_dir: str | Path) -> None:
        path = Path(index_dir)
        path.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path / STATE_FILE, check_same_thread=False, timeout=30)
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.executescript(SCHEMA)
        self.lock = threading.Lock()

    def close(self) -> None:
        self.db.close()

    def _do(self, sql: str, args: Iterable[object] = ()) -> list[tuple]:  # type: ignore[type-arg]
        with self.lock, self.db:
            return self.db.execute(sql, tuple(args)).fetchall()

    # --- feeds -----------------------------------------------------------------------------

    def add_feed(self, url: str, every: str | None = None, added_by: int | None = None,
                 ) -> bool:
        """False if the feed was already there."""
        with self.lock, self.db:
            cur = self.db.execute("INSERT OR IGNORE INTO feeds (url, every, added_by, added_at) "
                                  "VALUES (?, ?, ?, ?)", (url, every, added_by, now_iso()))
            return cur.rowcount == 1

    def remove_feed(self, url: str) -> None:
        self._do("DELETE FROM feeds WHERE url = ?", (url,))

    def feeds(self) -> list[FeedStatus]:
        rows = self._do(
            "SELECT f.url, f.every, f.added_by, s.etag, s.last_modified, s.last_success, "
            "s.last_error, COALESCE(s.articles, 0), COALESCE(s.failures, 0), "
            "COALESCE(s.next_due, 0) FROM feeds f LEFT JOIN feed_status s ON s.url = f.url "
            "ORDER BY f.rowid")
        return [FeedStatus(*r) for r in rows]

    def status(self, url: str) -> FeedStatus | None:
        return next((f for f in self.feeds() if f.url == url), None)

    def polled(self, url: str, *, ok: bool, error: str | None = None, etag: str | None = None,
               last_modified: str | None = None, articles: int = 0, next_due: float = 0.0,
               ) -> None:
        """Record one poll of a feed: success (with its validators and articles taken) or
        failure (its error; the failure count drives the backoff)."""
        with self.lock, self.db:
            self.db.execute("INSERT OR IGNORE INTO feed_status (url) VALUES (?)", (url,))
            if ok:
                self.db.execute(
                    "UPDATE feed_status SET last_success = ?, etag = COALESCE(?, etag), "
                    "last_modified = COALESCE(?, last_modified), articles = articles + ?, "
                    "failures = 0, next_due = ? WHERE url = ?",
                    (now_iso(), etag, last_modified, articles, next_due, url))
            else:
                self.db.execute("UPDATE feed_status SET last_error = ?, failures = failures + 1,"
                                " next_due = ? WHERE url = ?", (error, next_due, url))

    # --- entries -----------------------------------------------------------------------------

    def known_entries(self, feed_url: str) -> dict[str, tuple[str | None, int]]:
        """entry key → (article id or None if not indexed yet, tries)."""
        return {k: (a, t) for k, a, t in self._do(
            "SELECT key, article_id, tries FROM entries WHERE feed_url = ?", (feed_url,))}

    def url_taken(self, url: str) -> bool:
        return bool(self._do("SELECT 1 FROM entries WHERE url = ? AND article_id IS NOT NULL "
                             "LIMIT 1", (url,)))

    def took(self, feed_url: str, key: str, url: str, article_id: str | None) -> None:
        """An entry done: its article indexed (or, with None, given up on)."""
        self._do("INSERT INTO entries (feed_url, key, url, article_id, seen_at) VALUES "
                 "(?, ?, ?, ?, ?) ON CONFLICT (feed_url, key) DO UPDATE SET article_id = "
                 "excluded.article_id, url = excluded.url",
                 (feed_url, key, url, article_id, now_iso()))

    def failed(self, feed_url: str, key: str, url: str) -> int:
        """One more failed try at an entry's page; returns the tries so far."""
        self._do("INSERT INTO entries (feed_url, key, url, seen_at, tries) VALUES "
                 "(?, ?, ?, ?, 1) ON CONFLICT (feed_url, key) DO UPDATE SET tries = tries + 1",
                 (feed_url, key, url, now_iso()))
        got = self._do("SELECT tries FROM entries WHERE feed_url = ? AND key = ?",
                       (feed_url, key))
        return int(got[0][0]) if got else 1

    def seen_first(self, article_ids: Iterable[str]) -> None:
        stamp = now_iso()
        with self.lock, self.db:
            self.db.executemany("INSERT OR IGNORE INTO first_seen (article_id, seen_at) "
                                "VALUES (?, ?)", [(a, stamp) for a in article_ids])

    def first_seen(self, article_id: str) -> str | None:
        got = self._do("SELECT seen_at FROM first_seen WHERE article_id = ?", (article_id,))
        return got[0][0] if got else None

    def forget_articles(self, article_ids: Iterable[str]) -> None:
        with self.lock, self.db:
            self.db.executemany("DELETE FROM first_seen WHERE article_id = ?",
                                [(a,) for a in article_ids])

    def older_than(self, cutoff: str) -> list[str]:
        """Articles first seen before `cutoff` (ISO), for retention."""
        return [r[0] for r in self._do("SELECT article_id FROM first_seen WHERE seen_at < ?",
                                       (cutoff,))]

    # --- follows and alerts ------------------------------------------------------------------

    def follow(self, chat_id: int, speaker: str | None, topic: str | None) -> Follow:
        with self.lock, self.db:
            cur = self.db.execute("INSERT INTO follows (chat_id, speaker, topic, created_at) "
                                  "VALUES (?, ?, ?, ?)", (chat_id, speaker, topic, now_iso()))
            fid = int(cur.lastrowid or 0)
        got = self._do("SELECT id, chat_id, speaker, topic, created_at FROM follows "
                       "WHERE id = ?", (fid,))
        return Follow(*got[0])

    def follows(self, chat_id: int | None = None) -> list[Follow]:
        sql = "SELECT id, chat_id, speaker, topic, created_at FROM follows"
        rows = self._do(sql + " WHERE chat_id = ? ORDER BY id", (chat_id,)) if chat_id \
            is not None else self._do(sql + " ORDER BY id")
        return [Follow(*r) for r in rows]

    def unfollow(self, follow_id: int) -> None:
        self._do("DELETE FROM follows WHERE id = ?", (follow_id,))
        self._do("DELETE FROM alerts WHERE follow_id = ?", (follow_id,))

    def forget_chat(self, chat_id: int) -> int:
        """A chat that blocked the bot: its follows go. Returns how many."""
        ids = [f.id for f in self.follows(chat_id)]
        for fid in ids:
            self.unfollow(fid)
        return len(ids)

    def was_alerted(self, follow_id: int, quote_key: str) -> bool:
        return bool(self._do("SELECT 1 FROM alerts WHERE follow_id = ? AND quote_key = ?",
                             (follow_id, quote_key)))

    def alerted(self, follow_id: int, quote_keys: Iterable[str]) -> None:
        stamp = now_iso()
        with self.lock, self.db:
            self.db.executemany("INSERT OR IGNORE INTO alerts (follow_id, quote_key, sent_at) "
                                "VALUES (?, ?, ?)", [(follow_id, k, stamp) for k in quote_keys])
