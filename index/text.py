"""Text helpers every layer shares; pure, and importing nothing else in `index`.

`fold` is the one case-and-accent folding: keyword search, name matching and speaker
keys all compare words through it, so "Niinistö" typed as "niinisto" finds him in both.
"""

from __future__ import annotations

import re
import unicodedata

_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Lower case without accents: "Niinistö" → "niinisto"."""
    if text.isascii():
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).lower()


# Characters that only get in the way of reading a text, each replaced by one space so no
# offset moves: zero-width spaces and joiners, the BOM, and the many Unicode spaces.
_BLANKS = {ord(c): " " for c in "\u200b\u200c\u200d\u2060\ufeff\u00a0\u2007\u202f\u2009"
           "\u200a\u2002\u2003\u3000\u202a\u202c"}
# Two single marks used as one double mark (''like this'' in some agency and archive copy).
_DOUBLED = re.compile(r"''|‘‘|’’|``")
# A line holding only a full stop, bullet or rule: some sites separate paragraphs with it.
_RULE_LINE = re.compile(r"(?m)^[ \t]*[.\-*•·_=~]{1,3}[ \t]*$")
# A wire dateline opening a paragraph: "ORLANDO, Fla. (Reuters) - ", "(AP) — ".
_DATELINE = re.compile(r"(?m)^[ \t]*(?:[A-Z][\w.,' ]{0,40}?\s)?\([A-Z][\w&.' ]{1,25}\)"
                       r"\s*[-—–]+\s*(?=[A-Z“\"])")


def _misreadings(c: str) -> list[str]:
    """The ways UTF-8 `c` comes out misread as Windows-1252 or Latin-1: once ("Ã±"), or
    twice ("Ã\x83Â±", also without the control character a cleaner may drop), each as
    written and NFD-normalised ("A" + tilde + "±")."""
    out = []
    for codec in ("cp1252", "latin-1"):
        try:
            broken = c.encode("utf-8").decode(codec)
        except UnicodeDecodeError:
            continue
        out.append(broken)
        for again in ("cp1252", "latin-1"):
            try:
                twice = broken.encode("utf-8").decode(again)
            except (UnicodeDecodeError, UnicodeEncodeError):
                continue
            for bare in (twice, re.sub("[\x80-\x9f]", "", twice)):
                # never one of the two-character misreadings of another letter
                out += [f for f in (bare, unicodedata.normalize("NFD", bare)) if len(f) > 2]
        out.append(unicodedata.normalize("NFD", broken))
    return out


def _mojibake() -> dict[str, str]:
    """UTF-8 read as Windows-1252 ("PeÃ±a", "â€œ") → what it meant, at the same length:
    an accented letter as letter + combining accent (two characters, like the mojibake;
    `fold` then drops the accent) and, for longer misreadings, invisible combining
    grapheme joiners; punctuation padded with spaces."""
    out = {}
    for cp in range(0xC0, 0x100):
        c = chr(cp)
        fixed = unicodedata.normalize("NFD", c)
        if len(fixed) != 2:
            fixed = {"ß": "ss", "æ": "ae", "Æ": "AE", "ø": "oe", "Ø": "OE"}.get(c, "  ")
        for form in _misreadings(c):
            out[form] = fixed + "\u034f" * (len(form) - len(fixed))
    for c, fixed in (("“", "  “"), ("”", "”  "), ("’", "  ’"), ("‘", "  ‘"), ("—", " — "),
                     ("–", " – "), ("…", "…  ")):
        out[c.encode("utf-8").decode("cp1252", errors="replace").replace("\ufffd", "\x9d")] \
            = fixed
    return out


_MOJIBAKE = _mojibake()
_MOJIBAKE_RE = re.compile("|".join(sorted(map(re.escape, _MOJIBAKE), key=len, reverse=True)))


def analysis_view(text: str, single_quotes: bool = True) -> str:
    """The text as the analysis reads it, with every character at the same offset.

    Invisible and exotic spaces become spaces (`Traeger\\u200b said` reads as two words),
    UTF-8 misread as Windows-1252 is mended ("PeÃ±a" reads "Peña"),
    doubled single quotes become a double quote beside a space, quotations in single marks
    (British style) read as in double marks, rule lines become blank
    lines (paragraph breaks), and a wire dateline ("(Reuters) - ") and the attributes of
    markup tags become spaces, so no agency is read as a sentence's subject. Citations
    still slice the original text: the two have the same length, always.
    `single_quotes=False` leaves single marks alone (a title: US headlines quote in single
    marks, and only names are read from a title)."""
    out = text.translate(_BLANKS)
    if "Ã" in out or "â€" in out or "A\u0303" in out:
        out = _MOJIBAKE_RE.sub(lambda m: _MOJIBAKE[m.group()], out)
    if "''" in out or "‘‘" in out or "’’" in out or "``" in out:
        out = _DOUBLED.sub(lambda m: _one_mark(out, m.start()), out)
    if "\n" in out:
        out = _RULE_LINE.sub(lambda m: " " * len(m.group()), out)
    if "(" in out:
        out = _DATELINE.sub(lambda m: " " * len(m.group()), out)
    if "<" in out:
        out = _MARKUP.sub(lambda m: m.group(1) + " " * len(m.group(2)) + m.group(3), out)
    return _single_quoted(out) if single_quotes else out


# Markup a scrape left in the text ('<tweet id="74797" author="@GideonResnick">'): its
# attributes are no quotation and name no one who speaks (the tag itself stays, so what
# follows it opens no paragraph: "<tweet …>POSSIBLE SUSPECT: …" is no speaker's label)
_MARKUP = re.compile(r"(<[A-Za-z][\w-]*)((?:\s+[\w:-]+=\"[^\"<>\n]*\")+)(\s*/?>)")


def _one_mark(text: str, i: int) -> str:
    """ "''Yes" → ' "Yes' (opening: the mark stays next to its word); "no,''" → 'no," '."""
    opening = i + 2 < len(text) and not text[i + 2].isspace() and (
        i == 0 or text[i - 1].isspace() or text[i - 1] in "([—–-")
    return ' "' if opening else '" '


# British and Irish copy quotes in single marks ('We will,' she said). A single mark
# opening a word and one closing a later word of the same paragraph read as double marks,
# so the quotation reads as one anywhere else does, and double marks inside them read as
# single ones (British quotes within quotes); apostrophes stay ("it's", "the players'
# union", "the '90s", "rock 'n' roll"). A double mark outside such a pair means the text
# quotes in double marks: then it reads as written.
_DOUBLE_MARKS = frozenset("\"“”„«»")
_ELIDED = re.compile(r"(?i)(?:em|tis|twas|n|cause|til|bout)\b")
_AFTER_CLOSE = ",.;:!?)—–-…"
_OPENER = re.compile(r"(?:^|[\s(\[—–/\"“-])['‘](?=[^\W\d_]|…)", re.MULTILINE)
_INNER = {ord("“"): "‘", ord("”"): "’", ord('"'): "'", ord("„"): "‚"}


def _single_quoted(text: str) -> str:
    if ("'" not in text and "‘" not in text) or not _OPENER.search(text):
        return text
    spans = _single_pairs(text)
    chars = list(text)
    for i, c in enumerate(text):
        if c in _DOUBLE_MARKS and not any(s < i < e for s, e, _ in spans):
            return text
    for start, end, closed in spans:
        chars[start] = "“"
        if closed:
            chars[end] = "”"
        for i in range(start + 1, end):
            chars[i] = chars[i].translate(_INNER)
    return "".join(chars)


def _single_pairs(text: str) -> list[tuple[int, int, bool]]:
    """(opening mark, closing mark or paragraph end, closed) of each quotation in single
    marks; one left open runs on only into a paragraph that opens with a mark again."""
    out: list[tuple[int, int, bool]] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for n, (start, end) in enumerate(lines):
        open_at: int | None = None
        for i in range(start, end):
            c = text[i]
            if c not in "‘’'":
                continue
            before = text[i - 1] if i > start else " "
            after = text[i + 1] if i + 1 < end else " "
            if open_at is None:
                if c != "’" and (before.isspace() or before in "([—–-/\"“") and \
                        (after.isalpha() or after == "…") and not _ELIDED.match(text, i + 1):
                    open_at = i
            elif c != "‘" and not before.isspace() and i - open_at > 2 and \
                    (after.isspace() or after in _AFTER_CLOSE) and \
                    not (before in "sS" and after == " " and text[i + 2:i + 3].islower()):
                out.append((open_at, i, True))
                open_at = None
        if open_at is not None and n + 1 < len(lines) and text[lines[n + 1][0]] in "‘'":
            out.append((open_at, end, False))
    return out
