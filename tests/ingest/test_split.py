"""Sentences are exact slices of the article, on real files and on the hard cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.ingest.clean import junk_spans
from index.ingest.load import load_paths
from index.ingest.paragraphs import label_at, labels, paragraph_spans
from index.ingest.split import make_passages, sentence_spans, split_sentences
from index.types import Sentence
from tests.conftest import CORPUS, SEEDS


def _files(folder: Path) -> list[Path]:
    if not folder.exists():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md") and
                  not p.name.lower().startswith("readme"))


def _check_invariant(text: str) -> list[tuple[int, int]]:
    spans = sentence_spans(text)
    last = 0
    for start, end in spans:
        assert 0 <= last <= start < end <= len(text), (start, end)
        piece = text[start:end]
        assert piece == piece.strip(), f"untrimmed sentence {piece!r}"
        assert any(c.isalnum() for c in piece)
        last = end
    return spans


@pytest.mark.parametrize("path", _files(SEEDS), ids=lambda p: p.name)
def test_offsets_on_seeds(path: Path) -> None:
    (article,) = load_paths([path]).articles
    assert len(_check_invariant(article.text)) > 10


@pytest.mark.shared
@pytest.mark.parametrize("path", _files(CORPUS) or [None], ids=lambda p: p.name if p else "absent")
def test_offsets_on_shared_corpus(path: Path | None) -> None:
    if path is None:
        pytest.skip("../shared/corpus is absent: offsets checked on seeds/ only")
    (article,) = load_paths([path]).articles
    spans = _check_invariant(article.text)
    assert spans, "every corpus document has sentences"
    for start, _ in spans:
        # A speaker label never ends up inside the sentence that follows it.
        assert not article.text[start:start + 40].startswith(("THE PRESIDENT:", "PRESIDENT BIDEN:"))


def sents(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


@pytest.mark.parametrize("text, expected", [
    ("", []),
    ("   \n\n  ", []),
    ("One sentence without a full stop", ["One sentence without a full stop"]),
    ("The U.S. envoy spoke. Then he left.", ["The U.S. envoy spoke.", "Then he left."]),
    ("Sanctions hit the U.S. The Kremlin said so.",
     ["Sanctions hit the U.S.", "The Kremlin said so."]),
    ("“We will not,” said U.S. Ambassador Julianne Smith. She left.",
     ["“We will not,” said U.S. Ambassador Julianne Smith.", "She left."]),
    ("Gen. Mark Milley and Dr. Smith met at 10 a.m. on Monday.",
     ["Gen. Mark Milley and Dr. Smith met at 10 a.m. on Monday."]),
    ("John F. Kennedy spoke. It was brief.", ["John F. Kennedy spoke.", "It was brief."]),
    # a capital letter after a lower-case word and before a quotation mark is no initial
    ("“Go now,” wrote Rob Fraser on X. “Don’t wait.”",
     ["“Go now,” wrote Rob Fraser on X.", "“Don’t wait.”"]),
    ("“It works,” said C. Stewart Verdery. “It did.”",
     ["“It works,” said C. Stewart Verdery.", "“It did.”"]),
    ("“Is it over?” he asked. “No.”", ["“Is it over?” he asked.", "“No.”"]),
    ("“It will become clear,” he said. “We absolutely wouldn’t accept it.”",
     ["“It will become clear,” he said.", "“We absolutely wouldn’t accept it.”"]),
    ("He said the talks failed. ”We see no reason for optimism,” he told reporters.",
     ["He said the talks failed.", "”We see no reason for optimism,” he told reporters."]),
    ("They all said the same thing:\"Yes, this is the way.\" We were compelled.",
     ["They all said the same thing:\"Yes, this is the way.\"", "We were compelled."]),
    ("Prices rose 2.5 percent. Costs fell.", ["Prices rose 2.5 percent.", "Costs fell."]),
    ("e.g. this stays whole. And this is new.", ["e.g. this stays whole.", "And this is new."]),
    ("Wait... What happened?", ["Wait...", "What happened?"]),
    # scraped copy: a line break after "U.S." ends the line's sentence
    ("Smugglers keep crossing into the U.S.\nLena Park added that she would act.\n\nNext.",
     ["Smugglers keep crossing into the U.S.", "Lena Park added that she would act.",
      "Next."]),
    # a summary line with no full stop over the entry it sums up; a list item's number
    ("Top.\n\nKovac keeps up his attacks before the vote \nKovac, in Split, said Ruiz was weak.",
     ["Top.", "Kovac keeps up his attacks before the vote",
      "Kovac, in Split, said Ruiz was weak."]),
    ("Top.\n\nIt made us think.  1\nMira Sol On Why Art Matters",
     ["Top.", "It made us think.", "1", "Mira Sol On Why Art Matters"]),
    # a bulleted list of related links (under a heading that is page furniture): each item
    # is its own sentence
    ("Top.\n\nRelated Stories\n- Doctors warn of 'collapse' in rural care\n- Province "
     "signs deal with union",
     ["Top.", "- Doctors warn of 'collapse' in rural care", "- Province signs deal with union"]),
    # an abbreviation after a hyphen is still one ("Toronto-St. Paul's")
    ("The Toronto-St. Paul's MPP spoke. She left.",
     ["The Toronto-St. Paul's MPP spoke.", "She left."]),
    # (guard) a line break after a comma is no end
    ("Top.\n\nThe mayor said,\nTaxes will rise.", ["Top.", "The mayor said,\nTaxes will rise."]),
])
def test_hard_cases(text: str, expected: list[str]) -> None:
    assert sents(text) == expected


def test_transcript_labels_are_not_part_of_sentences() -> None:
    text = ("THE PRESIDENT: Sorry to keep you waiting. Good afternoon.\n\n"
            "Q Mr. President, will you speak with Putin?\n\n"
            "Vladimir Putin: Let us start with the Minsk agreements.\n\n"
            "Federal Chancellor of Germany Olaf Scholz (retranslated): Thank you.\n\n"
            "To be clear: this is not a label.")
    assert sents(text) == ["Sorry to keep you waiting.", "Good afternoon.",
                           "Mr. President, will you speak with Putin?",
                           "Let us start with the Minsk agreements.", "Thank you.",
                           "To be clear: this is not a label."]
    assert [lab.name for lab in labels(text)] == [
        "THE PRESIDENT", "Q", "Vladimir Putin", "Federal Chancellor of Germany Olaf Scholz"]


def test_a_label_with_a_party_and_state_is_a_speaker_s() -> None:
    line = 'Rep. Ann Holt (R-S.C.):"Who told you that?"'
    lab = label_at(line, 0, len(line))
    assert lab is not None and lab.name == "Rep. Ann Holt"
    # (guard: "According to X:" opens no label)
    line = "According to the Gazette: “The mill will close.”"
    assert label_at(line, 0, len(line)) is None


@pytest.mark.parametrize("line", [
    "To be clear: nothing.", "Look, for example, Germany: Germany has committed.",
    "Let me also repeat the warning I made last week: this.", "BREAKING: news.",
    "President Biden has been clear with the Russian President: no.",
])
def test_colon_sentences_are_not_labels(line: str) -> None:
    assert label_at(line, 0, len(line)) is None


def test_paragraphs_single_newlines_when_no_blank_lines() -> None:
    text = "First line.\nSecond line.\nThird."
    pars = [text[s:e] for s, e in paragraph_spans(text)]
    assert pars == ["First line.", "Second line.", "Third."]


def test_junk_never_becomes_a_sentence() -> None:
    (article,) = load_paths([SEEDS]).articles
    texts = sents(article.text)
    assert all("Advertisement" not in t for t in texts)
    assert all("subscribe" not in t.lower() and "password" not in t.lower() for t in texts)
    lead = "The U.S. estimates Russia has massed about 100,000 troops near Ukraine"
    assert lead in " ".join(texts)


@pytest.mark.parametrize("line, junk", [
    ("WATCH ABOVE: Crews clear the highway after the crash", True),
    ("Story continues below advertisement", True),
    ("This report by The Canadian Press was first published Jan. 5, 2021.", True),
    ("— The Canadian Press", True),
    ("The Canadian Press reported that the road reopened.", False),
    ("Officials watch the river closely: it rose a metre overnight.", False),
    # a video player's caption and its length-and-headline line
    ("Click to play video: 'Ford says Ontario will fight U.S. tariffs'", True),
    ("2:05 Ford says Ontario will fight U.S. tariffs", True),
    ("9:30 Mayor Ann Holt opened the meeting, as she had promised.", False),
    # bylines' time stamps
    ("Updated December 3, 2026 6:02 pm", True),
    ("Last Updated: 4:45 PM PT", True),
    ("Updated rules took effect in 2026, the ministry said.", False),
])
def test_outlet_furniture_lines_are_junk(line: str, junk: bool) -> None:
    text = f"Police said the road was closed.\n\n{line}\n\nThe driver was taken to hospital."
    start = text.index(line)
    assert ((start, start + len(line)) in junk_spans(text)) is junk


@pytest.mark.parametrize("n, size, overlap, expected", [
    (1, 3, 1, [(0, 0)]),
    (3, 3, 1, [(0, 2)]),
    (4, 3, 1, [(0, 2), (2, 3)]),
    (7, 3, 1, [(0, 2), (2, 4), (4, 6)]),
    (5, 2, 0, [(0, 1), (2, 3), (4, 4)]),
])
def test_passages_are_overlapping_windows(n: int, size: int, overlap: int,
                                          expected: list[tuple[int, int]]) -> None:
    ss = [Sentence("a", i, i * 10, i * 10 + 5) for i in range(n)]
    assert [(p.first, p.last) for p in make_passages(ss, size, overlap)] == expected


def test_split_sentences_numbers_them() -> None:
    out = split_sentences("x", "One. Two. Three.")
    assert [s.i for s in out] == [0, 1, 2]
    assert out[2].start == 10


def test_a_time_stamp_line_run_into_an_entry_opens_no_sentence() -> None:
    text = ("Fire crews are stretched thin across the Okanagan.\n\n4:45 p.m. PT\nCrews say the "
            "fire has grown to 1,200 hectares.")
    texts = [text[s:e] for s, e in sentence_spans(text)]
    assert texts[-1] == "Crews say the fire has grown to 1,200 hectares.", texts
