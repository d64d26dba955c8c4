"""Quotation-mark spans in an article: where quoted words start and end.

Pure. Handles curly and straight double quotes, agency copy that opens a quote with a
closing mark (”We see …) or glues it to the word before (said:"Yes …"), and quotes that
run over paragraphs: by news convention an open quote is not closed at the end of a
paragraph when the next paragraph opens with a quote mark and goes on. Each piece is
reported per paragraph; a piece that continues the previous paragraph's quote says so.
Spans exclude the marks themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..ingest.paragraphs import paragraph_spans

OPEN = "“„«"
CLOSE = "”»"
BOTH = "\""
DOUBLE = OPEN + CLOSE + BOTH


@dataclass(frozen=True, slots=True)
class Marked:
    start: int  # first character inside the marks
    end: int  # one past the last character inside the marks
    closed: bool  # a closing mark was found in this paragraph
    continues: bool  # this piece goes on from the previous paragraph's quote

    def text(self, article: str) -> str:
        return article[self.start:self.end]


def _opens(text: str, i: int, end: int) -> bool:
    """Whether the mark at i can open a quote: something other than space follows it."""
    return i + 1 < end and not text[i + 1].isspace() and text[i] not in "»"


def marked_spans(text: str, spans: list[tuple[int, int]] | None = None) -> list[Marked]:
    pars = paragraph_spans(text) if spans is None else spans
    out: list[Marked] = []
    carry = False  # a quote left open at the end of the previous paragraph
    for p_start, p_end in pars:
        i = p_start
        open_at: int | None = None
        continues = False
        if carry and text[p_start] in DOUBLE:
            open_at, continues, i = p_start + 1, True, p_start + 1
        carry = False
        while i < p_end:
            c = text[i]
            if c in DOUBLE:
                if open_at is None:
                    if c in OPEN or _opens(text, i, p_end):
                        open_at = i + 1
                else:
                    if i > open_at:
                        out.append(Marked(open_at, i, True, continues))
                    open_at, continues = None, False
            i += 1
        if open_at is not None and open_at < p_end:
            out.append(Marked(open_at, p_end, False, continues))
            carry = True
    return [m for m in out if any(ch.isalnum() for ch in text[m.start:m.end])]
