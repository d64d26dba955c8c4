"""Benchmarks 4 and 5: synthetic indexes of 10k–1M passages served in their own processes
(so peak RSS is the index's, not the bench's), and cold start to the first answer.

`python -m index.evaluation.bench_scale --worker N` / `--build-worker N` are those
processes; `make bench` starts them."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..config import Config, load_config
from ..embedding.factory import load_embedder
from .bench_data import (
    OUT,
    CachedEmbedder,
    dir_size,
    pct,
    peak_rss_mb,
    questions,
    real_articles,
    say,
    sentence_pool,
    synthetic,
    warm_up_questions,
)

# --- 4. scale (each size in its own process) ------------------------------------------------

def bench_scale(config: Config, sizes: Sequence[int], quick: bool) -> dict[str, Any]:
    out = {}
    say("\n4. Scale (synthetic articles from real sentences; quotes off; warm questions)")
    say(f"  {'passages':>9} {'index':>7} {'build s':>8} {'disk MB':>8} {'p50 ms':>7} "
         f"{'p95 ms':>7} {'recall@10':>9} {'vec p50':>8} {'kw p50':>7} {'RSS MB':>7}")
    for n in sizes:
        cmd = [sys.executable, "-m", "index.evaluation.bench_scale", "--worker", str(n)]
        if quick:
            cmd.append("--quick")
        got = subprocess.run(cmd, capture_output=True, text=True, env=os.environ)
        if got.returncode != 0:
            say(f"  {n:>9} failed: {got.stderr[-2000:]}")
            continue
        r = json.loads(got.stdout.strip().splitlines()[-1])
        out[str(n)] = r
        say(f"  {r['passages']:>9} {r['layout']:>7} {r['build_s']:8.1f} "
             f"{r['disk_mb']:8.0f} {r['p50_ms']:7.1f} {r['p95_ms']:7.1f} "
             f"{r['recall10']:9.3f} {r['vector_p50_ms']:7.2f} {r['keyword_p50_ms']:7.2f} "
             f"{r['rss_mb']:7.0f}")
    return out


def _scale_root(n: int, quick: bool) -> Path:
    # Quick runs sample a smaller pool of sentences: their indexes are not the full ones.
    return OUT / f"scale-{n}{'-quick' if quick else ''}"


def build_worker(n: int, quick: bool) -> dict[str, Any]:
    """Build the n-passage synthetic index (its own process: its memory is not serving's)."""
    from ..build import apply
    from ..search.vectors import use_all_cores

    use_all_cores()
    config = load_config()
    root = _scale_root(n, quick)
    shutil.rmtree(root, ignore_errors=True)
    pool = sentence_pool(real_articles(quick))
    emb = CachedEmbedder(load_embedder(config.embedding), pool, OUT / "vectors")
    articles = synthetic(pool, n)
    t = time.perf_counter()
    report = apply(root, config, lambda: emb, add=articles, quiet=True)
    result = {"build_s": time.perf_counter() - t, "timings": report.timings,
              "build_rss_mb": peak_rss_mb()}
    root.with_name(root.name + ".build.json").write_text(json.dumps(result))
    return result


def _current_format(root: Path) -> bool:
    """True if root holds an index this version reads (a cached one may predate a format)."""
    from ..errors import IndexMismatch
    from ..storage import generations

    gen = generations.current(root)
    if gen is None:
        return False
    try:
        generations.read_manifest(gen)
    except IndexMismatch:
        return False
    return True


def scale_worker(n: int, quick: bool) -> dict[str, Any]:
    """Serve the n-passage index in a fresh process and time warm questions."""
    from ..engine import Engine

    config = load_config()
    root = _scale_root(n, quick)
    built = root.with_name(root.name + ".build.json")
    if not built.exists() or not _current_format(root):
        got = subprocess.run([sys.executable, "-m", "index.evaluation.bench_scale",
                              "--build-worker", str(n), *(["--quick"] if quick else [])],
                             capture_output=True, text=True)
        if got.returncode != 0:
            raise RuntimeError(got.stderr[-3000:])
    build = json.loads(built.read_text())
    for f in root.rglob("*"):  # warm: the files in the OS cache, as on a running server
        if f.is_file():
            with open(f, "rb") as fh:
                while fh.read(1 << 24):
                    pass
    engine = Engine(root, config)
    qs = questions(220)
    for q in warm_up_questions(200):  # and other questions first, then the measured ones
        engine.ask(q)
    lat, vec_lat, kw_lat = [], [], []
    s = engine.searcher
    from ..search.tokens import query_tokens

    for q in qs:
        t = time.perf_counter()
        engine.ask(q)
        lat.append(time.perf_counter() - t)
        qv = engine.embedder.embed_query(q)
        t = time.perf_counter()
        s.vectors.search(qv, config.search.dense_k)
        vec_lat.append(time.perf_counter() - t)
        t = time.perf_counter()
        s.keyword.search(query_tokens(q), config.search.keyword_k)
        kw_lat.append(time.perf_counter() - t)
    rss = peak_rss_mb()  # before recall's matrix
    recall = vector_recall(engine, [engine.embedder.embed_query(q) for q in qs[:200]])
    return {"passages": engine.stats()["counts"]["passages"], "layout": engine.manifest[
        "vectors"], "build_s": build["build_s"], "build_stages": build["timings"],
        "build_rss_mb": build["build_rss_mb"], "disk_mb": dir_size(root) / 1e6,
        "p50_ms": 1000 * statistics.median(lat), "p95_ms": 1000 * pct(lat, 0.95),
        "vector_p50_ms": 1000 * statistics.median(vec_lat),
        "keyword_p50_ms": 1000 * statistics.median(kw_lat), "recall10": recall,
        "questions": len(qs), "rss_mb": rss}


def vector_recall(engine: Any, queries: list[np.ndarray], k: int = 10) -> float:
    """Share of the exact top-k (brute force over the stored vectors) the index returns."""
    from ..storage import generations
    from ..storage.store import Store

    store = Store(generations.require(engine.index_dir) / "meta.sqlite")
    ids, mats = [], []
    for i, v in store.iter_vectors("passages", engine.embedder.dim, batch=200_000):
        ids.append(i)
        mats.append(v)
    all_ids = np.concatenate(ids)
    matrix = np.concatenate(mats)
    hits = 0
    for q in queries:
        exact = set(all_ids[np.argsort(-(matrix @ q))[:k]].tolist())
        got = set(engine.searcher.vectors.search(q, k)[0].tolist())
        hits += len(exact & got)
    return hits / (k * len(queries))


# --- 5. cold start ------------------------------------------------------------------------------

def bench_cold(n: int, quick: bool) -> dict[str, Any]:
    root = _scale_root(n, quick)
    code = ("import time; t0 = time.perf_counter()\n"
            "from index.engine import Engine\n"
            f"e = Engine({str(root)!r}, __import__('index.config').config.load_config())\n"
            "a = e.ask('What did Putin say about NATO expansion?')\n"
            "print(time.perf_counter() - t0)")
    runs = []
    for _ in range(3):
        t = time.perf_counter()
        got = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        wall = time.perf_counter() - t
        if got.returncode != 0:
            say(f"  cold start failed: {got.stderr[-1000:]}")
            return {}
        runs.append(wall)
    r = {"passages": n, "seconds": statistics.median(runs), "runs": runs}
    say(f"\n5. Cold start at {n} passages: {r['seconds']:.2f}s from process start to the "
         f"first answer (median of 3: {', '.join(f'{x:.2f}' for x in runs)})")
    return r



def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m index.evaluation.bench_scale")
    p.add_argument("--quick", action="store_true")
    p.add_argument("--worker", type=int)
    p.add_argument("--build-worker", type=int)
    args = p.parse_args(argv)
    if args.build_worker:
        print(json.dumps(build_worker(args.build_worker, args.quick)))
    elif args.worker:
        print(json.dumps(scale_worker(args.worker, args.quick)))
    else:
        p.error("give --worker N or --build-worker N (make bench runs the whole benchmark)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
