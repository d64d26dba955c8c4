"""A news site on 127.0.0.1 for the live-news tests and `make bench-news`: RSS 2.0 and
Atom feeds, article pages, and every way a feed or a page goes wrong (304, 404, 500,
malformed, slow, oversized, not HTML, a redirect to a private address, robots.txt)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape


@dataclass
class Item:
    slug: str
    title: str
    paragraphs: list[str]
    date: datetime
    full_text_in_feed: bool = False


@dataclass
class Site:
    items: list[Item] = field(default_factory=list)  # newest last
    hits: dict[str, int] = field(default_factory=dict)
    gone: set[str] = field(default_factory=set)  # pages that answer 404
    etag_version: int = 1
    base: str = ""

    def publish(self, item: Item) -> None:
        self.items.append(item)
        self.etag_version += 1

    def page(self, item: Item) -> str:
        body = "".join(f"<p>{escape(p)}</p>" for p in item.paragraphs)
        return (f"<html><head><title>{escape(item.title)}</title>"
                f'<meta property="article:published_time" content="{item.date.isoformat()}">'
                f"</head><body><nav>Home | World</nav><article><h1>{escape(item.title)}</h1>"
                f"{body}</article><footer>Subscribe to our newsletter</footer></body></html>")

    def rss(self) -> str:
        entries = []
        for it in reversed(self.items):
            content = ""
            if it.full_text_in_feed:
                html = "".join(f"<p>{escape(p)}</p>" for p in it.paragraphs)
                content = f"<content:encoded><![CDATA[{html}]]></content:encoded>"
            entries.append(
                f"<item><title>{escape(it.title)}</title><link>{self.base}/news/{it.slug}"
                f"?utm_source=rss</link><guid>{self.base}/news/{it.slug}</guid>"
                f"<pubDate>{format_datetime(it.date)}</pubDate>{content}</item>")
        return ('<?xml version="1.0"?><rss version="2.0" '
                'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
                f"<title>Test Wire</title><link>{self.base}</link>{''.join(entries)}"
                "</channel></rss>")

    def atom(self) -> str:
        entries = "".join(
            f"<entry><title>{escape(it.title)}</title><link href=\"{self.base}/news/{it.slug}\"/>"
            f"<id>atom:{it.slug}</id><updated>{it.date.isoformat()}</updated></entry>"
            for it in reversed(self.items))
        return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
                f"<title>Atom Daily</title>{entries}</feed>")


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def _send(self, status: int, body: str | bytes, kind: str = "text/html",
                  headers: dict[str, str] | None = None) -> None:
            data = body.encode() if isinstance(body, str) else body
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            site.hits[path] = site.hits.get(path, 0) + 1
            if path == "/robots.txt":
                return self._send(200, "User-agent: *\nDisallow: /private/\n", "text/plain")
            if path == "/feed.xml":
                etag = f'"v{site.etag_version}"'
                if self.headers.get("If-None-Match") == etag:
                    return self._send(304, b"", headers={"ETag": etag})
                return self._send(200, site.rss(), "application/rss+xml", {"ETag": etag})
            if path == "/atom.xml":
                return self._send(200, site.atom(), "application/atom+xml")
            if path == "/404.xml":
                return self._send(404, "not here")
            if path == "/500.xml":
                return self._send(500, "oops")
            if path == "/bad.xml":
                return self._send(200, "<html><body>not a feed at all", "text/html")
            if path == "/slow.html":
                time.sleep(3)
                return self._send(200, "<html><body><p>late</p></body></html>")
            if path == "/big.html":
                return self._send(200, "<p>" + "word " * 400_000 + "</p>")
            if path == "/file.pdf":
                return self._send(200, b"%PDF-1.4", "application/pdf")
            if path == "/redirect":
                self.send_response(302)
                self.send_header("Location", "http://10.20.30.40/inside")
                self.end_headers()
                return None
            if path.startswith("/private/"):
                return self._send(200, "<p>secret</p>")
            if path.startswith("/news/"):
                slug = path.rsplit("/", 1)[-1]
                item = next((i for i in site.items if i.slug == slug), None)
                if item is None or slug in site.gone:
                    return self._send(404, "gone")
                return self._send(200, site.page(item))
            return self._send(404, "no route")

    return Handler


@contextmanager
def news_site() -> Iterator[Site]:
    site = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


def item(slug: str, title: str, *paragraphs: str, days_ago: int = 0,
         full: bool = False) -> Item:
    when = datetime.now(UTC).replace(microsecond=0)
    from datetime import timedelta

    return Item(slug, title, list(paragraphs), when - timedelta(days=days_ago), full)
