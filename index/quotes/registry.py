"""The people and organisations of one article, with name variants merged, and the
names a title or a byline gives ("Statement by Press Secretary Jen Psaki", "President
Biden" in a title, "(Biden administration)" in a source). Pure."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from .gender import is_first_name, is_surname
from .lexicon import COUNTRIES, ORG_WORDS, PARTY_WORDS, TITLE_GENDER
from .names import (
    clean_name,
    is_role,
    name_words,
    role_class,
    role_country,
    same_person,
    split_role,
    surname,
)

_STATEMENT = re.compile(r"^(?:Joint\s+)?Statement\s+(?:by|from|of)\s+(?:the\s+)?(.+?)"
                        r"(?:\s+(?:on|regarding|about|following|after|marking|in)\b.*)?$")
_ADMIN = re.compile(r"\(([A-Z][\w’'-]+) administration\)")
_PRESIDENT = re.compile(r"(?<!Vice )\bPresident\s+((?:[A-Z][\w’'.-]+)(?:\s+[A-Z][\w’'.-]+)?)")
# A word of a name; accents mended from mojibake are combining marks ("Pen\u0303a")
_PART = r"[A-Z][\w’'\u0300-\u036f-]+"
TITLED = re.compile(
    r"((?:(?:U\.S\.|[A-Z][a-z]+(?:ian|ish|ese|an|ch)) )?"  # "U.S. President", "Ukrainian …"
    r"\b(?:Vice |Prime |Foreign |Deputy |Federal )?(?:President|Minister|Secretary(?: of State)?"
    r"|Secretary General|Ambassador|Chancellor|[Ss]pokes(?:man|woman|person)|Senator|Sen\."
    r"|General|Gen\.|Mr\.|Ms\.|Mrs\.|Dr\.|Aide|Adviser|Advisor|King|Queen|Prince)"
    r"(?: of (?:the )?(?:United States(?: of America)?|Untied States(?: of America)?|"
    r"United Kingdom|Russian Federation|European Commission|[A-Z][\w’'-]+))?)"  # "of Ukraine"
    rf"\s+((?:{_PART}|[A-Z]\.)(?:\s+(?:{_PART}|[A-Z]\.)){{0,3}})")
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms)\.?\s+([A-Z][\w’'-]+)")
_NOT_NAME = {"Before", "After", "On", "In", "At", "During", "With", "And", "Of", "For", "To",
             "Meeting", "Bilateral", "Call", "Remarks", "Statement", "Press"}


@dataclass(slots=True)
class Person:
    name: str
    aliases: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    gender: str | None = None
    # What the article calls them that is no role: "the Kentucky Republican", "a mother"
    described: list[str] = field(default_factory=list)


class Registry:
    """The people and organisations of one article, with name variants merged."""

    def __init__(self, text: str = "") -> None:
        self.people: list[Person] = []
        # surname → the sexes the article's honorifics give it ("Mr. Obama": m)
        self.titled: dict[str, set[str]] = {}
        for m in _HONORIFIC.finditer(text):
            self.titled.setdefault(m.group(2), set()).add(TITLE_GENDER[m.group(1).lower()])
        self.orgs: dict[str, str] = {}  # folded → as first written
        self.places: set[str] = set()  # what the model tagged as a place in this article
        # first names the article gives a son or father ("Donald Jr."): no one else's
        self.juniors = {m.group(1) for m in re.finditer(r"\b([A-Z]\w+),?\s+(?:Jr|Sr)\b", text)}

    def find(self, name: str, gender: str | None = None) -> Person | None:
        """The person `name` stands for; one whose known sex is not `gender` is someone
        else ("Mr. Obama" is not Michelle Obama)."""
        found = next((p for p in self.people if same_person(p.name, name) and self.fits(p, gender)),
                     None)
        first = name.split()[0] if name else ""
        if found is None and first not in self.places and first not in self.juniors and \
                is_first_name(first):
            # "Marie said" and "Marie Desjarlais": a first name alone, no one's surname nor
            # a place's ("Cleveland"), is the one person the article gives that first name
            firsts = [p for p in self.people if p.name.split()[0] == first and self.fits(
                p, gender) and (" " in p.name) != (" " in name)]
            found = firsts[0] if len(firsts) == 1 else None
        return found

    def fits(self, person: Person, gender: str | None) -> bool:
        """Whether `person` can be someone of sex `gender` (None: anyone)."""
        return not gender or self.sex(person) in (None, gender)

    def sex(self, person: Person) -> str | None:
        """A person's sex as known, or as the honorifics tell of a surname-only one (so
        "President Obama" of "Mr. Obama" does not become "the first lady, Michelle Obama")."""
        return person.gender or (None if " " in person.name else self.titled_sex(person.name))

    def titled_sex(self, word: str) -> str | None:
        sexes = self.titled.get(word, set())
        return next(iter(sexes)) if len(sexes) == 1 else None

    def person(self, name: str, role: str | None = None, gender: str | None = None,
               trusted: bool = False) -> Person | None:
        """Register a name (titles inside it become roles); None if it is not a name."""
        inner_role, name = split_role(clean_name(name))
        if inner_role:
            role = f"{role} {inner_role}" if role else inner_role
        words = name.split()
        if not words or len(words) > 4 or not name_words(words):
            return None
        # "NDP health critic France Gélinas": a role and the tagger vouch for a first name
        # that is a country's, as a family name does ("said German Ortega, one of …")
        country_first = words[0].lower() in COUNTRIES and not (
            trusted and len(words) == 2 and ((role is not None and is_role(role))
                                             or is_surname(words[1])))
        if (name in self.places and not trusted) or any(
                w.lower() in ORG_WORDS for w in words) or country_first \
                or ((words[-1].lower() in COUNTRIES or words[-1].lower() in PARTY_WORDS)
                    and not is_first_name(words[0])):
            # "Kiev", "States", "Iowa Democrat": places, institutions and factions are not
            # people; but after a first name a country or party word is a surname ("David
            # French", "John Tory")
            return None
        described = None
        if role:
            role = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", role).strip(" ,")
            if not is_role(role):
                role, described = None, role
        found = self.find(name, gender)
        if found is None:
            found = Person(name)
            self.people.append(found)
        elif len(name.split()) > len(found.name.split()):
            found.name = name  # the fullest form is the canonical one
        found.aliases.add(name)
        if role and role not in found.roles and len(role.split()) <= 8:
            found.roles.append(role)
        if described and described not in found.described and len(described.split()) <= 8:
            found.described.append(described)
        if gender and found.gender is None:
            found.gender = gender
        return found

    def org(self, name: str) -> str:
        return self.orgs.setdefault(name.lower(), name)

    def surnames(self) -> set[str]:
        return {surname(a) for p in self.people for a in p.aliases if surname(a)}

    def by_role(self, role: str, met: Mapping[int, int] | None = None) -> Person | None:
        """The person "the Ukrainian head of state" stands for: same kind of role, no
        clash of countries; or, in an article naming one person only, that person.
        With `met` (id(person) → offset last met, as the article is read), only people
        the reader has met, the latest first: "the mayor" is the mayor named so far."""
        classes, countries = role_class(role), role_country(role)
        best: tuple[int, int, int] = (0, -1, -1)
        for n, person in enumerate(self.people):
            when = n if met is None else met.get(id(person), -1)
            if when < 0:
                continue
            for r in person.roles:
                theirs = role_country(r)
                if not role_class(r) & classes or (countries and theirs
                                                   and not countries & theirs):
                    continue
                score = 2 if countries & theirs else 1
                best = max(best, (score, when, n))
        if best[2] >= 0:
            return self.people[best[2]]
        # The only person named, unless their own role is another ("Finance Minister Ray
        # Dunmore" is not "the prime minister"), when the role is written as a title for
        # them ("Volodymyr Zelenskyy … the Head of State"): a story naming one resident,
        # then "the mayor said", has two people
        only = self.people[0] if len(self.people) == 1 and role[:1].isupper() else None
        return only if only and not any(role_class(r) for r in only.roles) else None


    def by_description(self, words: str) -> Person | None:
        """The person a description stands for when the article gave them that role or
        apposition: "the Kentucky Republican" after "Mitch McConnell, the Kentucky
        Republican". Every content word must be in one of the person's roles, and the two
        must be the same kind of thing (same last word: "the Kremlin" is not "Kremlin
        spokesman"); two people fitting is no answer."""
        wanted = _content_words(words)
        if not wanted:
            return None
        head = _last_word(words)
        fits = [p for p in self.people if any(wanted <= _content_words(r) and
                                              _last_word(r) == head
                                              for r in [*p.roles, *p.described])]
        return fits[0] if len(fits) == 1 else None


def _last_word(text: str) -> str:
    words = re.findall(r"[a-z][a-z’'-]*", text.lower())
    return words[-1].rstrip("s") if words else ""


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z.’'-]*", text.lower())
            if w not in ("the", "a", "an", "of", "to", "for", "and", "former", "then")}


def president_of(title: str, source: str | None) -> str | None:
    m = _ADMIN.search(source or "")
    if m:
        return m.group(1)
    m = _PRESIDENT.search(title)
    if m:
        words = [w for w in m.group(1).split() if w not in _NOT_NAME]
        return words[0] if words else None
    return None


def statement_author(title: str) -> str | None:
    m = _STATEMENT.match(title.strip())
    return m.group(1).strip() if m else None


def other_party(person: Person, member: str) -> bool:
    """A word of the person's roles names a party other than `member` ("Democratic Sen.
    …" is no Republican)."""
    parties = {"gop": "republican", "democratic": "democrat"}
    words = {parties.get(w, w) for r in [*person.roles, *person.described]
             for w in re.findall(r"[a-z]+", r.lower())}
    members = {w.rstrip("s") for w in PARTY_WORDS}
    return bool({w.rstrip("s") for w in words} & members - {member})
