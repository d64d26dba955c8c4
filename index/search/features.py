"""What the sentence scorer knows about a (question, sentence) pair, as numbers.

Absolute features (comparable across questions): dense similarity of the sentence and of
its passage, IDF-weighted coverage of the question's words by the sentence and by its
passage (a quoted sentence's speaker counts as one of its words: "she noted" is Psaki's),
question bigrams found in the sentence, the question's names missing from the sentence
and its passage, coverage of the question's other words, whether the sentence holds the
kind of thing the question asks for (index.search.answer_type), and its length. Five of
them decide whether to answer at all (CONFIDENCE). Relative features (how the sentence
compares with the question's other candidates) and the fused passage rank help ordering
only.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from .tokens import QUESTION_WORDS, STOP_WORDS, names, stems, words

ABSOLUTE = ("dense", "dense_ctx", "cov", "cov_ctx", "bigram", "name_miss", "cov_rest", "type_hit",
            "type_miss", "length")
RELATIVE = ("rrf", "dense_rank", "cov_rank")
FEATURES = ABSOLUTE + RELATIVE
# What decides whether to answer at all. The names, answer-type and length features order
# the candidates better (QAMR report half: R@5 0.911 → 0.921) but, given to the
# confidence too, only moved it along the same curve (balanced accuracy 0.819 → 0.819,
# two more off-topic questions answered), so it keeps the five it had.
CONFIDENCE = ("dense", "dense_ctx", "cov", "cov_ctx", "bigram")
_CONFIDENCE_AT = tuple(FEATURES.index(name) for name in CONFIDENCE)


def for_confidence(features: Sequence[float]) -> tuple[float, ...]:
    return tuple(features[i] for i in _CONFIDENCE_AT)


@dataclass(frozen=True, slots=True)
class QueryTerms:
    tokens: tuple[str, ...]  # distinct content stems
    weights: tuple[float, ...]  # their IDF
    bigrams: frozenset[tuple[str, str]]
    names: frozenset[str] = frozenset()  # stems of the question's capitalised words

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
    return QueryTerms(tuple(seen), tuple(seen.values()), frozenset(_bigrams(st, raw)),
                      frozenset(stem for _, stem in names(question)))


def coverage(q: QueryTerms, terms: AbstractSet[str],
             skip: AbstractSet[str] = frozenset()) -> float:
    """IDF-weighted share of the question's words (but `skip`) found in `terms`."""
    pairs = [(t, w) for t, w in zip(q.tokens, q.weights, strict=True) if t not in skip]
    mass = sum(w for _, w in pairs)
    if mass <= 0:
        return 0.0
    return sum(w for t, w in pairs if t in terms) / mass


def name_miss(q: QueryTerms, terms: AbstractSet[str]) -> float:
    """Share of the question's names ("Japan", "Psaki") missing from `terms`: a sentence
    about someone or somewhere else answers nothing about them."""
    if not q.names:
        return 0.0
    return sum(1 for n in q.names if not _named(n, terms)) / len(q.names)


def _named(name: str, terms: AbstractSet[str]) -> bool:
    # "Crimea" is named by "Crimean", "Ukraine" by "Ukrainian": the stems share a start.
    return name in terms or (len(name) >= 4 and any(
        t.startswith(name) or (len(t) >= 4 and name.startswith(t)) for t in terms))


def absolute(q: QueryTerms, sentence: tuple[set[str], set[tuple[str, str]]],
             context: AbstractSet[str], dense: float, dense_ctx: float,
             answer_type: tuple[float, float] = (0.0, 0.0), length: int | None = None,
             ) -> list[float]:
    """`length`: the sentence's own content words (`sentence` may hold its speaker's too)."""
    terms, bigrams = sentence
    bigram = len(q.bigrams & bigrams) / len(q.bigrams) if q.bigrams else 0.0
    near = terms | context
    return [dense, dense_ctx, coverage(q, terms), coverage(q, near), bigram,
            name_miss(q, near), coverage(q, terms, skip=q.names), *answer_type,
            math.log1p(len(terms) if length is None else length) / math.log(60)]


def with_relative(rows: list[list[float]], rrf: Sequence[float]) -> list[tuple[float, ...]]:
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
                    1.0 / (1 + dense_order[i]),
                    1.0 / (1 + cov_order[i])))
    return out
