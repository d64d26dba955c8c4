"""Off-topic questions (eval/offtopic_questions.jsonl): general knowledge, other news,
chit-chat — 120 questions written for whosaid, none answerable from seeds/ and
../shared/corpus. Every one must abstain, and none may be offered near misses ("nothing
in the articles is close"). Half of them (by a hash of their id) are negatives of the
confidence fit and set where near misses start (`make calibrate`); the other half only
measure.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from ..config import Config
from ..embedding.models import Embedder
from ..engine import Engine
from ..ingest.load import load_paths
from ..qa.dates import parse_dates
from ..qa.intent import small_talk
from ..search.ranker import Ranker
from ..types import Hit
from .common import ensure_index, need_shared

QUESTIONS = Path("eval/offtopic_questions.jsonl")


def questions(half: str) -> list[str]:
    rows = [json.loads(x) for x in QUESTIONS.read_text(encoding="utf-8").splitlines()
            if x.strip()]
    return [r["question"] for r in rows
            if (hashlib.sha256(r["id"].encode()).digest()[0] % 2 == 0) == (half == "fit")]


def corpus_engine(config: Config, embedder: Embedder, ranker: Ranker) -> Engine | None:
    """seeds/ + ../shared/corpus, the domain the off-topic questions are off."""
    corpus = need_shared("corpus")
    if corpus is None:
        return None
    articles = load_paths([Path(config.index.seeds), corpus]).articles
    return Engine(ensure_index("corpus", articles, config, embedder), config, embedder, ranker)


def best_hits(engine: Engine, qs: list[str]) -> list[Hit | None]:
    """The most confident sentence for each question that reaches a plain search (small
    talk and questions with date words go elsewhere)."""
    out = []
    for q in qs:
        if small_talk(q) or parse_dates(q, engine.today())[0] is not None:
            continue
        hits = engine.searcher.retrieve(q, engine.embedder.embed_query(q)).hits
        out.append(max(hits, key=lambda h: h.confidence, default=None))
    return out


def best_confidences(engine: Engine, qs: list[str]) -> list[float]:
    return [h.confidence if h else 0.0 for h in best_hits(engine, qs)]


def offtopic_section(config: Config, embedder: Embedder, ranker: Ranker) -> dict[str, Any]:
    engine = corpus_engine(config, embedder, ranker)
    if engine is None:
        return {}
    out: dict[str, Any] = {}
    for half in ("fit", "report"):
        qs = questions(half)
        answers = [engine.ask(q) for q in qs]
        out[half] = {"questions": len(qs),
                     "abstained": sum(a.abstained for a in answers) / max(1, len(qs)),
                     "offered_near_misses": sum(a.closest is not None for a in answers)
                     / max(1, len(qs)),
                     "answered": [q for q, a in zip(qs, answers, strict=True) if not a.abstained]}
    return out


def print_offtopic(r: dict[str, Any]) -> None:
    if not r:
        return
    print("\nOff-topic questions on seeds/ + corpus (must all abstain, with nothing offered)")
    for half, m in r.items():
        print(f"  {half:7} {m['questions']} questions: abstained {m['abstained']:.3f}, "
              f"near misses offered {m['offered_near_misses']:.3f}")
        for q in m["answered"]:
            print(f"    answered: {q}")
