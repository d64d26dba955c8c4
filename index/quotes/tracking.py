"""Where each person of an article is met, as it is read, and who "he", "she" and a bare
surname are.

A mixin of `entities.People`: every name met outside quotation marks is noted with its
sentence, offset, and whether it is the subject of its clause or of the sentence's main
clause. A pronoun's antecedent is a person of the right gender met shortly before,
main-clause subjects first, never a name inside quotation marks. Pure.
"""

from __future__ import annotations

import bisect
import re
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..text import fold
from .gender import first_name_gender
from .headlines import within
from .mentions import mention_at
from .names import clean_name, split_role, surname
from .nlp import Parsed, Tok
from .phrases import name_shaped
from .registry import Person, Registry
from .untagged import untagged_names

# Sentences back that a main-clause subject met after the previous quote still holds "he".
_MOVED_ON = 4
# Clauses that pose a condition or a question: who they name is not who speaks after them.
_HYPOTHETICAL = re.compile(r"(?i)\b(?:if|unless|whether|asked|should)\b")
# How far back a full name still decides which of two namesakes a bare surname means.
_NAMED_JUST_BEFORE = 400


@dataclass(slots=True)
class Seen:
    k: int  # sentence index
    pos: int  # character offset
    person: Person
    subject: bool  # the grammatical subject of its clause
    main: bool = False  # … of the sentence's main clause ("if Sanders wins" is not)


@dataclass(frozen=True, slots=True)
class Antecedent:
    """A pronoun's person and how it was found, for the speaker model to weigh."""

    person: Person
    rule: str  # fresh | previous | subject | weak
    back: int  # sentences back to where the person was last met
    rivals: int  # other people of that gender met in this or the two sentences before
    agrees: bool  # the person's gender is known and is the pronoun's


