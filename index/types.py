"""The values that cross module boundaries: articles, sentences, passages, quotes, answers.

All are frozen dataclasses. A sentence or a quote never carries a copy of its text as the
source of truth: its text is always `article.text[start:end]` (see `Article.span`).
Nothing here does I/O or imports a heavy dependency.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    title: str
    text: str
    date: str | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None  # where it was loaded from, for incremental rebuilds

    def span(self, start: int, end: int) -> str:
        return self.text[start:end]


@dataclass(frozen=True, slots=True)
class Sentence:
    article_id: str
    i: int  # position among the article's indexable sentences
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Passage:
    article_id: str
    i: int
    first: int  # index of its first sentence (Sentence.i)
    last: int  # index of its last sentence, inclusive


class QuoteKind(StrEnum):
    DIRECT = "direct"  # a quotation in marks that reads as a whole utterance
    PARTIAL = "partial"  # quoted words inside the reporter's own sentence
    INDIRECT = "indirect"  # reported speech: "X said that …", "according to X, …"
    CONTINUATION = "continuation"  # a quote that goes on from the speaker's previous one
    TRANSCRIPT = "transcript"  # a turn under a speaker label in a transcript


@dataclass(frozen=True, slots=True)
class Quote:
    """A stretch of an article attributed to someone (or to nobody we can name)."""

    start: int
    end: int
    kind: QuoteKind
    cue: str | None
    speaker: str | None  # resolved canonical name or description, or None when unknown
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_kind: str | None = None  # person | organisation | description


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    kind: str = "person"  # person | organisation | description
    aliases: tuple[str, ...] = ()
    roles: tuple[tuple[str, str], ...] = ()  # (role as stated, article id)
    quotes: int = 0


@dataclass(frozen=True, slots=True)
class CitedSentence:
    text: str
    article_id: str
    start: int
    end: int
    score: float
    citation: int
    speaker: str | None = None
    role: str | None = None
    sentence_id: int | None = None  # store row id, for "Context" lookups


@dataclass(frozen=True, slots=True)
class Source:
    citation: int
    article_id: str
    title: str
    date: str | None
    source: str | None
    url: str | None
    also_in: tuple[str, ...] = ()  # other outlets that carried the same story


@dataclass(frozen=True, slots=True)
class Answer:
    question: str
    intent: str
    abstained: bool
    sentences: tuple[CitedSentence, ...] = ()
    sources: tuple[Source, ...] = ()
    note: str | None = None  # why we abstained, or what was understood
    speaker: str | None = None  # the speaker the question was about, if any
    topic: str | None = None
    more: bool = False  # whether asking again with a higher offset would give more
    id: str | None = None
    # An abstention's near miss: the closest sentences, offered on request and marked as
    # not an answer; None when nothing in the articles is close.
    closest: Answer | None = None


@dataclass(frozen=True, slots=True)
class AskContext:
    """What a chat remembers between turns; the engine takes it explicitly."""

    speaker: str | None = None
    topic: str | None = None
    question: str | None = None
    offset: int = 0
    intent: str | None = None


@dataclass(frozen=True, slots=True)
class Hit:
    """A candidate sentence for an answer, with what the scorer made of it."""

    sentence_id: int
    article_id: str
    start: int
    end: int
    text: str
    passage_id: int
    features: tuple[float, ...] = ()
    order: float = 0.0  # ranking score (higher first)
    confidence: float = 0.0  # probability-like: does this sentence answer the question?
    speaker: str | None = None
    role: str | None = None
