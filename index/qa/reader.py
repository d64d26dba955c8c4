"""What answering needs from an open index, as a Protocol: the engine provides it, and
`qa` never imports the engine (which imports `qa`)."""

from __future__ import annotations

from datetime import date
from typing import Protocol

from ..config import Config
from ..embedding.models import Embedder
from ..search.hybrid import Searcher
from ..storage.store import Store
from .speakers import SpeakerNames


class Reader(Protocol):
    config: Config

    @property
    def store(self) -> Store: ...

    @property
    def searcher(self) -> Searcher: ...

    @property
    def embedder(self) -> Embedder: ...

    @property
    def threshold(self) -> float:
        """The confidence a sentence needs to be cited."""
        ...

    def speaker_names(self) -> SpeakerNames:
        """The served generation's speaker names, built once per generation."""
        ...

    def today(self) -> date:
        """What "today" is for questions with dates in them (a clock tests can set)."""
        ...
