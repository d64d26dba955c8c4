"""Fetching from the web, politely and safely: the one module both the admin's URLs and the
news feeds go through (httpx, synchronous: callers run it in a worker thread).

- Only http(s); every address a name resolves to, at every redirect hop, is checked
  against loopback, private, link-local and reserved networks (server-side request
  forgery) unless `[fetch] allow_private`.
- A timeout per connect and read, a size cap on the body, a descriptive User-Agent.
- Conditional GET: the caller passes the ETag / Last-Modified it has; a 304 costs nothing.
- robots.txt honoured (protego), cached per host for `robots_ttl` seconds.
- One request per host at a time, `host_delay` seconds apart.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego

from ..config import FetchConfig
from ..errors import WhosaidError

MAX_REDIRECTS = 5


class FetchError(WhosaidError):
    """A page or feed that could not be fetched; `str()` says why, for people."""

    def __init__(self, url: str, why: str) -> None:
        super().__init__(f"{url}: {why}")
        self.url = url
        self.why = why


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # after redirects
    status: int  # 200, or 304 when nothing changed
    body: bytes
    content_type: str
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def check_host(url: str, allow_private: bool, allow_hosts: tuple[str, ...] = ()) -> None:
    """Refuse non-http(s) URLs and, unless allowed (everywhere, or for the hosts named in
    `[fetch] allow_hosts`), names that resolve to a private, loopback, link-local or
    reserved address."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(url, "only http:// and https:// links can be fetched")
    if allow_private or parts.hostname in allow_hosts:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or None, type=socket.SOCK_STREAM)
    except OSError:
        raise FetchError(url, f"cannot resolve {parts.hostname}") from None
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        if (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved
                or ip.is_multicast or ip.is_unspecified):
            raise FetchError(url, "refusing to fetch a private or loopback address")


class Fetcher:
    def __init__(self, config: FetchConfig) -> None:
        self.config = config
        self._client = httpx.Client(timeout=config.timeout, follow_redirects=False,
                                    headers={"User-Agent": config.user_agent})
        self._hosts: dict[str, threading.Lock] = {}
        self._last: dict[str, float] = {}
        self._robots: dict[str, tuple[float, Protego | None]] = {}
        self._guard = threading.Lock()

    def close(self) -> None:
        self._client.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None,
            robots: bool = True) -> Fetched:
        """GET `url` within the limits; FetchError says what went wrong."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        for _ in range(MAX_REDIRECTS + 1):
            check_host(url, self.config.allow_private, self.config.allow_hosts)
            if robots and not self.allowed(url):
                raise FetchError(url, "robots.txt asks robots not to fetch it")
            with self._polite(url):
                try:
                    with self._client.stream("GET", url, headers=headers) as resp:
                        if resp.is_redirect and "location" in resp.headers:
                            url = urljoin(url, resp.headers["location"])
                            continue
                        if resp.status_code == 304:
                            return Fetched(url, 304, b"", "", etag, last_modified)
                        if resp.status_code != 200:
                            raise FetchError(url, f"the server answered {resp.status_code}")
                        body = self._read(url, resp)
                        return Fetched(str(resp.url), 200, body,
                                       resp.headers.get("content-type", ""),
                                       resp.headers.get("etag"),
                                       resp.headers.get("last-modified"))
                except httpx.TimeoutException:
                    raise FetchError(url, f"no answer within {self.config.timeout:g}s") from None
                except httpx.HTTPError as err:
                    raise FetchError(url, f"could not fetch it ({type(err).__name__})") from None
        raise FetchError(url, "too many redirects")

    def _read(self, url: str, resp: httpx.Response) -> bytes:
        declared = resp.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.config.max_bytes:
            raise FetchError(url, f"larger than {self.config.max_bytes} bytes")
        body = bytearray()
        for chunk in resp.iter_bytes():
            body += chunk
            if len(body) > self.config.max_bytes:
                raise FetchError(url, f"larger than {self.config.max_bytes} bytes")
        return bytes(body)

    # --- politeness --------------------------------------------------------------------------

    def _polite(self, url: str) -> _HostTurn:
        host = urlsplit(url).netloc.lower()
        with self._guard:
            lock = self._hosts.setdefault(host, threading.Lock())
        return _HostTurn(self, host, lock)

    def allowed(self, url: str) -> bool:
        """What the host's robots.txt says of `url` for our User-Agent (no robots.txt, or
        one we cannot read: allowed)."""
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        now = time.monotonic()
        with self._guard:
            cached = self._robots.get(root)
        if cached is None or now - cached[0] > self.config.robots_ttl:
            parser: Protego | None = None
            try:
                got = self.get(root + "/robots.txt", robots=False)
                parser = Protego.parse(got.body.decode("utf-8", "replace"))
            except FetchError:
                parser = None
            with self._guard:
                self._robots[root] = (now, parser)
            cached = (now, parser)
        parser = cached[1]
        return parser is None or parser.can_fetch(url, self.config.user_agent)


class _HostTurn:
    """One request per host at a time, `host_delay` seconds after the previous one."""

    def __init__(self, fetcher: Fetcher, host: str, lock: threading.Lock) -> None:
        self.fetcher, self.host, self.lock = fetcher, host, lock

    def __enter__(self) -> None:
        self.lock.acquire()
        wait = self.fetcher._last.get(self.host, -1e9) + self.fetcher.config.host_delay \
            - time.monotonic()
        if wait > 0:
            time.sleep(wait)

    def __exit__(self, *exc: object) -> None:
        self.fetcher._last[self.host] = time.monotonic()
        self.lock.release()
