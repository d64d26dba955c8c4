"""Whose office speaks: "her office", "Ford's office" named by the holder's full name. Pure."""

from __future__ import annotations

import re

from .entities import People
from .gather import Spoke
from .names import clean_name, role_class

_OWNED = re.compile(r"(?i)^(his|her|.+?)(['’]s?)?\s+(office|campaign|team|staff|ministry)$")


def owner_named(name: str, k: int, pos: int, people: People, previous: Spoke | None,
                ) -> str | None:
    """ "her office", "Ford's office", "the Ford campaign": the office of the person the
    article means, by full name ("Doug Ford's office"), so that it is told apart from any
    other Ford's."""
    m = _OWNED.match(name)
    if m is None:
        return None
    owner, what = m.group(1), m.group(3)
    owner = clean_name(owner)  # "Mr. Sanders's campaign"
    low = owner.lower()
    if low in ("his", "her"):
        a = people.explain(k, pos, "m" if low == "his" else "f",
                           previous.person if previous else None,
                           previous.end if previous else -1)
        full = a.person.name if a is not None and " " in a.person.name else None
    elif " " in owner or not (m.group(2) or (owner[:1].isupper() and what == "campaign")):
        return None  # (but "the Clinton campaign" is "Clinton's campaign")
    elif owner.islower() and role_class(owner):
        # "the mayor's office": the office of the mayor the story has named so far
        holder = people.reg.by_role(owner, people.last_seen)
        full = holder.name if holder is not None and " " in holder.name else None
    else:
        full = people.full_name(owner, pos)
    return f"{full}'s {what}" if full else None
