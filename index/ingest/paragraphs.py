"""Paragraph spans of an article and the transcript speaker labels that open them.

Paragraphs are separated by blank lines; a text with no blank line at all has one
paragraph per line. Spans are trimmed of surrounding whitespace and index the text as
written. A speaker label is a paragraph opener such as `PRESIDENT BIDEN:`,
`Vladimir Putin:`, `Federal Chancellor of Germany Olaf Scholz (retranslated):` or the
`Q` of White House transcripts; "To be clear:" is not one. An interview's questions
printed bare before labelled answers are its `Q` turns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

_BLANK = re.compile(r"\n[ \t]*\n")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    breaks = _BLANK if _BLANK.search(text) else re.compile(r"\n")
    spans = []
    pos = 0
    for m in breaks.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for start, end in spans:
        chunk = text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        if end - trail > start + lead:
            out += _turn_lines(text, start + lead, end - trail)
    return out


def _turn_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """ "Q: Who benefits?\nDesjardins: People with …": an interview printed turn by turn
    on single lines is one paragraph per turn (a "Q" turn and another label among them)."""
    lines, pos = [], start
    for m in re.finditer(r"[ \t]*\n\s*", text[start:end]):
        lines.append((pos, start + m.start()))
        pos = start + m.end()
    lines.append((pos, end))
    names = {lab.name for s, e in lines
             if (lab := label_at(text, s, e) or _one_word_label(text, s, e)) is not None}
    return lines if len(lines) > 1 and "Q" in names and len(names) > 1 else [(start, end)]


@dataclass(frozen=True, slots=True)
class Label:
    start: int  # of the label, e.g. at "P" of "PRESIDENT BIDEN:"
    end: int  # just after the colon (or after "Q")
    name: str  # the label without colon or "(retranslated)"
    body: int  # where the speaker's words begin


_CAPS_LABEL = re.compile(r"(?:MR\.|MS\.|MRS\.|DR\.|[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]*)"
                         r"(?: (?:MR\.|[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]*)){0,6}:")
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.\-]*")
_CONNECTORS = {"of", "to", "the", "for", "and", "de", "von", "van", "der", "al", "bin"}
# Openers that make "X:" a sentence ("To be clear:"), not a speaker.
_NOT_SPEAKERS = {
    "And", "But", "So", "The", "To", "Here", "Let", "Just", "This", "That", "There", "It",
    "What", "When", "Why", "How", "Look", "Now", "Well", "Note", "Joining", "Update",
    "Correction", "Editor", "Photo", "Video", "Watch", "Read", "Related", "Source", "According",
}
_CAPS_NOT_SPEAKERS = {
    "BREAKING", "UPDATE", "UPDATED", "WATCH", "EDITOR'S NOTE", "CORRECTION", "NOTE", "RELATED",
    "READ MORE", "PHOTOS", "PHOTO", "VIDEO", "LIVE", "ANALYSIS", "OPINION", "EXCLUSIVE", "END",
}
_Q = re.compile(r"Q(?:\.|:)?\s+(?=[\"“‘A-Z(—–-])")


def _mixed_case_label(head: str) -> bool:
    """ "Vladimir Putin", "Aide to the President Yury Ushakov", "Question"."""
    core = re.sub(r"\s*\((?:retranslated|via interpreter|through an interpreter|"
                  r"[RDI]-[A-Z][\w. ]{0,12})\)\s*$",  # a US party and state: "(R-S.C.)"
                  "", head, flags=re.IGNORECASE)
    words = core.split()
    if not words or len(words) > 9 or any(c in core for c in ",;\"“”!?"):
        return False
    if words[0] in _NOT_SPEAKERS:
        return False
    caps = 0
    for w in words:
        if _NAME_WORD.fullmatch(w):
            caps += 1
        elif w not in _CONNECTORS:
            return False
    return caps >= 2 or core in ("Question", "Answer", "Moderator")


def label_at(text: str, start: int, end: int) -> Label | None:
    """The speaker label opening the paragraph text[start:end], if there is one."""
    head = text[start:min(end, start + 120)]
    m = _CAPS_LABEL.match(head)
    if (m and any(c.isalpha() for c in m.group()) and m.group()[:-1].isupper()
            and m.group()[:-1].replace("’", "'") not in _CAPS_NOT_SPEAKERS):
        name = m.group()[:-1].strip()
    else:
        colon = head.find(":")
        quoting = head[colon + 1:].lstrip()[:1] in "“\"" if colon > 0 else False
        if colon > 0 and (_mixed_case_label(head[:colon]) or (
                quoting and _NAME_WORD.fullmatch(head[:colon].strip())
                and head[:colon].strip() not in _NOT_SPEAKERS)):
            name = head[:colon].strip()
            m = re.match(re.escape(head[: colon + 1]), head)
        else:
            q = _Q.match(head)
            if not q:
                return None
            name, m = "Q", re.match(r"Q(?:\.|:)?", head)
    assert m is not None
    label_end = start + m.end()
    body = label_end
    while body < end and text[body].isspace():
        body += 1
    clean = re.sub(r"\s*\([^)]*\)\s*$", "", name).strip()
    return Label(start=start, end=label_end, name=clean, body=body)


_ONE_WORD = re.compile(r"([A-ZÀ-ÖØ-Þ][\w'’\-]+):[ \t]+(?=\S)")


def labels(text: str) -> list[Label]:
    found, single = [], []
    pars = paragraph_spans(text)
    for start, end in pars:
        lab = label_at(text, start, end)
        if lab is not None:
            found.append(lab)
        elif (one := _one_word_label(text, start, end)) is not None:
            single.append(one)
    # An interview whose questions stand unlabelled ("Are grocers gouging?") before each
    # labelled answer, or whose "Q" the page lost before an "A:" answer: its "Q" turns
    starts = {lab.start: lab.name for lab in found + single}
    asked = [Label(start=s, end=s, name="Q", body=s) for (s, e), (nxt, _) in pairwise(pars)
             if nxt in starts and s not in starts and (
                 _asks(text[s:e]) or starts[nxt] in ("A", "Answer"))]
    if len(asked) >= 2:
        found += asked
    # "Q: …" then "Carney: …": a one-word name is a label where questions alternate
    # with its answers, never alone (the subhead "Wine:" of a story)
    if sum(lab.name == "Q" for lab in found) >= 2:
        names = [lab.name for lab in single]
        found += [lab for lab in single if names.count(lab.name) >= 2]
    return sorted(found, key=lambda lab: lab.start)


def _one_word_label(text: str, start: int, end: int) -> Label | None:
    """ "Carney: …": a one-word name and a colon opening text[start:end], a label only
    where an interview's questions alternate with it (see labels)."""
    m = _ONE_WORD.match(text, start, end)
    if m is None or m.group(1) in _NOT_SPEAKERS:
        return None
    return Label(start=start, end=start + len(m.group(1)) + 1, name=m.group(1), body=m.end())


def _asks(paragraph: str) -> bool:
    """One question on one line, not quoted: an interviewer's."""
    return paragraph.endswith("?") and "\n" not in paragraph and \
        paragraph[:1] not in "\"“‘'" and len(paragraph.split()) <= 40
