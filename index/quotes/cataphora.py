"""A description that a story names a sentence or two later: "The federal health minister
says …" opening a story, "Patty Hajdu said …" just after. Pure."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from ..text import fold
from ..types import Quote
from .lexicon import HONORIFICS, INDEFINITE, INSTITUTIONS, ROLE_HEADS
from .names import role_class, role_country
from .subjects import names_kind
from .tracking import Seen

AHEAD = 2  # sentences


def named_later(quotes: Sequence[Quote], sentence_of: Callable[[int], int],
                seen: Sequence[Seen], sentences: Sequence[tuple[int, int]] = (),
                text: str = "") -> list[Quote]:
    """Quotes whose speaker is a definite description of a role ("the premier", "the
    province's health minister") take the one person the story first names within the
    next sentences with a role of that kind; "a minister" is someone else, and two
    such people are no answer. A description that opens its sentence may also take the
    person the next sentence introduces as its subject (`sentences`, `text` tell)."""
    first: dict[int, Seen] = {}
    for s in seen:
        first.setdefault(id(s.person), s)
    out = []
    for q in quotes:
        words = (q.speaker or "").split()
        k = sentence_of(q.start)
        # "A Toronto city councillor is pushing …, saying …" opening a story that names
        # nobody before it is the councillor named next, however indefinite ("A former
        # health minister" is not the one in office)
        lede = words[:1] in (["A"], ["An"]) and "former" not in words and (not any(
            s.k <= k for s in seen) or "spokes" in role_class(q.speaker or ""))
        # (as is "A spokesperson for the minister said …" that the next sentence names:
        # "“…,” Liz Tuomi said in a statement")
        classes = _kinds(q.speaker) if q.speaker and q.speaker_kind == "description" \
            and (lede or words[0].lower() not in INDEFINITE) and not _several(words) else set()
        if classes:
            countries = role_country(q.speaker or "")
            fits = {id(f.person): f.person for f in first.values() if k < f.k <= k + AHEAD
                    and any(_kinds(r) & classes and _leads(q.speaker or "", r) and not (
                        countries and role_country(r) and not countries & role_country(r))
                        for r in f.person.roles)}
            if not fits and q.speaker_start is not None and k < len(sentences) and \
                    sentence_of(q.speaker_start) == k and not _names_someone(
                        (q.speaker or "").split(" for ")[0]) \
                    and text[sentences[k][0]:q.speaker_start].strip().lower() in (
                        "", "the", "a", "an"):
                # "Ontario's education minister says …" then "Stephen Lecce made the
                # announcement": the one person first met as a main subject in the next
                # sentence, with no role (an honorific aside) or description of their own,
                # is the one the lead described (not a description deeper in its sentence,
                # which may go back to someone: "… Trump … after the candidate said")
                fits = {id(f.person): f.person for f in first.values()
                        if f.k == k + 1 and f.main and not f.person.described and all(
                            r.lower().rstrip(".") in HONORIFICS for r in f.person.roles)}
            if len(fits) == 1:
                q = replace(q, speaker=next(iter(fits.values())).name, speaker_kind="person")
        out.append(q)
    return out


def _kinds(role: str) -> set[str]:
    """A role's classes ("the province's health minister" → minister), or its head word
    when only that says what the person is ("Hill's lawyer" → lawyer); "the head of the
    union" is whoever leads it."""
    words = re.findall(r"[a-z]+", role.lower())
    if _HEAD_OF.search(role) and not role_class(role):
        return set(_LEADERS)
    return role_class(role) or ({words[-1]} if words and words[-1] in ROLE_HEADS else set())


_HEAD_OF = re.compile(r"(?i)\bhead of (?:the )?(?P<body>.+)")
_LEADERS = frozenset(("president", "chair", "leader", "chief"))


def _leads(description: str, role: str) -> bool:
    """ "The head of the Police Association" is "Association president Matt Skof", not
    "President Joe Biden": the leader's role names the same body."""
    m = _HEAD_OF.search(description)
    if m is None:
        return True
    body = set(re.findall(r"[a-z]+", m.group("body").lower())) - {"of", "and", "the"}
    return bool(body & set(re.findall(r"[a-z]+", role.lower())))


def _names_someone(description: str) -> bool:
    """A capitalised word in a description past its owner ("Ontario's education minister"
    has none; "Loblaw president Per Bank" names the one it describes)."""
    words = re.split(r"['’]s\s", description, maxsplit=1)[-1].split()
    return any(w[:1].isupper() for w in words if w.lower() not in ("the", "a", "an"))


def _several(words: list[str]) -> bool:
    """ "Germany's president and foreign and defence ministers": people joined, ending in
    a plural, are no one person."""
    last = words[-1].lower().strip(",.")
    return "and" in words and last.endswith("s") and not last.endswith("ss")


def bodies_named_later(quotes: Sequence[Quote], sentence_of: Callable[[int], int],
                       ) -> list[Quote]:
    """ "Nurses have rejected the offer, their union said Friday." opening a story, then
    "The Ontario Nurses' Association said …": a body described before it is named is the
    one body speaking in the next sentences whose name says it is one of that kind (a
    company speaking next is the other side, not "the union")."""
    out = []
    for q in quotes:
        words = (q.speaker or "").lower().split()
        if q.speaker_kind == "description" and len(words) <= 3 and (words[0] in (
                words[-1], "their", "its") or words[-1] in _BODIES):
            k = sentence_of(q.start)
            later = {o.speaker for o in quotes if o.speaker_kind == "organisation" and
                     o.speaker and k < sentence_of(o.start) <= k + AHEAD}
            # ("the health authority": "Nova Scotia Health", a word of its own name)
            fits = [name for name in later if names_kind(name, words[-1]) or (
                len(words) > 1 and (set(words[:-1]) - {"their", "its"}) & set(fold(name).split()))]
            if len(later) == 1 and fits:
                q = replace(q, speaker=fits[0], speaker_kind="organisation")
        out.append(q)
    return out


_BODIES = INSTITUTIONS | {"authority", "board", "company", "firm", "group", "unit", "union"}
