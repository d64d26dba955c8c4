"""Sentences with exact offsets, and passages (overlapping windows of sentences).

Rule-based, tuned for news and transcripts: abbreviations ("U.S.", "Gen.", "a.m."),
initials, closing quotes after the full stop (`.”`), quotes that run across sentences,
missing spaces before quotes in agency copy, and speaker labels (`PRESIDENT BIDEN:`),
which are left out of the sentence that follows them. Every sentence satisfies
`text[start:end] == sentence text`, trimmed of whitespace. Pure: no I/O, no models.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..text import analysis_view
from ..types import Passage, Sentence
from .clean import inside, junk_spans
from .paragraphs import label_at, paragraph_spans

# Titles before a name: a full stop after them never ends a sentence.
TITLES = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm",
    "cmdr", "sen", "sens", "rep", "reps", "gov", "pres", "rev", "hon", "gens", "messrs",
    "mme", "amb", "supt", "insp", "det", "pvt", "brig", "lieut", "cmdt", "fr", "const",
    "cst", "coun", "atty", "msgr", "cdr",
})
# Abbreviations that may also end a sentence: split only before a typical sentence opener.
_ABBREVIATIONS = {
    "u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m", "inc", "corp", "co", "ltd", "llc",
    "etc", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "no", "nos", "jr", "sr", "st", "ave", "blvd", "mt", "ft", "dept", "univ",
    "est", "approx", "govt", "u.s.a", "n.y", "l.a", "s.a", "p.o", "fig", "vol", "ch",
}
_NEVER = {"e.g", "i.e", "cf", "viz", "al"}  # "et al." is mid-sentence far more often
_OPENERS = {
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or", "So",
    "In", "On", "At", "For", "This", "That", "These", "Those", "His", "Her", "Their", "Its",
    "Our", "My", "There", "Some", "Many", "Most", "After", "Before", "When", "While", "If",
    "As", "Meanwhile", "However", "Still", "Yet", "Officials", "Asked", "Now", "Then",
    "Earlier", "Later", "Last", "Next", "Also", "Both", "Each", "Such", "No", "What",
    "Why", "How", "Who", "Where", "Since", "Although", "Despite", "Under", "With", "Without",
}

_CLOSERS = "\"'”’»)]"
_OPENING = "\"'“‘«(["
_STRAY = "”’"  # agency copy sometimes opens a quote with a closing mark: ”We see …
# A candidate end: terminal punctuation, any closing quotes/brackets, then whitespace
# (or a glued opening quote, as in `countries."We` of agency copy), then a sentence start.
_BOUNDARY = re.compile(
    r"(?P<end>(?:[.!?]+|…)[" + re.escape(_CLOSERS) + r"]*)"
    r"(?P<gap>\s+|(?=[“‘«]))"
    r"(?=[" + re.escape(_OPENING + _STRAY) + r"]*[\w\d])"
)
_WORD_BEFORE = re.compile(r"([\w.'’-]+)$")
# A line break inside a paragraph after a line with no closing punctuation, before a capital
# or a bulleted item: a summary line or a list item over the sentence that follows ("… before
# the polls\nTrump, in Kentucky, said …", "Related Stories\n- Doctors warn …"); none of the
# 211 in PolNeAR runs one sentence on
_LINE_BREAK = re.compile(r"(?<=[\w%])[ \t]*\n[ \t]*(?=(?:[-•*]\s+)?[\"“‘]?[A-Z0-9])")


def _next_word(text: str, pos: int) -> str:
    m = re.match(r"[" + re.escape(_OPENING + _STRAY) + r"]*([\w’'-]+)", text[pos:pos + 40])
    return m.group(1) if m else ""


def _is_boundary(text: str, m: re.Match[str], par_end: int) -> bool:
    end_punct = m.group("end")
    nxt = m.end()
    if nxt >= par_end:
        return False
    following = text[nxt]
    word = _next_word(text, nxt)
    starts_upper = following.isupper() or following.isdigit() or following in _OPENING + _STRAY
    if word and word[0].islower() and following not in "“\"‘'(":
        return False  # "?” he said" keeps going
    if not starts_upper and not (word and word[0].isupper()):
        return False
    if not end_punct.startswith("."):
        return True  # ! ? …
    if end_punct.startswith(".."):
        return word[:1].isupper()
    # Only the word just before matters; searching from 0 made splitting quadratic.
    before = _WORD_BEFORE.search(text, max(0, m.start() - 80), m.start())
    token = before.group(1) if before else ""
    lower = token.lower().rstrip(".").rsplit("-", 1)[-1]  # "Toronto-St. Paul's": "st"
    if not token:
        return True
    if len(token) == 1 and token.isupper():
        # an initial ("John F. Kennedy", "said C. Stewart Verdery"); but after a lower-case
        # word and before a quotation mark the letter is a word of its own ("wrote on X.
        # “The Liberals …”")
        at = m.start() - 1
        prior = _WORD_BEFORE.search(text, max(0, at - 40), at - (text[at - 1:at] == " "))
        return following in "“\"" and prior is not None and prior.group(1)[:1].islower()
    if lower in _NEVER:
        return False
    if lower in TITLES:
        return False
    if lower in _ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)+[a-z]", lower):
        # a line break after "U.S." ends the line's sentence, as in scraped copy
        return word in _OPENERS or following in "“\"‘" or "\n" in m.group("gap")
    return True


def sentence_spans(text: str, junk: Sequence[tuple[int, int]] | None = None,
                   ) -> list[tuple[int, int]]:
    """(start, end) of every sentence outside `junk` (default: `clean.junk_spans`), found
    on the analysis view of the text (same offsets; see `index.text.analysis_view`)."""
    text = analysis_view(text)
    junk = list(junk_spans(text) if junk is None else junk)
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraph_spans(text):
        label = label_at(text, p_start, p_end)
        pos = label.body if label else p_start
        ends = [(m.start() + len(m.group("end")), m.end())
                for m in _BOUNDARY.finditer(text, pos, p_end) if _is_boundary(text, m, p_end)]
        ends += [(m.start(), m.end()) for m in _LINE_BREAK.finditer(text, pos, p_end)]
        for end, nxt in sorted(ends):
            if end > pos:
                spans.append((pos, end))
                pos = max(pos, nxt)
        if pos < p_end:
            spans.append((pos, p_end))
    out = []
    for start, end in spans:
        # a junk line opening the sentence ("4:45 p.m. PT" over a live blog's entry)
        start = next((e for s, e in junk if s <= start < e < end), start)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        keep = end > start and any(c.isalnum() for c in text[start:end])
        if keep and not inside(junk, start, end):
            out.append((start, end))
    return out


def split_sentences(article_id: str, text: str) -> list[Sentence]:
    return [Sentence(article_id, i, s, e) for i, (s, e) in enumerate(sentence_spans(text))]


def make_passages(sentences: Sequence[Sentence], size: int, overlap: int) -> list[Passage]:
    """Windows of `size` sentences, neighbours sharing `overlap`; the last one may be short."""
    if not sentences:
        return []
    step = max(1, size - overlap)
    n = len(sentences)
    passages: list[Passage] = []
    first = 0
    while True:
        last = min(first + size, n) - 1
        passages.append(Passage(sentences[0].article_id, len(passages), first, last))
        if last >= n - 1:
            break
        first += step
    return passages
