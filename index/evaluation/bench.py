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
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from ..config import Config, load_config
from ..embedding.models import Embedder, load_embedder
from ..ingest.load import load_paths, make_article
from ..ingest.split import sentence_spans
from ..types import Article

OUT = Path("var/bench")
SHARED = Path("../shared")
BACKENDS = ("torch", "onnx", "onnx-int8", "openvino")


def _pct(xs: Sequence[float], q: float) -> float:
    ys = sorted(xs)
    return ys[min(len(ys) - 1, int(q * len(ys)))] if ys else float("nan")


def latencies(fn: Callable[[str], object], items: Sequence[str]) -> list[float]:
    """Seconds each call of fn takes, one item at a time."""
    out = []
    for item in items:
        t = time.perf_counter()
        fn(item)
        out.append(time.perf_counter() - t)
    return out


def _dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _peak_rss_mb() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: Linux carries
    ru_maxrss across fork and exec, so a worker started by a process holding torch would
    report the parent's memory as its own."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _say(*parts: Any) -> None:
    print(*parts, flush=True)


# --- articles -------------------------------------------------------------------------------

def real_articles(quick: bool) -> list[Article]:
    corpus = load_paths([SHARED / "corpus"]).articles
    if quick:
        return corpus
    rows = [json.loads(x) for x in (SHARED / "eval/polnear/train.jsonl").read_text(
        encoding="utf-8").splitlines() if x.strip()]
    polnear = [make_article({"id": f"polnear-{r['id']}", "title": r["title"],
                             "date": r["date"], "source": r["publisher"]}, r["text"],
                            where=r["id"], path=None, default_title=r["id"]) for r in rows]
    return corpus + polnear


def sentence_pool(articles: Sequence[Article]) -> list[str]:
    seen: dict[str, None] = {}
    for a in articles:
        for s, e in sentence_spans(a.text):
            text = a.text[s:e]
            if 40 <= len(text) <= 400 and "\n" not in text:
                seen.setdefault(text)
    return list(seen)


def synthetic(pool: Sequence[str], passages: int, seed: int = 7) -> list[Article]:
    """Articles of 24–36 real sentences in paragraphs of three, enough for `passages`."""
    rng = random.Random(seed)
    out = []
    made = 0
    n = 0
    while made < passages:
        k = rng.randint(24, 36)
        picks = [pool[rng.randrange(len(pool))] for _ in range(k)]
        pars = [" ".join(picks[i:i + 3]) for i in range(0, k, 3)]
        out.append(make_article({"id": f"syn-{n:07d}", "title": f"Synthetic story {n}",
                                 "source": "bench", "date": "2024-01-01"},
                                "\n\n".join(pars) + "\n", where="bench", path=None,
                                default_title="synthetic"))
        made += (k - 1) // 2  # passages of 3 sentences, overlap 1
        n += 1
    return out


class CachedEmbedder:
    """Vectors of the pool's sentences, embedded once and kept on disk."""

    def __init__(self, inner: Embedder, pool: Sequence[str], cache: Path) -> None:
        self.inner = inner
        self.model = inner.model
        self.dim = inner.dim
        key = f"{inner.model}-{type(inner).__name__}-{len(pool)}"
        vec_file, txt_file = cache / f"{key}.npy", cache / f"{key}.json"
        if vec_file.exists() and txt_file.exists() and json.loads(txt_file.read_text()) == list(
                pool):
            vecs = np.load(vec_file)
        else:
            cache.mkdir(parents=True, exist_ok=True)
            t = time.perf_counter()
            vecs = inner.embed(list(pool))
            _say(f"  embedded the {len(pool)} pool sentences once in "
                 f"{time.perf_counter() - t:.0f}s (cached in {vec_file})")
            np.save(vec_file, vecs)
            txt_file.write_text(json.dumps(list(pool)))
        self.index = {t: k for k, t in enumerate(pool)}
        self.vecs = vecs

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        rows = [self.index.get(t, -1) for t in texts]
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        known = [i for i, r in enumerate(rows) if r >= 0]
        out[known] = self.vecs[[rows[i] for i in known]]
        missing = [i for i, r in enumerate(rows) if r < 0]
        if missing:
            out[missing] = self.inner.embed([texts[i] for i in missing])
        return out

    def embed_query(self, text: str) -> np.ndarray:
        return self.inner.embed_query(text)


