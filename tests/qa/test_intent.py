"""Question intents: general, or one about who said what."""

from __future__ import annotations

import pytest

from index.qa.intent import parse


@pytest.mark.parametrize("question, kind, names, topic", [
    ("Who said what about NATO?", "who_said_what", (), "NATO"),
    ("What was said about sanctions?", "who_said_what", (), "sanctions"),
    ("Who talked about the talks in Geneva", "who_said_what", (), "the talks in Geneva"),
    ("Who said what at the summit?", "who_said_what", (), "the summit"),
    ("who said what in Geneva", "who_said_what", (), "Geneva"),
    ("What did Psaki say?", "speaker_quotes", ("Psaki",), None),
    ("What did Jen Psaki say about diplomacy?", "speaker_quotes", ("Jen Psaki",), "diplomacy"),
    ("what did zelensky say about nato", "speaker_quotes", ("zelensky",), "nato"),
    ("What do Smith and Peskov say about NATO?", "speaker_quotes", ("Smith", "Peskov"), "NATO"),
    ("Psaki’s comments on the talks", "speaker_quotes", ("Psaki",), "the talks"),
    ("Who is Julianne Smith?", "who_is", ("Julianne Smith",), None),
    ("What did the talks cover, according to Psaki?", "speaker_quotes", ("Psaki",),
     "What did the talks cover"),
    ("According to Jen Psaki, what did the talks cover?", "speaker_quotes", ("Jen Psaki",),
     "what did the talks cover"),
    ("How many people died, according to officials?", "general", (), None),
    ("and Peskov?", "follow_up", ("Peskov",), None),
    ("what else did she say?", "follow_up", ("she",), None),
    ("How many troops has Russia massed near Ukraine?", "general", (), None),
    ("Who won the 2018 World Cup?", "general", (), None),
])
def test_intents(question: str, kind: str, names: tuple[str, ...], topic: str | None) -> None:
    it = parse(question)
    assert (it.kind, it.names, it.topic) == (kind, names, topic)


def test_who_said_keeps_the_content() -> None:
    it = parse("Who said it was too early to tell whether the Russians are serious?")
    assert it.kind == "who_said"
    assert it.content == "it was too early to tell whether the Russians are serious"


def test_a_quotation_that_begins_with_what_is_still_quoted() -> None:
    it = parse("Who said what Pelosi is doing is making the response now?")
    assert it.kind == "who_said"
    assert it.content == "what Pelosi is doing is making the response now"
