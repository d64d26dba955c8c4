"""Decide which parts of an article are page junk, without touching the text.

Returns spans of `article.text` that are not the story: "Advertisement" lines, paywall and
subscription footers, share widgets, transcript time stamps and stage directions, datelines
of two or three words. The splitter leaves sentences inside those spans out of the index,
so no answer can cite them; offsets never shift because the text is never rewritten.
"""

from __future__ import annotations

import re

from .paragraphs import paragraph_spans

# Whole paragraphs that are never part of a story, wherever they appear.
_LINE_JUNK = re.compile(
    r"""^(?:
        advertisement | advertising | ad | sponsored(?:\ content)?
      | (?:the\ )?story\ continues\ below(?:\ (?:this\ )?(?:advertisement|ad))?
      | this\ (?:report|story|article)\ .{0,80}was\ (?:first|originally)\ published.{0,80}
      | [-—–]?\ ?(?:the\ canadian\ press|the\ associated\ press|reuters|afp)\.?
      | continue\ reading(?:\ the\ main\ story)? | read\ more:?.* | related(?:\ coverage)?:?.*
      | share(?:\ this)?(?:\ (?:story|article))?:? | (?:share\ on|follow\ us\ on)\ .{0,40}
      | click\ here.{0,80} | sign\ up.{0,80} | subscribe.{0,80}
      | click\ to\ (?:play|watch|expand|view)\b.{0,200}
      | \d{1,2}:\d{2}\ [A-Z][^\n]{0,200}(?<![.!?"”])   # a video's length and headline
      | (?:watch|listen|also\ read|more)(?:\ (?:below|above|live|video))?\ ?[:|].{0,160}
      | [-—–]?\ ?with\ files\ from\ .{0,80}
      | photos?:.{0,80} | image:.{0,80} | \(?(?:ap|reuters|afp)\ photo.{0,120}
      | (?:end\ )?\d{1,2}:\d{2}\ ?[ap]\.?m\.?(?:\ [a-z]{2,5})? | end | \#{3}
      | \((?:laughter|applause|crosstalk|inaudible|cross-talk)\.?\)
      | copyright\ .{0,120} | ©.{0,120} | all\ rights\ reserved\.?
      | (?:last\ )?(?:updated|posted|published):?\ .{0,60}(?:\d{4}|[ap]\.?m\.?)(?:\ [a-z]{2,5})?
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

# Page chrome: counts only in the trailing run of paragraphs (footers), where a story
# sentence about, say, "passwords" would not sit.
_CHROME = re.compile(
    r"subscri(?:be|ber|ption)|log ?in\b|sign (?:in|up)|password|newsletter|cookie|"
    r"terms of (?:use|service)|privacy policy|reset code|comments? (?:are|is) closed|"
    r"post comments|all rights reserved|copyright|this material may not be|"
    r"confidential news tip|download (?:the|our) app|follow us",
    re.IGNORECASE,
)

_STAGE = re.compile(r"\((?:Laughter|Applause|Crosstalk|Inaudible|Cross-talk|As interpreted|"
                    r"Speaks \w+|In \w+)\.?\)", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_TERMINAL = re.compile(r"[.!?…:;\"”’)]\s*$")


def _is_dateline(par: str) -> bool:
    """Venue and place lines of transcripts ("East Room", "Madrid, Spain")."""
    words = _WORD.findall(par)
    return 0 < len(words) <= 5 and not _TERMINAL.search(par) and len(par) < 50


def junk_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pars = paragraph_spans(text)
    for start, end in pars:
        par = text[start:end]
        if _LINE_JUNK.match(par.strip()) or _is_dateline(par):
            spans.append((start, end))
            continue
        spans.extend((start + m.start(), start + m.end()) for m in _STAGE.finditer(par))
        # a live blog's time stamp or a byline on its own line, run into a paragraph
        at = start
        for line in par.splitlines(keepends=True):
            if line.strip() and line != par and _LINE_JUNK.match(line.strip()):
                spans.append((at, at + len(line.rstrip())))
            at += len(line)
    # Footers: the run of chrome paragraphs at the end of the article.
    for start, end in reversed(pars):
        par = text[start:end]
        if (start, end) in spans:
            continue
        if _CHROME.search(par) and len(_WORD.findall(par)) <= 80:
            spans.append((start, end))
        else:
            break
    return sorted(set(spans))


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies within one of `spans` (sorted, non-overlapping)."""
    return any(s <= start and end <= e for s, e in spans)