def questions(n: int) -> list[str]:
    """Varied questions: QAMR dev (6+ tokens), the golden seeds ones, speaker questions."""
    from . import qamr

    qs = [json.loads(x)["question"] for x in Path("eval/seeds_questions.jsonl").read_text(
        ).splitlines() if x.strip()]
    qs += ["Who said what about NATO?", "What did Putin say about NATO expansion?",
           "Who is Jens Stoltenberg?", "What did Psaki say?", "Who said what about sanctions?"]
    if (SHARED / "eval/qamr").exists():
        _, all_q = qamr.load(SHARED / "eval/qamr")
        qs += [q.question for q in qamr.sample(all_q, "report", n, seed=5)]
    return qs[:max(n, 1)]


def warm_up_questions(n: int) -> list[str]:
    from . import qamr

    if not (SHARED / "eval/qamr").exists():
        return questions(n)
    _, all_q = qamr.load(SHARED / "eval/qamr")
    return [q.question for q in qamr.sample(all_q, "fit", n, seed=11)]


# --- 1. backends ----------------------------------------------------------------------------

def bench_backends(config: Config, quick: bool) -> dict[str, Any]:
    from ..search.ranker import Ranker
    from . import qamr as Q
    from .common import engine_for, ensure_index, ranked
    from .run import _metrics

    pool = sentence_pool(load_paths([SHARED / "corpus"]).articles)[:300 if quick else 1500]
    qs = questions(60 if quick else 200)
    articles, all_q = Q.load(SHARED / "eval/qamr")
    report_q = Q.sample(all_q, "report", 200 if quick else 800)
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
                        "query_p95_ms": 1000 * _pct(lat, 0.95), "R@1": m["R@1"],
                        "R@5": m["R@5"], "questions": len(report_q)}
        del emb
    ref = out["torch"]
    _say(f"\n1. Embedding backends ({len(pool)} corpus sentences; {len(qs)} single queries; "
         f"QAMR dev {len(report_q)} questions)")
    _say(f"  {'backend':10} {'load s':>7} {'sent/s':>8} {'query p50':>10} {'p95':>7} "
         f"{'R@1':>6} {'R@5':>6}  within 0.01 of torch")
    for b, r in out.items():
        ok = abs(r["R@1"] - ref["R@1"]) <= 0.01 and abs(r["R@5"] - ref["R@5"]) <= 0.01
        r["acceptable"] = ok
        _say(f"  {b:10} {r['load_s']:7.1f} {r['sentences_per_s']:8.0f} "
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
    _say(f"\n2. Build end to end ({len(articles)} articles: ../shared/corpus"
         f"{'' if quick else ' + PolNeAR train'}; backend {config.embedding.backend})")
    for label in ("with quotes", "without quotes"):
        r = out[label]
        stages = ", ".join(f"{k} {v:.1f}s" for k, v in r["stages"].items() if v >= 0.05)
        _say(f"  {label:15} {r['seconds']:6.1f}s  {r['articles_per_s']:6.1f} articles/s  "
             f"{r['passages_per_s']:6.0f} passages/s  ({r['counts']['passages']} passages, "
             f"{r['counts']['quotes']} quotes)")
        _say(f"  {'':15} stages: {stages}")
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
        _say("\n3. ANN recall: skipped (run the build bench first)")
        return {}
    emb = load_embedder(config.embedding)
    store = Store(gen / "meta.sqlite")
    ids, mats = zip(*store.iter_vectors("passages", emb.dim), strict=True)
    all_ids, matrix = np.concatenate(ids), np.concatenate(mats)
    store.close()
    qs = [emb.embed_query(q) for q in questions(60 if quick else 220)]
    exact = [set(all_ids[np.argsort(-(matrix @ q))[:10]].tolist()) for q in qs]
    out: dict[str, Any] = {"passages": len(all_ids), "questions": len(qs)}
    _say(f"\n3. ANN recall@10 vs exact on real passage vectors ({len(all_ids)} passages of "
         f"the build bench, {len(qs)} questions; HNSW M={config.search.hnsw_m}, "
         f"efConstruction={config.search.hnsw_ef_construction})")
    _say(f"  {'index':10} {'efSearch':>8} {'recall@10':>9} {'p50 ms':>7} {'p95 ms':>7}")
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
                 "p95_ms": 1000 * _pct(lat, 0.95), "build_s": build_s}
            out[f"hnsw-{storage}@{ef}"] = r
            mark = " (configured)" if (storage == configured
                                       and ef == config.search.hnsw_ef_search) else ""
            _say(f"  {'hnsw-' + storage:10} {ef:8} {r['recall10']:9.3f} {r['p50_ms']:7.2f} "
                 f"{r['p95_ms']:7.2f}{mark}")
    return out


