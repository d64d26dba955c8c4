"""`make bench-peer`: whosaid beside txtai on the same corpus, model and FAISS backend.

Both index the sentences of ../shared/corpus + PolNeAR train with all-MiniLM-L6-v2 (txtai
through sentence-transformers on torch, whosaid through its configured backend, quote
extraction included); both answer the same questions; both are scored on the same 800
QAMR dev questions at sentence level. txtai runs in its own venv (var/peer-venv), in the
same run. Ratios are printed whatever they are.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from ..build import apply
from ..config import load_config
from ..embedding.factory import load_embedder
from ..embedding.models import model_path
from ..engine import Engine
from ..ingest.split import sentence_spans
from ..quotes.stage import quote_stage
from ..search.ranker import Ranker
from . import qamr
from .bench_data import OUT, SHARED, latencies, pct, questions, real_articles
from .common import engine_for, ensure_index, ranked
from .run import _metrics


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m index.evaluation.bench_peer")
    p.add_argument("--peer-python", required=True, help="python of the txtai venv")
    p.add_argument("--quick", action="store_true", help="corpus only, 200 QAMR questions")
    args = p.parse_args(argv)
    if not (SHARED / "corpus").exists():
        print(f"skipped: {SHARED} is absent")
        return 0
    config = load_config()
    articles = real_articles(args.quick)
    sentences = [a.text[s:e] for a in articles for s, e in sentence_spans(a.text)]
    qs = questions(220)
    qamr_articles, all_q = qamr.load(SHARED / "eval/qamr")
    report = qamr.sample(all_q, "report", 200 if args.quick else 800)
    qamr_sents: list[str] = []
    spans: list[tuple[str, int, int]] = []
    for a in qamr_articles:
        for s, e in sentence_spans(a.text):
            spans.append((a.id, s, e))
            qamr_sents.append(a.text[s:e])
    qamr_pairs = []
    for item in report:
        idx = next((i for i, (aid, s, e) in enumerate(spans) if item.matches(aid, s, e)), -1)
        qamr_pairs.append((item.question, idx))
    data = {"model_path": str(model_path(config.embedding.model)), "sentences": sentences,
            "questions": qs, "qamr_sentences": qamr_sents, "qamr_questions": qamr_pairs}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "peer-data.json").write_text(json.dumps(data))

    print(f"peer: txtai on {len(sentences)} sentences ({len(articles)} articles) …", flush=True)
    # As a module from the repository root: run as a file, index/types.py would shadow
    # the standard library's `types`. index/__init__ imports nothing, so txtai's venv
    # needs none of whosaid's dependencies.
    got = subprocess.run([args.peer_python, "-m", "index.evaluation.peer_txtai",
                          str(OUT / "peer-data.json")], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parent.parent)
    if got.returncode != 0:
        print(got.stderr[-3000:])
        return 1
    peer = json.loads(got.stdout.strip().splitlines()[-1])

    print("whosaid on the same articles …", flush=True)
    emb = load_embedder(config.embedding)
    root = OUT / "peer-whosaid"
    shutil.rmtree(root, ignore_errors=True)
    t = time.perf_counter()
    built = apply(root, config, lambda: emb, add=articles, quotes=quote_stage(config.quotes),
                  quiet=True)
    build = time.perf_counter() - t
    print("  whosaid build stages: " + ", ".join(f"{k} {v:.1f}s" for k, v in
                                                  built.timings.items() if v >= 0.05))
    engine = Engine(root, config, emb)
    for q in qs[:20]:
        engine.ask(q)
    lat = latencies(engine.ask, qs)
    qroot = ensure_index(f"qamr-all-{config.embedding.backend}", qamr_articles, config, emb)
    m = _metrics([r.rank() for r in ranked(engine_for(qroot, config, emb, Ranker.load()),
                                           report)])
    ours = {"build_s": build, "build_stages": built.timings,
            "query_p50_ms": 1000 * statistics.median(lat),
            "query_p95_ms": 1000 * pct(lat, 0.95), "R@1": m["R@1"], "R@5": m["R@5"]}
    print(f"\nSide by side ({len(sentences)} sentences; {len(qs)} questions; QAMR dev "
          f"{len(report)} questions, sentence level)")
    print(f"  {'':26} {'whosaid':>10} {'txtai':>10} {'ratio':>8}")
    rows = [("build (s)", "build_s", True), ("query p50 (ms)", "query_p50_ms", True),
            ("query p95 (ms)", "query_p95_ms", True), ("QAMR R@1", "R@1", False),
            ("QAMR R@5", "R@5", False)]
    for label, key, lower in rows:
        mine, theirs = ours[key], peer[key]
        ratio = (theirs / mine if lower else mine / theirs) if mine and theirs else float("nan")
        print(f"  {label:26} {mine:10.3f} {theirs:10.3f} {ratio:7.2f}×")
    print("  (ratios: how many times better whosaid is; whosaid's build includes quote "
          "extraction and its queries return cited answers)")
    (OUT / "peer.json").write_text(json.dumps({"whosaid": ours, "txtai": peer}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
