"""Building, incremental updates, removal and the checks made when an index is loaded."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from index.build import apply, build_paths
from index.config import Config, parse_config
from index.engine import Engine
from index.errors import IndexMismatch, IndexMissing
from index.search.ranker import Ranker
from index.storage import generations
from index.storage.store import Store
from tests.conftest import SEEDS
from tests.support.fakes import HashEmbedder


def build(paths, config: Config, fake: HashEmbedder):  # type: ignore[no-untyped-def]
    return build_paths(paths, config.index.dir, config, lambda: fake, quiet=True)


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    p = folder / name
    p.write_text(text, encoding="utf-8")
    return p


STORY_A = "Alpha officials met in Geneva. They discussed missiles and drills.\n"
STORY_B = "Beta ministers spoke in Vienna. The talks were about sanctions.\n"


def test_build_publishes_a_consistent_generation(config: Config, fake: HashEmbedder) -> None:
    report = build([SEEDS], config, fake)
    assert report.added and not report.problems
    gen = generations.require(config.index.dir)
    manifest = json.loads((gen / "manifest.json").read_text())
    assert manifest["format"] == generations.FORMAT
    assert manifest["model"] == "all-MiniLM-L6-v2" and manifest["dim"] == fake.dim
    store = Store(gen / "meta.sqlite")
    assert store.counts() == manifest["counts"]
    assert manifest["counts"]["articles"] == 1 and manifest["counts"]["passages"] > 5
    engine = Engine(config.index.dir, config, fake, Ranker.uncalibrated())
    assert engine.stats()["counts"]["passages"] == manifest["counts"]["passages"]
    assert "Indexed 1 articles" in report.summary()


def test_rebuilding_the_same_files_is_a_no_op(config: Config, fake: HashEmbedder) -> None:
    build([SEEDS], config, fake)
    embedded = fake.texts
    report = build([SEEDS], config, fake)
    assert report.added == [] and len(report.unchanged) == 1
    assert fake.texts == embedded, "nothing re-embedded"
    assert report.counts["articles"] == 1


def test_only_new_and_changed_files_are_embedded(tmp_path: Path, config: Config,
                                                 fake: HashEmbedder) -> None:
    folder = tmp_path / "news"
    write(folder, "a.txt", STORY_A)
    write(folder, "b.txt", STORY_B)
    build([folder], config, fake)
    before = fake.texts
    write(folder, "a.txt", STORY_A.replace("Geneva", "Brussels"))  # changed
    write(folder, "c.txt", "Gamma leaders called for calm. Nobody listened.\n")  # new
    report = build([folder], config, fake)
    assert len(report.added) == 2 and len(report.replaced) == 1 and len(report.unchanged) == 1
    assert fake.texts - before == 2 * 2, "two articles of 2 sentences; passages reuse them"
    assert report.counts["articles"] == 3
    engine = Engine(config.index.dir, config, fake, Ranker.uncalibrated())
    texts = [engine.article(i).text for i in engine.store.article_ids()]  # type: ignore[union-attr]
    assert not any("Geneva" in t for t in texts), "the old version is gone everywhere"


def test_same_article_twice_is_indexed_once(tmp_path: Path, config: Config,
                                            fake: HashEmbedder) -> None:
    write(tmp_path / "x", "a.txt", STORY_A)
    write(tmp_path / "y", "copy.txt", STORY_A)
    report = build([tmp_path / "x", tmp_path / "y"], config, fake)
    assert report.counts["articles"] == 1 and len(report.unchanged) == 1


def test_remove_deletes_everywhere(tmp_path: Path, config: Config, fake: HashEmbedder) -> None:
    write(tmp_path, "a.txt", STORY_A)
    write(tmp_path, "b.txt", STORY_B)
    build([tmp_path], config, fake)
    engine = Engine(config.index.dir, config, fake, Ranker.uncalibrated())
    victim = next(i for i in engine.store.article_ids()
                  if "Alpha" in engine.article(i).text)  # type: ignore[union-attr]
    report = apply(config.index.dir, config, lambda: fake, remove=[victim], quiet=True)
    assert report.removed == [victim] and report.counts["articles"] == 1
    engine.reload()
    assert victim not in engine.store.article_ids()
    assert len(engine.searcher.vectors) == len(engine.searcher.keyword) == report.counts["passages"]
    hits = engine.searcher.retrieve("Alpha Geneva missiles", fake.embed_query("Alpha Geneva")).hits
    assert all(h.article_id != victim for h in hits)


def test_bad_files_are_skipped_and_reported(tmp_path: Path, config: Config,
                                            fake: HashEmbedder) -> None:
    write(tmp_path, "a.txt", STORY_A)
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00garbage")
    write(tmp_path, "junk.txt", "Advertisement\n\nSubscribe to our newsletter today.\n")
    report = build([tmp_path], config, fake)
    assert report.counts["articles"] == 1
    assert sorted(Path(p.where).name for p in report.problems) == ["bad.txt", "junk.txt"]


def test_load_refuses_missing_and_mismatched_indexes(tmp_path: Path, config: Config,
                                                     fake: HashEmbedder) -> None:
    with pytest.raises(IndexMissing, match="python -m index build"):
        Engine(tmp_path / "nothing", config, fake)
    build([SEEDS], config, fake)
    other = parse_config({"index": {"dir": config.index.dir},
                          "embedding": {"model": "/models/other"}})
    with pytest.raises(IndexMismatch, match="--rebuild"):
        Engine(config.index.dir, other, fake)
    gen = generations.require(config.index.dir)
    manifest = json.loads((gen / "manifest.json").read_text())
    manifest["counts"]["passages"] += 1  # as if FAISS and SQLite had drifted apart
    (gen / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(IndexMismatch, match="inconsistent"):
        Engine(config.index.dir, config, fake)
    manifest["format"] = "whosaid-index/0"
    (gen / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(IndexMismatch, match="format"):
        Engine(config.index.dir, config, fake)


def test_model_change_needs_rebuild_and_rebuild_reembeds(tmp_path: Path, config: Config,
                                                         fake: HashEmbedder) -> None:
    build([SEEDS], config, fake)
    other = parse_config({"index": {"dir": config.index.dir}, "embedding": {"model": "/m/x"}})
    with pytest.raises(IndexMismatch, match="--rebuild"):
        build([SEEDS], other, fake)
    before = fake.texts
    report = build_paths([], config.index.dir, config, lambda: fake, rebuild=True, quiet=True)
    assert report.counts["articles"] == 1 and fake.texts > before


def test_old_generations_are_pruned(config: Config, fake: HashEmbedder, tmp_path: Path) -> None:
    for n in range(4):
        write(tmp_path, f"s{n}.txt", f"Story number {n} happened. It was news {n}.\n")
        build([tmp_path], config, fake)
    gens = sorted(p.name for p in Path(config.index.dir).glob("g-*"))
    assert len(gens) == config.index.keep_generations
    assert (Path(config.index.dir) / "CURRENT").read_text().strip() == gens[-1]


def test_failed_build_leaves_previous_index(config: Config, tmp_path: Path) -> None:
    class Boom(HashEmbedder):
        def embed(self, texts):  # type: ignore[no-untyped-def]
            raise RuntimeError("out of memory, say")

    good = HashEmbedder()
    build([SEEDS], config, good)
    before = generations.require(config.index.dir)
    write(tmp_path / "more", "x.txt", STORY_B)
    with pytest.raises(RuntimeError):
        build_paths([tmp_path / "more"], config.index.dir, config, Boom, quiet=True)
    assert generations.require(config.index.dir) == before
    assert not list(Path(config.index.dir).glob(".building-*"))
    assert Engine(config.index.dir, config, good).stats()["counts"]["articles"] == 1
    shutil.rmtree(tmp_path / "more")


def test_an_older_format_is_migrated_by_the_next_build(config: Config, fake: HashEmbedder,
                                                       ) -> None:
    import sqlite3

    build([SEEDS], config, fake)
    gen = generations.require(config.index.dir)
    manifest = json.loads((gen / "manifest.json").read_text())
    manifest["format"] = "whosaid-index/2"
    (gen / "manifest.json").write_text(json.dumps(manifest))
    with sqlite3.connect(gen / "meta.sqlite") as db:  # as the previous schema had it
        db.execute("ALTER TABLE sentences DROP COLUMN stems")
    with pytest.raises(IndexMismatch, match="--rebuild"):
        Engine(config.index.dir, config, fake)
    report = build_paths([], config.index.dir, config, lambda: fake, quiet=True)
    assert report.counts["articles"] == 1 and report.added
    answer = Engine(config.index.dir, config, fake).ask(
        "How many troops has Russia massed near Ukraine?")
    assert "100,000" in answer.sentences[0].text
