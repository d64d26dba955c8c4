"""Citing hits against the index: their articles, and the other outlets that carried them
(syndicated copies), for `answer.cite`."""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Answer, Hit
from .answer import cite
from .reader import Reader


def cite_hits(engine: Reader, question: str, intent: str, hits: Sequence[Hit], more: bool,
              **kw: str | None) -> Answer:
    ids = {h.article_id for h in hits}
    arts = {aid: engine.searcher.article(aid) for aid in ids}
    return cite(question, intent, hits, arts, more=more, speaker=kw.get("speaker"),
                topic=kw.get("topic"), also_in=engine.store.also_in(ids))
