"""Poll feeds, take what is new, index it: one poll cycle, the same for the bot's job
queue and for `python -m index watch`.

A feed is polled when it is due (its `every`, or `[news] poll_every`), with its ETag /
Last-Modified (a 304 costs nothing); a failing feed backs off exponentially (to a day at
most). New entries (the newest first, at most `[news] max_entries` per feed) become
articles from the feed's own full text when it carries one, else from their page. All of
one cycle's articles go into the index in one incremental build, published atomically;
only then are their entries marked as taken, so a crash mid-ingest loses nothing indexed
and the unfinished entries are taken again next cycle. Syndicated copies are merged by
the build (their entries point at the article they copy).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from ..config import Config, seconds
from ..errors import BadArticle
from ..ingest.feeds import FeedEntry, parse_feed
from ..ingest.fetch import Fetched, Fetcher, FetchError
from ..ingest.load import make_article
from ..ingest.web import article_from_download
from ..progress import BuildReport
from ..storage.state import FeedStatus, State
from ..types import Article

MAX_TRIES = 3  # an entry whose page fails this often is given up
MAX_BACKOFF = 86_400.0


@dataclass(slots=True)
class PollReport:
    polled: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)  # feed url → why
    taken: int = 0  # new entries made into articles
    added: list[str] = field(default_factory=list)  # article ids newly indexed
    copies: int = 0  # syndicated copies merged into indexed articles
    skipped: list[str] = field(default_factory=list)  # pages that could not be read
    seconds: float = 0.0

    def summary(self) -> str:
        line = (f"Polled {len(self.polled)} feed{'s' * (len(self.polled) != 1)}: "
                f"{len(self.added)} new article{'s' * (len(self.added) != 1)}, "
                f"{self.copies} syndicated cop{'ies' if self.copies != 1 else 'y'} merged, "
                f"{len(self.skipped)} page{'s' * (len(self.skipped) != 1)} skipped, "
                f"in {self.seconds:.1f}s")
        for url, why in self.failed.items():
            line += f"\nfailed {url}: {why}"
        return line


@dataclass(frozen=True, slots=True)
class _Taken:
    feed: str
    entry: FeedEntry
    article: Article


class Watcher:
    """`add` indexes articles (an incremental build, published); `remove` deletes some."""

    def __init__(self, config: Config, state: State,
                 add: Callable[[list[Article]], BuildReport],
                 remove: Callable[[list[str]], object] | None = None,
                 fetcher: Fetcher | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.config = config
        self.state = state
        self.add = add
        self.remove = remove
        self.fetcher = fetcher or Fetcher(config.fetch)
        self.clock = clock
        for feed in config.feeds:  # config.toml's feeds join the chat-added ones
            state.add_feed(feed.url, feed.every)

    def every(self, feed: FeedStatus) -> float:
        configured = next((f.every for f in self.config.feeds if f.url == feed.url), None)
        return float(seconds(configured or feed.every or self.config.news.poll_every))

    def due(self, force: bool = False) -> list[FeedStatus]:
        now = self.clock()
        return [f for f in self.state.feeds() if force or f.next_due <= now]

    def poll(self, force: bool = False) -> PollReport:
        """One cycle over the feeds that are due (`force`: all of them)."""
        t0 = time.perf_counter()
        report = PollReport()
        taken: list[_Taken] = []
        done: list[tuple[FeedStatus, Fetched, int, bool]] = []
        urls: set[str] = set()  # one story reached through two feeds is taken once
        for feed in self.due(force):
            report.polled.append(feed.url)
            skipped = len(report.skipped)
            got = self._poll_feed(feed, report, urls)
            if got is not None:
                taken += got[1]
                # An entry to try again: the feed must be read in full next time.
                retry = len(report.skipped) > skipped
                done.append((feed, got[0], len(got[1]), retry))
        if taken:
            self._ingest(taken, report)
        # Only now: a feed's validators saved before its entries were indexed would make
        # the next poll a 304 and lose them.
        for feed, fetched, n, retry in done:
            self.state.polled(feed.url, ok=True, etag="" if retry else fetched.etag,
                              last_modified="" if retry else fetched.last_modified,
                              articles=n, next_due=self.clock() + self.every(feed))
        report.seconds = time.perf_counter() - t0
        return report

    def _poll_feed(self, feed: FeedStatus, report: PollReport, urls: set[str],
                   ) -> tuple[Fetched, list[_Taken]] | None:
        """The feed's new entries as articles (None: the feed failed)."""
        every = self.every(feed)
        try:
            got = self.fetcher.get(feed.url, etag=feed.etag, last_modified=feed.last_modified)
            if got.not_modified:
                return got, []
            parsed = parse_feed(got.body)
            if parsed.malformed:
                raise FetchError(feed.url, "not an RSS or Atom feed")
        except FetchError as err:
            backoff = min(MAX_BACKOFF, every * 2 ** (feed.failures + 1))
            self.state.polled(feed.url, ok=False, error=err.why,
                              next_due=self.clock() + backoff)
            report.failed[feed.url] = err.why
            return None
        known = self.state.known_entries(feed.url)
        fresh = [e for e in parsed.entries if e.key not in known or (
            known[e.key][0] is None and known[e.key][1] < MAX_TRIES)]
        fresh.sort(key=lambda e: e.date or "", reverse=True)
        out = []
        for entry in fresh[:self.config.news.max_entries]:
            if entry.url in urls or self.state.url_taken(entry.url):
                self.state.took(feed.url, entry.key, entry.url, "")  # via another feed
                continue
            urls.add(entry.url)
            article = self._article(feed.url, entry, report)
            if article is not None:
                out.append(_Taken(feed.url, entry, article))
        return got, out

    def _article(self, feed_url: str, entry: FeedEntry, report: PollReport) -> Article | None:
        """The entry as an article: the feed's full text, else its page."""
        try:
            if entry.text:
                article = make_article({"title": entry.title, "url": entry.url}, entry.text,
                                       where=entry.url, path=entry.url,
                                       default_title=entry.title)
            else:
                got = self.fetcher.get(entry.url)
                article = article_from_download(got.body, got.content_type, entry.url)
        except (FetchError, BadArticle) as err:
            self._skip(feed_url, entry, err.why, report)
            return None
        seen = datetime.now(UTC).date().isoformat()
        # The outlet is the feed's name; a page's own site name is second best.
        return Article(article.id, article.title or entry.title, article.text,
                       entry.date or article.date or seen, entry.source or article.source,
                       entry.url, entry.url)

    def _skip(self, feed_url: str, entry: FeedEntry, why: str, report: PollReport) -> None:
        """A page that could not be read: tried again next poll, given up after three."""
        report.skipped.append(f"{entry.url}: {why}")
        if self.state.failed(feed_url, entry.key, entry.url) >= MAX_TRIES:
            self.state.took(feed_url, entry.key, entry.url, None)  # given up

    def _ingest(self, taken: Sequence[_Taken], report: PollReport) -> None:
        built = self.add([t.article for t in taken])
        copies = dict(built.syndicated)
        report.added = list(built.added)
        report.copies = len(copies)
        report.taken = len(taken)
        self.state.seen_first(built.added)
        for t in taken:
            self.state.took(t.feed, t.entry.key, t.entry.url,
                            copies.get(t.article.id, t.article.id))

    def prune(self) -> list[str]:
        """Remove articles older than `[news] keep_days` (by publication date, else by
        when first seen); nothing when keep_days is 0."""
        days = self.config.news.keep_days
        if days <= 0 or self.remove is None:
            return []
        cutoff = (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="seconds")
        old = self.state.older_than(cutoff)
        if old:
            self.remove(old)
            self.state.forget_articles(old)
        return old
