"""Speaker-aware answers on seeds/ with the real model: the issue's questions, verbatim."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from index.config import load_config
from index.engine import Engine
from index.qa.followup import next_context
from index.qa.render import to_json
from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def engine(seeds_index: Path, real_embedder) -> Engine:  # type: ignore[no-untyped-def]
    return Engine(seeds_index, load_config(ROOT / "config.toml"), real_embedder)


def _check_slices(engine: Engine, answer) -> None:  # type: ignore[no-untyped-def]
    for s in answer.sentences:
        assert engine.article(s.article_id).text[s.start:s.end] == s.text  # type: ignore[union-attr]


def test_who_said_what_about_nato(engine: Engine) -> None:
    answer = engine.ask("Who said what about NATO?")
    assert answer.intent == "who_said_what" and not answer.abstained
    speakers = [s.speaker for s in answer.sentences]
    assert "Julianne Smith" in speakers and "Dmitry Peskov" in speakers
    assert any("slam NATO’s open-door policy shut" in s.text for s in answer.sentences
               if s.speaker == "Julianne Smith")
    assert all(s.speaker for s in answer.sentences)
    _check_slices(engine, answer)
    # grouped: a speaker's sentences are adjacent
    order = list(dict.fromkeys(speakers))
    assert speakers == sorted(speakers, key=order.index)


def test_what_did_psaki_say_includes_pronoun_attributions(engine: Engine) -> None:
    answer = engine.ask("What did Psaki say?", limit=5)
    assert answer.intent == "speaker_quotes" and answer.speaker == "Jen Psaki"
    assert {s.speaker for s in answer.sentences} == {"Jen Psaki"}
    texts = " ".join(s.text for s in answer.sentences)
    assert "She noted" in texts and "she said" in texts
    topical = engine.ask("What did Jen Psaki say about diplomacy?")
    assert topical.sentences and "diplomacy" in topical.sentences[0].text
    _check_slices(engine, topical)


def test_who_said_content(engine: Engine) -> None:
    answer = engine.ask("Who said it was too early to tell whether the Russians are serious?")
    assert answer.intent == "who_said" and answer.speaker == "Jen Psaki"
    assert "too early to tell" in answer.sentences[0].text


def test_who_is_gives_roles_with_citations(engine: Engine) -> None:
    answer = engine.ask("Who is Julianne Smith?")
    assert answer.intent == "who_is" and answer.note
    assert "U.S. Ambassador" in answer.note and "U.S. envoy to NATO" in answer.note
    assert {s.role for s in answer.sentences} >= {"U.S. Ambassador", "U.S. envoy to NATO"}


def test_unquoted_speaker_and_loose_names(engine: Engine) -> None:
    answer = engine.ask("What did Boris Johnson say?")
    assert answer.abstained and answer.note == "The articles don't quote Boris Johnson."
    loose = engine.ask("what did zelensky say")
    assert loose.speaker == "Volodymyr Zelenskyy" and not loose.abstained
    assert engine.ask("What did Zelenskyy say about cheese?").abstained


def test_follow_ups_carry_speaker_and_topic(engine: Engine) -> None:
    first = engine.ask("What did Smith say about NATO?")
    ctx = next_context(first, None)
    peskov = engine.ask("and Peskov?", ctx)
    assert peskov.speaker == "Dmitry Peskov" and peskov.topic == "NATO"
    listing = engine.ask("What did Psaki say?", limit=1)
    ctx = next_context(listing, None)
    more = engine.ask("what else did she say?", ctx, limit=1)
    assert more.speaker == "Jen Psaki"
    assert more.sentences[0].start != listing.sentences[0].start


def test_general_answers_carry_speakers(engine: Engine) -> None:
    answer = engine.ask("Who led the Russian delegation in Geneva?")
    data = to_json(answer)
    assert data["intent"] == "general"
    assert data["sentences"][0]["speaker"] == "Sergei Ryabkov"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "index", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=240)


def test_quotes_cli_contract() -> None:
    seed = next(SEEDS.glob("*.txt"))
    out = run("quotes", str(seed), "--json")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert all(list(r) == ["text", "start", "end", "kind", "cue", "speaker", "speaker_start",
                           "speaker_end", "speaker_kind"] for r in rows)
    smith = next(r for r in rows if r["text"].startswith("We will not allow"))
    assert (smith["kind"], smith["cue"], smith["speaker"], smith["speaker_kind"]) == (
        "direct", "said", "Julianne Smith", "person")
    assert all(r["speaker_kind"] in ("person", "organisation", "description")
               if r["speaker"] else r["speaker_kind"] is None for r in rows)
    # "“A,” Peskov said. “B.”": one quotation, as one cue attributes both
    peskov = next(r for r in rows if r["text"].startswith("It will become clear"))
    assert peskov["speaker"] == "Dmitry Peskov" and peskov["text"].endswith("endlessly.")
    empty = run("quotes", "-")
    assert empty.returncode == 1 and "empty article" in empty.stderr
    piped = subprocess.run([sys.executable, "-m", "index", "quotes", "-"], cwd=ROOT, text=True,
                           input="“We are ready,” said Minister Anna Berg.\n",
                           capture_output=True, timeout=120)
    (row,) = [json.loads(x) for x in piped.stdout.splitlines()]
    assert row["speaker"] == "Anna Berg" and row["text"] == "We are ready,"
    described = subprocess.run([sys.executable, "-m", "index", "quotes", "-"], cwd=ROOT,
                               text=True, capture_output=True, timeout=120,
                               input="Officials said the bridge would reopen next week.\n")
    (row,) = [json.loads(x) for x in described.stdout.splitlines()]
    assert (row["speaker"], row["speaker_kind"]) == ("Officials", "description")


def test_speakers_cli(seeds_index: Path) -> None:
    out = run("speakers", "--index", str(seeds_index))
    assert out.returncode == 0, out.stderr
    assert "Julianne Smith — U.S. Ambassador; U.S. envoy to NATO" in out.stdout
    lines = out.stdout.splitlines()
    assert int(lines[0].split()[0]) >= int(lines[-1].split()[0]), "most quoted first"
