"""The few errors whosaid raises, each with a message that says what to do next.

"The articles don't say" is not an error: it is a normal `Answer` with `abstained=True`.
"""


class WhosaidError(Exception):
    """Base class; `str(err)` is written for the person at the terminal."""


class ConfigError(WhosaidError):
    pass


class IndexMissing(WhosaidError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"No index at {path}. Build one first: `python -m index build` (or `make index`)."
        )


class IndexMismatch(WhosaidError):
    """The index on disk was made by another format or model, or its parts disagree."""


class BadArticle(WhosaidError):
    """One input file (or one line of a .jsonl) that cannot be read as an article."""

    def __init__(self, where: str, why: str) -> None:
        super().__init__(f"{where}: {why}")
        self.where = where
        self.why = why


class ModelUnavailable(WhosaidError):
    pass


class WeightsUnusable(WhosaidError):
    """A fitted model's weights (search/ranker.json, quotes/speaker_model.json,
    qa/substance.json) are missing, damaged or fitted for other features."""
