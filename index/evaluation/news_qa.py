"""Who said what, end to end: questions about a real-news gold (the development one, or
the sealed one), asked of an index of its 32 articles (built with the configured model
and quotes stage, cached in var/eval).

- "What did {full name} say?" for every person the gold quotes: a hit when one of the
  first three cited sentences holds one of that person's gold quotes.
- "Who said {the quote's first words}?" for every gold quote with a named speaker: is the
  first cited sentence the quote's, and is the speaker named the gold one (right, wrong
  or none)?
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from ..config import Config
from ..embedding.models import Embedder
from ..ingest.load import make_article
from ..search.ranker import Ranker
from .common import engine_for, ensure_index, need_shared
from .news_gold import GOLD, gold_rows, speaker_verdict


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def news_qa_section(config: Config, embedder: Embedder, ranker: Ranker,
                    path: Path = GOLD) -> dict[str, Any]:
    root = need_shared("eval/polnear")
    if root is None or not path.exists():
        return {}
    gold = gold_rows(path)
    docs = {g["doc"] for g in gold}
    articles = []
    with open(root / "train.jsonl", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row["id"] in docs:
                articles.append(make_article({"id": row["id"], "title": row["title"]},
                                             row["text"], where=row["id"], path=None,
                                             default_title=row["id"]))
    index = ensure_index(f"news-{path.stem}", articles, config, embedder, quotes=True)
    engine = engine_for(index, config, embedder, ranker)
    by_person: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in gold:
        if g["speaker_kind"] == "person":
            by_person[g["speaker"]].append(g)
    hits = abstained = 0
    for name, quotes in sorted(by_person.items()):
        answer = engine.ask(f"What did {name} say?", limit=3)
        abstained += answer.abstained
        hits += any(s.article_id == q["doc"] and _overlaps((s.start, s.end),
                                                           (q["start"], q["end"]))
                    for s in answer.sentences[:3] for q in quotes)
    texts = {a.id: a.text for a in articles}
    who = {"questions": 0, "sentence_first": 0, "right": 0, "wrong": 0, "none": 0}
    for g in gold:
        if g["speaker_kind"] == "description":
            continue
        words = re.findall(r"[\w’'-]+", texts[g["doc"]][g["start"]:g["end"]])
        if len(words) < 4:
            continue
        answer = engine.ask("Who said " + " ".join(words[:8]) + "?")
        who["questions"] += 1
        if not answer.sentences:
            who["none"] += 1
            continue
        first = answer.sentences[0]
        who["sentence_first"] += first.article_id == g["doc"] and _overlaps(
            (first.start, first.end), (g["start"], g["end"]))
        who[speaker_verdict(answer.speaker, None, g["speaker"], g["speaker_kind"])] += 1
    n = max(1, who["questions"])
    return {"people": len(by_person), "what_did_hit3": hits / max(1, len(by_person)),
            "what_did_abstained": abstained / max(1, len(by_person)),
            **who, "who_said_sentence_first": who["sentence_first"] / n,
            "who_said_right_speaker": who["right"] / n, "who_said_wrong": who["wrong"] / n}


def print_news_qa(r: dict[str, Any], name: str = "the development gold") -> None:
    if not r:
        return
    print(f"\nWho said what end to end (an index of the articles of {name})")
    print(f"  \"What did X say?\" for {r['people']} people: one of their quotes in the first "
          f"three {r['what_did_hit3']:.3f} (abstained {r['what_did_abstained']:.3f})")
    print(f"  \"Who said …?\" for {r['questions']} quotes: right sentence first "
          f"{r['who_said_sentence_first']:.3f}, right speaker {r['who_said_right_speaker']:.3f}"
          f", wrong speaker {r['who_said_wrong']:.3f}")
