"""Hybrid retrieval: dense (FAISS) + keyword (BM25) passages fused by reciprocal rank,
then every sentence of the fused passages scored by the calibrated ranker.

The passage is the unit of recall (a sentence whose subject is named in the sentence
before still gets found); the sentence is the unit of the answer.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..config import SearchConfig
from ..storage.store import SentenceRow, Store
from ..types import Article, Hit
from . import answer_type, features
from .keyword import KeywordIndex
from .ranker import Ranker
from .tokens import names, query_tokens, tokens
from .vectors import VectorIndex


def rrf(rankings: Sequence[Sequence[int]], k: int) -> list[tuple[int, float]]:
    """Reciprocal rank fusion: score(d) = Σ 1 / (k + rank), rank from 1."""
    scores: dict[int, float] = {}
    for ranking in rankings:
        for rank, doc in enumerate(ranking, start=1):
            scores[int(doc)] = scores.get(int(doc), 0.0) + 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda kv: -kv[1])


@dataclass(slots=True)
class Retrieved:
    hits: list[Hit]
    dense: list[int]
    keyword: list[int]
    fused: list[int]


class Searcher:
    def __init__(self, store: Store, vectors: VectorIndex, keyword: KeywordIndex,
                 ranker: Ranker, config: SearchConfig, dim: int,
                 quotes: VectorIndex | None = None) -> None:
        self.store = store
        self.vectors = vectors
        self.quotes = quotes  # quote vectors, for topics the quotes never name
        self.keyword = keyword
        self.ranker = ranker
        self.config = config
        self.dim = dim
        self._articles: OrderedDict[str, Article] = OrderedDict()
        self._lock = threading.Lock()

    def article(self, article_id: str) -> Article:
        with self._lock:
            art = self._articles.get(article_id)
            if art is not None:
                self._articles.move_to_end(article_id)
                return art
        art = self.store.article(article_id)
        if art is None:
            raise KeyError(article_id)
        with self._lock:
            self._articles[article_id] = art
            if len(self._articles) > 256:
                self._articles.popitem(last=False)
        return art

    def unknown_names(self, question: str) -> list[str]:
        """The question's capitalised words that no passage of the index contains: a
        question about Argentina is not answered by sentences about inflation elsewhere."""
        if len(self.keyword) == 0:
            return []
        return [word for word, stem in names(question) if not self.keyword.knows(stem)]

    def retrieve(self, question: str, qvec: np.ndarray, passages: int | None = None,
                 allowed: np.ndarray | None = None) -> Retrieved:
        """Fused dense and keyword passages, their sentences scored; `allowed` restricts
        the search to those passage ids (a date range)."""
        cfg = self.config
        d_ids, _ = self.vectors.search(qvec, cfg.dense_k, allowed)
        k_ids, _ = self.keyword.search(query_tokens(question), cfg.keyword_k, allowed)
        fused = rrf([d_ids.tolist(), k_ids.tolist()], cfg.rrf_k)[: passages or cfg.passages]
        hits = self.score(question, qvec, fused)
        return Retrieved(hits, d_ids.tolist(), k_ids.tolist(), [p for p, _ in fused])

    def score(self, question: str, qvec: np.ndarray, fused: Sequence[tuple[int, float]],
              ) -> list[Hit]:
        """Every sentence of the given passages, with features and ranker scores."""
        if not fused:
            return []
        fused_score = dict(fused)
        by_passage, svecs = self.store.passage_sentences(list(fused_score), self.dim)
        pvecs = self.vectors.vectors(list(by_passage))  # in memory: no disk read
        q = features.query_terms(question, self.keyword.idf)
        # sentence id → (fused score, passage id, best passage cosine, passage terms)
        best: dict[int, tuple[float, int, float, frozenset[str]]] = {}
        rows: dict[int, SentenceRow] = {}
        for pid, sents in by_passage.items():
            ctx = frozenset(t for s in sents for t in s.stems.split() if t[0] != "~")
            dense_ctx = float(pvecs[pid] @ qvec)
            for s in sents:
                rows[s.id] = s
                old = best.get(s.id)
                if old is None or fused_score[pid] > old[0]:
                    best[s.id] = (fused_score[pid], pid, max(dense_ctx, old[2] if old else -1.0),
                                  ctx)
                else:
                    best[s.id] = (*old[:2], max(dense_ctx, old[2]), old[3])
        sids = list(best)
        speakers = self.store.sentence_speakers(sids)
        kind = answer_type.expected(question)
        absolute, rrfs, texts = [], [], []
        for sid in sids:
            row = rows[sid]
            terms = features.code_terms(row.stems)
            length = len(terms[0])
            who = speakers.get(sid)
            if who and who[0]:
                terms = (terms[0] | set(tokens(who[0])), terms[1])
            absolute.append(features.absolute(q, terms, best[sid][3], float(svecs[sid] @ qvec),
                                              best[sid][2],
                                              answer_type.agreement(question, row.text, kind),
                                              length))
            rrfs.append(best[sid][0] * self.config.rrf_k)
            texts.append(row.text)
        rows_f = features.with_relative(absolute, rrfs)
        hits = []
        for sid, feats, text in zip(sids, rows_f, texts, strict=True):
            row = rows[sid]
            who = speakers.get(sid)
            hits.append(Hit(sentence_id=sid, article_id=row.article_id, start=row.start,
                            end=row.end, text=text,
                            passage_id=best[sid][1], features=feats,
                            order=self.ranker.order(feats),
                            confidence=self.ranker.confidence(feats),
                            speaker=who[0] if who else None, role=who[1] if who else None))
        hits.sort(key=lambda h: -h.order)
        return hits
