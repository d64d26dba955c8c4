"""Fit the "says something" model on hand-labelled quote sentences: `make fit-substance`.

eval/quote_substance.jsonl holds 240 sentences from quotes the extractor found in
../shared/corpus (press conferences, readouts) and in PolNeAR train articles outside the
real-news gold, each marked informative (a claim, a position, a number, a commitment) or
not (a question, a greeting, thanks, filler, a fragment that says nothing alone). Half
of them, by a hash of where they are, are held out: the fit never sees them, and the
numbers printed for them are the ones to quote, beside a model of the sentence's shape
alone (without its embedding). Writes index/qa/substance.json.
"""

from __future__ import annotations

import hashlib
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict

from ..config import load_config
from ..embedding.factory import load_embedder
from ..embedding.models import Embedder
from ..ingest.load import load_paths, make_article
from ..qa.substance import MODEL_PATH, SHAPE, load, shape
from .common import SHARED, need_shared

LABELS = Path("eval/quote_substance.jsonl")


def held_out(row: dict[str, Any]) -> bool:
    key = f"{row['doc']}:{row['start']}".encode()
    return hashlib.sha256(key).digest()[0] % 2 == 1


def labelled() -> list[tuple[str, bool, bool]]:
    """(sentence, informative, held out) for every label whose text is still there."""
    rows = [json.loads(x) for x in LABELS.read_text(encoding="utf-8").splitlines() if x.strip()]
    corpus = {Path(a.path or "").name: a.text
              for a in load_paths([SHARED / "corpus"]).articles}
    wanted = {r["doc"][len("polnear/"):] for r in rows if r["doc"].startswith("polnear/")}
    polnear: dict[str, str] = {}
    with open(SHARED / "eval/polnear/train.jsonl", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row["id"] in wanted:
                polnear[row["id"]] = make_article({"id": row["id"], "title": row["title"]},
                                                  row["text"], where=row["id"], path=None,
                                                  default_title=row["id"]).text
    out = []
    for r in rows:
        kind, _, name = r["doc"].partition("/")
        text = (corpus if kind == "corpus" else polnear).get(name, "")[r["start"]:r["end"]]
        if hashlib.sha1(text.encode()).hexdigest()[:10] != r["sha1"]:
            continue  # the shared text changed under the label
        out.append((text, bool(r["informative"]), held_out(r)))
    return out


def _matrix(texts: list[str], vectors: np.ndarray) -> np.ndarray:
    return np.hstack([vectors, np.array([shape(t) for t in texts])])


def measure(p: np.ndarray, labels: list[bool], cut: float) -> dict[str, float]:
    y = np.array(labels)
    said = p >= cut
    nothing = ~y
    auc_pairs = [(a > b) + 0.5 * (a == b) for a in p[y] for b in p[nothing]]
    return {
        "accuracy": float(np.mean(said == y)),
        "informative_kept": float(np.mean(said[y])) if y.any() else 0.0,
        "empty_dropped": float(np.mean(~said[nothing])) if nothing.any() else 0.0,
        "auc": float(np.mean(auc_pairs)) if auc_pairs else 0.0,
    }


def substance_section(embedder: Embedder) -> dict[str, Any]:
    """The shipped model on the held-out labels (for `make eval`)."""
    if need_shared("corpus") is None or need_shared("eval/polnear") is None:
        return {}
    model = load()
    rows = [(t, y) for t, y, held in labelled() if held]
    vecs = embedder.embed([t for t, _ in rows])
    p = np.array([model.probability(t, v) for (t, _), v in zip(rows, vecs, strict=True)])
    labels = [y for _, y in rows]
    return {"sentences": len(rows), "at_cut": measure(p, labels, model.cut),
            "at_clear": measure(p, labels, model.clear)}


def print_substance(r: dict[str, Any]) -> None:
    if not r:
        return
    print(f"\nDoes a quoted sentence say something? {r['sentences']} held-out labelled sentences")
    for name in ("at_cut", "at_clear"):
        m = r[name]
        print(f"  {name:9} accuracy {m['accuracy']:.3f}  AUC {m['auc']:.3f}  informative kept "
              f"{m['informative_kept']:.3f}  empty ones dropped {m['empty_dropped']:.3f}")


def main() -> int:
    if need_shared("corpus") is None or need_shared("eval/polnear") is None:
        return 0
    config = load_config()
    embedder = load_embedder(config.embedding)
    data = labelled()
    sets = {name: [(t, y) for t, y, h in data if h == held] for name, held in
            (("fit", False), ("held_out", True))}
    x = {k: _matrix([t for t, _ in v], embedder.embed([t for t, _ in v]))
         for k, v in sets.items()}
    y = {k: [lab for _, lab in v] for k, v in sets.items()}
    report = {}
    # C is sklearn's default, not tuned: with 112 sentences any tuning would be noise.
    both = LogisticRegression(C=1.0, max_iter=5000, class_weight="balanced")
    # The two cuts come from cross-validated probabilities on the fit half: below `cut`
    # a sentence is dropped (nine in ten informative ones stay above it); at `clear` and
    # above it surely says something (nine in ten empty ones fall below it).
    cv = cross_val_predict(both, x["fit"], np.array(y["fit"], dtype=int), method="predict_proba",
                           cv=StratifiedKFold(5, shuffle=True, random_state=0))[:, 1]
    grid = [round(c, 2) for c in np.arange(0.2, 0.9, 0.01)]
    cut = max(c for c in grid if measure(cv, y["fit"], c)["informative_kept"] >= 0.9)
    clear = min(c for c in grid if measure(cv, y["fit"], c)["empty_dropped"] >= 0.9)
    both.fit(x["fit"], np.array(y["fit"], dtype=int))
    dim = embedder.dim
    shape_only = LogisticRegression(C=1.0, max_iter=5000, class_weight="balanced")
    shape_only.fit(x["fit"][:, dim:], np.array(y["fit"], dtype=int))
    for k in sets:
        report[k] = measure(both.predict_proba(x[k])[:, 1], y[k], cut)
        report[k + "_clear"] = measure(both.predict_proba(x[k])[:, 1], y[k], clear)
    report["held_out_shape_only"] = measure(
        shape_only.predict_proba(x["held_out"][:, dim:])[:, 1], y["held_out"], cut)
    w = both.coef_[0]
    out = {"model": embedder.model, "shape": list(SHAPE),
           "vector_weights": [round(float(v), 6) for v in w[:dim]],
           "shape_weights": [round(float(v), 6) for v in w[dim:]],
           "bias": round(float(both.intercept_[0]), 6), "cut": cut, "clear": clear,
           "fitted": {
               "at": datetime.now(UTC).isoformat(timespec="seconds"), "data": str(LABELS),
               "backend": config.embedding.backend,
               "fit_sentences": len(sets["fit"]), "held_out_sentences": len(sets["held_out"]),
               **{k: {m: round(v, 4) for m, v in r.items()} for k, r in report.items()}}}
    MODEL_PATH.write_text(json.dumps(out) + "\n", encoding="utf-8")
    for name, r in report.items():
        print(f"{name:22} accuracy {r['accuracy']:.3f}  AUC {r['auc']:.3f}  informative kept "
              f"{r['informative_kept']:.3f}  empty dropped {r['empty_dropped']:.3f}")
    print(f"wrote {MODEL_PATH} ({len(sets['fit'])} fit, {len(sets['held_out'])} held out; "
          f"cut {cut}, clear {clear})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
