"""Fit the sentence scorer and the abstention threshold on data: `make calibrate`.

Ordering: pairwise logistic regression (gold sentence minus each other candidate) on
QAMR questions from the *fit* half of the articles, asked against an index of all
articles. Confidence: logistic regression on the best candidate's confidence features,
positives being fit-half questions whose article is in a half-size index and negatives
questions whose article is not (a question that index cannot answer). The threshold
maximises balanced accuracy on that same set. Report-half questions are never seen here.
Writes index/search/ranker.json with the data it used and what it measured.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime

import numpy as np
from sklearn.linear_model import LogisticRegression

from ..config import load_config
from ..embedding.factory import load_embedder
from ..search.features import CONFIDENCE, FEATURES, for_confidence
from ..search.ranker import DEFAULT_PATH, Ranker
from . import offtopic, qamr
from .common import engine_for, ensure_index, need_shared, ranked


def in_subset(article_id: str) -> bool:
    """Half of each half goes into the abstention index (stable, by id)."""
    import hashlib

    return hashlib.sha256(("in:" + article_id).encode()).digest()[0] % 2 == 0


def pairwise(rows: list, n_features: int) -> tuple[np.ndarray, np.ndarray]:  # type: ignore[type-arg]
    xs, ys = [], []
    for r in rows:
        gold = [h for h in r.hits if r.question.matches(h.article_id, h.start, h.end)]
        if not gold:
            continue
        g = np.array(gold[0].features)
        for h in r.hits:
            if h is gold[0] or r.question.matches(h.article_id, h.start, h.end):
                continue
            d = g - np.array(h.features)
            xs += [d, -d]
            ys += [1, 0]
    return np.array(xs).reshape(-1, n_features), np.array(ys)


def recall_at(rows: list, k: int) -> float:  # type: ignore[type-arg]
    ranks = [r.rank() for r in rows]
    return sum(1 for x in ranks if x is not None and x < k) / max(1, len(rows))


def best_threshold(scores: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """The cut that maximises balanced accuracy: (threshold, balanced accuracy)."""
    best = (0.5, 0.0)
    for t in np.unique(scores):
        tpr = float(np.mean(scores[labels == 1] >= t))
        tnr = float(np.mean(scores[labels == 0] < t))
        acc = (tpr + tnr) / 2
        if acc > best[1]:
            best = (float(t), acc)
    return best


def main() -> int:
    root = need_shared("eval/qamr")
    if root is None:
        return 0
    config = load_config()
    embedder = load_embedder(config.embedding)
    articles, questions = qamr.load(root)
    fit_qs = qamr.sample(questions, "fit", 2500)
    print(f"fitting the order on {len(fit_qs)} fit-half questions …", file=sys.stderr)
    full = ensure_index("qamr-all", articles, config, embedder)
    rows = ranked(engine_for(full, config, embedder, Ranker.uncalibrated()), fit_qs)
    x, y = pairwise(rows, len(FEATURES))
    order = LogisticRegression(C=1.0, fit_intercept=False, max_iter=5000).fit(x, y).coef_[0]
    ranker = Ranker(tuple(float(w) for w in order), tuple(0.0 for _ in CONFIDENCE), 0.0, 0.5)
    rows = ranked(engine_for(full, config, embedder, ranker), fit_qs)
    fit_r1, fit_r5 = recall_at(rows, 1), recall_at(rows, 5)

    print("fitting confidence and threshold …", file=sys.stderr)
    fit_articles = [a for a in articles if qamr.half(a.id[5:]) == "fit"]
    inside = [a for a in fit_articles if in_subset(a.id)]
    inside_ids = {a.id for a in inside}
    half_index = ensure_index("qamr-fit-in", inside, config, embedder)
    conf_qs = qamr.sample(questions, "fit", 1600, seed=29)
    rows = ranked(engine_for(half_index, config, embedder, ranker), conf_qs)
    feats, labels = [], []
    for r in rows:
        if r.hits:
            feats.append(for_confidence(r.hits[0].features))
        else:
            feats.append(tuple(0.0 for _ in CONFIDENCE))
        labels.append(1 if r.question.article_id in inside_ids else 0)
    # The fit half of the off-topic questions, asked of seeds/ + corpus, are negatives
    # too: questions about other things, in the domain the bot serves.
    engine = offtopic.corpus_engine(config, embedder, ranker)
    off_qs = offtopic.questions("fit") if engine else []
    for hits in offtopic.best_hits(engine, off_qs) if engine else []:
        feats.append(for_confidence(hits.features) if hits else tuple(0.0 for _ in CONFIDENCE))
        labels.append(0)
    xf, yl = np.array(feats), np.array(labels)
    conf = LogisticRegression(C=1.0, max_iter=5000, class_weight="balanced").fit(xf, yl)
    probs = conf.predict_proba(xf)[:, 1]
    threshold, bal_acc = best_threshold(probs, yl)
    scored = Ranker(ranker.order_weights, tuple(float(w) for w in conf.coef_[0]),
                    float(conf.intercept_[0]), threshold)
    # Near misses start just above the best sentence of the most answerable-looking
    # off-topic question (fit half) that is declined: no such question is ever offered
    # sentences as "close". (One that is answered is a wrong answer, and `make eval`
    # counts it as one.)
    engine = offtopic.corpus_engine(config, embedder, scored)
    off = offtopic.best_confidences(engine, off_qs) if engine else []
    near = min(threshold, max((c for c in off if c < threshold), default=threshold) + 0.01)

    out = {
        "features": list(FEATURES),
        "confidence": list(CONFIDENCE),
        "order_weights": [round(float(w), 6) for w in order],
        "confidence_weights": [round(float(w), 6) for w in conf.coef_[0]],
        "confidence_bias": round(float(conf.intercept_[0]), 6),
        "threshold": round(threshold, 6),
        "near_threshold": round(near, 6),
        "fitted": {
            "at": datetime.now(UTC).isoformat(timespec="seconds"),
            "data": "QAMR dev (Wikinews), fit half of the articles, questions of 6+ tokens",
            "order_questions": len(fit_qs),
            "confidence_questions": len(conf_qs),
            "confidence_offtopic_negatives": len(off_qs),
            "confidence_positives": int(yl.sum()),
            "fit_r1": round(fit_r1, 4),
            "fit_r5": round(fit_r5, 4),
            "fit_balanced_accuracy": round(bal_acc, 4),
            "near_misses_from": "just above the best declined off-topic question of the fit "
                                "half of eval/offtopic_questions.jsonl on seeds/ + corpus",
            "passages": {"sentences": config.passages.sentences,
                         "overlap": config.passages.overlap},
            "model": embedder.model,
            "backend": config.embedding.backend,
            "passage_vectors": "mean of sentence vectors",
        },
    }
    DEFAULT_PATH.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {DEFAULT_PATH}: fit R@1 {fit_r1:.3f} R@5 {fit_r5:.3f}, "
          f"abstention balanced accuracy {bal_acc:.3f} at threshold {threshold:.3f}; near "
          f"misses from {near:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
