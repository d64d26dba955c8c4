"""Compose an Answer from scored candidate sentences: pick, dedupe, cite — or abstain.

Pure: takes hits already scored by the ranker and the articles' metadata, returns an
`Answer`. The best sentence comes first; a sentence is cited only if it clears the
calibrated confidence threshold on its own; near-duplicates (the same wire sentence in two
articles) are cited once; sentences of one article share a citation number.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from ..types import Answer, Article, CitedSentence, Hit, Source

_WORD = re.compile(r"\w+")

NOT_IN_ARTICLES = "The articles don't say."


def word_set(text: str) -> frozenset[str]:
    """Lower-cased words, for near-duplicate tests (`jaccard`)."""
    return frozenset(w.lower() for w in _WORD.findall(text))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def select(hits: Sequence[Hit], threshold: float, limit: int, offset: int = 0,
           duplicate: float = 0.8) -> tuple[list[Hit], bool]:
    """The hits to cite (best first) and whether more qualify beyond `offset + limit`."""
    kept: list[Hit] = []
    seen: list[frozenset[str]] = []
    for hit in sorted(hits, key=lambda h: -h.order):
        if hit.confidence < threshold:
            continue
        ws = word_set(hit.text)
        if any(jaccard(ws, other) >= duplicate for other in seen):
            continue
        seen.append(ws)
        kept.append(hit)
    return kept[offset:offset + limit], len(kept) > offset + limit


def cite(question: str, intent: str, hits: Sequence[Hit], articles: Mapping[str, Article],
         *, more: bool = False, speaker: str | None = None, topic: str | None = None,
         note: str | None = None,
         also_in: Mapping[str, tuple[str, ...]] | None = None) -> Answer:
    """Number sources in order of first use and attach them to the sentences."""
    numbers: dict[str, int] = {}
    sentences = []
    for hit in hits:
        number = numbers.setdefault(hit.article_id, len(numbers) + 1)
        sentences.append(CitedSentence(
            text=hit.text, article_id=hit.article_id, start=hit.start, end=hit.end,
            score=round(hit.confidence, 4), citation=number, speaker=hit.speaker,
            role=hit.role, sentence_id=hit.sentence_id))
    sources = []
    for aid, number in numbers.items():
        art = articles[aid]
        sources.append(Source(number, aid, art.title, art.date, art.source, art.url,
                              (also_in or {}).get(aid, ())))
    return Answer(question=question, intent=intent, abstained=not sentences,
                  sentences=tuple(sentences), sources=tuple(sources), more=more,
                  speaker=speaker, topic=topic,
                  note=note if note is not None else (None if sentences else NOT_IN_ARTICLES))


def abstain(question: str, intent: str, note: str = NOT_IN_ARTICLES, **kw: str | None) -> Answer:
    return Answer(question=question, intent=intent, abstained=True, note=note,
                  speaker=kw.get("speaker"), topic=kw.get("topic"))
