"""Speakers across an index (issue 10, problems 3 and 11): people merge across articles on
a full name only, described speakers are nobody's name, and "who said …?" answers with the
best-matching sentence even when no one is named for it. Real spaCy and SQLite; the
deterministic fake embedder."""

from __future__ import annotations

import pytest

from index.build import build_paths, configured_stages
from index.config import Config, parse_config
from index.engine import Engine
from index.qa.speakers import match_speakers
from index.qa.who import _verbatim
from index.search.ranker import Ranker
from index.types import Hit
from tests.support.fakes import HashEmbedder

ARTICLES = {
    "a1": "Doug Pelletier, the mayor of Surrey, spoke on Monday. “We will rebuild the "
          "library,” Pelletier said.",
    "a2": "Ambassador John Pelletier met officials in Ottawa. “Trade with Canada is strong,” "
          "Pelletier said.",
    "a3": "“The city budget is late again,” Pelletier said.",
    "a4": "“The library budget is ready,” said Doug Pelletier, who chairs the council.",
    "a5": "Karen Lindqvist won the seat. “Voters wanted change,” Lindqvist said.",
    "a6": "Patrice Lindqvist lost the seat. “Voters were misled,” Lindqvist said.",
    "a7": "The river would flood the valley by Friday, the forecast warned. Officials said "
          "the dam was safe. Mayor Kim Hale said the river was calm on Monday.",
    "a8": "When asked about the levy, Councillor Ravi Mehta said: “We can fund it, but "
          "households would feel it. We would need a vote first.”",
    "a9": "His spokesman, Leo Brandt, says the poll shows the mayor can still win the vote, "
          "which stood at 12 on Tuesday, according to the Gazette.",
    "a10": "“I think the plan is fine. Let the residents sort the details out,” Mayor Ana "
           "Silva said at a town hall sponsored by the library on Monday evening.",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    root = tmp_path_factory.mktemp("speakers")
    folder = root / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / f"{name}.txt").write_text(f"---\ntitle: {name}\n---\n\n{text}\n")
    config: Config = parse_config({"index": {"dir": str(root / "index")}})
    fake = HashEmbedder()
    stages = configured_stages(config, embedder=lambda: fake)
    build_paths([folder], config.index.dir, config, stages.embedder, quotes=stages.quotes,
                quiet=True)
    return Engine(config.index.dir, config, fake, Ranker.uncalibrated())


def _rows(engine: Engine) -> dict[tuple[str, str], int]:
    return {(sp.name, sp.kind): sp.quotes for sp in engine.store.speakers()}


def test_full_names_merge_across_articles(engine: Engine) -> None:
    rows = _rows(engine)
    assert rows[("Doug Pelletier", "person")] == 2  # a1 and a4: the same full name
    assert rows[("John Pelletier", "person")] == 1  # another first name: never merged


def test_a_bare_surname_joins_no_one_across_articles(engine: Engine) -> None:
    # a3 says only "Pelletier": which one the articles do not say, so it stays apart.
    bare = [sp for sp in engine.store.speakers() if sp.name == "Pelletier"]
    assert len(bare) == 1 and bare[0].quotes == 1
    answer = engine.ask("What did Doug Pelletier say?", limit=5)
    assert answer.speaker == "Doug Pelletier"
    assert all("Trade with Canada" not in s.text and "city budget" not in s.text
               for s in answer.sentences)


def test_different_first_names_never_merge(engine: Engine) -> None:
    rows = _rows(engine)
    assert rows[("Karen Lindqvist", "person")] == 1
    assert rows[("Patrice Lindqvist", "person")] == 1


def test_descriptions_are_speakers_but_not_names(engine: Engine) -> None:
    assert ("Officials", "description") in _rows(engine)
    assert "Officials" not in {sp.name for sp in engine.speakers()}  # `index speakers`
    assert match_speakers(engine.speaker_names(), "Officials") == []  # no one typed it
    answer = engine.ask("Who said the dam was safe?")  # but a sentence shows who spoke
    assert answer.sentences[0].speaker == "Officials"


def test_who_said_cites_the_best_sentence_even_without_a_speaker(engine: Engine) -> None:
    answer = engine.ask("Who said the river would flood the valley by Friday?")
    assert answer.intent == "who_said" and not answer.abstained
    assert "flood the valley" in answer.sentences[0].text
    assert answer.speaker is None and answer.note == "The articles don't say who said that."
    assert all(s.speaker != "Kim Hale" for s in answer.sentences)


def test_index_lists_only_people_and_organisations(engine: Engine) -> None:
    kinds = {sp.kind for sp in engine.speakers()}
    assert kinds <= {"person", "organisation"}
    assert engine.stats()["counts"]["speakers"] == len(
        [sp for sp in engine.store.speakers() if sp.kind != "description"])


def test_who_said_names_whoever_speaks_the_words_asked_about(engine: Engine) -> None:
    # the quotation opens in a sentence that ends inside it: that sentence is Mehta's
    answer = engine.ask("Who said we can fund it but households would feel it?")
    assert "households would feel it" in answer.sentences[0].text
    assert answer.speaker == "Ravi Mehta"
    # "according to the Gazette" reports what Brandt says; Brandt said it
    answer = engine.ask("Who said the poll shows the mayor can still win the vote?")
    assert "still win the vote" in answer.sentences[0].text and answer.speaker == "Leo Brandt"
    # and a sentence that opens inside a quotation is its speaker's
    answer = engine.ask("Who said let the residents sort the details out?")
    assert "sort the details out" in answer.sentences[0].text
    assert answer.speaker == "Ana Silva"


def test_who_said_takes_the_words_as_written_over_a_better_scored_sentence() -> None:
    # every word of "it is what it is" is a stop word: no measure of a topic vouches for
    # it, the words themselves do, in their order
    def hit(n: int, text: str, order: float) -> Hit:
        return Hit(n, "a", 0, len(text), text, n, order=order)

    hits = [hit(1, "What it is, the coach said, is a rebuilding year.", 2.0),
            hit(2, "“It is what it is, and we move on,” said coach Lena Ortiz.", 1.0)]
    assert _verbatim(hits, "it is what it is and we move on") is hits[1]
    assert _verbatim(hits, "we move on") is None  # too few words to be sure
    assert _verbatim(hits, "what it is we move on") is None  # not in that order
