"""Syndicated copies on constructed pairs: the same wire story with another headline,
byline, dateline or trimmed ending is a copy; another story on the same topic is not."""

from __future__ import annotations

import pytest

from index.ingest.dedup import CopyFinder, signature
from index.ingest.urls import canonical_url

STORY = [
    "Foreign ministers from twelve countries met in Vienna on Tuesday to discuss a new "
    "framework for monitoring the ceasefire along the contested border.",
    "The talks, which lasted more than six hours, ended without a joint statement, but "
    "several delegations said progress had been made on the question of observers.",
    "“We are closer than we have been in two years,” said one diplomat, who asked not to be "
    "named because the negotiations are confidential.",
    "A second round is expected in January, according to the host government, which has "
    "offered to pay for the observers' first three months of work.",
    "Critics of the process warned that without an agreement on heavy weapons the ceasefire "
    "would remain fragile through the winter.",
]
OTHER = [
    "Foreign ministers meeting in Vienna on Tuesday failed to agree on observers for the "
    "contested border, leaving the ceasefire without any monitoring at all.",
    "Delegates walked out after four hours when the host refused to discuss heavy weapons, "
    "and no date was set for another meeting.",
    "“This was a wasted day,” a spokesman for one delegation told reporters outside the "
    "conference centre, adding that his government would consult its allies.",
    "Analysts said the collapse made renewed fighting more likely before the spring thaw.",
]


def text(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


COPIES = {
    "headline and byline": "By Jane Doe, Wire Service\n\n" + text(STORY),
    "dateline": "VIENNA (Wire) — " + text(STORY),
    "trimmed ending": text(STORY[:4]),
    "one paragraph edited": text([STORY[0], STORY[1].replace("six", "seven"), *STORY[2:]]),
}
DIFFERENT = {
    "same topic, another story": text(OTHER),
    "first paragraph only shared": text([STORY[0], *OTHER[1:]]),
    # A developing story: the old text plus as much new reporting, which must be kept.
    "the story updated with new paragraphs": text([*STORY, *OTHER]),
    "the story updated with one new quote": text([*STORY, OTHER[2]]),
}


@pytest.mark.parametrize("name", COPIES)
def test_syndicated_copies_are_found(name: str) -> None:
    finder = CopyFinder(0.7)
    finder.add("original", signature(text(STORY)))
    assert finder.original(signature(COPIES[name])) == "original"


@pytest.mark.parametrize("name", DIFFERENT)
def test_other_stories_are_not_copies(name: str) -> None:
    finder = CopyFinder(0.7)
    finder.add("original", signature(text(STORY)))
    assert finder.original(signature(DIFFERENT[name])) is None


@pytest.mark.parametrize("url, canonical", [
    ("https://www.ex.org/world/story?utm_source=rss&utm_medium=feed", "https://www.ex.org/world/story"),
    ("https://www.ex.org/world/story#comments", "https://www.ex.org/world/story"),
    ("https://www.ex.org/amp/world/story", "https://www.ex.org/world/story"),
    ("https://amp.ex.org/world/story.html?amp=1", "https://ex.org/world/story.html"),
])
def test_one_address_per_story(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical
