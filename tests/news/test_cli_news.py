"""The command-line contract: `python -m index watch [--once]` and `python -m index feeds`."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from index.evaluation.newssite import item, news_site
from tests.conftest import ROOT

pytestmark = pytest.mark.model


def write_config(tmp: Path, base: str, *paths: str) -> Path:
    feeds = "".join(f'\n[[feeds]]\nurl = "{base}{p}"\n' for p in paths)
    cfg = tmp / "config.toml"
    cfg.write_text(f'[index]\ndir = "{tmp / "index"}"\n\n[fetch]\nallow_hosts = ["127.0.0.1"]'
                   f"\nhost_delay = 0.0\ntimeout = 5.0\n{feeds}")
    return cfg


def run(*args: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "index", *args], cwd=ROOT, text=True,
                          capture_output=True, timeout=timeout)


def test_watch_once_then_feeds(tmp_path: Path) -> None:
    with news_site() as site:
        site.publish(item("talks", "Border talks to resume",
                          "Foreign Minister Anna Berg said the border talks would resume.",
                          "“We are ready,” Berg said."))
        cfg = write_config(tmp_path, site.base, "/feed.xml", "/404.xml")
        out = run("watch", "--once", "--config", str(cfg))
        assert out.returncode == 0, out.stderr
        assert out.stdout.startswith("Polled 2 feeds: 1 new article")
        assert f"failed {site.base}/404.xml: the server answered 404" in out.stdout
        rows = [json.loads(x) for x in run("feeds", "--config", str(cfg)).stdout.splitlines()]
        assert [list(r) for r in rows] == [["url", "last_success", "last_error", "articles"]] * 2
        ok, bad = rows
        assert ok["articles"] == 1 and ok["last_success"] and ok["last_error"] is None
        assert bad["articles"] == 0 and bad["last_error"] == "the server answered 404"
        answer = json.loads(run("ask", "What did Anna Berg say?", "--json", "--config",
                                str(cfg)).stdout)
        assert answer["sentences"] and answer["sources"][0]["also_in"] == []


def test_watch_runs_until_sigterm(tmp_path: Path) -> None:
    with news_site() as site:
        cfg = write_config(tmp_path, site.base, "/feed.xml")
        proc = subprocess.Popen([sys.executable, "-m", "index", "watch", "--config", str(cfg)],
                                cwd=ROOT, text=True, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120
        while "/feed.xml" not in site.hits and time.monotonic() < deadline:
            time.sleep(0.1)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0 and "stopped" in err


def test_a_bad_config_is_the_only_failure(tmp_path: Path) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text('[[feeds]]\nurl = "ftp://example.org/feed"\n')
    out = run("watch", "--once", "--config", str(cfg))
    assert out.returncode == 1 and "feeds.url" in out.stderr and "Traceback" not in out.stderr
