"""The analysis view: what the analysis reads, always at the same offsets as the text."""

from __future__ import annotations

import unicodedata

import pytest

from index.text import analysis_view, fold


@pytest.mark.parametrize("text, expected", [
    ("Traeger\u200b said", "Traeger  said"),
    ("Para one.\n.\nPara two.", "Para one.\n \nPara two."),
    ("''Yes,'' she said.", ' "Yes,"  she said.'),
    ("NAIROBI (Wire) - The talks ended.", " " * 17 + "The talks ended."),
    ("He said (quietly) - nothing.", "He said (quietly) - nothing."),
    ("\u00a0Plain\u202ftext", " Plain text"),
    # British copy quotes in single marks; apostrophes stay
    ("'We listened,' she said. 'Always.'", "“We listened,” she said. “Always.”"),
    ("‘It was the Smiths' best year,’ he said.", "“It was the Smiths' best year,” he said."),
    ("'A long answer\n\n'and its end,' he said.", "“A long answer\n\n“and its end,” he said."),
    ("It's the players' union, the '90s, rock 'n' roll.",
     "It's the players' union, the '90s, rock 'n' roll."),
    # with double marks in the text, single ones are quotes within quotes or apostrophes
    ('"He told me \'no\'," she said.', '"He told me \'no\'," she said.'),
    # … unless every double mark lies inside single ones: a British quote within a quote
    ("'He told me \"no\",' she said.", "“He told me 'no',” she said."),
    # markup a scrape left behind: its attribute values are no quotations
    ('<post id="7" author="@ana">Vote today.</post> 3 < 4 > 2',
     "<post" + " " * 21 + ">Vote today.</post> 3 < 4 > 2"),
])
def test_same_length_and_what_it_reads(text: str, expected: str) -> None:
    view = analysis_view(text)
    assert len(view) == len(text) and view == expected


def test_a_title_keeps_its_single_marks() -> None:
    title = "Mayor 'not sure' about the budget"
    assert analysis_view(title, single_quotes=False) == title


def test_fold_is_one_for_every_layer() -> None:
    assert fold("Niinistö") == "niinisto" and fold("ZELENSKYY") == "zelenskyy"


@pytest.mark.parametrize("broken, meant", [
    ("Enrique PeÃ±a said", "Enrique Peña said"),
    ("Enrique PeA\u0303\u00b1a said", "Enrique Peña said"),  # the mojibake, NFD-normalised
    ("Ã‰cole Polytechnique", "École Polytechnique"),
    ("SÃO PAULO and SA\u0303O PAULO", "SÃO PAULO and SÃO PAULO"),  # real text, untouched
    # misread twice, with the control character, without it, and NFD-normalised
    ("Luc Ã\x83Â©mond said", "Luc émond said"),
    ("Luc ÃÂ©mond said", "Luc émond said"),
    ("Jos\u0041\u0303\u0083\u0041\u0302\u00a9 said", "José said"),
])
def test_mojibake_is_read_as_meant_at_the_same_offsets(broken: str, meant: str) -> None:
    view = analysis_view(broken)
    assert len(view) == len(broken)
    assert unicodedata.normalize("NFC", view).replace("\u034f", "") == \
        unicodedata.normalize("NFC", meant)


def test_mojibake_quote_marks_become_marks() -> None:
    view = analysis_view("â€œNo,â€\x9d she said.")
    assert "“No,”" in view and len(view) == len("â€œNo,â€\x9d she said.")
