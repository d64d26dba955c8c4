"""The analysis view: what the analysis reads, always at the same offsets as the text."""

from __future__ import annotations

import pytest

from index.text import analysis_view, fold


@pytest.mark.parametrize("text, expected", [
    ("Traeger\u200b said", "Traeger  said"),
    ("Para one.\n.\nPara two.", "Para one.\n \nPara two."),
    ("''Yes,'' she said.", ' "Yes,"  she said.'),
    ("NAIROBI (Wire) - The talks ended.", " " * 17 + "The talks ended."),
    ("He said (quietly) - nothing.", "He said (quietly) - nothing."),
    ("\u00a0Plain\u202ftext", " Plain text"),
])
def test_same_length_and_what_it_reads(text: str, expected: str) -> None:
    view = analysis_view(text)
    assert len(view) == len(text) and view == expected


def test_fold_is_one_for_every_layer() -> None:
    assert fold("Niinistö") == "niinisto" and fold("ZELENSKYY") == "zelenskyy"
