"""Shared by calibration and evaluation: cached eval indexes and ranked candidates."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..build import apply
from ..config import Config
from ..embedding.models import Embedder
from ..engine import Engine
from ..errors import IndexMismatch
from ..search.ranker import Ranker
from ..storage import generations
from ..types import Article, Hit
from .qamr import Question

CACHE = Path("var/eval")
SHARED = Path("../shared")


def need_shared(what: str) -> Path | None:
    path = SHARED / what
    if not path.exists():
        print(f"skipped: {path} is absent (needs the shared/ folder beside the repo)",
              file=sys.stderr)
        return None
    return path


def ensure_index(name: str, articles: Sequence[Article], config: Config,
                 embedder: Embedder, quotes: bool = False) -> Path:
    """An index of exactly `articles` under var/eval/NAME, reusing a matching one. With
    `quotes`, built afresh with the quotes stage (its output changes with the code)."""
    root = CACHE / name
    if quotes:
        from ..build import configured_stages

        shutil.rmtree(root, ignore_errors=True)
        stages = configured_stages(config, embedder=lambda: embedder)
        apply(root, config, stages.embedder, add=articles, quotes=stages.quotes, quiet=True)
        return root
    gen = generations.current(root)
    rebuild = False
    if gen is not None:
        try:
            manifest = generations.read_manifest(gen)
        except IndexMismatch:  # an older format: start again
            shutil.rmtree(root)
            return ensure_index(name, articles, config, embedder)
        same = manifest.get("passages") == {"sentences": config.passages.sentences,
                                            "overlap": config.passages.overlap}
        if not same:
            rebuild = True
    wanted = {a.id for a in articles}
    if gen is None or rebuild:
        apply(root, config, lambda: embedder, add=articles, rebuild=rebuild, quiet=True)
    else:
        from ..storage.store import Store

        store = Store(gen / "meta.sqlite")
        have = store.article_ids()
        store.close()
        if have != wanted:
            apply(root, config, lambda: embedder, add=[a for a in articles if a.id not in have],
                  remove=sorted(have - wanted), quiet=True)
    return root


@dataclass(frozen=True, slots=True)
class Ranked:
    question: Question
    hits: list[Hit]  # in the ranker's order

    def rank(self) -> int | None:
        """Position of the first gold sentence (0 = first), or None."""
        for k, h in enumerate(self.hits):
            if self.question.matches(h.article_id, h.start, h.end):
                return k
        return None


def ranked(engine: Engine, questions: Iterable[Question]) -> list[Ranked]:
    out = []
    for q in questions:
        qvec = engine.embedder.embed_query(q.question)
        out.append(Ranked(q, engine.searcher.retrieve(q.question, qvec).hits))
    return out


def engine_for(root: Path, config: Config, embedder: Embedder, ranker: Ranker) -> Engine:
    return Engine(root, config, embedder, ranker)
