"""RSS and Atom feeds read into entries (feedparser, which survives malformed feeds).

An entry keeps a stable key (its guid, else its canonical link), its canonical link, its
title, its publication date (ISO, when the feed gives one) and its full text when the
feed carries the whole article (then no page need be fetched).
"""

from __future__ import annotations

import html
import re
import time
from dataclasses import dataclass

import feedparser

from .urls import canonical_url

FULL_TEXT_WORDS = 150  # a feed's content this long is the article, not a teaser


@dataclass(frozen=True, slots=True)
class FeedEntry:
    key: str
    url: str  # canonical
    title: str
    date: str | None  # YYYY-MM-DD
    text: str | None  # the whole article, when the feed carries it
    source: str | None  # the feed's title (the outlet)


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str | None
    entries: list[FeedEntry]
    malformed: bool  # feedparser had to recover from broken markup


def parse_feed(body: bytes) -> ParsedFeed:
    d = feedparser.parse(body)
    source = d.feed.get("title") or None
    entries = []
    for e in d.entries:
        link = e.get("link")
        if not link:
            continue
        url = canonical_url(link)
        key = str(e.get("id") or url)
        stamp = e.get("published_parsed") or e.get("updated_parsed")
        date = time.strftime("%Y-%m-%d", stamp) if stamp else None
        text = _full_text(e)
        entries.append(FeedEntry(key, url, _plain(e.get("title") or url), date, text, source))
    return ParsedFeed(source, entries, bool(d.bozo) and not entries)


def _full_text(entry: object) -> str | None:
    contents = getattr(entry, "content", None) or []
    best = max((c.get("value", "") for c in contents), key=len, default="")
    text = _plain(best)
    return text if len(text.split()) >= FULL_TEXT_WORDS else None


_TAG = re.compile(r"<[^>]+>")
_BLOCK = re.compile(r"(?i)</?(?:p|div|br|li|h[1-6]|blockquote)[^>]*>")


def _plain(markup: str) -> str:
    """Feed HTML as text: block tags become paragraph breaks, other tags go."""
    text = _BLOCK.sub("\n\n", markup)
    text = html.unescape(_TAG.sub("", text))
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)
