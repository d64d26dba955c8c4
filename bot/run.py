"""`make run`: index seeds/ if anything changed, then serve the bot on Telegram when
TELEGRAM_BOT_TOKEN is set, or else explain how to get one and open the terminal chat."""

from __future__ import annotations

import sys

from index.build import build_paths, configured_stages
from index.config import load_config
from index.errors import WhosaidError

from .config import token_from_env


def main() -> int:
    try:
        config = load_config()
        stages = configured_stages(config)
        report = build_paths([config.index.seeds], config.index.dir, config, stages.embedder,
                             quotes=stages.quotes)
        for problem in report.problems:
            print(f"skipped {problem}", file=sys.stderr)
        if report.added or report.replaced:
            print(report.summary())
    except WhosaidError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    if token_from_env():
        from .app import main as serve

        return serve([])
    from index.engine import Engine
    from index.qa.chat import run_chat

    from .app import NO_TOKEN

    print(NO_TOKEN + "\n\nMeanwhile, here is the same engine in your terminal.\n")
    return run_chat(Engine(config.index.dir, config))


if __name__ == "__main__":
    sys.exit(main())
