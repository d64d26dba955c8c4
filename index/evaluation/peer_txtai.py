"""The peer side of `make bench-peer`: txtai on the same data, model and FAISS backend.

Runs only inside var/peer-venv (txtai is not a whosaid dependency) and is never imported
by whosaid. Reads the JSON written by index.evaluation.bench_peer, prints one JSON line of numbers.
"""

from __future__ import annotations

import json
import statistics
import sys
import time


def main(path: str) -> None:
    from txtai import Embeddings

    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    config = {"path": data["model_path"], "content": True, "backend": "faiss"}
    t = time.perf_counter()
    corpus = Embeddings(**config)
    corpus.index([(i, text, None) for i, text in enumerate(data["sentences"])])
    build = time.perf_counter() - t
    for q in data["questions"][:20]:
        corpus.search(q, 5)
    lat = []
    for q in data["questions"]:
        t = time.perf_counter()
        corpus.search(q, 5)
        lat.append(time.perf_counter() - t)
    qamr = Embeddings(**config)
    qamr.index([(i, text, None) for i, text in enumerate(data["qamr_sentences"])])
    hits1 = hits5 = 0
    for question, gold in data["qamr_questions"]:
        ids = [int(r["id"]) for r in qamr.search(question, 5)]
        hits1 += bool(ids) and ids[0] == gold
        hits5 += gold in ids
    n = len(data["qamr_questions"])
    lat.sort()
    print(json.dumps({"build_s": build, "sentences": len(data["sentences"]),
                      "query_p50_ms": 1000 * statistics.median(lat),
                      "query_p95_ms": 1000 * lat[int(0.95 * len(lat))],
                      "R@1": hits1 / n, "R@5": hits5 / n}))


if __name__ == "__main__":
    main(sys.argv[1])
