"""`make eval`: measured numbers, printed and saved to var/eval/report.json.

1. QAMR retrieval, report half (never used for fitting): R@1, R@5, MRR of the system,
   next to sentence-level baselines (dense alone, BM25 alone, their RRF fusion).
2. QAMR abstention: report-half questions asked of an index holding half of the
   report-half articles; answering a question whose article is absent is an error, and
   so is abstaining on one whose article is present.
3. The golden questions on seeds/ (eval/seeds_questions.jsonl): the right sentence first,
   and abstention on questions the article does not answer.
4. Quote attribution (index.evaluation.quotes, news_gold): the real-news gold first, then
   the corpus golds and PolNeAR; and who said what end to end (news_qa).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from ..config import Config, load_config
from ..embedding.factory import load_embedder
from ..embedding.models import Embedder
from ..engine import Engine
from ..ingest.load import load_paths
from ..search.hybrid import rrf
from ..search.keyword import KeywordIndex
from ..search.ranker import Ranker
from ..search.tokens import query_tokens, tokens
from ..storage.store import Store, from_blobs
from . import qamr
from .calibrate import in_subset
from .common import CACHE, engine_for, ensure_index, need_shared, ranked

GOLDEN = Path("eval/seeds_questions.jsonl")


def _metrics(ranks: list[int | None]) -> dict[str, float]:
    n = max(1, len(ranks))
    return {
        "R@1": sum(1 for r in ranks if r == 0) / n,
        "R@5": sum(1 for r in ranks if r is not None and r < 5) / n,
        "MRR": sum(1 / (r + 1) for r in ranks if r is not None) / n,
    }


def baselines(root: Path, questions: list[qamr.Question], embedder: Embedder,
              ) -> dict[str, dict[str, float]]:
    """Sentence-level dense, BM25 and RRF rankings over every sentence of the index."""
    from ..storage import generations

    gen = generations.require(root)
    store = Store(gen / "meta.sqlite")
    rows = store.db.execute('SELECT s.id, s.article_id, s.start, s."end", s.vector, a.text '
                            "FROM sentences s JOIN articles a ON a.id = s.article_id "
                            "ORDER BY s.id").fetchall()
    store.close()
    dim = embedder.dim
    vecs = from_blobs([r[4] for r in rows], dim)
    spans = [(r[1], r[2], r[3]) for r in rows]
    bm25 = KeywordIndex.build(list(range(len(rows))), [tokens(r[5][r[2]:r[3]]) for r in rows])
    ranks: dict[str, list[int | None]] = {"dense": [], "bm25": [], "rrf": []}
    for q in questions:
        qv = embedder.embed_query(q.question)
        dense = np.argsort(-(vecs @ qv))[:100].tolist()
        kw = bm25.search(query_tokens(q.question), 100)[0].tolist()
        fused = [d for d, _ in rrf([dense, kw], 60)]
        for name, order in (("dense", dense), ("bm25", kw), ("rrf", fused)):
            rank = next((k for k, i in enumerate(order) if q.matches(*spans[i])), None)
            ranks[name].append(rank)
    return {name: _metrics(r) for name, r in ranks.items()}


def qamr_section(config: Config, embedder: Embedder, ranker: Ranker) -> dict[str, Any]:
    root = need_shared("eval/qamr")
    if root is None:
        return {}
    articles, questions = qamr.load(root)
    report_qs = qamr.sample(questions, "report", 800)
    full = ensure_index("qamr-all", articles, config, embedder)
    t = time.perf_counter()
    rows = ranked(engine_for(full, config, embedder, ranker), report_qs)
    per_q = (time.perf_counter() - t) / max(1, len(rows))
    result: dict[str, Any] = {
        "questions": len(report_qs),
        "system": _metrics([r.rank() for r in rows]),
        "seconds_per_question": round(per_q, 4),
    }
    result.update({f"baseline_{k}": v for k, v in
                   baselines(full, report_qs, embedder).items()})
    result["answers"] = answered_section(engine_for(full, config, embedder, ranker), report_qs)

    report_articles = [a for a in articles if qamr.half(a.id[5:]) == "report"]
    inside = [a for a in report_articles if in_subset(a.id)]
    inside_ids = {a.id for a in inside}
    half_index = ensure_index("qamr-report-in", inside, config, embedder)
    engine = engine_for(half_index, config, embedder, ranker)
    abst_qs = qamr.sample(questions, "report", 800, seed=31)
    correct = {True: 0, False: 0}
    total = {True: 0, False: 0}
    for q in abst_qs:
        answerable = q.article_id in inside_ids
        answer = engine.ask(q.question)
        total[answerable] += 1
        correct[answerable] += int(answer.abstained != answerable)
    result["abstention"] = {
        "questions": len(abst_qs),
        "answerable": total[True],
        "accuracy": (correct[True] + correct[False]) / max(1, len(abst_qs)),
        "answered_when_answerable": correct[True] / max(1, total[True]),
        "abstained_when_not": correct[False] / max(1, total[False]),
    }
    return result


def answered_section(engine: Engine, questions: list[qamr.Question]) -> dict[str, Any]:
    """The answers users get, abstentions counted as misses (every question here is
    answerable from the index): the right sentence first, in the first five, and, for
    the declined ones, among the near misses on offer."""
    first = five = declined = offered = near_right = 0
    for q in questions:
        answer = engine.ask(q.question, limit=5)
        shown = [s for s in answer.sentences if q.matches(s.article_id, s.start, s.end)]
        first += bool(answer.sentences) and q.matches(answer.sentences[0].article_id,
                                                      answer.sentences[0].start,
                                                      answer.sentences[0].end)
        five += bool(shown)
        if answer.abstained:
            declined += 1
            if answer.closest is not None:
                offered += 1
                near_right += any(q.matches(s.article_id, s.start, s.end)
                                  for s in answer.closest.sentences)
    n = max(1, len(questions))
    return {"R@1_answered": first / n, "R@5_answered": five / n, "declined": declined / n,
            "near_offered": offered / max(1, declined),
            "near_right": near_right / max(1, declined)}


def golden_section(config: Config, embedder: Embedder, ranker: Ranker) -> dict[str, Any]:
    loaded = load_paths([config.index.seeds])
    # With quotes, as the bot indexes seeds/: a quoted sentence's speaker is part of it.
    root = ensure_index("seeds-quotes", loaded.articles, config, embedder, quotes=True)
    engine = engine_for(root, config, embedder, ranker)
    items = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    first = cited = abst_ok = 0
    answerable = [i for i in items if i["expect"]]
    failures = []
    for item in items:
        answer = engine.ask(item["question"])
        expect = item["expect"]
        if expect is None:
            ok = answer.abstained
        else:
            ok = not answer.abstained
            top = answer.sentences[0].text if answer.sentences else ""
            hit_first = expect in top
            first += hit_first
            cited += any(expect in s.text for s in answer.sentences)
            if not hit_first:
                failures.append(f"{item['id']}: {item['question']} → {top[:80]!r}")
        abst_ok += ok
        if expect is None and not ok:
            failures.append(f"{item['id']}: answered {item['question']!r} with "
                            f"{answer.sentences[0].text[:60]!r}")
    return {
        "questions": len(items),
        "answerable": len(answerable),
        "R@1": first / max(1, len(answerable)),
        "cited": cited / max(1, len(answerable)),
        "abstention_accuracy": abst_ok / max(1, len(items)),
        "failures": failures,
    }


def _print(report: dict[str, Any]) -> None:
    q = report.get("qamr")
    if q:
        print(f"\nQAMR dev, report half: {q['questions']} questions of 6+ tokens "
              f"(sentence level)")
        print(f"  {'':22} {'R@1':>6} {'R@5':>6} {'MRR':>6}")
        for name in ("baseline_dense", "baseline_bm25", "baseline_rrf", "system"):
            m = q[name]
            label = name.replace("baseline_", "") + (" alone" if "baseline" in name else "")
            print(f"  {label:22} {m['R@1']:6.3f} {m['R@5']:6.3f} {m['MRR']:6.3f}")
        r = q["answers"]
        print(f"  {'answers, declines = miss':22} {r['R@1_answered']:6.3f} "
              f"{r['R@5_answered']:6.3f}   (declined {r['declined']:.3f}; of those, near "
              f"misses offered {r['near_offered']:.3f}, holding the right sentence "
              f"{r['near_right']:.3f})")
        a = q["abstention"]
        print(f"  abstention: accuracy {a['accuracy']:.3f} over {a['questions']} questions "
              f"({a['answerable']} answerable; answered {a['answered_when_answerable']:.3f} "
              f"of those, abstained on {a['abstained_when_not']:.3f} of the rest)")
        print(f"  {q['seconds_per_question'] * 1000:.1f} ms per question (warm, this machine)")
    g = report.get("golden")
    if g:
        print(f"\nGolden seeds questions: {g['questions']} ({g['answerable']} answerable)")
        print(f"  R@1 {g['R@1']:.3f}  cited anywhere {g['cited']:.3f}  "
              f"abstention accuracy {g['abstention_accuracy']:.3f}")
        for f in g["failures"]:
            print(f"  miss: {f}")
    quotes = report.get("quotes")
    if quotes:
        from .news_qa import print_news_qa
        from .quotes import print_report

        print_report(quotes)
        print_news_qa(report.get("news_qa", {}))
        print_news_qa(report.get("news_qa_test", {}), "the sealed gold")
    from .fit_substance import print_substance
    from .offtopic import print_offtopic

    print_offtopic(report.get("offtopic", {}))
    print_substance(report.get("substance", {}))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    config = load_config()
    embedder = load_embedder(config.embedding)
    ranker = Ranker.load()
    report: dict[str, Any] = {}
    if "--no-qamr" not in argv:
        report["qamr"] = qamr_section(config, embedder, ranker)
    report["golden"] = golden_section(config, embedder, ranker)
    if "--no-quotes" not in argv:
        from .news_gold import TEST
        from .news_qa import news_qa_section
        from .quotes import quotes_section

        report["quotes"] = quotes_section(config)
        report["news_qa"] = news_qa_section(config, embedder, ranker)
        report["news_qa_test"] = news_qa_section(config, embedder, ranker, TEST)
    from .fit_substance import substance_section
    from .offtopic import offtopic_section

    report["substance"] = substance_section(embedder)
    report["offtopic"] = offtopic_section(config, embedder, ranker)
    _print(report)
    CACHE.mkdir(parents=True, exist_ok=True)
    (CACHE / "report.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {CACHE / 'report.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
