"""Which quotes are on a topic: by their sentence, by the quote as a whole, or by the
article they are in.

"Who said what about the port strike?" asks for the people quoted in a story about the
strike, though few of their own sentences name it ("We're ready to bargain any time").
An article is about a topic when the calibrated scorer would cite its headline and lead
for it, read as one sentence: the topic's words in the title and first sentence, and the
lead passage's dense similarity. Its quotes then count as on the topic, after the quotes
that are on it by their own words.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Collection, Sequence
from dataclasses import replace
from itertools import zip_longest

import numpy as np

from ..search import features
from ..search.ranker import Ranker
from ..search.tokens import encode
from ..storage.store import SentenceRow
from ..types import Hit
from .reader import Reader


def sentence_hits(engine: Reader, topic: str, qvec: np.ndarray, rows: Sequence[SentenceRow],
                  ) -> list[Hit]:
    """Score given sentences against a topic (all of them, via their passages)."""
    s = engine.searcher
    pids = engine.store.passages_of_sentences(rows)
    fused = [(pid, 0.0) for pid in OrderedDict.fromkeys(pids.values())]
    wanted = {r.id for r in rows}
    return [h for h in s.score(topic, qvec, fused) if h.sentence_id in wanted]


def with_quote_dense(engine: Reader, hits: list[Hit], quote_cos: dict[int, float],
                     ranker: Ranker) -> list[Hit]:
    """Let a quote's own similarity to the topic stand for its sentences' dense signal."""
    if not quote_cos:
        return hits
    by_sentence: dict[int, float] = {}
    for qid, sids in engine.store.quote_sentences(list(quote_cos)).items():
        for sid in sids:
            by_sentence[sid] = max(by_sentence.get(sid, -1.0), quote_cos[qid])
    out = []
    for h in hits:
        cos = by_sentence.get(h.sentence_id)
        if cos is not None and cos > h.features[0]:
            feats = (cos, *h.features[1:])
            h = replace(h, features=feats, confidence=ranker.confidence(feats))
        out.append(h)
    return out


def articles_about(engine: Reader, topic: str, qvec: np.ndarray,
                   article_ids: Collection[str]) -> dict[str, list[int]]:
    """The given articles whose headline and lead are on the topic → their passages, the
    surest first."""
    s = engine.searcher
    passages = engine.store.article_passages(list(OrderedDict.fromkeys(article_ids)))
    leads = {aid: pids[0] for aid, pids in passages.items() if pids}
    by_passage, _ = engine.store.passage_sentences(list(leads.values()), s.dim)
    lead_vecs = s.vectors.vectors(list(leads.values()))
    q = features.query_terms(topic, s.keyword.idf)
    sure: dict[str, float] = {}
    for aid, pid in leads.items():
        title = s.article(aid).title
        # the lead: the first sentence, or the second when the first is the headline
        lead = next((r for r in by_passage.get(pid, ())[:2] if r.text.strip() != title.strip()),
                    None)
        if lead is None:
            continue
        terms, bigrams = features.code_terms(lead.stems)
        t_terms, t_bigrams = features.code_terms(encode(title))
        dense = float(lead_vecs[pid] @ qvec)
        absolute = features.absolute(q, (terms | t_terms, bigrams | t_bigrams), frozenset(),
                                     dense, dense)
        sure[aid] = s.ranker.confidence(features.with_relative([absolute], [0.0])[0])
    return {aid: passages[aid] for aid in sorted(sure, key=lambda a: -sure[a])
            if sure[aid] >= engine.threshold}


def unread(about: dict[str, list[int]], read: Collection[int], budget: int) -> list[int]:
    """Up to `budget` passages of the articles about the topic not read yet, taken from
    each article in turn (the surest first) so that a long transcript about it does not
    crowd out the other stories, nor cost a reply its speed."""
    out: list[int] = []
    for row in zip_longest(*about.values()):
        out += [p for p in row if p is not None and p not in read]
    return out[:budget]


def on_topic(hits: Sequence[Hit], threshold: float, about: Sequence[str],
             fresh: Sequence[Hit] = ()) -> tuple[list[Hit], list[Hit]]:
    """(the hits on the topic by their own words; the other hits in articles about it, and
    the `fresh` ones read only for being there, in the order of `about`): best first."""
    rank = {aid: k for k, aid in enumerate(about)}
    near = [h for h in hits if h.confidence < threshold] + list(fresh)
    return (sorted((h for h in hits if h.confidence >= threshold), key=lambda h: -h.confidence),
            sorted((h for h in near if h.article_id in rank),
                   key=lambda h: (rank[h.article_id], -h.confidence)))
