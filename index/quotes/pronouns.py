"""Who a pronoun stands for ("he", "she", "it", "they"), and how it was found: the
features the speaker model weighs. Pure (index.quotes.referents uses it)."""

from __future__ import annotations

import re

from .entities import People
from .gather import Spoke
from .gender import by_role, described_gender
from .mentions import Mention
from .subjects import Referent, Subjects

# someone new: "a neighbour", "Her husband", "Barrett's wife", "the victim's mother"
_INTRODUCED = re.compile(r"(?i)(?:an?|one|another|her|his|their|[\w.-]+['’]s)\s")


def pronoun_reading(m: Mention, k: int, people: People, previous: Spoke | None,
                    subjects: Subjects | None, said: tuple[int, int] = (0, 0)
                    ) -> tuple[Referent, dict[str, float]]:
    """Who a pronoun stands for, and how it was found (`choice.FEATURES` "pro_…",
    "it_…"): a wrong name most often comes from a pronoun read back to the wrong person."""
    if m.gender and subjects is not None:
        # "The victim's mother wept in court. “…,” she said": a described person, subject
        # since the previous quote, with no one named after, and not the subject of what
        # is said ("A new manager, he said, could …"); to the speaker model it reads as a
        # person does
        desc = subjects.described(k, m.start, m.gender, previous.end if previous else -1)
        if desc is not None and not any(desc.start < s.pos < m.start for s in people.seen) \
                and not said[0] <= desc.start < said[1]:
            return desc.referent, {"pro_fresh": 1.0, "pro_agrees": 1.0, "to_person": 1.0,
                                   "to_description": 0.0}
    if m.gender and previous is not None and previous.kind == "description" and \
            _INTRODUCED.match(previous.name) and previous.k >= k - 2 + by_role(
                previous.name) and not any(previous.end < s.pos < m.start for s in people.seen):
        # "One of the victims said he felt relieved. “…,” he said": someone new, described,
        # spoke last (in the sentence before, if described by what they do: "a former
        # aide") and no one has been named since ("the actress" may be the person the
        # story is about: that is the antecedent search's to find)
        one, sex = described_gender(previous.name)
        if one and sex in (None, m.gender):
            return (previous.name, "description"), {"pro_previous": 1.0, "pro_agrees": 1.0,
                                                    "to_person": 1.0, "to_description": 0.0}
    if m.gender:
        a = people.explain(k, m.start, m.gender, previous.person if previous else None,
                           previous.end if previous else -1, said)
        if a is None:
            return (None, None), {}
        a.person.gender = a.person.gender or m.gender
        return (a.person.name, "person"), {
            f"pro_{a.rule}": 1.0, "pro_rivals": min(3, a.rivals) / 3,
            "pro_back": min(4, a.back) / 4,
            "pro_agrees": float(people.gender_of(a.person) == m.gender)}
    spoke = previous.mention[0] if previous and previous.mention else -1
    near = subjects.antecedent(k, m.start, m.name == "they", spoke) if subjects else None
    if near is not None:
        return near.referent, {"it_subject": 1.0}
    # else the organisation or group that spoke last
    if previous and previous.kind in ("organisation", "description") and previous.k >= k - 2:
        return (previous.name, previous.kind), {"it_previous": 1.0}
    return (None, None), {}
