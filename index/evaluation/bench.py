"""`make bench`: speed and memory, measured, printed as tables and saved to var/bench.

Sections (each skips with a message when ../shared is absent):
1. backends  — embedding throughput, one-query latency, and QAMR dev R@1/R@5 per backend
               (a backend is acceptable within 0.01 of torch fp32).
2. build     — end to end on ../shared/corpus + PolNeAR train: articles/s, passages/s,
               seconds by stage, with and without quote extraction.
3. ann       — HNSW recall@10 against exact search on the build bench's real passage
               vectors, by efSearch and storage.
4. scale     — synthetic indexes of 10k / 100k / 1M passages built by the real pipeline
               from real sentences (their vectors embedded once and cached): build time,
               size on disk, question→answer p50/p95 over 200+ questions, recall@10 of the
               vector index against exact search, peak RSS of the serving process.
5. cold      — seconds from process start to the first answer at 100k passages.
`--quick` (make bench QUICK=1) skips the backend comparison and runs small versions of
the rest (corpus only, 10k passages) in under two minutes.
Each scale runs in its own process so peak RSS is that index's, not the bench's.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import time
from dataclasses import replace
from typing import Any

import numpy as np

from ..config import Config, load_config
from ..embedding.factory import load_embedder
from ..ingest.load import load_paths
from .bench_data import (
    BACKENDS,
    OUT,
    SHARED,
    latencies,
    pct,
    questions,
    real_articles,
    say,
    sentence_pool,
)
from .bench_scale import bench_cold, bench_scale

# --- 1. backends ----------------------------------------------------------------------------

def bench_backends(config: Config, quick: bool) -> dict[str, Any]:
    from ..search.ranker import Ranker
    from . import qamr
    from .common import engine_for, ensure_index, ranked
    from .run import _metrics

    pool = sentence_pool(load_paths([SHARED / "corpus"]).articles)[:300 if quick else 1500]
    qs = questions(60 if quick else 200)
    articles, all_q = qamr.load(SHARED / "eval/qamr")
    report_q = qamr.sample(all_q, "report", 200 if quick else 800)
    out: dict[str, Any] = {}
    for backend in BACKENDS:
        cfg = replace(config, embedding=replace(config.embedding, backend=backend))
        t = time.perf_counter()
        emb = load_embedder(cfg.embedding)
        load_s = time.perf_counter() - t
        emb.embed(pool[:32])
        t = time.perf_counter()
        emb.embed(pool)
        rate = len(pool) / (time.perf_counter() - t)
        lat = latencies(emb.embed_query, qs)
        root = ensure_index(f"qamr-all-{backend}", articles, cfg, emb)
        rows = ranked(engine_for(root, cfg, emb, Ranker.load()), report_q)
        m = _metrics([r.rank() for r in rows])
        out[backend] = {"load_s": load_s, "sentences_per_s": rate,
                        "query_p50_ms": 1000 * statistics.median(lat),
                        "query_p95_ms": 1000 * pct(lat, 0.95), "R@1": m["R@1"],
                        "R@5": m["R@5"], "questions": len(report_q)}
        del emb
    ref = out["torch"]
    say(f"\n1. Embedding backends ({len(pool)} corpus sentences; {len(qs)} single queries; "
         f"QAMR dev {len(report_q)} questions)")
    say(f"  {'backend':10} {'load s':>7} {'sent/s':>8} {'query p50':>10} {'p95':>7} "
         f"{'R@1':>6} {'R@5':>6}  within 0.01 of torch")
    for b, r in out.items():
        ok = abs(r["R@1"] - ref["R@1"]) <= 0.01 and abs(r["R@5"] - ref["R@5"]) <= 0.01
        r["acceptable"] = ok
        say(f"  {b:10} {r['load_s']:7.1f} {r['sentences_per_s']:8.0f} "
             f"{r['query_p50_ms']:8.2f}ms {r['query_p95_ms']:5.2f}ms {r['R@1']:6.3f} "
             f"{r['R@5']:6.3f}  {'yes' if ok else 'NO'}")
    return out


# --- 2. build -------------------------------------------------------------------------------

def bench_build(config: Config, quick: bool) -> dict[str, Any]:
    from ..build import apply
    from ..quotes.stage import quote_stage

    t = time.perf_counter()
    articles = real_articles(quick)
    load_s = time.perf_counter() - t
    emb = load_embedder(config.embedding)
    out: dict[str, Any] = {"articles": len(articles), "load_s": load_s}
    for label, quotes in (("with quotes", quote_stage(config.quotes)), ("without quotes", None)):
        root = OUT / f"build-{label.replace(' ', '-')}"
        shutil.rmtree(root, ignore_errors=True)
        t = time.perf_counter()
        report = apply(root, config, lambda: emb, add=articles, quotes=quotes, quiet=True)
        total = time.perf_counter() - t + load_s
        out[label] = {"seconds": total, "articles_per_s": len(articles) / total,
                      "passages_per_s": report.counts["passages"] / total,
                      "counts": report.counts,
                      "stages": {"load": load_s, **report.timings}}
    say(f"\n2. Build end to end ({len(articles)} articles: ../shared/corpus"
         f"{'' if quick else ' + PolNeAR train'}; backend {config.embedding.backend})")
    for label in ("with quotes", "without quotes"):
        r = out[label]
        stages = ", ".join(f"{k} {v:.1f}s" for k, v in r["stages"].items() if v >= 0.05)
        say(f"  {label:15} {r['seconds']:6.1f}s  {r['articles_per_s']:6.1f} articles/s  "
             f"{r['passages_per_s']:6.0f} passages/s  ({r['counts']['passages']} passages, "
             f"{r['counts']['quotes']} quotes)")
        say(f"  {'':15} stages: {stages}")
    return out


# --- 3. ANN recall on real passage vectors ---------------------------------------------------

def bench_ann(config: Config, quick: bool) -> dict[str, Any]:
    """HNSW (as configured) against exact search, on the real passages of the build bench.

    The synthetic scale indexes mix random sentences into passages, so their vectors crowd
    together in near-ties no real corpus has; recall is measured here, on real ones."""
    from ..search.vectors import Layout, VectorIndex, choose_layout
    from ..storage import generations
    from ..storage.store import Store

    root = OUT / "build-with-quotes"
    gen = generations.current(root)
    if gen is None:
        say("\n3. ANN recall: skipped (run the build bench first)")
        return {}
    emb = load_embedder(config.embedding)
    store = Store(gen / "meta.sqlite")
    ids, mats = zip(*store.iter_vectors("passages", emb.dim), strict=True)
    all_ids, matrix = np.concatenate(ids), np.concatenate(mats)
    store.close()
    qs = [emb.embed_query(q) for q in questions(60 if quick else 220)]
    exact = [set(all_ids[np.argsort(-(matrix @ q))[:10]].tolist()) for q in qs]
    out: dict[str, Any] = {"passages": len(all_ids), "questions": len(qs)}
    say(f"\n3. ANN recall@10 vs exact on real passage vectors ({len(all_ids)} passages of "
         f"the build bench, {len(qs)} questions; HNSW M={config.search.hnsw_m}, "
         f"efConstruction={config.search.hnsw_ef_construction})")
    say(f"  {'index':10} {'efSearch':>8} {'recall@10':>9} {'p50 ms':>7} {'p95 ms':>7}")
    # What a corpus large enough for HNSW would get from this config.
    configured = choose_layout(replace(config.search, ann="hnsw"), len(all_ids)).storage
    for storage in ("f16", "sq8"):
        t = time.perf_counter()
        index = VectorIndex.create(emb.dim, Layout("hnsw", storage), config.search)
        index.train(matrix)
        index.add(all_ids, matrix)
        build_s = time.perf_counter() - t
        for ef in (64, 96, 256):
            index.set_ef_search(ef)
            lat, hits = [], 0
            for q, want in zip(qs, exact, strict=True):
                t = time.perf_counter()
                got, _ = index.search(q, 10)
                lat.append(time.perf_counter() - t)
                hits += len(want & set(got.tolist()))
            r = {"recall10": hits / (10 * len(qs)), "p50_ms": 1000 * statistics.median(lat),
                 "p95_ms": 1000 * pct(lat, 0.95), "build_s": build_s}
            out[f"hnsw-{storage}@{ef}"] = r
            mark = " (configured)" if (storage == configured
                                       and ef == config.search.hnsw_ef_search) else ""
            say(f"  {'hnsw-' + storage:10} {ef:8} {r['recall10']:9.3f} {r['p50_ms']:7.2f} "
                 f"{r['p95_ms']:7.2f}{mark}")
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m index.evaluation.bench")
    p.add_argument("--quick", action="store_true", help="small versions, under two minutes")
    p.add_argument("--only", choices=("backends", "build", "ann", "scale", "cold"),
                   action="append")
    p.add_argument("--sizes", default=None, help="comma-separated passage counts")
    args = p.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if not (SHARED / "corpus").exists():
        say(f"skipped: {SHARED} is absent (the benchmark needs ../shared/corpus)")
        return 0
    config = load_config()
    OUT.mkdir(parents=True, exist_ok=True)
    sizes = ([int(x) for x in args.sizes.split(",")] if args.sizes else
             [10_000] if args.quick else [10_000, 100_000, 1_000_000])
    only = set(args.only or ("backends", "build", "ann", "scale", "cold"))
    result: dict[str, Any] = {"quick": args.quick, "backend": config.embedding.backend,
                              "cpus": os.cpu_count()}
    if "backends" in only and not args.quick:
        result["backends"] = bench_backends(config, args.quick)
    if "build" in only:
        result["build"] = bench_build(config, args.quick)
    if "ann" in only:
        result["ann"] = bench_ann(config, args.quick)
    if "scale" in only:
        result["scale"] = bench_scale(config, sizes, args.quick)
    if "cold" in only:
        cold_n = 100_000 if 100_000 in sizes else sizes[0]
        result["cold"] = bench_cold(cold_n, args.quick)
    name = "bench-quick.json" if args.quick else "bench.json"
    if args.only and (OUT / name).exists():  # a partial run updates its sections only
        result = {**json.loads((OUT / name).read_text()), **result}
    (OUT / name).write_text(json.dumps(result, indent=2))
    say(f"\nwrote {OUT / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

