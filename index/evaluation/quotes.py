"""Quote extraction and attribution, measured: span P/R/F1 and speaker accuracy.

Gold sets: eval/quotes_gold.jsonl (the seed article and three ../shared/corpus
documents — a readout, a statement, a transcript — annotated by hand, before the
extractor was tuned) and PolNeAR's train split (../shared/eval/polnear), whose
attributions are broader than quotes (beliefs, intentions) and whose sources are often
pronouns: speaker accuracy there counts only gold sources that are proper names.
Spans match when their character overlap (intersection over union) is at least 0.3,
or exactly (after trimming spaces, punctuation and quote marks); matching is one-to-one.
"""

from __future__ import annotations

import json
import re
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from ..config import Config
from ..ingest.load import load_paths, make_article
from ..quotes.names import same_person, split_role
from ..quotes.stage import extract
from ..text import fold
from ..types import Article, Quote
from .common import SHARED, need_shared

GOLD = Path("eval/quotes_gold.jsonl")  # annotated first, then used while building
# Annotated later, before the extractor ever ran on these documents. Its first measurement
# (F1@0.3 0.791, speaker 8/15) exposed general failures that were then fixed, so it is
# no longer untouched: the closing notes give both numbers.
HELDOUT = Path("eval/quotes_heldout.jsonl")
_TRIM = " \t\n,.;:!?\"'“”‘’—–-()"


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 else 0.0


def trimmed(text: str, span: tuple[int, int]) -> tuple[int, int]:
    s, e = span
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return s, e


def same_speaker(pred: str | None, gold: str | None) -> bool:
    """Gold sources may carry titles and appositions ("Vermont Sen. Bernie Sanders",
    "Biden, who served …"); the person is what must agree."""
    if pred is None or gold is None:
        return pred is gold
    if fold(pred) == fold(gold) or same_person(pred, gold):
        return True
    name = gold_name(gold)
    if name and (same_person(pred, name) or fold(pred) == fold(name)):
        return True
    # a title split_role does not know: "Maricopa County Recorder Helen Purcell"
    said, head = fold(pred).split(), fold(re.split(r",| \(| who ", gold)[0]).split()
    return len(said) >= 2 and head[-len(said):] == said


def gold_name(source: str) -> str:
    """The person in a PolNeAR source phrase: "Gallup’s Jeffrey M. Jones" → "Jeffrey M. Jones",
    "Robert Gordon of Northwestern University" → "Robert Gordon"."""
    head = re.split(r",| of | \(| who | which ", source)[0].strip()
    head = re.split(r"[’']s ", head)[-1]
    return split_role(head)[1]


def match(text: str, preds: list[tuple[tuple[int, int], str | None]],
          golds: list[tuple[tuple[int, int], str | None]], threshold: float = 0.3,
          ) -> dict[str, int]:
    """Greedy one-to-one matching by overlap; counts for P/R/F1 and speaker accuracy."""
    pairs = []
    for i, (ps, _) in enumerate(preds):
        for j, (gs, _) in enumerate(golds):
            o = overlap(ps, gs)
            if o >= threshold:
                pairs.append((o, i, j))
    pairs.sort(reverse=True)
    used_p, used_g = set(), set()
    matched = speaker_ok = speaker_n = exact = 0
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        matched += 1
        exact += trimmed(text, preds[i][0]) == trimmed(text, golds[j][0])
        if golds[j][1] is not None:
            speaker_n += 1
            speaker_ok += same_speaker(preds[i][1], golds[j][1])
    return {"pred": len(preds), "gold": len(golds), "matched": matched, "exact": exact,
            "speaker_n": speaker_n, "speaker_ok": speaker_ok}


def _scores(c: dict[str, int]) -> dict[str, float]:
    def f1(m: int) -> tuple[float, float, float]:
        p = m / c["pred"] if c["pred"] else 0.0
        r = m / c["gold"] if c["gold"] else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    p3, r3, f3 = f1(c["matched"])
    pe, re_, fe = f1(c["exact"])
    return {"P@0.3": p3, "R@0.3": r3, "F1@0.3": f3, "P_exact": pe, "R_exact": re_,
            "F1_exact": fe, "speaker_accuracy": c["speaker_ok"] / max(1, c["speaker_n"]),
            **{k: float(v) for k, v in c.items()}}


