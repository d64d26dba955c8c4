"""A description that a story names a sentence or two later: "The federal health minister
says …" opening a story, "Patty Hajdu said …" just after. Pure."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from ..types import Quote
from .lexicon import INDEFINITE
from .names import role_class, role_country
from .tracking import Seen

AHEAD = 2  # sentences


def named_later(quotes: Sequence[Quote], sentence_of: Callable[[int], int],
                seen: Sequence[Seen]) -> list[Quote]:
    """Quotes whose speaker is a definite description of a role ("the premier", "the
    province's health minister") take the one person the story first names within the
    next sentences with a role of that kind; "a minister" is someone else, and two
    such people are no answer."""
    first: dict[int, Seen] = {}
    for s in seen:
        first.setdefault(id(s.person), s)
    out = []
    for q in quotes:
        words = (q.speaker or "").split()
        classes = role_class(q.speaker) if q.speaker and q.speaker_kind == "description" \
            and words[0].lower() not in INDEFINITE else set()
        if classes:
            k = sentence_of(q.start)
            countries = role_country(q.speaker or "")
            fits = {id(f.person): f.person for f in first.values() if k < f.k <= k + AHEAD
                    and any(role_class(r) & classes and not (
                        countries and role_country(r) and not countries & role_country(r))
                        for r in f.person.roles)}
            if len(fits) == 1:
                q = replace(q, speaker=next(iter(fits.values())).name, speaker_kind="person")
        out.append(q)
    return out