class Tracking(ABC):
    """The attributes `entities.People` sets up, and the naming it provides."""

    text: str
    quoted: Sequence[tuple[int, int]]
    reg: Registry
    seen: list[Seen]
    last_seen: dict[int, int]  # id(person) → offset where last met
    last_full_subject: dict[int, int]  # … where last named in full, as a subject
    pronoun_gender: dict[str, str]  # surname → what the article's pronouns say
    labels: dict[str, Counter[str]]  # word → NER labels it got
    vouched: set[str]  # names a pronoun after them vouches for (untagged.untagged_names)

    @abstractmethod
    def person(self, name: str, pos: int | None, role: str | None = None,
               gender: str | None = None, previous: Person | None = None,
               trusted: bool = False) -> Person | None:
        """The entity a name mention stands for (entities.People.person)."""

    def recent(self, word: str, pos: int, previous: Person | None = None,
               gender: str | None = None) -> Person | None:
        """The person whose surname is `word`: the previous quote's speaker if it fits;
        when the article names several people so ("Bill Clinton", "Hillary Clinton"),
        the one it named in full as a subject just before, else the one it introduced
        first: writers keep the bare surname for their main character and name the
        other in full ("a teacher's aide, Anne Marie Murphy" leaves "Murphy" to Chris)."""
        key = fold(word)
        matches = [p for p in self.reg.people if any(fold(surname(a)) == key
                                                      for a in p.aliases)
                   and self.reg.fits(p, gender)]
        if not matches:
            return None
        if previous is not None and any(previous is m for m in matches):
            return previous
        whole = [p for p in matches if len(p.name.split()) > 1]
        matches = whole or matches
        if len(matches) == 1:
            return matches[0]
        named = [(at, n) for n, p in enumerate(matches)
                 if pos - _NAMED_JUST_BEFORE <= (at := self.last_full_subject.get(id(p), -1e9))
                 <= pos]
        if named:
            return matches[max(named)[1]]
        return matches[0]  # registry order is the order the article introduced them

    def _inside_quote(self, pos: int) -> bool:
        return within(self.quoted, pos)

    def _met(self, person: Person, pos: int) -> None:
        if pos >= self.last_seen.get(id(person), -1):
            self.last_seen[id(person)] = pos

    def note(self, k: int, pos: int, person: Person, subject: bool, main: bool = False,
             ) -> None:
        """A person met at `pos` (outside quotation marks), for pronouns to come."""
        if not self._inside_quote(pos):
            # in the order of the text, which "the latest" reads (names NER missed are
            # found after the others of their sentence)
            bisect.insort(self.seen, Seen(k, pos, person, subject, subject and main),
                          key=lambda s: s.pos)
            self._met(person, pos)

    def remember(self, k: int, p: Parsed) -> None:
        """Every person named in a parsed sentence, in order. A subject's possessor counts
        as a subject ("Mr. Sanders's campaign vowed …; he said"), as do the name in its
        apposition, met after it ("Sanders's campaign manager, Jeff Weaver, …: he"), and
        a name joined to it ("Newfoundland and Labrador Premier Andrew Furey", so parsed)."""
        known = self.reg.surnames()

        def subject(t: int) -> bool:
            tok = p.toks[t]
            return tok.dep in ("nsubj", "nsubjpass") or (
                tok.dep in ("poss", "appos", "conj")
                and p.toks[tok.head].dep in ("nsubj", "nsubjpass")) or _framed(tok)

        def _framed(tok: Tok) -> bool:
            """ "For homeowner Priya Sandhu, the decision means …": the person a sentence
            opens on is what it is about, as its subject is."""
            prep = p.toks[tok.head]
            return tok.dep == "pobj" and prep.i == 0 and prep.text.lower() in ("for", "to") and \
                p.toks[prep.head].dep == "ROOT" and any(t.text == "," for t in p.toks[:tok.i + 3])

        def main(t: int) -> bool:
            """The subject's verb is the sentence's root, or joined to it by "and"; a
            clause before the root counts too, as when a quotation makes "she said" the
            root ("Rhimes declared …: “…,” she said"), but not one after it ("Smith said
            Jones would go")."""
            tok = p.toks[t]
            verb = p.toks[tok.head if tok.dep not in ("poss", "appos", "conj", "pobj")
                          else p.toks[tok.head].head]
            while verb.head != verb.i and (verb.dep in ("conj", "parataxis") or (
                    verb.dep == "ccomp" and verb.i < verb.head)):
                verb = p.toks[verb.head]
            return verb.dep == "ROOT"

        extra = untagged_names(p)
        self.vouched |= {self.text[p.toks[e.start].start:p.toks[e.end - 1].end] for e in extra}
        for e in [*p.ents, *extra]:
            if e.label != "PERSON" and not (e.end - e.start == 1 and p.toks[e.start].text in known
                                            ) and not name_shaped(p, e.start, e.end):
                continue
            # The entity's own words: "Clinton campaign manager Robby Mook" holds two people.
            role, name = split_role(clean_name(
                self.text[p.toks[e.start].start:p.toks[e.end - 1].end]))
            if not name:
                continue
            m = mention_at(p, e.end - 1, known, self.text)
            if m.kind == "person" and m.name and m.name.endswith(" " + name):
                name = m.name  # the first name the tagger left out ("Billie Jean King")
            if m.kind == "person" and m.name == name:
                role = m.role or role
            name = _shared_surname(p, e.end, name)
            person = self.person(name, p.toks[e.start].start, role or None,
                                 m.gender if m.name == name else None)
            if person is not None:
                self.note(k, p.toks[e.start].start, person, subject(e.end - 1),
                          main(e.end - 1))
                # (not the apposition: "his wife, Gabriela Lazar, wrote" leaves "Lazar"
                # to the story's main character)
                if subject(e.end - 1) and p.toks[e.end - 1].dep != "appos" and \
                        len(name.split()) > 1:
                    self.last_full_subject[id(person)] = p.toks[e.start].start
        for t in p.toks:  # surnames NER missed ("Smith said" tagged ORG)
            if t.text in known and t.text[:1].isupper() and t.ent != "PERSON":
                person = self.recent(t.text, t.start)
                # (a surname opening "Horwath defended city staff", parsed as a noun phrase)
                opens = t.i == 0 and len(p.toks) > 1 and p.toks[1].tag in ("VBD", "VBN")
                if person:
                    self.note(k, t.start, person, subject(t.i) or opens, main(t.i) or opens)

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
            self.note(k, start + pos, person, opening, opening)

    def antecedent(self, k: int, pos: int, gender: str | None,
                   previous: Person | None = None, since: int = -1) -> Person | None:
        found = self.explain(k, pos, gender, previous, since)
        return found.person if found else None

    def explain(self, k: int, pos: int, gender: str | None, previous: Person | None = None,
                since: int = -1, said: tuple[int, int] = (0, 0)) -> Antecedent | None:
        """Who "he"/"she" at `pos` is, and how sure the reading is: a gender-compatible
        main-clause subject met since the previous quote (`since`; "… if Sanders wins"
        does not take over from the speaker), else that quote's speaker, else the latest
        compatible subject or person in this or the two sentences before. When the pronoun
        opens an aside inside what it is said to have said (`said`: "Moore, she said,
        had promised"), no one named there ("Shays was for Kasich, he said" is Shays, and
        so is Clinton in "Clinton's father grew up here, as she said, …")."""
        def fits(person: Person) -> bool:
            return gender is None or self.gender_of(person) in (None, gender)

        aside = said[0] < pos < said[1] and self.text[max(0, pos - 4):pos].rstrip().endswith(",")
        seen = [s for s in self.seen if not (aside and said[0] <= s.pos < said[1])]
        window = [s for s in seen if k - 2 <= s.k <= k and s.pos < pos and fits(s.person)]

        def found(person: Person, rule: str, at: int) -> Antecedent:
            rivals = {id(s.person) for s in window if s.person is not person}
            agrees = gender is not None and self.gender_of(person) == gender
            return Antecedent(person, rule, max(0, k - at), len(rivals), agrees)

        # Since the previous quote, the story may have moved on to someone else for a
        # paragraph ("Mr. Obama has secured … But … Where he used to boast …").
        fresh = [s for s in seen if k - _MOVED_ON <= s.k <= k and since <= s.pos < pos
                 and s.main and fits(s.person)]
        fresh += self._fronted(k, pos, since, fits)
        # a main clause's subject outranks one of a clause it holds ("Devine acknowledged
        # it will be hard unless Sanders wins …. “…,” he said")
        subjects = [s for s in window if s.subject]
        subjects = [s for s in subjects if s.main or not any(
            m.main and m.k == s.k and m.pos < s.pos for m in subjects)]
        # A one-word name the article never gives a first name or a gender may be a firm
        # the tagger called a person ("Metrolinx said … She added"): someone of the
        # pronoun's gender met just before is the likelier "she".
        agreeing = [s for s in subjects or window if gender and self.gender_of(s.person) == gender]
        if fresh and said[0] <= fresh[-1].pos < said[1] and previous is not None and \
                fits(previous) and any(s.person is previous and k - 1 <= s.k and s.pos <
                                       said[0] and "\n" not in self.text[s.pos:said[0]]
                                       for s in self.seen):
            # "Hunter said he won't vote for Trump. Also, Trump isn't a conservative, he
            # said": the one met speaking just before in the paragraph goes on; the name is
            # what he spoke of
            return found(previous, "previous", k - 1)
        if fresh and not (agreeing and self._faceless(fresh[-1].person)):
            return found(fresh[-1].person, "fresh", fresh[-1].k)
        if previous is not None and fits(previous) and not (agreeing and self._faceless(previous)):
            met = [s.k for s in self.seen if s.person is previous and s.pos < pos]
            return found(previous, "previous", met[-1] if met else k)
        if subjects:
            s = agreeing[-1] if agreeing and self._faceless(subjects[-1].person) else subjects[-1]
            return found(s.person, "subject", s.k)
        if window:
            s = agreeing[-1] if agreeing and self._faceless(window[-1].person) else window[-1]
            return found(s.person, "weak", s.k)
        older = [s for s in seen if k - 4 <= s.k < k - 2 and fits(s.person)]
        return found(older[-1].person, "weak", older[-1].k) if older else None

    def _fronted(self, k: int, pos: int, since: int, fits: Callable[[Person], bool],
                 ) -> list[Seen]:
        """ "In Miami, where Mr. Rubio began his career, he …": the subject of a clause put
        before the pronoun's own, when no main-clause subject comes first in the sentence,
        no quotation lies between and the clause poses no condition or question ("If
        Trump loses, he said …", "Asked whether Clinton would run, she said …")."""
        mine = [s for s in self.seen if s.k == k and s.pos < pos]
        first = next((s for s in mine if s.subject and s.pos >= since and fits(s.person)), None)
        if first is None or any(s.main for s in mine) or \
                any(first.pos < a < pos for a, _ in self.quoted):
            return []
        opens = max(self.text.rfind("\n", 0, first.pos), self.text.rfind(". ", 0, first.pos))
        return [] if _HYPOTHETICAL.search(self.text, opens + 1, first.pos) else [first]

    def _faceless(self, person: Person) -> bool:
        """One word, no gender, and the tagger more often calling it a thing than a person."""
        tags = self.labels.get(person.name, Counter())
        things = tags["ORG"] + tags["GPE"] + tags["FAC"] + tags["PRODUCT"]
        return " " not in person.name and self.gender_of(person) is None and \
            0 < things >= tags["PERSON"]

    def salient(self, k: int, pos: int) -> Person | None:
        """The person "the candidate" or "the senator" most likely is when no role or
        apposition says: the article's most-met person so far, if they are also the
        latest main-clause subject of this or the three sentences before."""
        met = [s for s in self.seen if s.pos < pos]
        recent = [s for s in met if k - 3 <= s.k <= k and s.main]
        if not recent:
            return None
        counts: dict[int, int] = {}
        for s in met:
            counts[id(s.person)] = counts.get(id(s.person), 0) + 1
        top = sorted(counts.values(), reverse=True)
        latest = recent[-1].person
        if counts[id(latest)] != top[0] or (len(top) > 1 and top[1] == top[0]):
            return None
        return latest

    def latest_subject(self, k: int, pos: int) -> Person | None:
        """The latest main-clause subject of this or the two sentences before."""
        recent = [s for s in self.seen if s.pos < pos and k - 2 <= s.k <= k and s.main]
        return recent[-1].person if recent else None

    def gender_of(self, person: Person) -> str | None:
        return person.gender or first_name_gender(person.name) or \
            self.pronoun_gender.get(surname(person.name))


def _shared_surname(p: Parsed, end: int, name: str) -> str:
    """ "Marie and Tom Desjarlais": a first name alone, joined by "and" to a full name
    that starts with a first name too, is one of a couple or siblings sharing the surname."""
    partner = next((e for e in p.ents if e.start == end + 1 and e.label == "PERSON"), None)
    if " " in name or first_name_gender(name) is None or partner is None or \
            p.toks[end].text != "and" or partner.end - partner.start < 2:
        return name
    words = [t.text for t in p.toks[partner.start:partner.end]]
    return f"{name} {words[-1]}" if first_name_gender(words[0]) is not None else name
