"""Names: roles split off, variants recognised, loose matching of typed names."""

from __future__ import annotations

import pytest

from index.quotes.names import clean_name, glued, name_score, same_person, split_role, titlecase


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


@pytest.mark.parametrize("text, name", [
    ("Why Obama", "Obama"),                 # a headline's first word
    ("Neither Cruz", "Cruz"),               # "Neither Cruz nor Christie said"
    ("Because Twitter", "Twitter"),
    ("Maybe Horvath", "Horvath"),            # "Maybe Horvath was right." tagged as one name
    ("Stated Olsen", "Olsen"),              # an inverted cue heading a line
    ("Joseph R. Biden, Jr.", "Joseph R. Biden"),
])
def test_clean_name_drops_words_that_open_a_clause(text: str, name: str) -> None:
    assert clean_name(text) == name


@pytest.mark.parametrize("text, junk", [
    ("Laura BassettFlagShareLikeReplyPaige Lavender", True),  # a page's buttons glued on
    ("Ronald McDonald", False), ("Ron DeSantis", False), ("Washington Post-ABC News", False),
    ("Miguel BasÃ¡Ã±ez", False),  # mojibake is no glue
    ("NATO", False),
])
def test_glued_page_furniture_is_no_name(text: str, junk: bool) -> None:
    assert glued(text) is junk
