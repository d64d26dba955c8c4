"""Who said what about the subject of a story: the people quoted in an article whose
headline and lead are on the topic count as speaking on it, after those whose own words
name it; no one is listed for a topic no article is about. Own snippets, real model."""

from __future__ import annotations

import pytest

from index.config import load_config
from index.engine import Engine
from tests.conftest import ROOT

pytestmark = pytest.mark.model

STRIKE = "\n\n".join([
    "Halifax bus strike enters third day",
    "HALIFAX — Buses stayed in their garages for a third day on Wednesday as talks between "
    "the city and its transit workers stalled.",
    '"We gave the city every chance to settle," said Dana Whitlock, president of the transit '
    'union local. "Nobody on our side wants this to drag on."',
    'Mayor Pierre Lanctot said the city\'s offer was fair. "Our door is open," he said.',
    '"I walked forty minutes to work today," said Aisha Rahman, a nurse at the general '
    "hospital.",
    '"The strike has cost downtown shops a third of their sales," said Omar Fadel, who runs '
    "a café near the terminal.",
]) + "\n"

LIBRARY = "\n\n".join([
    "New library opens in Dartmouth",
    "DARTMOUTH — A new public library opened its doors on Saturday after two years of "
    "construction.",
    '"Children can finally read close to home," said Marie Chen, the branch\'s head librarian.',
]) + "\n"


PROFILE = "\n\n".join([
    "Union leader steps into the spotlight",
    "HALIFAX — Dana Whitlock has led the transit union local since 2019.",
    '"Dana Whitlock is the toughest negotiator I have ever faced," said Gerald Mbeki, the '
    "city's chief negotiator.",
    '"I never wanted this job, but I am Dana Whitlock and I do not back down," Whitlock said.',
]) + "\n"


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory, real_embedder) -> Engine:  # type: ignore[no-untyped-def]
    from index.build import build_paths, configured_stages

    src = tmp_path_factory.mktemp("stories")
    (src / "strike.txt").write_text(STRIKE, encoding="utf-8")
    (src / "library.txt").write_text(LIBRARY, encoding="utf-8")
    (src / "profile.txt").write_text(PROFILE, encoding="utf-8")
    root = tmp_path_factory.mktemp("topical-index") / "index"
    cfg = load_config(ROOT / "config.toml")
    stages = configured_stages(cfg, embedder=lambda: real_embedder)
    build_paths([src], root, cfg, stages.embedder, quotes=stages.quotes, quiet=True)
    return Engine(root, cfg, real_embedder)


def test_everyone_quoted_in_a_story_about_the_topic(engine: Engine) -> None:
    answer = engine.ask("Who said what about the bus strike?")
    assert not answer.abstained
    speakers = list(dict.fromkeys(s.speaker for s in answer.sentences))
    assert {"Dana Whitlock", "Aisha Rahman", "Omar Fadel"} <= set(speakers)
    assert "Marie Chen" not in speakers
    assert speakers[0] == "Omar Fadel"  # the one whose own words name the strike
    assert [src.title for src in answer.sources] == ["Halifax bus strike enters third day"]
    for s in answer.sentences:
        assert engine.article(s.article_id).text[s.start:s.end] == s.text  # type: ignore[union-attr]


def test_a_story_about_something_else_lends_no_speakers(engine: Engine) -> None:
    library = engine.ask("Who said what about the library?")
    assert {s.speaker for s in library.sentences} == {"Marie Chen"}
    assert engine.ask("Who said what about the weather?").abstained


def test_what_a_person_said_about_the_subject_of_their_story(engine: Engine) -> None:
    answer = engine.ask("What did Dana Whitlock say about the strike?")
    assert not answer.abstained and answer.speaker == "Dana Whitlock"
    assert "We gave the city every chance to settle" in answer.sentences[0].text
    assert engine.ask("What did Marie Chen say about the strike?").abstained


def test_about_a_person_what_others_said_comes_first(engine: Engine) -> None:
    answer = engine.ask("Who said what about Dana Whitlock?")
    speakers = list(dict.fromkeys(s.speaker for s in answer.sentences))
    assert speakers[0] == "Gerald Mbeki"
    assert "Dana Whitlock" in speakers  # her own words still, after the others'