def _add(total: dict[str, int], part: dict[str, int]) -> None:
    for k, v in part.items():
        total[k] = total.get(k, 0) + v


def gold_section(config: Config, gold: Path = GOLD) -> dict[str, Any]:
    rows = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines() if x.strip()]
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_doc[r["doc"]].append(r)
    out: dict[str, Any] = {"documents": {}}
    total: dict[str, int] = {}
    nested: dict[str, int] = {}
    errors: list[str] = []
    for doc, items in by_doc.items():
        path = Path(doc) if doc.startswith("seeds/") else SHARED / doc
        if not path.exists():
            out["documents"][doc] = "skipped: absent"
            continue
        (article,) = load_paths([path]).articles
        golds = []
        for it in items:
            start = article.text.find(it["quote"])
            golds.append(((start, start + len(it["quote"])), it["speaker"]))
        (aq,) = extract([article], config.quotes)
        # A described speaker ("officials") names no one: it stands as no name here.
        preds = [((q.start, q.end), q.speaker if q.speaker_kind != "description" else None)
                 for q in aq.quotes]
        counts = match(article.text, preds, golds)
        _add(total, counts)
        # Issue 10 (9) asks for a partial quote inside reported speech of the same speaker
        # to be reported once, as the containing quote; this gold lists both.
        once = [g for g in golds if not any(o is not g and o[1] == g[1] and o[0][0] <= g[0][0]
                                            and g[0][1] <= o[0][1] for o in golds)]
        once_counts = match(article.text, preds, once)
        _add(nested, once_counts)
        out["documents"][doc] = {**_scores(counts),
                                 "F1_once": _scores(once_counts)["F1@0.3"]}
        errors += _errors(article, aq.quotes, golds)
    out["all"] = _scores(total) if total else {}
    out["all_once"] = _scores(nested) if nested else {}
    out["errors"] = errors
    return out


def _errors(article: Article, quotes: tuple[Quote, ...],
            golds: list[tuple[tuple[int, int], str | None]]) -> list[str]:
    out = []
    for span, speaker in golds:
        best = max(quotes, key=lambda q: overlap((q.start, q.end), span), default=None)
        snippet = article.text[span[0]:span[1]][:60]
        if best is None or overlap((best.start, best.end), span) < 0.3:
            out.append(f"missed: {snippet!r} ({speaker})")
        elif not same_speaker(best.speaker, speaker):
            out.append(f"speaker: {snippet!r} → {best.speaker} (gold {speaker})")
    for q in quotes:
        if all(overlap((q.start, q.end), g) < 0.3 for g, _ in golds):
            out.append(f"extra: {article.text[q.start:q.end][:60]!r} ({q.kind}, {q.speaker})")
    return out


_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "who",
             "which", "that", "this", "one"}


def named_source(source: str, text: str) -> bool:
    """A proper name: its last word is written capitalised mid-sentence somewhere in the
    article ("Analysts say" at a sentence start is not a name; "Sanders" is)."""
    words = gold_name(source).split()
    if not words or words[0].lower() in _PRONOUNS or not words[-1][:1].isupper():
        return False
    return re.search(rf"[a-z,;:] {re.escape(words[-1])}\b", text) is not None


