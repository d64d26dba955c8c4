"""What the benchmarks share: the articles they index (real ones from ../shared, synthetic
ones mixed from real sentences), questions, an embedder cache, and the measuring helpers."""

from __future__ import annotations

import json
import random
import resource
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..embedding.models import Embedder
from ..ingest.load import load_paths, make_article
from ..ingest.split import sentence_spans
from ..types import Article

OUT = Path("var/bench")
SHARED = Path("../shared")
BACKENDS = ("torch", "onnx", "onnx-int8", "openvino")


def pct(xs: Sequence[float], q: float) -> float:
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


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def peak_rss_mb() -> float:
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


def say(*parts: Any) -> None:
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
            say(f"  embedded the {len(pool)} pool sentences once in "
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


