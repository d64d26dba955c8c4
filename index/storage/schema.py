"""The SQLite schema of a generation, the named rows the store returns, and how vectors
are kept (float16 blobs). Pure: no connection is opened here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, date TEXT, source TEXT, url TEXT,
    path TEXT, text TEXT NOT NULL, minhash BLOB);
CREATE INDEX IF NOT EXISTS articles_path ON articles(path);
CREATE INDEX IF NOT EXISTS articles_date ON articles(date);
CREATE TABLE IF NOT EXISTS copies (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    copy_id TEXT NOT NULL, title TEXT, date TEXT, source TEXT, url TEXT, path TEXT,
    PRIMARY KEY (article_id, copy_id));
CREATE INDEX IF NOT EXISTS copies_copy ON copies(copy_id);
CREATE TABLE IF NOT EXISTS sentences (
    id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    i INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, vector BLOB NOT NULL,
    stems TEXT NOT NULL, UNIQUE (article_id, i));
CREATE TABLE IF NOT EXISTS passages (
    id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    i INTEGER NOT NULL, first INTEGER NOT NULL, last INTEGER NOT NULL, vector BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS passages_article ON passages(article_id);
CREATE TABLE IF NOT EXISTS speakers (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, key TEXT NOT NULL, kind TEXT NOT NULL,
    scope TEXT NOT NULL DEFAULT '', gender TEXT, UNIQUE (name, scope));
CREATE INDEX IF NOT EXISTS speakers_key ON speakers(key);
CREATE TABLE IF NOT EXISTS speaker_roles (
    speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    role TEXT NOT NULL, UNIQUE (speaker_id, article_id, role));
CREATE TABLE IF NOT EXISTS speaker_aliases (
    speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    alias TEXT NOT NULL, UNIQUE (speaker_id, article_id, alias));
CREATE TABLE IF NOT EXISTS quotes (
    id INTEGER PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, kind TEXT NOT NULL, cue TEXT,
    speaker_id INTEGER REFERENCES speakers(id), speaker_start INTEGER, speaker_end INTEGER,
    vector BLOB);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_id);
CREATE TABLE IF NOT EXISTS sentence_quotes (
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    quote_id INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    PRIMARY KEY (sentence_id, quote_id));
CREATE INDEX IF NOT EXISTS sentence_quotes_quote ON sentence_quotes(quote_id);
"""


def to_blob(vec: np.ndarray) -> bytes:
    return np.asarray(vec, dtype=np.float16).tobytes()


def from_blobs(blobs: Sequence[bytes], dim: int) -> np.ndarray:
    if not blobs:
        return np.zeros((0, dim), dtype=np.float32)
    return np.frombuffer(b"".join(blobs), dtype=np.float16).reshape(len(blobs), dim).astype(
        np.float32)


@dataclass(frozen=True, slots=True)
class SentenceRow:
    id: int
    article_id: str
    i: int
    start: int
    end: int
    stems: str = ""  # tokens.encode of the sentence, when the query asked for it
    text: str = ""  # the sentence itself, when the query asked for it


@dataclass(frozen=True, slots=True)
class PassageRow:
    id: int
    article_id: str
    i: int
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class SpeakerRow:
    id: int
    name: str
    kind: str  # person | organisation | description
    quotes: int  # how many quotes the index attributes to them


@dataclass(frozen=True, slots=True)
class QuoteRow:
    id: int
    article_id: str
    start: int
    end: int
    speaker: str
    speaker_kind: str
    vector: bytes | None  # float16, the mean of its sentences' vectors


@dataclass(frozen=True, slots=True)
class ArticleRow:
    id: str
    title: str
    date: str | None
    source: str | None
    url: str | None = None
    copies: int = 0  # syndicated copies merged into it


def placeholders(n: int) -> str:
    """ "?, ?, ?" for an `IN (…)` list of n values."""
    return ", ".join("?" * n)
