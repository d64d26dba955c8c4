"""What a question's date words restrict an answer to: the passages of articles dated in
the range (found through the date index, for the searcher to search only those), and
whether an article's date is in it. "latest" restricts nothing but orders newest first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..types import Hit
from .dates import DateFilter
from .reader import Reader


@dataclass(frozen=True, slots=True)
class Scope:
    dates: DateFilter
    passages: np.ndarray | None  # allowed passage ids; None: every passage

    def admits(self, day: str | None) -> bool:
        return self.passages is None or self.dates.contains(day)


def scope_for(engine: Reader, dates: DateFilter | None) -> Scope | None:
    if dates is None:
        return None
    if dates.first is None and dates.last is None:
        return Scope(dates, None)
    ids = engine.store.passages_dated(dates.first.isoformat() if dates.first else None,
                                      dates.last.isoformat() if dates.last else None)
    return Scope(dates, np.asarray(ids, dtype=np.int64))


def allowed(scope: Scope | None) -> np.ndarray | None:
    return scope.passages if scope is not None else None


def newest_first(engine: Reader, hits: Sequence[Hit]) -> list[Hit]:
    """Hits in order of their article's date, newest first (undated last), stable."""
    def day(h: Hit) -> str:
        return engine.searcher.article(h.article_id).date or ""

    return sorted(hits, key=day, reverse=True)
