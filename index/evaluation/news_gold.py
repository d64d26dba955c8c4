"""Who said what on real news: two golds of PolNeAR articles, measured.

eval/quotes_news_gold.jsonl (the development gold): 342 speech attributions (direct and
indirect, by people, organisations and described groups) in 32 PolNeAR train articles
from seven outlets, each speaker resolved by hand to a full name ("he" → the person;
"Mr. Murphy" → Chris Murphy) or kept as the description the article gives ("U.S.
officials"). It was annotated before the speaker model was built, and those 32 articles
are never trained on. It then served as the development set of the speaker work, so its
numbers flatter the system.

eval/quotes_news_test.jsonl (the sealed gold): 309 speech attributions in 32 other
PolNeAR articles (the same seven outlets, chosen by hash among articles of 1,500–7,000
characters), annotated the same way before any further change, plus quotes PolNeAR's
annotators left out (`"polnear": null`). It is measured, never fitted on, and only its
totals are printed by `make eval`, not its errors (those totals were read while the
speaker work went on, so it is not wholly untouched).

Neither gold's articles are ever fitted on (`held_out`). Only offsets and names are
stored; the texts stay in ../shared.

PolNeAR's other attributions in those articles (beliefs, polls, documents) are neither
right nor wrong: a predicted quote that overlaps one of them and no gold quote is not
counted. Spans match at ≥ 0.3 overlap, one to one. A matched quote's speaker is right,
wrong (a name that is not the speaker: the worst case) or missing.

PolNeAR often gives one content span to a quote the extractor reports in pieces, one per
sentence ("“A,” she said. “B. C.”"). Besides the strict one-to-one count, the report
gives a piece-tolerant one: pieces lying inside a gold quote are not counted as extra,
and a gold quote whose pieces together cover ≥ 0.3 of it is found (its speaker judged
on the longest piece).
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

from ..config import Config
from ..ingest.load import make_article
from ..quotes.names import same_person
from ..quotes.stage import extract
from ..text import analysis_view, fold
from .common import need_shared
from .quotes import overlap

GOLD = Path("eval/quotes_news_gold.jsonl")
TEST = Path("eval/quotes_news_test.jsonl")


def gold_rows(path: Path = GOLD) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def held_out() -> frozenset[str]:
    """PolNeAR article ids of both golds: never used to fit anything."""
    return frozenset(r["doc"] for path in (GOLD, TEST) if path.exists()
                     for r in gold_rows(path))


def _words(text: str) -> set[str]:
    return {w for w in fold(text).replace("’", "'").replace("'s", "").split()
            if w not in ("the", "a", "an", "of", "and")}


def speaker_verdict(pred: str | None, pred_kind: str | None, gold: str, gold_kind: str,
                    ) -> str:
    """right | wrong | none."""
    if not pred:
        return "none"
    # A gold name copied from a text with mojibake ("PeÃ±a") is compared as it was meant.
    gold = unicodedata.normalize("NFC", analysis_view(gold)).replace("\u034f", "")
    if gold_kind == "person":
        return "right" if pred_kind in (None, "person") and same_person(pred, gold) else "wrong"
    if gold_kind == "organisation":
        p, g = _words(pred), _words(gold)
        return "right" if p and (p <= g or g <= p) else "wrong"
    # A description is right when it names the same group ("U.S. officials" ~ "officials")
    # or the one person the article says it is.
    p, g = _words(pred), _words(gold)
    head = sorted(g, key=lambda w: -len(w))
    return "right" if p and (p & g and (p <= g or g <= p or bool(head and head[0] in p))) \
        else "wrong"


def news_section(config: Config, path: Path = GOLD) -> dict[str, Any]:
    root = need_shared("eval/polnear")
    if root is None or not path.exists():
        return {}
    gold = gold_rows(path)
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in gold:
        by_doc[g["doc"]].append(g)
    polnear = {}
    with open(root / "train.jsonl", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row["id"] in by_doc:
                polnear[row["id"]] = row
    docs = sorted(by_doc)
    articles = [make_article({"id": d, "title": polnear[d]["title"]}, polnear[d]["text"],
                             where=d, path=None, default_title=d) for d in docs]
    found = extract(articles, config.quotes)
    counts = {"gold": 0, "pred": 0, "matched": 0, "right": 0, "wrong": 0, "none": 0}
    pieces = dict(counts)
    by_kind: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    errors: list[str] = []
    for doc, article, aq in zip(docs, articles, found, strict=True):
        text = article.text
        golds = by_doc[doc]
        for g in golds:
            digest = hashlib.sha1(text[g["start"]:g["end"]].encode()).hexdigest()[:10]
            if digest != g["sha1"]:
                raise ValueError(f"{doc}: gold span {g['start']}-{g['end']} no longer matches")
        taken = {g["polnear"] for g in golds if g["polnear"] is not None}
        neutral = [(min(s for s, _ in a["content_spans"]), max(e for _, e in a["content_spans"]))
                   for n, a in enumerate(polnear[doc]["attributions"])
                   if n not in taken and a["content_spans"]]
        gspans = [(g["start"], g["end"]) for g in golds]
        preds = [q for q in aq.quotes
                 if any(overlap((q.start, q.end), s) >= 0.3 for s in gspans)
                 or not any(overlap((q.start, q.end), s) >= 0.3 for s in neutral)]
        pairs = sorted(((overlap((q.start, q.end), gs), i, j) for i, q in enumerate(preds)
                        for j, gs in enumerate(gspans)), reverse=True)
        used_p: set[int] = set()
        used_g: set[int] = set()
        for o, i, j in pairs:
            if o < 0.3 or i in used_p or j in used_g:
                continue
            used_p.add(i)
            used_g.add(j)
            q, g = preds[i], golds[j]
            verdict = speaker_verdict(q.speaker, getattr(q, "speaker_kind", None),
                                      g["speaker"], g["speaker_kind"])
            counts["matched"] += 1
            counts[verdict] += 1
            by_kind[g["speaker_kind"] + ("/pronoun" if g["pronoun"] else "")][verdict] += 1
            if verdict != "right":
                errors.append(f"{verdict}: {text[q.start:q.end][:50]!r} → {q.speaker} "
                              f"(gold {g['speaker']})")
        inside = {i: j for i, q in enumerate(preds) for j, gs in enumerate(gspans)
                  if i not in used_p and _within((q.start, q.end), gs)}
        found_late = {}
        for j, gs in enumerate(gspans):
            mine = [preds[i] for i, jj in inside.items() if jj == j]
            if j not in used_g and mine and _covered(mine, gs) >= 0.3:
                longest = max(mine, key=lambda q: q.end - q.start)
                found_late[j] = speaker_verdict(longest.speaker,
                                                getattr(longest, "speaker_kind", None),
                                                golds[j]["speaker"], golds[j]["speaker_kind"])
        for j, g in enumerate(golds):
            if j not in used_g:
                errors.append(f"missed: {text[g['start']:g['end']][:50]!r} ({g['speaker']})")
        for i, q in enumerate(preds):
            if i not in used_p and i not in inside:
                errors.append(f"extra: {text[q.start:q.end][:50]!r} ({q.kind}, {q.speaker})")
        counts["gold"] += len(golds)
        counts["pred"] += len(preds)
        pieces["gold"] += len(golds)
        pieces["pred"] += len(preds) - len(inside)
        for verdict in found_late.values():
            pieces["matched"] += 1
            pieces[verdict] += 1
    for k in ("matched", "right", "wrong", "none"):
        pieces[k] += counts[k]
    return {"articles": len(docs), **_rates(counts), "pieces": _rates(pieces),
            "by_kind": {k: dict(v) for k, v in sorted(by_kind.items())}, "errors": errors}


def _rates(c: dict[str, int]) -> dict[str, Any]:
    p = c["matched"] / max(1, c["pred"])
    r = c["matched"] / max(1, c["gold"])
    m = max(1, c["matched"])
    return {**c, "P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0,
            "speaker_accuracy": c["right"] / m, "wrong_rate": c["wrong"] / m,
            "none_rate": c["none"] / m}


def _within(piece: tuple[int, int], span: tuple[int, int]) -> bool:
    inter = max(0, min(piece[1], span[1]) - max(piece[0], span[0]))
    return inter >= 0.8 * (piece[1] - piece[0])


def _covered(pieces: list[Any], span: tuple[int, int]) -> float:
    """Share of `span` the pieces cover together (their union over the span)."""
    covered: set[int] = set()
    for q in pieces:
        covered.update(range(max(q.start, span[0]), min(q.end, span[1])))
    return len(covered) / max(1, span[1] - span[0])


def print_news(n: dict[str, Any], show_errors: int = 40,
               name: str = "real-news gold, the development set") -> None:
    if not n:
        return
    print(f"\nQuotes, {name} ({int(n['gold'])} quotes in {n['articles']} PolNeAR "
          f"articles held out from fitting; resolved speakers)")
    for label, s in (("one to one", n), ("pieces of one quote allowed", n["pieces"])):
        print(f"  {label}: span P/R/F1 @0.3 {s['P']:.3f} / {s['R']:.3f} / {s['F1']:.3f};"
              f" speaker right {s['speaker_accuracy']:.3f}, wrong {s['wrong_rate']:.3f}, "
              f"none {s['none_rate']:.3f} ({s['right']}/{s['matched']})")
    for kind, v in n["by_kind"].items():
        total = sum(v.values())
        print(f"    {kind:24} {v.get('right', 0):4}/{total:<4} right, {v.get('wrong', 0)} wrong")
    for e in n["errors"][:show_errors]:
        print(f"    {e}")
