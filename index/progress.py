"""A progress bar for long work (tqdm on stderr), silent in tests, CI and pipes."""

from __future__ import annotations

import os
import sys
from types import TracebackType

from tqdm import tqdm


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
