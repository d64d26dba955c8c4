"""Who is "he" and who is "she": the usual gender of a first name, and what an article's
own pronouns say about the people it names.

First names come from the 1990 US Census lists (public domain; shipped by the `names`
package, read once) plus the lexicon's lists for names the census lacks ("Volodymyr",
"Jens"). A name both sexes carry often ("Jordan", "Kim") says nothing. An article's
evidence: "his" or "she" right after a person is named, with no one else named in
between, in the same or the next sentence. Pure, but for reading the census lists.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources

from ..text import fold
from .first_names import FEMALE_NAMES, MALE_NAMES
from .headlines import written_lower
from .lexicon import ROLE_WORDS

# A name counts as one sex's when that sex carries it this many times more often.
_RATIO = 4.0
# A first name at all when at least this share (%) of one sex carries it: "Donald" (0.93)
# is one, "Li" (0.003) is a family name far more often.
_COMMON = 0.01
_MALE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_FEMALE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)


# What "he" or "she" may stand for when the story has not named the person: "The victim's
# mother wept. “…,” she said." (gender None: either).
PERSON_NOUNS = {
    **dict.fromkeys("""mother mom woman girl wife sister daughter grandmother aunt niece widow
    girlfriend businesswoman actress granddaughter grandma stepmother stepdaughter fiancee
    fiancée""".split(), "f"),
    **dict.fromkeys("""father dad man boy husband brother son grandfather uncle nephew widower
    boyfriend businessman actor grandson grandpa stepfather stepson fiance""".split(), "m"),
    **dict.fromkeys("""person resident neighbour neighbor parent student driver victim witness
    owner passenger patient teacher nurse doctor worker employee volunteer customer tenant
    survivor officer member relative friend colleague supporter voter protester fan spectator
    bystander homeowner commuter cyclist pedestrian caregiver shopper mourner activist
    organizer organiser participant attendee landlord cousin spouse sibling""".split()),
}


# Nouns for one person by what they do, which news leaves unnamed ("a former aide", "a
# senior official"), for "she said" to go back to; with a sex when the word gives one.
_ONE_BY_ROLE = {
    **dict.fromkeys("spokeswoman congresswoman chairwoman councilwoman".split(), "f"),
    **dict.fromkeys("spokesman congressman chairman councilman".split(), "m"),
    **dict.fromkeys("""aide official adviser advisor spokesperson staffer strategist
    consultant diplomat lawyer attorney analyst economist scientist researcher expert
    executive manager director lawmaker legislator source insider investigator detective
    prosecutor physician surgeon professor coach player farmer firefighter paramedic
    pilot pastor priest""".split()),
}


def by_role(phrase: str) -> bool:
    """Whether a description names its one person by what they do ("a former aide")."""
    words = phrase.lower().split()
    return bool(words) and words[-1].strip(",.") in _ONE_BY_ROLE


def described_gender(phrase: str) -> tuple[bool, str | None]:
    """(whether a description names one person, and its gender if the noun gives one):
    "the victim's mother" → (True, "f"); "the driver" → (True, None); "one of the
    victims" → (True, None); "a former aide" → (True, None)."""
    words = phrase.lower().split()
    head = words[-1].strip(",.") if words else ""
    if words[:2] == ["one", "of"] and head.endswith("s"):
        head = head[:-1]  # "one of the victims" is one victim
    if head in _ONE_BY_ROLE:
        return True, _ONE_BY_ROLE[head]
    return head in PERSON_NOUNS, PERSON_NOUNS.get(head)


@lru_cache(maxsize=1)
def _census() -> dict[str, tuple[str | None, float]]:
    """First name → (usual sex or None, the larger share of either sex carrying it)."""
    freq: dict[str, dict[str, float]] = {}
    for sex, name in (("m", "dist.male.first"), ("f", "dist.female.first")):
        try:
            text = resources.files("names").joinpath(name).read_text(encoding="ascii")
        except (ModuleNotFoundError, FileNotFoundError):
            return {}  # without the lists the lexicon's names still work
        for line in text.splitlines():
            cols = line.split()
            if len(cols) >= 2:
                freq.setdefault(cols[0].lower(), {})[sex] = float(cols[1])
    out: dict[str, tuple[str | None, float]] = {}
    for first, f in freq.items():
        m, w = f.get("m", 0.0), f.get("f", 0.0)
        out[first] = ("m" if m > _RATIO * w else "f" if w > _RATIO * m else None, max(m, w))
    return out


