"""`make bench-news`: live news, measured (needs ../shared/corpus for its texts).

1. Poll to answerable: a story published on a local news site, one poll, and the time
   until "What did X say?" answers with the new quote (p50/p95 over the runs).
2. Ingestion while answering: a batch of stories polled in a worker thread while questions
   are asked one after another; articles/s, and question latency during the ingestion
   against idle, in the same run.
3. Syndicated copies on constructed pairs: every corpus document against edited copies of
   itself (headline and byline, dateline, trimmed ending, an edited paragraph), against
   every other corpus document (most are about the same talks) and against itself updated
   with new paragraphs (must stay indexed): precision and recall at [news] dedup_threshold.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import replace
from itertools import combinations
from pathlib import Path
from typing import Any

from ..config import FeedConfig, FetchConfig, load_config
from ..engine import Engine
from ..ingest.dedup import CopyFinder, signature
from ..ingest.load import load_paths
from ..news.watch import Watcher
from ..storage.state import State
from .bench_data import OUT, SHARED, pct, say
from .newssite import item, news_site


def _stories() -> list[tuple[str, list[str]]]:
    docs = load_paths([SHARED / "corpus"]).articles
    out = []
    for d in docs:
        paragraphs = [p.strip() for p in d.text.split("\n\n") if len(p.split()) > 8]
        if len(paragraphs) >= 3:
            out.append((d.title, paragraphs[:12]))
    return out


def _engine(tmp: Path, base: str, config: Any) -> tuple[Engine, Watcher]:
    from ..build import apply, configured_stages

    cfg = replace(config, index=replace(config.index, dir=str(tmp / "index")),
                  feeds=(FeedConfig(base + "/feed.xml"),),
                  fetch=FetchConfig(allow_hosts=("127.0.0.1",), host_delay=0.0))
    seed = load_paths([cfg.index.seeds]).articles
    stages = configured_stages(cfg)
    apply(cfg.index.dir, cfg, stages.embedder, add=seed, quotes=stages.quotes, quiet=True)
    engine = Engine(cfg.index.dir, cfg)
    engine.ask("warm up")
    return engine, Watcher(cfg, State(cfg.index.dir), engine.add_articles)


def poll_to_answer(runs: int) -> dict[str, Any]:
    config = load_config()
    stories = _stories()
    seconds = []
    with news_site() as site, tempfile.TemporaryDirectory() as tmp:
        engine, watcher = _engine(Path(tmp), site.base, config)
        firsts = ["Marta", "Jonas", "Ines", "Tomas", "Lena"]
        lasts = ["Kowalska", "Brandt", "Okafor", "Lindqvist", "Moreau", "Haddad"]
        for n in range(runs):
            name = f"{firsts[n % len(firsts)]} {lasts[n % len(lasts)]}"
            title, paragraphs = stories[n % len(stories)]
            site.publish(item(f"s{n}", f"{title} ({n})", f"{name} spoke on Monday.",
                              f"“We will keep talking,” {name.split()[-1]} said.",
                              *paragraphs[:4]))
            t = time.perf_counter()
            watcher.poll(force=True)
            answer = engine.ask(f"What did {name} say?")
            assert any("keep talking" in s.text for s in answer.sentences), answer
            seconds.append(time.perf_counter() - t)
    r = {"runs": runs, "p50_s": statistics.median(seconds), "p95_s": pct(seconds, 0.95)}
    say(f"\n1. Poll to answerable ({runs} stories, one per poll): p50 {r['p50_s']:.2f}s, "
        f"p95 {r['p95_s']:.2f}s")
    return r


def ingest_while_answering(batch: int) -> dict[str, Any]:
    config = load_config()
    stories = _stories()
    questions = ["Who said what about NATO?", "How many troops has Russia massed?",
                 "What did Peskov say?", "What did Psaki say about diplomacy?"]
    with news_site() as site, tempfile.TemporaryDirectory() as tmp:
        engine, watcher = _engine(Path(tmp), site.base, config)

        def ask_for(seconds: float) -> list[float]:
            out: list[float] = []
            end = time.perf_counter() + seconds
            while time.perf_counter() < end:
                t = time.perf_counter()
                engine.ask(questions[len(out) % len(questions)])
                out.append(time.perf_counter() - t)
            return out

        idle = ask_for(5.0)
        for n in range(batch):
            title, paragraphs = stories[n % len(stories)]
            site.publish(item(f"b{n}", f"{title} [{n}]", *paragraphs))
        done = threading.Event()
        took: list[float] = []

        def poll() -> None:
            t = time.perf_counter()
            report = watcher.poll(force=True)
            took.append(time.perf_counter() - t)
            took.append(len(report.added) + report.copies)
            done.set()

        worker = threading.Thread(target=poll)
        worker.start()
        busy: list[float] = []
        while not done.is_set():
            t = time.perf_counter()
            engine.ask(questions[len(busy) % len(questions)])
            busy.append(time.perf_counter() - t)
        worker.join()
    r = {"articles": int(took[1]), "seconds": took[0], "articles_per_s": took[1] / took[0],
         "idle_p50_ms": 1000 * statistics.median(idle), "idle_p95_ms": 1000 * pct(idle, 0.95),
         "busy_p50_ms": 1000 * statistics.median(busy), "busy_p95_ms": 1000 * pct(busy, 0.95),
         "questions_during": len(busy)}
    say(f"\n2. Ingesting {r['articles']} articles in {r['seconds']:.1f}s "
        f"({r['articles_per_s']:.1f} articles/s, with quotes) while answering "
        f"{r['questions_during']} questions:\n   question p50/p95 {r['busy_p50_ms']:.1f} / "
        f"{r['busy_p95_ms']:.1f} ms during ingestion, {r['idle_p50_ms']:.1f} / "
        f"{r['idle_p95_ms']:.1f} ms idle (same run)")
    return r


def dedup_pairs() -> dict[str, Any]:
    threshold = load_config().news.dedup_threshold
    docs = [(t, "\n\n".join(p)) for t, p in _stories()]

    def copies(text: str) -> list[str]:
        paragraphs = text.split("\n\n")
        cut = max(2, int(len(paragraphs) * 0.75))
        edited = [paragraphs[0], paragraphs[1][::-1], *paragraphs[2:]]
        return ["By A. Writer, Wire Service\n\n" + text, "KYIV (Wire) — " + text,
                "\n\n".join(paragraphs[:cut]), "\n\n".join(edited)]

    sigs = [signature(text) for _, text in docs]
    tp = fn = fp = 0
    for n, (_, text) in enumerate(docs):
        finder = CopyFinder(threshold)
        finder.add("orig", sigs[n])
        for c in copies(text):
            found = finder.original(signature(c)) == "orig"
            tp += found
            fn += not found
    for a, b in combinations(range(len(docs)), 2):
        finder = CopyFinder(threshold)
        finder.add("a", sigs[a])
        fp += finder.original(sigs[b]) is not None
    updated = 0  # a developing story re-published with new paragraphs must stay indexed
    for n, (_, text) in enumerate(docs):
        finder = CopyFinder(threshold)
        finder.add("orig", sigs[n])
        updated += finder.original(signature(text + "\n\n" + docs[n - 1][1])) is not None
    fp += updated
    negatives = len(docs) * (len(docs) - 1) // 2 + len(docs)
    r = {"threshold": threshold, "positives": tp + fn, "negatives": negatives,
         "precision": tp / max(1, tp + fp), "recall": tp / max(1, tp + fn),
         "false_merges": fp, "updated_stories_merged": updated}
    say(f"\n3. Syndicated copies at threshold {threshold}: {r['positives']} copies of "
        f"{len(docs)} documents; {negatives} pairs that are not copies (different documents, "
        f"and stories updated with new paragraphs): precision {r['precision']:.3f}, recall "
        f"{r['recall']:.3f} ({fp} false merges, {updated} of them updated stories)")
    return r


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not (SHARED / "corpus").exists():
        say(f"skipped: {SHARED} is absent (the benchmark needs ../shared/corpus)")
        return 0
    quick = "--quick" in argv
    result = {"dedup": dedup_pairs(), "poll_to_answer": poll_to_answer(5 if quick else 15),
              "ingest_while_answering": ingest_while_answering(10 if quick else 30)}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "bench-news.json").write_text(json.dumps(result, indent=2))
    say(f"\nwrote {OUT / 'bench-news.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
