"""Admins add articles from the chat: a URL (fetched with size and time limits, main text
extracted) or an uploaded .txt/.md/.html/.jsonl file. The index updates incrementally and
the engine serves the new generation at once.

URLs that resolve to loopback, private, link-local or reserved addresses are refused unless
`bot.fetch_allow_private` is set (server-side request forgery); redirects are followed by
hand, each hop checked again.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import tempfile
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx

from index.errors import BadArticle
from index.ingest.load import (
    SUFFIXES,
    load_file,
    load_html,
    make_article,
    normalise,
    split_front_matter,
)
from index.types import Article

from .config import BotConfig

MAX_REDIRECTS = 3


async def _check_host(url: str, allow_private: bool) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadArticle(url, "only http:// and https:// links can be added")
    if allow_private:
        return
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(parts.hostname, parts.port or None,
                                       type=socket.SOCK_STREAM)
    except OSError:
        raise BadArticle(url, f"cannot resolve {parts.hostname}") from None
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        if (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved
                or ip.is_multicast or ip.is_unspecified):
            raise BadArticle(url, "refusing to fetch a private or loopback address")


async def fetch(url: str, cfg: BotConfig) -> tuple[bytes, str, str]:
    """(body, content type, final URL), within the configured limits."""
    async with httpx.AsyncClient(timeout=cfg.fetch_timeout, follow_redirects=False,
                                 headers={"User-Agent": "whosaid-bot/0.1"}) as client:
        for _ in range(MAX_REDIRECTS + 1):
            await _check_host(url, cfg.fetch_allow_private)
            try:
                async with client.stream("GET", url) as resp:
                    if resp.is_redirect and "location" in resp.headers:
                        url = urljoin(url, resp.headers["location"])
                        continue
                    if resp.status_code != 200:
                        raise BadArticle(url, f"the server answered {resp.status_code}")
                    body = bytearray()
                    async for chunk in resp.aiter_bytes():
                        body += chunk
                        if len(body) > cfg.fetch_max_bytes:
                            raise BadArticle(url, f"larger than {cfg.fetch_max_bytes} bytes")
                    return bytes(body), resp.headers.get("content-type", ""), str(resp.url)
            except httpx.HTTPError as err:
                raise BadArticle(url, f"could not fetch it ({type(err).__name__})") from None
    raise BadArticle(url, "too many redirects")


def article_from_download(body: bytes, content_type: str, url: str) -> Article:
    kind = content_type.split(";")[0].strip().lower()
    if kind in ("text/plain", "text/markdown"):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise BadArticle(url, "not UTF-8 text") from None
        meta, text = split_front_matter(normalise(text))
        return make_article({"url": url, **meta}, text, where=url, path=url,
                            default_title=urlsplit(url).path.rsplit("/", 1)[-1] or url)
    if kind not in ("text/html", "application/xhtml+xml", ""):
        raise BadArticle(url, f"cannot read {kind} (send a web page or a text file)")
    return load_html(body, Path(urlsplit(url).path or "page.html"), url=url)


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
