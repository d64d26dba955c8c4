"""Shared fixtures: paths, configs, the fake embedder, and a real-model seeds index."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")
os.environ.setdefault("no_proxy", "127.0.0.1,localhost")

from index.config import Config, parse_config
from tests.support.fakes import HashEmbedder

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"


def shared_or_skip(sub: str) -> Path:
    path = SHARED / sub
    if not path.exists():
        pytest.skip(f"{path} is absent: this test needs the shared/ folder beside the repo")
    return path


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return parse_config({"index": {"dir": str(tmp_path / "index")}, "quotes": {"enabled": False}})


@pytest.fixture
def fake() -> HashEmbedder:
    return HashEmbedder()


@pytest.fixture(scope="session")
def real_embedder():  # type: ignore[no-untyped-def]
    from index.embedding.factory import load_embedder

    return load_embedder(Config().embedding)


@pytest.fixture(scope="session")
def seeds_index(tmp_path_factory: pytest.TempPathFactory, real_embedder) -> Path:  # type: ignore[no-untyped-def]
    """seeds/ indexed once per session with the real model (and quotes when available)."""
    from index.build import build_paths, configured_stages
    from index.config import load_config

    root = tmp_path_factory.mktemp("seeds-index") / "index"
    cfg = load_config(ROOT / "config.toml")
    stages = configured_stages(cfg, embedder=lambda: real_embedder)
    build_paths([SEEDS], root, cfg, stages.embedder, quotes=stages.quotes, quiet=True)
    return root


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory: pytest.TempPathFactory, real_embedder) -> Path:  # type: ignore[no-untyped-def]
    """seeds/ and ../shared/corpus indexed once per session with the real model and quotes
    (skips without ../shared)."""
    from index.build import build_paths, configured_stages
    from index.config import load_config

    corpus = shared_or_skip("corpus")
    root = tmp_path_factory.mktemp("corpus-index") / "index"
    cfg = load_config(ROOT / "config.toml")
    stages = configured_stages(cfg, embedder=lambda: real_embedder)
    build_paths([SEEDS, corpus], root, cfg, stages.embedder, quotes=stages.quotes, quiet=True)
    return root


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    dst = tmp_path / "seeds"
    shutil.copytree(SEEDS, dst)
    return dst
