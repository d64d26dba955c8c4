"""Polling feeds into the index: new entries, conditional GET, failures with backoff,
syndicated copies merged, a crash mid-ingest losing nothing; real build, quotes and SQLite,
the fake embedder."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from index.build import apply, configured_stages
from index.config import Config, FeedConfig, FetchConfig, parse_config
from index.engine import Engine
from index.evaluation.newssite import Site, item, news_site
from index.news.watch import Watcher
from index.progress import BuildReport
from index.search.ranker import Ranker
from index.storage.state import State
from index.types import Article
from tests.support.fakes import HashEmbedder

STORY = ("Foreign Minister Anna Berg said on Monday that the border talks would resume in "
         "Geneva next week after a pause of several months.",
         "“We are ready to sign an agreement,” Berg said. “The other side must show the same "
         "will.”",
         "Officials said the talks had stalled over the question of troop withdrawals from "
         "the region and the monitoring of the ceasefire line.")


def config_for(tmp: Path, site: Site, *feeds: str) -> Config:
    c = parse_config({"index": {"dir": str(tmp / "index")}})
    return replace(c, feeds=tuple(FeedConfig(site.base + f) for f in feeds),
                   fetch=FetchConfig(allow_hosts=("127.0.0.1",), host_delay=0.0, timeout=1.0,
                                     max_bytes=200_000))


def watcher_for(config: Config, fail: list[bool] | None = None) -> tuple[Watcher, State]:
    fake = HashEmbedder()
    stages = configured_stages(config, embedder=lambda: fake)

    def add(articles: list[Article]) -> BuildReport:
        if fail and fail.pop():
            raise RuntimeError("killed mid-ingest")
        return apply(config.index.dir, config, stages.embedder, add=articles,
                     quotes=stages.quotes, quiet=True)

    state = State(config.index.dir)
    return Watcher(config, state, add), state


def engine_for(config: Config) -> Engine:
    return Engine(config.index.dir, config, HashEmbedder(), Ranker.uncalibrated())


def test_new_entries_become_articles_and_a_304_costs_nothing(tmp_path: Path) -> None:
    with news_site() as site:
        site.publish(item("talks", "Border talks to resume", *STORY, days_ago=1))
        config = config_for(tmp_path, site, "/feed.xml")
        watcher, state = watcher_for(config)
        first = watcher.poll()
        assert len(first.added) == 1 and not first.failed
        engine = engine_for(config)
        answer = engine.ask("What did Anna Berg say?")
        assert answer.speaker == "Anna Berg" and not answer.abstained
        assert answer.sources[0].url == f"{site.base}/news/talks"  # tracking parameter gone
        assert answer.sources[0].source == "Test Wire"
        again = watcher.poll(force=True)
        assert again.added == [] and site.hits["/feed.xml"] == 2
        assert site.hits["/news/talks"] == 1  # the page was not fetched twice
        site.publish(item("more", "Talks end", "The talks ended on Friday without a deal, "
                          "officials said.", days_ago=0))
        third = watcher.poll(force=True)
        assert len(third.added) == 1
        (status,) = state.feeds()
        assert status.articles == 2 and status.last_error is None


def test_full_text_feeds_and_atom(tmp_path: Path) -> None:
    with news_site() as site:
        words = " ".join(["The council debated the budget for many hours."] * 20)
        site.publish(item("budget", "Budget debate", words, *STORY, full=True))
        config = config_for(tmp_path, site, "/feed.xml", "/atom.xml")
        watcher, _ = watcher_for(config)
        report = watcher.poll()
        assert len(report.added) == 1, report.summary()
        assert "/news/budget" not in site.hits  # the RSS feed carried the whole story
        assert report.copies == 0  # the Atom entry links to the page the RSS carried in full


def test_failing_feeds_are_reported_and_back_off(tmp_path: Path) -> None:
    with news_site() as site:
        config = config_for(tmp_path, site, "/404.xml", "/500.xml", "/bad.xml", "/feed.xml")
        watcher, state = watcher_for(config)
        report = watcher.poll()
        assert set(report.failed) == {site.base + p for p in ("/404.xml", "/500.xml",
                                                              "/bad.xml")}
        assert "answered 404" in report.failed[site.base + "/404.xml"]
        assert "not an RSS or Atom feed" in report.failed[site.base + "/bad.xml"]
        status = {f.url: f for f in state.feeds()}
        assert status[site.base + "/500.xml"].failures == 1
        assert status[site.base + "/500.xml"].last_error == "the server answered 500"
        due = {f.url for f in watcher.due()}
        assert site.base + "/500.xml" not in due  # backed off, not due again at once
        watcher.poll(force=True)
        assert {f.url: f for f in state.feeds()}[site.base + "/500.xml"].failures == 2


def test_unreadable_pages_are_skipped_and_given_up_after_three_tries(tmp_path: Path) -> None:
    with news_site() as site:
        site.publish(item("gone", "Gone", "x"))
        site.gone.add("gone")  # the feed links to a page that is not there
        config = config_for(tmp_path, site, "/feed.xml")
        watcher, _state = watcher_for(config)
        for _ in range(3):
            report = watcher.poll(force=True)
            assert report.skipped and not report.added
        assert watcher.poll(force=True).skipped == []  # given up


def test_syndicated_copies_are_one_article_with_several_outlets(tmp_path: Path) -> None:
    with news_site() as a, news_site() as b:
        a.publish(item("talks", "Border talks to resume", *STORY))
        copy = list(STORY)
        copy[0] = "GENEVA (Wire) — " + copy[0]
        b.publish(item("talks-2", "Talks on the border will start again", *copy[:3]))
        config = config_for(tmp_path, a, "/feed.xml")
        config = replace(config, feeds=(*config.feeds, FeedConfig(b.base + "/atom.xml")))
        watcher, _state = watcher_for(config)
        report = watcher.poll()
        assert len(report.added) == 1 and report.copies == 1, report.summary()
        engine = engine_for(config)
        assert engine.stats()["counts"]["articles"] == 1
        answer = engine.ask("What did Anna Berg say?")
        assert answer.sources[0].also_in == ("Atom Daily",)
        quotes = [s for s in answer.sentences if "ready to sign" in s.text]
        assert len(quotes) == 1  # the quote shown once, not once per outlet


def test_a_crash_mid_ingest_loses_nothing_and_retakes_the_entries(tmp_path: Path) -> None:
    with news_site() as site:
        site.publish(item("talks", "Border talks to resume", *STORY))
        config = config_for(tmp_path, site, "/feed.xml")
        watcher, state = watcher_for(config, fail=[True])
        with pytest.raises(RuntimeError):
            watcher.poll()
        assert state.known_entries(site.base + "/feed.xml") == {}
        report = watcher.poll(force=True)
        assert len(report.added) == 1
