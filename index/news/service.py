"""`python -m index watch`: the watcher on its own, beside (or instead of) the bot.

Builds go straight to the index directory (the bot, if it serves the same index, reloads
the new generation when it next polls or when an admin adds articles). Polls until
SIGTERM or Ctrl-C (exit 0), sleeping until the next feed is due; `--once` polls every
feed once and exits 0 even when some feeds failed (they are named in the summary).
"""

from __future__ import annotations

import signal
import sys
import threading
import time
from types import FrameType

from ..build import apply, configured_stages
from ..config import Config, seconds
from ..progress import BuildReport
from ..search.vectors import use_all_cores
from ..storage.state import State
from ..types import Article
from .watch import Watcher


def make_watcher(config: Config, index_dir: str, state: State) -> Watcher:
    stages = configured_stages(config)

    def add(articles: list[Article]) -> BuildReport:
        return apply(index_dir, config, stages.embedder, add=articles, quotes=stages.quotes,
                     quiet=True)

    def remove(ids: list[str]) -> BuildReport:
        return apply(index_dir, config, stages.embedder, remove=ids, quiet=True)

    return Watcher(config, state, add, remove)


def run_watch(config: Config, index_dir: str, once: bool = False) -> int:
    use_all_cores()
    state = State(index_dir)
    watcher = make_watcher(config, index_dir, state)
    if not state.feeds():
        print("No feeds: add [[feeds]] url = \"…\" to config.toml (or /feed add URL in the "
              "bot).", file=sys.stderr)
        return 0
    if once:
        print(watcher.poll(force=True).summary())
        return 0
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    while not stop.is_set():
        report = watcher.poll()
        if report.polled:
            print(report.summary(), flush=True)
        watcher.prune()
        due = min((f.next_due for f in state.feeds()), default=time.time() + 60)
        stop.wait(max(1.0, min(due - time.time(), float(seconds(config.news.poll_every)))))
    print("stopped", file=sys.stderr)
    return 0
