"""Typed names to speakers: "zelensky" finds Volodymyr Zelenskyy, "President Biden" finds
Joe Biden, but a first name typed is never dropped. Pure over the store's speaker rows."""

from __future__ import annotations

from ..quotes.names import name_key, name_score, surname_close
from ..storage.store import Store

MATCH = 0.75  # name_score needed for a typed name to mean a speaker


class SpeakerNames:
    """Every speaker's name and aliases, grouped by folded surname: a typed name only
    ever matches names whose surname is close to its last word, so each distinct surname
    is compared once rather than every name scored."""

    def __init__(self, store: Store) -> None:
        # Described speakers ("officials") are no one a typed name can mean.
        self.canonical = {sp.id: sp.name for sp in store.speakers()
                          if sp.kind != "description"}
        self.by_surname: dict[str, list[tuple[int, str]]] = {}
        for sid, alias in [*self.canonical.items(), *store.aliases()]:
            if sid in self.canonical:
                key = name_key(alias)
                if key:
                    self.by_surname.setdefault(key, []).append((sid, alias))


def match_speakers(table: SpeakerNames, name: str) -> list[tuple[int, str]]:
    """Speakers a typed name can mean: the best-scoring ones, (id, canonical name)."""
    scores: dict[int, float] = {}
    for key, names in table.by_surname.items():
        if not surname_close(name, key):
            continue
        for sid, alias in names:
            scores[sid] = max(scores.get(sid, 0.0), name_score(name, alias))
    if not scores:
        return []
    top = max(scores.values())
    if top < MATCH:
        return []
    return [(sid, table.canonical[sid]) for sid, sc in scores.items() if sc == top]
