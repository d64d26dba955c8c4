"""What the walk found, tidied: quotation marks that hold no speech, quotes nested in
another of the same speaker, pieces of one sentence's quote. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..types import Quote, QuoteKind
from .lexicon import CUE_WORDS


def not_speech(inner: str, unattributed: bool) -> bool:
    """Quotation marks that hold no speech: a title ("Monday Night Baseball", "Who's Who in
    the CIA"), a scare-quoted word, or a short unattributed phrase ("issue ownership")."""
    words = re.findall(r"[\w’'-]+", inner)
    if len(words) < 2:
        return True
    small = {"a", "an", "the", "of", "in", "on", "and", "or", "to", "for", "with", "at"}
    if len(words) <= 7 and all(w[:1].isupper() or w.lower() in small for w in words) \
            and not inner.rstrip().endswith((".", "!", "?", ",")):
        return True
    return unattributed and len(words) <= 4


def work_title(text: str, start: int, end: int) -> bool:
    """ "his 2012 book, “An American Son.”", "the reality show “The Apprentice”": words in
    capitals in quotation marks right after the noun of a work are its title, whoever
    wrote it (not "called the show “the conservative news show of record”")."""
    words = re.findall(r"[^\W\d_][\w’'-]*", text[start:end])
    big = [w for w in words if w[:1].isupper()]
    return bool(words) and words[0][:1].isupper() and len(big) * 2 >= len(words) and \
        _WORK.search(text, max(0, start - 40), start) is not None


_WORK = re.compile(r"\b(?:book|memoir|novel|film|movie|documentary|show|series|sitcom|song|"
                   r"album|play|musical|poem)\s*,?\s*[“\"'‘]+$", re.IGNORECASE)


def outermost(quotes: list[Quote]) -> list[Quote]:
    """Drop a quote lying inside another of the same speaker (or of none): "it was “too
    early to tell” whether …" is one quote, the indirect one. A closing full stop or
    comma past the outer quote's end still counts as inside."""
    out = []
    for q in quotes:
        inside = any(o is not q and o.start <= q.start and q.end <= o.end + 2
                     and (o.end - o.start) > (q.end - q.start)
                     and (q.speaker is None or o.speaker == q.speaker
                          or _belief_within(q, o)) for o in quotes)
        if not inside:
            out.append(q)
    return out


def _belief_within(q: Quote, o: Quote) -> bool:
    """ "Munn said investigators believe speed was a factor": a belief inside reported
    speech is the reporter's source's claim, not one more attribution the article makes."""
    return q.kind == QuoteKind.INDIRECT and o.kind == QuoteKind.INDIRECT \
        and (q.cue or "").lower() in _BELIEFS


_BELIEFS = frozenset("believe believes believed think thinks thought".split())


def joined(quotes: list[Quote], sentences: Sequence[tuple[int, int]], text: str,
           ) -> list[Quote]:
    """One quote per cue: "“A,” she said, “B.”" is A…B, hers, and so is "“A,” she said.
    “B.”" (a quotation in the same paragraph with no cue of its own: the golds and
    PolNeAR mark it one attribution); but "“A,” she said, adding, “B.”", "“A,” adding,
    “B”" and "“A,” said Beck, who said “B”" are two. Two of one speaker's quotes that
    overlap or meet in one sentence are one."""
    marked = (QuoteKind.DIRECT, QuoteKind.PARTIAL, QuoteKind.CONTINUATION)
    out: list[Quote] = []
    for q in sorted(quotes, key=lambda q: (q.start, q.end)):
        last = out[-1] if out else None
        if (last is not None and q.speaker and last.speaker == q.speaker
                and q.kind in marked and (last.kind in marked or _goes_on(last, q, text)
                                          or q.kind == QuoteKind.CONTINUATION)
                and last.end <= q.start
                and (any(s <= last.start and q.end <= e + 1 for s, e in sentences)
                     or _one_sentence(last.end, q.start, sentences)
                     or _runs_on(last, q, text))
                and _one_cue(_cues(text, last.end, q.start))):
            end = q.end
            if last.kind == QuoteKind.INDIRECT and text[q.end:q.end + 1] in ("”", '"'):
                end += 1  # reported speech holds the closing mark of the words it quotes
            out[-1] = Quote(last.start, end, last.kind, last.cue or q.cue, last.speaker,
                            last.speaker_start, last.speaker_end, last.speaker_kind)
        elif last is not None and q.speaker and last.speaker == q.speaker and \
                (q.start < last.end or _touching(last, q, text, sentences)):
            out[-1] = replace(last, end=max(last.end, q.end), cue=last.cue or q.cue)
        else:
            out.append(q)
    return out


def _touching(last: Quote, q: Quote, text: str, sentences: Sequence[tuple[int, int]]) -> bool:
    """Two readings of one speaker's words that meet in a sentence: "he said he hoped |
    that the minister would …" (the nested cue cut its content off), or a quotation and
    the reported clause that goes on from its closing mark ("“… for us” | because …")."""
    return re.fullmatch(r"[\s“”\"'‘’]*(?:that)?[\s“”\"'‘’]*", text[last.end:q.start]) is not None \
        and _one_sentence(last.end, q.start, sentences)


def _one_sentence(a: int, b: int, sentences: Sequence[tuple[int, int]]) -> bool:
    """Whether offsets a and b (a ≤ b: the end of one quote, the start of the next) lie in
    one sentence, with no sentence boundary between the two quotes."""
    return any(s <= a and b < e for s, e in sentences)


def _goes_on(last: Quote, q: Quote, text: str) -> bool:
    """ "vowed to oppose legal status “today, tomorrow, forever.”": a partial quote after
    reported speech, with no cue between, is more of what was reported."""
    return last.kind == QuoteKind.INDIRECT and q.kind == QuoteKind.PARTIAL and \
        not CUE_WORDS.search(text, last.end, q.start)


def _runs_on(last: Quote, q: Quote, text: str) -> bool:
    """ "“A,” she said. “B.”", "She said A. “B.”": the quotation after the cue's own
    sentence, in the same paragraph, with no cue of its own, goes on with the one the cue
    attributes (PolNeAR: 37 of 41 such reported clauses and quotations are one)."""
    gap = text[last.end:q.start]
    return q.kind == QuoteKind.CONTINUATION and "\n" not in gap and (
        bool(CUE_WORDS.search(gap)) or not any(c.isalnum() for c in gap))


def _cues(text: str, start: int, end: int) -> list[str]:
    """The cue words between two quotations, less those used as nouns ("via email", "in
    an interview"): a preposition or determiner before a cue word makes it a thing."""
    return [m.group() for m in CUE_WORDS.finditer(text, start, end)
            if not _NOUN_BEFORE.search(text, start, m.start())]


_NOUN_BEFORE = re.compile(r"\b(?:via|by|in|an?|the|his|her|their|its)\s+$", re.IGNORECASE)


def _one_cue(cues: list[str]) -> bool:
    # "adding", "noting": a participle opens a quotation of its own
    return len(cues) == 0 or (len(cues) == 1 and not cues[0].lower().endswith("ing"))


_OPENING = frozenset("“\"«„")


def carried_back(quotes: list[Quote], text: str) -> list[Quote]:
    """A quotation over several paragraphs is one speaker's: news leaves a paragraph's
    quotation unclosed and reopens it in the next (“A …¶“B …,” she said), so an unclosed
    paragraph nobody was found for takes the speaker of the paragraph that goes on from it."""
    out = sorted(quotes, key=lambda q: (q.start, q.end))
    for n in range(len(out) - 2, -1, -1):
        q, nxt = out[n], out[n + 1]
        gap = text[q.end:nxt.start]
        if q.speaker is None and nxt.speaker and q.kind == QuoteKind.DIRECT \
                and "\n" in gap and gap.strip() in _OPENING:
            out[n] = replace(q, speaker=nxt.speaker, speaker_kind=nxt.speaker_kind)
    return out
