"""The one fetcher: limits, safety and politeness, against a news site on 127.0.0.1."""

from __future__ import annotations

import pytest

from index.config import FetchConfig
from index.evaluation.newssite import Site, item, news_site
from index.ingest.fetch import Fetcher, FetchError

CONFIG = FetchConfig(allow_hosts=("127.0.0.1",), host_delay=0.0, timeout=1.0,
                     max_bytes=200_000)


@pytest.fixture
def site() -> Site:
    with news_site() as s:
        s.publish(item("one", "One", "A paragraph."))
        yield s


@pytest.fixture
def fetcher() -> Fetcher:
    f = Fetcher(CONFIG)
    yield f
    f.close()


def test_conditional_get_costs_nothing_the_second_time(site: Site, fetcher: Fetcher) -> None:
    first = fetcher.get(f"{site.base}/feed.xml")
    assert first.status == 200 and first.etag
    again = fetcher.get(f"{site.base}/feed.xml", etag=first.etag)
    assert again.not_modified and again.body == b""


@pytest.mark.parametrize("path, says", [
    ("/404.xml", "answered 404"),
    ("/500.xml", "answered 500"),
    ("/slow.html", "no answer within 1s"),
    ("/big.html", "larger than 200000 bytes"),
    ("/redirect", "private or loopback"),
    ("/private/page.html", "robots.txt"),
])
def test_failures_say_why(site: Site, fetcher: Fetcher, path: str, says: str) -> None:
    with pytest.raises(FetchError, match=says):
        fetcher.get(site.base + path)


def test_private_addresses_are_refused_unless_allowed(site: Site) -> None:
    strict = Fetcher(FetchConfig(host_delay=0.0))
    with pytest.raises(FetchError, match="private or loopback"):
        strict.get(f"{site.base}/feed.xml")
    with pytest.raises(FetchError, match="only http"):
        strict.get("file:///etc/passwd")
    strict.close()


def test_one_request_per_host_with_a_delay(site: Site) -> None:
    import threading
    import time

    polite = Fetcher(FetchConfig(allow_hosts=("127.0.0.1",), host_delay=0.3))
    polite.get(f"{site.base}/feed.xml")  # robots.txt and the feed: two turns
    t = time.monotonic()
    threads = [threading.Thread(target=polite.get, args=(f"{site.base}/news/one",))
               for _ in range(3)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert time.monotonic() - t >= 0.85  # three turns, each 0.3 s after the one before
    polite.close()
