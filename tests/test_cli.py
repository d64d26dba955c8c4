"""The CLI contract, through real subprocesses: build, ask (text, JSON, batch), stats, remove."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.model


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "index", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=240)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    index = tmp_path_factory.mktemp("cli") / "index"
    out = run("build", str(SEEDS), "--index", str(index), "--quiet")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("Indexed 1 articles,")
    return index


def test_ask_json_contract(built: Path) -> None:
    out = run("ask", "How many troops has Russia massed near Ukraine?", "--index", str(built),
              "--json")
    assert out.returncode == 0, out.stderr
    answer = json.loads(out.stdout)
    assert list(answer) == ["id", "question", "intent", "abstained", "sentences", "sources"]
    assert answer["intent"] == "general" and answer["abstained"] is False
    s = answer["sentences"][0]
    assert list(s) == ["text", "article_id", "start", "end", "score", "citation", "speaker"]
    assert "100,000 troops" in s["text"] and s["citation"] == 1
    assert list(answer["sources"][0]) == ["citation", "article_id", "title", "date", "source",
                                          "url", "also_in"]
    assert answer["sources"][0]["also_in"] == []


def test_ask_text_and_batch(built: Path, tmp_path: Path) -> None:
    out = run("ask", "What is the boiling point of water?", "--index", str(built))
    assert out.returncode == 0 and "The articles don't say." in out.stdout
    batch = tmp_path / "q.jsonl"
    batch.write_text("\n".join([
        json.dumps({"id": "a", "question": "Who led the Russian delegation in Geneva?"}),
        "not json",
        json.dumps({"id": "b", "question": "What is the capital of Australia?"}),
    ]) + "\n")
    out = run("ask", "--batch", str(batch), "--index", str(built))
    assert out.returncode == 0
    lines = [json.loads(x) for x in out.stdout.splitlines()]
    assert [x["id"] for x in lines] == ["a", "b"]
    assert "Ryabkov" in lines[0]["sentences"][0]["text"] and lines[1]["abstained"]
    assert "q.jsonl:2: skipped" in out.stderr


def test_stats_remove_and_errors(built: Path, tmp_path: Path) -> None:
    out = run("stats", "--index", str(built))
    stats = json.loads(out.stdout)
    assert stats["counts"]["articles"] == 1 and stats["model"] == "all-MiniLM-L6-v2"
    out = run("remove", "nope", "--index", str(built))
    assert out.returncode == 1 and "no article nope" in out.stderr
    out = run("ask", "anything", "--index", str(tmp_path / "missing"))
    assert out.returncode == 1 and "python -m index build" in out.stderr
    assert "Traceback" not in out.stderr
    out = run("ask", "--index", str(built))
    assert out.returncode == 2
    # Removing the one article empties the index everywhere.
    out = run("build", str(SEEDS), "--index", str(tmp_path / "own"), "--quiet")
    own = tmp_path / "own"
    article_id = json.loads(run("ask", "troops", "--index", str(own), "--json").stdout
                            )["sentences"][0]["article_id"]
    out = run("remove", article_id, "--index", str(own))
    assert out.returncode == 0 and out.stdout.startswith(f"Removed {article_id}.")
    assert json.loads(run("stats", "--index", str(own)).stdout)["counts"]["passages"] == 0
    assert json.loads(run("ask", "troops", "--index", str(own), "--json").stdout)["abstained"]