# --- 4. scale (each size in its own process) ------------------------------------------------

def bench_scale(config: Config, sizes: Sequence[int], quick: bool) -> dict[str, Any]:
    out = {}
    _say("\n4. Scale (synthetic articles from real sentences; quotes off; warm questions)")
    _say(f"  {'passages':>9} {'index':>7} {'build s':>8} {'disk MB':>8} {'p50 ms':>7} "
         f"{'p95 ms':>7} {'recall@10':>9} {'vec p50':>8} {'kw p50':>7} {'RSS MB':>7}")
    for n in sizes:
        cmd = [sys.executable, "-m", "index.evaluation.bench", "--worker", str(n)]
        if quick:
            cmd.append("--quick")
        got = subprocess.run(cmd, capture_output=True, text=True, env=os.environ)
        if got.returncode != 0:
            _say(f"  {n:>9} failed: {got.stderr[-2000:]}")
            continue
        r = json.loads(got.stdout.strip().splitlines()[-1])
        out[str(n)] = r
        _say(f"  {r['passages']:>9} {r['layout']:>7} {r['build_s']:8.1f} "
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

    config = load_config()
    root = _scale_root(n, quick)
    shutil.rmtree(root, ignore_errors=True)
    pool = sentence_pool(real_articles(quick))
    emb = CachedEmbedder(load_embedder(config.embedding), pool, OUT / "vectors")
    articles = synthetic(pool, n)
    t = time.perf_counter()
    report = apply(root, config, lambda: emb, add=articles, quiet=True)
    result = {"build_s": time.perf_counter() - t, "timings": report.timings,
              "build_rss_mb": _peak_rss_mb()}
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
        got = subprocess.run([sys.executable, "-m", "index.evaluation.bench", "--build-worker",
                              str(n), *(["--quick"] if quick else [])],
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
    rss = _peak_rss_mb()  # before recall's matrix
    recall = vector_recall(engine, [engine.embedder.embed_query(q) for q in qs[:200]])
    return {"passages": engine.stats()["counts"]["passages"], "layout": engine.manifest[
        "vectors"], "build_s": build["build_s"], "build_stages": build["timings"],
        "build_rss_mb": build["build_rss_mb"], "disk_mb": _dir_size(root) / 1e6,
        "p50_ms": 1000 * statistics.median(lat), "p95_ms": 1000 * _pct(lat, 0.95),
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
            _say(f"  cold start failed: {got.stderr[-1000:]}")
            return {}
        runs.append(wall)
    r = {"passages": n, "seconds": statistics.median(runs), "runs": runs}
    _say(f"\n5. Cold start at {n} passages: {r['seconds']:.2f}s from process start to the "
         f"first answer (median of 3: {', '.join(f'{x:.2f}' for x in runs)})")
    return r


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m index.evaluation.bench")
    p.add_argument("--quick", action="store_true", help="small versions, under two minutes")
    p.add_argument("--only", choices=("backends", "build", "ann", "scale", "cold"),
                   action="append")
    p.add_argument("--sizes", default=None, help="comma-separated passage counts")
    p.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    p.add_argument("--build-worker", type=int, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if args.build_worker:
        print(json.dumps(build_worker(args.build_worker, args.quick)))
        return 0
    if args.worker:
        print(json.dumps(scale_worker(args.worker, args.quick)))
        return 0
    if not (SHARED / "corpus").exists():
        _say(f"skipped: {SHARED} is absent (the benchmark needs ../shared/corpus)")
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
    _say(f"\nwrote {OUT / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

