"""How `make eval` judges a speaker against PolNeAR's source phrases: the person must
agree, whatever title or apposition the annotators kept."""

from __future__ import annotations

import pytest

from index.evaluation.quotes import same_speaker


@pytest.mark.parametrize("pred, gold", [
    ("Helen Purcell", "Maricopa County Recorder Helen Purcell"),  # a title it cannot split
    ("Dana Ruiz", "Economist Dana Ruiz, who teaches at McGill,"),
    ("Dana Ruiz", "Ruiz"),
    ("Ruiz", "Mayor Dana Ruiz"),
])
def test_the_same_person_under_a_title_is_right(pred: str, gold: str) -> None:
    assert same_speaker(pred, gold)


@pytest.mark.parametrize("pred, gold", [
    ("Carl Ruiz", "County Clerk Dana Ruiz"),  # another first name
    ("Dana Ruiz", "Dana Ruiz's lawyer, Omar Haddad,"),
    (None, "Dana Ruiz"),
])
def test_another_person_is_wrong(pred: str | None, gold: str) -> None:
    assert not same_speaker(pred, gold)
