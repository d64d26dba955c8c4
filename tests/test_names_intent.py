"""Pure helpers: names (roles, variants, loose matching) and question intents."""

from __future__ import annotations

import pytest

from index.intent import parse
from index.names import name_score, same_person, split_role, titlecase


@pytest.mark.parametrize("text, role, name", [
    ("Aide to the President Yury Ushakov", "Aide to the President", "Yury Ushakov"),
    ("President of Russia Vladimir Putin", "President of Russia", "Vladimir Putin"),
    ("Federal Chancellor of Germany Olaf Scholz", "Federal Chancellor of Germany", "Olaf Scholz"),
    ("U.S. Ambassador Julianne Smith", "U.S. Ambassador", "Julianne Smith"),
    ("The President", "The President", ""),
    ("Pavel Zarubin", "", "Pavel Zarubin"),
])
def test_split_role(text: str, role: str, name: str) -> None:
    assert split_role(text) == (role, name)


def test_titlecase_and_same_person() -> None:
    assert titlecase("SECRETARY GENERAL STOLTENBERG") == "Secretary General Stoltenberg"
    assert same_person("Joe Biden", "Joseph R. Biden, Jr.")
    assert same_person("Biden", "Joe Biden")
    assert not same_person("Jen Psaki", "Jill Psaki")


@pytest.mark.parametrize("typed, name, ok", [
    ("Zelensky", "Volodymyr Zelenskyy", True), ("zelenskyy", "Volodymyr Zelenskyy", True),
    ("niinisto", "Sauli Niinistö", True), ("PSAKI", "Jen Psaki", True),
    ("Jen Psaki", "Jen Psaki", True), ("Boris Johnson", "Jen Psaki", False),
    ("Smith", "Wendy Sherman", False),
    # A first name that is typed must not be dropped: another Smith's bare-surname alias,
    # or a speaker known only as "Johnson", is not the person asked about.
    ("Julianne Smith", "Smith", False), ("Boris Johnson", "Johnson", False),
    ("Julianne Smith", "Curt Smith", False), ("Johnson", "Ron Johnson", True),
    # A role typed with the name is not part of it.
    ("President Biden", "Joe Biden", True), ("Ambassador Julianne Smith", "Julianne Smith", True),
])
def test_loose_name_matching(typed: str, name: str, ok: bool) -> None:
    assert (name_score(typed, name) >= 0.75) == ok


@pytest.mark.parametrize("question, kind, names, topic", [
    ("Who said what about NATO?", "who_said_what", (), "NATO"),
    ("What was said about sanctions?", "who_said_what", (), "sanctions"),
    ("Who talked about the talks in Geneva", "who_said_what", (), "the talks in Geneva"),
    ("What did Psaki say?", "speaker_quotes", ("Psaki",), None),
    ("What did Jen Psaki say about diplomacy?", "speaker_quotes", ("Jen Psaki",), "diplomacy"),
    ("what did zelensky say about nato", "speaker_quotes", ("zelensky",), "nato"),
    ("What do Smith and Peskov say about NATO?", "speaker_quotes", ("Smith", "Peskov"), "NATO"),
    ("Psaki’s comments on the talks", "speaker_quotes", ("Psaki",), "the talks"),
    ("Who is Julianne Smith?", "who_is", ("Julianne Smith",), None),
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
