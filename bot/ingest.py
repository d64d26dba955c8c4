"""Admins add articles from the chat: a URL (fetched with size and time limits, main text
extracted) or an uploaded .txt/.md/.html/.jsonl file. The index updates incrementally and
the engine serves the new generation at once.

URLs go through the one fetcher the feeds use too (index.ingest.fetch): addresses that
resolve to loopback, private, link-local or reserved networks are refused unless
`[fetch] allow_private` (or its old name `[bot] fetch_allow_private`) is set, at every
redirect hop; robots.txt, size and time limits apply.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from index.config import FetchConfig
from index.errors import BadArticle
from index.ingest.fetch import Fetched, Fetcher, FetchError
from index.ingest.load import SUFFIXES, load_file
from index.types import Article


async def fetch(url: str, cfg: FetchConfig) -> tuple[bytes, str, str]:
    """(body, content type, final URL) through the shared fetcher (index.ingest.fetch),
    in a worker thread; a failure is a BadArticle naming the URL and the reason."""
    def get() -> Fetched:
        fetcher = Fetcher(cfg)
        try:
            return fetcher.get(url)
        finally:
            fetcher.close()

    try:
        got = await asyncio.to_thread(get)
    except FetchError as err:
        raise BadArticle(err.url, err.why) from None
    return got.body, got.content_type, got.url


def articles_from_upload(body: bytes, filename: str) -> tuple[list[Article], list[BadArticle]]:
    name = Path(filename or "upload.txt").name
    if Path(name).suffix.lower() not in SUFFIXES:
        return [], [BadArticle(name, f"unsupported file type; send {', '.join(SUFFIXES)}")]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(body)
        got = list(load_file(path))
    articles = [a for a in got if isinstance(a, Article)]
    prefix = str(Path(tmp) / name)
    problems = [BadArticle(name + p.where[len(prefix):], p.why) for p in got
                if isinstance(p, BadArticle)]
    # The temporary path means nothing later; the file name (and .jsonl line) does.
    articles = [Article(a.id, a.title, a.text, a.date, a.source, a.url,
                        f"upload:{name}" + (a.path or "")[len(prefix):])
                for a in articles]
    return articles, problems
