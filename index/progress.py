"""Long work, made visible: a progress bar (tqdm on stderr, silent in tests, CI and pipes),
seconds per named phase, and the one-line report a build ends with."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import TracebackType

from tqdm import tqdm

from .errors import BadArticle


class Progress:
    def __init__(self, total: int, desc: str, quiet: bool = False) -> None:
        show = not quiet and sys.stderr.isatty() and not os.environ.get("CI")
        self._bar = tqdm(total=total, desc=desc, unit="text", disable=not show, leave=False,
                         dynamic_ncols=True)

    def advance(self, n: int) -> None:
        self._bar.update(n)

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, kind: type[BaseException] | None, err: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._bar.close()


class Timer:
    """Seconds per named phase of one build."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {"split": 0.0, "quotes": 0.0, "embed": 0.0,
                                          "store": 0.0}

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        t = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - t


@dataclass(slots=True)
class BuildReport:
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    syndicated: list[tuple[str, str]] = field(default_factory=list)  # (copy, original)
    problems: list[BadArticle] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0
    generation: str | None = None

    def summary(self) -> str:
        c = self.counts
        parts = [
            f"{c.get('articles', 0)} articles",
            f"{c.get('passages', 0)} passages",
            f"{c.get('quotes', 0)} quotes",
            f"{c.get('speakers', 0)} speakers",
        ]
        change = f"+{len(self.added)} new"
        if self.replaced:
            change += f", {len(self.replaced)} changed"
        if self.removed:
            change += f", -{len(self.removed)} removed"
        if self.syndicated:
            change += f", {len(self.syndicated)} syndicated copies merged"
        if self.unchanged:
            change += f", {len(self.unchanged)} unchanged"
        if self.problems:
            change += f", {len(self.problems)} skipped"
        return f"Indexed {', '.join(parts)} ({change}) in {self.seconds:.1f}s"
