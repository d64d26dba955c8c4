"""What the sentence scorer knows about a (question, sentence) pair, as numbers.

Absolute features (comparable across questions, used to decide whether to answer):
dense similarity of the sentence and of its passage, IDF-weighted coverage of the
question's words by the sentence and by its passage, and question bigrams found in the
sentence. Relative features (how the sentence compares with the question's other
candidates) and the fused passage rank help ordering only.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from .tokens import QUESTION_WORDS, STOP_WORDS, stems, words

ABSOLUTE = ("dense", "dense_ctx", "cov", "cov_ctx", "bigram")
RELATIVE = ("rrf", "length", "dense_rank", "cov_rank")
FEATURES = ABSOLUTE + RELATIVE


@dataclass(frozen=True, slots=True)
class QueryTerms:
    tokens: tuple[str, ...]  # distinct content stems
    weights: tuple[float, ...]  # their IDF
    bigrams: frozenset[tuple[str, str]]

    @property
    def mass(self) -> float:
        return sum(self.weights)


def _bigrams(stemmed: Sequence[str], raw: Sequence[str]) -> set[tuple[str, str]]:
    out = set()
    for k in range(len(stemmed) - 1):
        if raw[k] in STOP_WORDS and raw[k + 1] in STOP_WORDS:
            continue  # "of the" says nothing
        out.add((stemmed[k], stemmed[k + 1]))
    return out


def code_terms(code: str) -> tuple[set[str], set[tuple[str, str]]]:
    """(content stems, bigrams) of a sentence encoded by `tokens.encode`."""
    parts = code.split()
    plain = [p.lstrip("~") for p in parts]
    stop = [p[0] == "~" for p in parts]
    content = {w for w, s in zip(plain, stop, strict=True) if not s}
    bigrams = {(plain[k], plain[k + 1]) for k in range(len(plain) - 1)
               if not (stop[k] and stop[k + 1])}
    return content, bigrams


def query_terms(question: str, idf: Callable[[str], float]) -> QueryTerms:
    raw = words(question)
    st = stems(raw)
    seen: dict[str, float] = {}
    for s, w in zip(st, raw, strict=True):
        if w not in STOP_WORDS and w not in QUESTION_WORDS and s not in seen:
            seen[s] = idf(s)
    return QueryTerms(tuple(seen), tuple(seen.values()), frozenset(_bigrams(st, raw)))


def coverage(q: QueryTerms, terms: AbstractSet[str]) -> float:
    if not q.tokens or q.mass <= 0:
        return 0.0
    return sum(w for t, w in zip(q.tokens, q.weights, strict=True) if t in terms) / q.mass


def absolute(q: QueryTerms, sentence: tuple[set[str], set[tuple[str, str]]],
             context: AbstractSet[str], dense: float, dense_ctx: float) -> list[float]:
    terms, bigrams = sentence
    bigram = len(q.bigrams & bigrams) / len(q.bigrams) if q.bigrams else 0.0
    return [dense, dense_ctx, coverage(q, terms), coverage(q, terms | context), bigram]


def with_relative(rows: list[list[float]], rrf: Sequence[float], lengths: Sequence[int],
                  ) -> list[tuple[float, ...]]:
    """Append the relative features to each candidate's absolute ones."""
    if not rows:
        return []
    dense = [r[0] for r in rows]
    cov = [r[2] for r in rows]
    dense_order = {i: k for k, i in enumerate(sorted(range(len(rows)), key=lambda i: -dense[i]))}
    cov_order = {i: k for k, i in enumerate(sorted(range(len(rows)), key=lambda i: -cov[i]))}
    out = []
    for i, row in enumerate(rows):
        out.append((*row,
                    rrf[i],
                    math.log1p(lengths[i]) / math.log(60),
                    1.0 / (1 + dense_order[i]),
                    1.0 / (1 + cov_order[i])))
    return out