def polnear_section(config: Config, limit: int | None = None) -> dict[str, Any]:
    root = need_shared("eval/polnear")
    if root is None:
        return {}
    rows = [json.loads(x) for x in (root / "train.jsonl").read_text().splitlines() if x.strip()]
    rows = rows[:limit] if limit else rows
    articles = [make_article({"id": r["id"], "title": r["title"]}, r["text"], where=r["id"],
                             path=None, default_title=r["id"]) for r in rows]
    t = time.perf_counter()
    extracted = extract(articles, config.quotes)
    seconds = time.perf_counter() - t
    total: dict[str, int] = {}
    for r, article, aq in zip(rows, articles, extracted, strict=True):
        # make_article normalises line ends; PolNeAR offsets index the raw text.
        assert article.text == r["text"].replace("\r\n", "\n"), r["id"]
        golds = []
        for att in r["attributions"]:
            spans = att["content_spans"]
            if not spans:
                continue
            span = (min(s for s, _ in spans), max(e for _, e in spans))
            source = att["source"] or ""
            golds.append((span, source if named_source(source, article.text) else None))
        # A described speaker ("officials") names no one: it stands as no name here.
        preds = [((q.start, q.end), q.speaker if q.speaker_kind != "description" else None)
                 for q in aq.quotes]
        _add(total, match(article.text, preds, golds))
    chars = sum(len(a.text) for a in articles)
    return {"articles": len(rows), "seconds": seconds, "chars_per_second": chars / seconds,
            **_scores(total)}


def quotes_section(config: Config) -> dict[str, Any]:
    from .news_gold import TEST, news_section

    return {"news": news_section(config), "news_test": news_section(config, TEST),
            "gold": gold_section(config),
            "heldout": gold_section(config, HELDOUT), "polnear": polnear_section(config)}


def print_report(report: dict[str, Any]) -> None:
    from .news_gold import print_news

    print_news(report.get("news", {}), show_errors=25)
    # The sealed gold's errors are not printed: reading them would make it a dev set.
    print_news(report.get("news_test", {}), show_errors=0,
               name="real-news gold, sealed (errors never read)")
    _print_gold("hand-annotated gold, used while building", report.get("gold", {}))
    _print_gold("second gold, annotated before the extractor saw it", report.get("heldout", {}))
    _print_polnear(report.get("polnear", {}))


def _print_gold(name: str, g: dict[str, Any]) -> None:
    if g.get("all"):
        a = g["all"]
        print(f"\nQuotes, {name} ({int(a['gold'])} quotes in "
              f"{len(g['documents'])} documents)")
        print(f"  span P/R/F1 @0.3 overlap: {a['P@0.3']:.3f} / {a['R@0.3']:.3f} / "
              f"{a['F1@0.3']:.3f}   exact: {a['P_exact']:.3f} / {a['R_exact']:.3f} / "
              f"{a['F1_exact']:.3f}")
        print(f"  speaker accuracy on matched quotes: {a['speaker_accuracy']:.3f} "
              f"({int(a['speaker_ok'])}/{int(a['speaker_n'])})")
        if g.get("all_once"):
            print(f"  with a partial quote inside same-speaker reported speech expected once "
                  f"(issue 10, 9): F1 @0.3 {g['all_once']['F1@0.3']:.3f}")
        for doc, s in g["documents"].items():
            if isinstance(s, dict):
                print(f"    {doc[:70]:70} F1 {s['F1@0.3']:.2f} (once {s['F1_once']:.2f})  speaker "
                      f"{s['speaker_accuracy']:.2f}")
        for e in g["errors"]:
            print(f"    {e}")


def _print_polnear(p: dict[str, Any]) -> None:
    if p:
        print(f"\nQuotes, PolNeAR train ({p['articles']} articles, "
              f"{int(p['gold'])} attributions, all kinds; content spans; the speaker model "
              f"was fitted on all but the 64 articles of the two real-news golds)")
        print(f"  span P/R/F1 @0.3 overlap: {p['P@0.3']:.3f} / {p['R@0.3']:.3f} / "
              f"{p['F1@0.3']:.3f}   exact: {p['P_exact']:.3f} / {p['R_exact']:.3f} / "
              f"{p['F1_exact']:.3f}")
        print(f"  speaker accuracy where the gold source is a proper name: "
              f"{p['speaker_accuracy']:.3f} ({int(p['speaker_ok'])}/{int(p['speaker_n'])})")
        print(f"  {p['chars_per_second']:.0f} characters/s through the quotes stage")
