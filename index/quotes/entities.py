"""The people of one article as it is read: who is named where, as a subject or not, and
the role nouns standing for someone ("the U.S. envoy to NATO"). Built from every parse
and every titled name first (`harvest`), then followed sentence by sentence (`remember`),
so a pronoun's antecedent is the nearest fitting person already met. Pure."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .mentions import mention_at, name_shaped
from .names import gender_from_words, role_class, surname
from .nlp import Parsed
from .registry import TITLED, Person, Registry


@dataclass(slots=True)
class Seen:
    k: int  # sentence index
    pos: int  # character offset
    person: Person
    subject: bool


class Entities:
    def __init__(self, text: str, title: str, sentences: Sequence[tuple[int, int]],
                 parsed: Mapping[int, Parsed], title_parse: Parsed | None) -> None:
        self.text = text
        self.title = title
        self.reg = Registry()
        self.seen: list[Seen] = []
        self.nominal_roles: list[tuple[int, str]] = []  # (sentence, "U.S. envoy to NATO")
        for p in parsed.values():  # places first: "Kiev" tagged a person once is still Kiev
            for e in p.ents:
                if e.label in ("GPE", "LOC", "NORP"):
                    self.reg.places.add(text[p.toks[e.start].start:p.toks[e.end - 1].end])
        self.harvest(title_parse, text_of_title=True)
        for k, (start, end) in enumerate(sentences):
            self.harvest_plain(start, end)  # titles name people the model may miss
            if k in parsed:
                self.harvest(parsed[k])

    def harvest(self, p: Parsed | None, text_of_title: bool = False) -> None:
        """Register every person the parse names, with the role words before the name."""
        if p is None:
            return
        text = self.title if text_of_title else self.text
        for e in p.ents:
            if e.label != "PERSON" and not (e.label == "ORG" and name_shaped(p, e.start, e.end)):
                continue
            head = e.end - 1
            m = mention_at(p, head, set(), text)
            if m.kind == "person" and m.name and len(m.name) > 1:
                # NER sometimes joins two people: "Vice President Harris and … Stoltenberg".
                for piece in re.split(r"\s+(?:and|&)\s+|,\s+", m.name):
                    self.reg.person(piece, m.role, m.gender)

    def harvest_plain(self, start: int, end: int) -> None:
        """Titled names in sentences we did not parse ("President Joseph R. Biden, Jr.")."""
        for m in TITLED.finditer(self.text, start, end):
            self.reg.person(m.group(2), m.group(1), gender_from_words(m.group(1).split()),
                            trusted=True)

    def remember(self, k: int, p: Parsed) -> None:
        known = self.reg.surnames()
        for e in p.ents:
            if e.label != "PERSON" and not (e.end - e.start == 1 and p.toks[e.start].text in known
                                            ) and not name_shaped(p, e.start, e.end):
                continue
            m = mention_at(p, e.end - 1, known, self.text)
            if m.kind != "person" or not m.name:
                continue
            person = self.reg.person(m.name, m.role, m.gender)
            if person is None:
                continue
            subject = p.toks[e.end - 1].dep in ("nsubj", "nsubjpass")
            self.seen.append(Seen(k, m.start, person, subject))
        for t in p.toks:  # surnames NER missed ("Smith said" tagged ORG)
            if t.text in known and t.text[:1].isupper() and t.ent != "PERSON":
                person = self.reg.find(t.text)
                if person:
                    self.seen.append(Seen(k, t.start, person, t.dep in ("nsubj", "nsubjpass")))
            if t.dep == "nsubj" and t.pos == "NOUN" and role_class(t.text):
                m = mention_at(p, t.i, known, self.text)
                if m.kind == "role" and m.role and any(c.dep == "det" and c.lemma == "the"
                                                       for c in p.children(t.i)):
                    self.nominal_roles.append((k, m.role))

    def remember_plain(self, k: int, start: int, end: int) -> None:
        """Names in a sentence we did not parse, found by the surnames already known."""
        sentence = self.text[start:end]
        first = True
        for person in list(self.reg.people):
            for alias in sorted(person.aliases, key=len, reverse=True):
                pos = sentence.find(alias)
                if pos < 0 and surname(alias):
                    pos = _word_find(sentence, surname(alias))
                if pos >= 0:
                    self.seen.append(Seen(k, start + pos, person, first))
                    first = False
                    break

    def antecedent(self, k: int, pos: int, gender: str | None) -> Person | None:
        for back in range(k, max(-1, k - 4), -1):
            here = [s for s in self.seen if s.k == back and s.pos < pos and
                    (gender is None or s.person.gender in (None, gender))]
            if here:
                subjects = [s for s in here if s.subject]
                return (subjects or here)[-1].person
        return None


def _word_find(sentence: str, word: str) -> int:
    m = re.search(rf"\b{re.escape(word)}\b", sentence)
    return m.start() if m else -1
