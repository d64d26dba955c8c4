"""QAMR (Wikinews) as articles and questions, for retrieval evaluation and calibration.

Each QAMR article becomes one `Article`: its sampled sentences in paragraph/sentence
order, a blank line between paragraphs. Each question keeps the character span of its
gold sentence in that text; a cited sentence counts as the gold one when most of it lies
inside that span (our splitter may cut a gold sentence in two).
Articles are split in two halves by a hash of their id: one to fit the scorer on, one
to report on; questions never cross halves.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..types import Article

DEFAULT_DIR = Path("../shared/eval/qamr")


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    question: str
    article_id: str
    start: int  # gold sentence span in the article text
    end: int

    def matches(self, article_id: str, start: int, end: int) -> bool:
        if article_id != self.article_id:
            return False
        overlap = min(end, self.end) - max(start, self.start)
        return overlap > 0.5 * (end - start)


def half(article_id: str) -> str:
    digest = hashlib.sha256(article_id.encode()).digest()[0]
    return "fit" if digest % 2 == 0 else "report"


def load(root: Path = DEFAULT_DIR) -> tuple[list[Article], list[Question]]:
    by_article: dict[str, list[dict]] = defaultdict(list)  # type: ignore[type-arg]
    with open(root / "sentences.jsonl", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            by_article[row["article_id"]].append(row)
    articles = []
    spans: dict[str, tuple[str, int, int]] = {}
    for aid, rows in sorted(by_article.items()):
        rows.sort(key=lambda r: (r["paragraph"], r["sentence"]))
        text = ""
        last_par = None
        for r in rows:
            if text:
                text += "\n\n" if r["paragraph"] != last_par else " "
            start = len(text)
            text += r["text"].strip()
            spans[r["sentence_id"]] = (f"qamr-{aid}", start, len(text))
            last_par = r["paragraph"]
        articles.append(Article(id=f"qamr-{aid}", title=f"Wikinews article {aid}",
                                text=text + "\n", source="Wikinews (QAMR)"))
    questions = []
    with open(root / "questions_dev.jsonl", encoding="utf-8") as f:
        for n, line in enumerate(f):
            row = json.loads(line)
            if row["sentence_id"] not in spans:
                continue
            aid, start, end = spans[row["sentence_id"]]
            questions.append(Question(f"qamr-{n}", row["question"], aid, start, end))
    return articles, questions


def sample(questions: list[Question], which: str, n: int, min_tokens: int = 6,
           seed: int = 13) -> list[Question]:
    """`n` questions of at least `min_tokens` tokens from one half, reproducibly."""
    pool = [q for q in questions
            if len(q.question.split()) >= min_tokens and half(q.article_id[5:]) == which]
    rng = random.Random(seed)
    rng.shuffle(pool)
    return pool[:n]