@lru_cache(maxsize=2)
def _surnames(share: float) -> frozenset[str]:
    """Family names at least `share` % of the 1990 US census carries (4,760 carry 0.003 %)."""
    try:
        text = resources.files("names").joinpath("dist.all.last").read_text(encoding="ascii")
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset()
    return frozenset(cols[0].lower() for cols in map(str.split, text.splitlines())
                     if len(cols) >= 2 and float(cols[1]) >= share)


def is_surname(word: str, rare: bool = False) -> bool:
    """A word many people carry as a family name ("Reyes", "Nunes"), whatever else it is;
    `rare`: any the census lists ("Cardinal"), for when a first name vouches for it."""
    return fold(word).strip(".") in _surnames(0.0 if rare else 0.003)


def first_name_gender(name: str) -> str | None:
    """ "Anna Berg" → "f"; "Jordan Lee" or an unknown first name → None."""
    words = name.split()
    first = fold(words[0]).strip(".") if words else ""
    if first in FEMALE_NAMES:
        return "f"
    if first in MALE_NAMES:
        return "m"
    return _census().get(first, (None, 0.0))[0] if len(first) > 1 else None


def is_first_name(word: str) -> bool:
    """A word people are commonly named ("Marta", "Phil"), of either sex."""
    low = fold(word).strip(".")
    return low in FEMALE_NAMES or low in MALE_NAMES or \
        _census().get(low, (None, 0.0))[1] >= _COMMON


def pronoun_evidence(text: str, sentences: Sequence[tuple[int, int]],
                     surnames: Iterable[str]) -> dict[str, str]:
    """Surname → "m" or "f" where the article's pronouns say so: after the surname, up to
    the next surname of someone else within this sentence and the next, gendered
    pronouns of one kind only, at least twice."""
    names = sorted({s for s in surnames if len(s) > 1}, key=len, reverse=True)
    if not names:
        return {}
    pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b")
    hits = [(m.start(), m.group(1)) for m in pattern.finditer(text)]
    counts: dict[str, Counter[str]] = {}
    for n, (pos, who) in enumerate(hits):
        k = next((k for k, (s, e) in enumerate(sentences) if s <= pos < e), None)
        if k is None:
            continue
        stop = sentences[min(k + 1, len(sentences) - 1)][1]
        later = [p for p, other in hits[n + 1:] if other != who]
        if later:
            stop = min(stop, later[0])
        window = text[pos + len(who):stop]
        c = counts.setdefault(who, Counter())
        c["m"] += len(_MALE.findall(window))
        c["f"] += len(_FEMALE.findall(window))
    out = {}
    for who, c in counts.items():
        if c["m"] >= 2 and not c["f"]:
            out[who] = "m"
        elif c["f"] >= 2 and not c["m"]:
            out[who] = "f"
    return out


def pronoun_follows(text: str, word: str) -> bool:
    """ "“…,” said Hajdu. But she warned …": the next sentence opens with "he" or "she"
    and nobody else is named between, so the word, whatever the tagger called it, is a
    person's name (an organisation is "it")."""
    after = rf"\b{re.escape(word)}\b[^.!?A-Z“”\"]*[.!?][”\"]?\s+(?:She|He|" \
        rf"(?:But|And|Yet|Then|Still|Later),?\s+(?:she|he))\b"
    # or says "she" of itself ("Tanya says she noticed …"; a body says "it")
    itself = rf"\b{re.escape(word)}\s+(?:says|said)\s+(?:that\s+)?(?:she|he)\b"
    return word.replace("-", "").isalpha() and (
        re.search(after, text) is not None or re.search(itself, text) is not None)


def noun_shaped(word: str) -> bool:
    """A word shaped like a noun for people ("landlord", "tenant", "trainee", "advocate"):
    before a first name it describes the person, it is not the start of the name."""
    low = word.lower()
    return low in PERSON_NOUNS or (word.isalpha() and low.endswith(
        ("lord", "ant", "ent", "ee", "man", "woman", "ic", "ate", "ot", "ach")))


def description_lead(words: list[str], text: str) -> bool:
    """ "Runner Joseph Kiprono" heading a sentence, "the runner" elsewhere, or "Goaltender
    Nils Ekholm", "Landlord Victor Adeyemi", "Resident Gurpreet Sandhu" (a noun for people
    vouches for itself, whatever the first name): a description the tagger took into the
    name."""
    first = words[0] if len(words) >= 3 else ""
    return bool(first) and not is_first_name(first) and words[1][:1].isupper() and (
        (is_first_name(words[1]) and (written_lower(first, text) or (
            noun_shaped(first) and not is_surname(first))))
        or first.lower() in ROLE_WORDS or first.lower() in PERSON_NOUNS
        or first.lower().endswith(("er", "or", "ist", "ian")))
