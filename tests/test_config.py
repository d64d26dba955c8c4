"""config.toml is strict: unknown keys and wrong types are errors that name the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.config import Config, load_config, parse_config
from index.errors import ConfigError
from tests.conftest import ROOT


def test_project_config_loads() -> None:
    cfg = load_config(ROOT / "config.toml")
    assert cfg.embedding.model == "all-MiniLM-L6-v2"
    assert cfg.passages.sentences >= 1


def test_defaults_without_file() -> None:
    assert parse_config({}) == Config()


@pytest.mark.parametrize("data, message", [
    ({"index": {"dirr": "x"}}, "unknown key index.dirr"),
    ({"indexx": {}}, "unknown section [indexx]"),
    ({"passages": {"sentences": "3"}}, "passages.sentences = '3' has the wrong type"),
    ({"answer": {"max_sentences": True}}, "answer.max_sentences"),
    ({"passages": {"sentences": 2, "overlap": 2}}, "passages.overlap"),
    ({"embedding": {"backend": "cuda"}}, "embedding.backend"),
    ({"search": {"ann": "ivf"}}, "search.ann"),
    ({"search": "fast"}, "[search] must be a table"),
])
def test_bad_config_names_the_key(data: dict, message: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse_config(data)


def test_foreign_bot_section_is_left_to_its_owner() -> None:
    cfg = parse_config({"bot": {"admins": [1]}})
    assert cfg.section("bot") == {"admins": [1]}


def test_float_accepts_int_and_toml_errors_are_clear(tmp_path: Path) -> None:
    assert parse_config({"answer": {"min_score": 1}}).answer.min_score == 1
    bad = tmp_path / "c.toml"
    bad.write_text("[index\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(bad)
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(tmp_path / "missing.toml")
