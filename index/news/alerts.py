"""What followers are told: the new quotes that match what they follow.

`/follow Peskov` matches quotes whose speaker the name means (the same loose matching as
"What did Peskov say?"); `/follow NATO` matches quotes about the topic (its words in the
quote, or a quote vector close to it); `/follow Peskov about NATO` needs both. Only quotes
of articles first seen after the follow began, each quote once per follow: the sent
ones are recorded (`State.alerted`), so a restart sends nothing twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..embedding.models import Embedder
from ..quotes.names import name_score
from ..search.tokens import tokens
from ..storage.schema import QuoteRow, from_blobs
from ..storage.state import Follow, State
from ..storage.store import Store

NAME_MATCH = 0.75  # as for "What did X say?"
TOPIC_SIMILARITY = 0.45  # cosine of topic and quote vectors that makes a quote about it
PER_ALERT = 5  # quotes in one message; the rest are counted


@dataclass(frozen=True, slots=True)
class AlertQuote:
    key: str  # stable across restarts: article id and offsets
    speaker: str
    text: str
    title: str
    source: str | None
    date: str | None
    url: str | None
    outlets: int  # 1 + syndicated copies


@dataclass(frozen=True, slots=True)
class Alert:
    follow: Follow
    quotes: tuple[AlertQuote, ...]
    more: int  # matching quotes beyond the ones shown
    keys: tuple[str, ...]  # every matching quote, shown or counted: none is sent again


def _about(topic: str, q: QuoteRow, text: str, topic_vec: np.ndarray | None, dim: int,
           ) -> bool:
    wanted = set(tokens(topic))
    if wanted and wanted <= set(tokens(text)):
        return True
    if topic_vec is None or q.vector is None:
        return False
    return float(from_blobs([q.vector], dim)[0] @ topic_vec) >= TOPIC_SIMILARITY


def pending(store: Store, state: State, embedder: Embedder, article_ids: Sequence[str],
            ) -> list[Alert]:
    """The alerts new articles call for, one per follow that has matching quotes."""
    follows = state.follows()
    if not follows or not article_ids:
        return []
    quotes = [q for q in store.article_quotes(list(article_ids))
              if q.speaker_kind != "description"]
    articles = {a: store.article(a) for a in {q.article_id for q in quotes}}
    also = store.also_in(articles)
    vectors: dict[str, np.ndarray] = {}
    out = []
    for follow in follows:
        topic_vec = None
        if follow.topic:
            topic_vec = vectors.get(follow.topic)
            if topic_vec is None:
                topic_vec = vectors[follow.topic] = embedder.embed_query(follow.topic)
        found = []
        for q in quotes:
            art = articles[q.article_id]
            if art is None:
                continue
            seen = state.first_seen(q.article_id)
            if seen is None or seen < follow.created_at:
                continue  # an old article: no alert
            if follow.speaker and name_score(follow.speaker, q.speaker) < NAME_MATCH:
                continue
            text = art.text[q.start:q.end]
            if follow.topic and not _about(follow.topic, q, text, topic_vec, embedder.dim):
                continue
            key = f"{q.article_id}:{q.start}:{q.end}"
            if state.was_alerted(follow.id, key):
                continue
            found.append(AlertQuote(key, q.speaker, text, art.title, art.source, art.date,
                                    art.url, 1 + len(also.get(q.article_id, ()))))
        if found:
            out.append(Alert(follow, tuple(found[:PER_ALERT]), max(0, len(found) - PER_ALERT),
                             tuple(f.key for f in found)))
    return out
