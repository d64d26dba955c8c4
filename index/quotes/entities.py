"""The people of one article as it is read: one entity per person, whatever the article
calls them ("Phil Mickelson", "Mickelson", "Mr. Mickelson", "he"), and where each is met.

Built once per article and used by every quote. A lone capitalised word is a person when
the article says so somewhere: a first name before it ("Phil Mickelson" in the lead, then
"Mickelson said"), an honorific ("Mr. Nunes"), or the NER model tagging it a person more
often than an organisation or a place. A surname stands for the person of that surname
met most recently. A pronoun's antecedent is a person of the right gender met shortly
before, subjects first, never a name inside quotation marks and never an organisation.
Pure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..text import fold
from .lexicon import COUNTRIES, FEMALE_NAMES, MALE_NAMES, ORG_WORDS, ROLE_WORDS
from .mentions import mention_at, name_shaped
from .names import clean_name, gender_from_words, role_class, split_role, surname
from .nlp import Parsed
from .registry import TITLED, Person, Registry


@dataclass(slots=True)
class Seen:
    k: int  # sentence index
    pos: int  # character offset
    person: Person
    subject: bool  # the grammatical subject of its clause


# Capitalised words that open a sentence or a phrase, never a first name.
_NOT_FIRST = frozenset("""
the a an and but or if when while as at in on of for to from by with after before since
this that these those his her their its our my your he she they it we i you who what
former new said says according meanwhile however also then last next early late
""".split())
_WORD = r"[A-Z][a-z’'\-]+"


def first_name_gender(name: str) -> str | None:
    first = fold(name.split()[0]) if name.split() else ""
    if first in FEMALE_NAMES:
        return "f"
    if first in MALE_NAMES:
        return "m"
    return None


class People:
    def __init__(self, text: str, title: str, sentences: Sequence[tuple[int, int]],
                 parsed: Mapping[int, Parsed], title_parse: Parsed | None,
                 quoted: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.title = title
        self.quoted = quoted  # spans inside quotation marks: names there do not speak
        self.reg = Registry()
        self.seen: list[Seen] = []
        self.last_seen: dict[int, int] = {}  # id(person) → offset where last met
        self.labels: dict[str, Counter[str]] = {}  # word → NER labels it got
        self.geo: set[str] = set()  # places proper (not "Roman", which may be a first name)
        for p in parsed.values():
            for e in p.ents:
                words = [t.text for t in p.toks[e.start:e.end]]
                if e.label in ("GPE", "LOC", "NORP"):  # "Kiev" tagged a person once is Kiev
                    self.reg.places.add(text[p.toks[e.start].start:p.toks[e.end - 1].end])
                if e.label in ("GPE", "LOC"):
                    self.geo.add(text[p.toks[e.start].start:p.toks[e.end - 1].end])
                for w in words:
                    self.labels.setdefault(w, Counter())[e.label] += 1
        self.harvest(title_parse, text_of_title=True)
        for k, (start, end) in enumerate(sentences):
            self.harvest_plain(start, end)  # titles name people the model may miss
            if k in parsed:
                self.harvest(parsed[k])

    # --- what a word is -------------------------------------------------------------------

    def full_name(self, word: str, pos: int) -> str | None:
        """ "Mickelson" → "Phil Mickelson" when the article writes a first name before it
        somewhere (nearest before `pos` first, else the first one after)."""
        pattern = re.compile(rf"\b({_WORD}(?:\s+[A-Z]\.)?)\s+{re.escape(word)}\b")
        # The model sometimes calls a first name a place ("Marta" GPE, "Haddad" PERSON):
        # a known first name, or a surname it calls a person, outweighs that.
        person_word = bool(self.labels.get(word, Counter())["PERSON"])
        best: tuple[tuple[int, int], str] | None = None
        for m in pattern.finditer(self.text):
            first = m.group(1).split()[0]
            low = first.lower()
            place = first in self.geo and not (person_word or first_name_gender(first))
            if low in _NOT_FIRST or low in ROLE_WORDS or low in COUNTRIES or \
                    low in ORG_WORDS or place or self._inside_quote(m.start()):
                continue
            rank = (0, pos - m.start()) if m.start() < pos else (1, m.start() - pos)
            if best is None or rank < best[0]:
                best = (rank, f"{m.group(1)} {word}")
        return best[1] if best else None

    def proper_kind(self, phrase: str, pos: int, role_beside: bool = False) -> str | None:
        """What a proper-noun speaker is, "person" or "organisation", on the article's
        evidence: a first name written before it somewhere, an honorific, a role in
        apposition, a known first name, or how the NER model tagged the word across the
        article. An untagged proper noun that speaks is a person ("Farinloye says")."""
        words = phrase.split()
        if not words or len(words) > 4:
            return None
        if any(w.lower().strip(",.") in ORG_WORDS or w.lower() in COUNTRIES for w in words):
            return "organisation"
        last = words[-1]
        if len(last) > 1 and last.isupper():
            return "organisation"  # an acronym: "NATO", "CNN"
        if (role_beside or self.reg.find(last) is not None or self.full_name(last, pos)
                or (first_name_gender(phrase) and len(words) > 1)
                or re.search(rf"\b(?:Mr|Mrs|Ms|Dr)\.?\s+{re.escape(last)}\b", self.text)):
            return "person"
        labels = self.labels.get(last, Counter())
        if labels["PERSON"] and labels["PERSON"] >= labels["ORG"] + labels["GPE"]:
            return "person"
        place = labels["GPE"] + labels["LOC"] + labels["FAC"]
        if labels["NORP"] or (place and (len(words) > 1 or re.search(
                rf"\b(?:in|from|to|at|near|across|outside|inside|of|with|over|against)\s+"
                rf"(?:the\s+)?{re.escape(phrase)}\b", self.text))):
            # A country or a city speaks for its government; the model also calls
            # unfamiliar surnames places, so a place must be written as one somewhere.
            return "organisation"
        if re.search(rf"\b(?:[Tt]he\s+{re.escape(phrase)}|{re.escape(phrase)}\s+"
                     rf"(?:Inc|Corp|Co|Ltd|LLC|Group|PLC)\b)", self.text):
            return "organisation"  # "the Pentagon", "Vasquez Ltd"
        if labels["ORG"] and len(words) > 1:
            return "organisation"
        # One unfamiliar word the model called an organisation, speaking: most often a
        # surname it does not know ("Okonjo said"); a firm would show "the", "Inc" or "it".
        return "person"

    def _inside_quote(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.quoted)

    # --- registering -------------------------------------------------------------------------

    def harvest(self, p: Parsed | None, text_of_title: bool = False) -> None:
        """Register every person the parse names, with the role words before the name."""
        if p is None:
            return
        text = self.title if text_of_title else self.text
        for e in p.ents:
            if e.label != "PERSON" and not (e.label == "ORG" and name_shaped(p, e.start, e.end)):
                continue
            m = mention_at(p, e.end - 1, set(), text)
            if m.kind == "person" and m.name and len(m.name) > 1:
                # NER sometimes joins two people: "Vice President Harris and … Stoltenberg".
                for piece in re.split(r"\s+(?:and|&)\s+|,\s+", m.name):
                    self.person(piece, None, m.role, m.gender)

    def harvest_plain(self, start: int, end: int) -> None:
        """Titled names in sentences we did not parse ("President Joseph R. Biden, Jr.")."""
        for m in TITLED.finditer(self.text, start, end):
            self.reg.person(m.group(2), m.group(1), gender_from_words(m.group(1).split())
                            or first_name_gender(m.group(2)), trusted=True)

    def person(self, name: str, pos: int | None, role: str | None = None,
               gender: str | None = None, previous: Person | None = None,
               trusted: bool = False) -> Person | None:
        """The entity a name mention at `pos` stands for, registering it if new (`pos`
        None: met outside the reading order, as when harvesting). A bare surname is the
        person of that surname met last, made whole by the article's full name."""
        words = name.split()
        if len(words) == 1:
            found = self.recent(name, pos if pos is not None else len(self.text), previous)
            if found is None:  # "Li" for "Li Wei": a family name written first
                holders = [p for p in self.reg.people if len(p.name.split()) > 1
                           and name in p.name.split()[:-1]]
                found = holders[0] if len(holders) == 1 else None
            if found is not None and len(found.name.split()) > 1:
                found.aliases.add(name)
                if pos is not None:
                    self._met(found, pos)
                if role:
                    self.reg.person(found.name, role, gender)
                return found
            if found is None or len(found.name.split()) == 1:
                full = self.full_name(name, pos if pos is not None else 0)
                if full:
                    name = full
        person = self.reg.person(name, role, gender or first_name_gender(name), trusted)
        if person is not None:
            if person.gender is None:
                person.gender = first_name_gender(person.name)
            if pos is not None:
                self._met(person, pos)
        return person

    def recent(self, word: str, pos: int, previous: Person | None = None) -> Person | None:
        """The person whose surname is `word`: the previous quote's speaker if it fits,
        else the one last met as a subject before `pos`, else the one last met."""
        key = fold(word)
        matches = [p for p in self.reg.people if any(fold(surname(a)) == key
                                                      for a in p.aliases)]
        if not matches:
            return None
        if previous is not None and any(previous is m for m in matches):
            return previous
        as_subject = {id(s.person): s.pos for s in self.seen if s.subject and s.pos <= pos}
        return max(matches, key=lambda p: (id(p) in as_subject, as_subject.get(id(p), -1),
                                           self.last_seen.get(id(p), -1) <= pos,
                                           self.last_seen.get(id(p), -1)))

    def _met(self, person: Person, pos: int) -> None:
        if pos >= self.last_seen.get(id(person), -1):
            self.last_seen[id(person)] = pos

    def note(self, k: int, pos: int, person: Person, subject: bool) -> None:
        """A person met at `pos` (outside quotation marks), for pronouns to come."""
        if not self._inside_quote(pos):
            self.seen.append(Seen(k, pos, person, subject))
            self._met(person, pos)

    def remember(self, k: int, p: Parsed) -> None:
        """Every person named in a parsed sentence, in order. A subject's possessor counts
        as a subject ("Mr. Sanders's campaign vowed …; he said")."""
        known = self.reg.surnames()

        def subject(t: int) -> bool:
            tok = p.toks[t]
            return tok.dep in ("nsubj", "nsubjpass") or (
                tok.dep == "poss" and p.toks[tok.head].dep in ("nsubj", "nsubjpass"))

        for e in p.ents:
            if e.label != "PERSON" and not (e.end - e.start == 1 and p.toks[e.start].text in known
                                            ) and not name_shaped(p, e.start, e.end):
                continue
            # The entity's own words: "Clinton campaign manager Robby Mook" holds two people.
            role, name = split_role(clean_name(
                self.text[p.toks[e.start].start:p.toks[e.end - 1].end]))
            if not name:
                continue
            m = mention_at(p, e.end - 1, known, self.text)
            if m.kind == "person" and m.name == name:
                role = m.role or role
            person = self.person(name, p.toks[e.start].start, role or None,
                                 m.gender if m.name == name else None)
            if person is not None:
                self.note(k, p.toks[e.start].start, person, subject(e.end - 1))
        for t in p.toks:  # surnames NER missed ("Smith said" tagged ORG)
            if t.text in known and t.text[:1].isupper() and t.ent != "PERSON":
                person = self.recent(t.text, t.start)
                if person:
                    self.note(k, t.start, person, subject(t.i))

    def remember_plain(self, k: int, start: int, end: int) -> None:
        """Names in a sentence we did not parse, found by the surnames already known."""
        sentence = self.text[start:end]
        found = []
        for person in list(self.reg.people):
            for alias in sorted(person.aliases, key=len, reverse=True):
                m = re.search(rf"\b{re.escape(surname(alias) or alias)}\b", sentence)
                if m:
                    found.append((m.start(), person))
                    break
        for pos, person in sorted(found, key=lambda x: x[0]):
            # Without a parse, only a name opening the sentence counts as its subject.
            opening = len(sentence[:pos].split()) <= 2
            self.note(k, start + pos, person, opening)

    # --- pronouns --------------------------------------------------------------------------

    def antecedent(self, k: int, pos: int, gender: str | None,
                   previous: Person | None = None, since: int = -1) -> Person | None:
        """Who "he"/"she" at `pos` is: a gender-compatible subject met since the previous
        quote (`since`), else that quote's speaker, else the latest compatible subject or
        person in this or the two sentences before."""
        def fits(person: Person) -> bool:
            return gender is None or person.gender in (None, gender)

        window = [s for s in self.seen if k - 2 <= s.k <= k and s.pos < pos and fits(s.person)]
        fresh = [s for s in window if s.subject and s.pos >= since]
        if fresh:
            return fresh[-1].person
        if previous is not None and fits(previous):
            return previous
        subjects = [s for s in window if s.subject]
        if subjects:
            return subjects[-1].person
        if window:
            return window[-1].person
        older = [s for s in self.seen if k - 4 <= s.k < k - 2 and fits(s.person)]
        return older[-1].person if older else None

    def gender_of(self, person: Person) -> str | None:
        return person.gender or first_name_gender(person.name)

    def claim_roles(self, k: int, person: Person, nominal_roles: list[tuple[int, str]],
                    ) -> None:
        """ "The U.S. envoy to NATO set a tough tone …" then "said Ambassador Smith"."""
        classes = {c for r in person.roles for c in role_class(r)}
        for where, role in nominal_roles:
            if k - 1 <= where <= k and role_class(role) & classes and role not in person.roles:
                person.roles.append(role)

