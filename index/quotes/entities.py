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

from .firms import body_named, head_word, named_as_firm
from .gender import (
    description_lead,
    first_name_gender,
    is_first_name,
    is_surname,
    pronoun_evidence,
    pronoun_follows,
)
from .headlines import as_the_story_writes, headline_spans, within, written_lower
from .lexicon import COUNTRIES, ORG_WORDS, ROLE_WORDS
from .mentions import mention_at
from .names import gender_from_words, glued, role_class, surname
from .nlp import Parsed
from .phrases import name_shaped, org_name, renamed_role
from .registry import TITLED, Person, Registry
from .tracking import Seen, Tracking

# Capitalised words that open a sentence or a phrase, never a first name.
_NOT_FIRST = frozenset("""
the a an and but or if when while as at in on of for to from by with after before since
this that these those his her their its our my your he she they it we i you who what
former new said says according meanwhile however also then last next early late team
""".split())
# A Titlecase word, accents and a hyphenated second half allowed ("Marc-André", "Émile")
_UP, _LOW = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ\u0300-\u036f"  # and combining accents (mended mojibake)
_WORD = rf"[{_UP}][{_LOW}’'\-]+(?:-[{_UP}][{_LOW}’']+)?"


class People(Tracking):
    def __init__(self, text: str, title: str, sentences: Sequence[tuple[int, int]],
                 parsed: Mapping[int, Parsed], title_parse: Parsed | None,
                 quoted: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.title = title
        self.quoted = quoted  # spans inside quotation marks: names there do not speak
        self.headlines = headline_spans(text, sentences)  # names there are read loosely
        self.reg = Registry(text)
        self.seen: list[Seen] = []
        self.last_seen: dict[int, int] = {}  # id(person) → offset where last met
        self.vouched: set[str] = set()
        self.last_full_subject: dict[int, int] = {}  # … where last named in full, as subject
        self.labels: dict[str, Counter[str]] = {}  # word → NER labels it got
        self.geo: set[str] = set()  # places proper (not "Roman", which may be a first name)
        self.orgs_seen: list[tuple[int, str]] = []  # (offset, name) of organisations named
        self._firms: dict[str, bool] = {}  # name → whether the article treats it as a firm
        for p in parsed.values():
            for e in p.ents:
                words = [t.text for t in p.toks[e.start:e.end]]
                if len(words) > 1 and (e.label == "ORG" or body_named(e.label, words)):
                    self.orgs_seen.append((p.toks[e.start].start, org_name(
                        text[p.toks[e.start].start:p.toks[e.end - 1].end])))
                # a role's holder the model called a place is no place (see harvest)
                place = e.label in ("GPE", "LOC", "NORP") and renamed_role(p, e.end - 1) is None
                if place:  # "Kiev" tagged a person once is Kiev
                    self.reg.places.add(text[p.toks[e.start].start:p.toks[e.end - 1].end])
                if place and e.label != "NORP":
                    self.geo.add(text[p.toks[e.start].start:p.toks[e.end - 1].end])
                for w in words:
                    self.labels.setdefault(w, Counter())[e.label] += 1
        self.harvest(title_parse, text_of_title=True)
        for k, (start, end) in enumerate(sentences):
            self.harvest_plain(start, end)  # titles name people the model may miss
            if k in parsed:
                self.harvest(parsed[k])
        # What the article's own pronouns say of the people the harvest found.
        self.pronoun_gender = pronoun_evidence(text, sentences, self.reg.surnames())

    def full_name(self, word: str, pos: int, gender: str | None = None) -> str | None:
        """ "Mickelson" → "Phil Mickelson" ("Billie Jean King": two first names) when the
        article writes a first name before it on one line (nearest before `pos`, else after;
        "… time for Plan B.¶Sanders said" names no "Plan B. Sanders")."""
        pattern = re.compile(rf"\b({_WORD}(?:[ \t]+[A-Z]\.)?)[ \t]+{re.escape(word)}\b")
        # The model sometimes calls a first name a place ("Marta" GPE, "Haddad" PERSON):
        # a known first name, or a surname it calls a person, outweighs that.
        person_word = bool(self.labels.get(word, Counter())["PERSON"])
        best: tuple[tuple[int, int], str] | None = None
        for m in pattern.finditer(self.text):
            first = m.group(1).split()[0]
            low = first.lower()
            place = first in self.geo and not (person_word or first_name_gender(first))
            if low in _NOT_FIRST or low in ROLE_WORDS or low in COUNTRIES or \
                    low in ORG_WORDS or place or self._inside_quote(m.start()) or \
                    low.endswith(("'s", "’s")) or (  # "St. Brendan's Hospital" names no one
                    gender and first_name_gender(first) not in (None, gender)):
                continue
            rank = (0, pos - m.start()) if m.start() < pos else (1, m.start() - pos)
            lead = re.search(rf"({_WORD})\s+$", self.text[max(0, m.start() - 20):m.start()])
            two = lead.group(1) + " " if lead and is_first_name(first) and is_first_name(
                lead.group(1)) else ""
            if best is None or rank < best[0]:
                best = (rank, f"{two}{m.group(1)} {word}")
        return best[1] if best else None

    def proper_kind(self, phrase: str, pos: int, role_beside: bool = False) -> str | None:
        """What a proper-noun speaker is, "person" or "organisation", on the article's
        evidence: a first name written before it somewhere, an honorific, a role in
        apposition, a known first name, or how the NER model tagged the word across the
        article. An untagged proper noun that speaks is a person ("Farinloye says")."""
        words = phrase.split()
        if not words:
            return None
        if any(w.lower().strip(",.") in ORG_WORDS for w in words) or words[0].lower() in COUNTRIES:
            return "organisation"
        if len(words) > 4:
            # "Environment and Climate Change Canada said": a department named for what
            # it does and the country it serves; other long runs are no one's name
            return "organisation" if words[-1].lower() in COUNTRIES else None
        if len(words) > 1 and not is_first_name(words[0]) and any(
                self.labels.get(w, Counter())["ORG"] > self.labels.get(w, Counter())["PERSON"]
                for w in words[:-1]) and phrase not in self.vouched:
            return "organisation"  # "Planned Parenthood Advocates": a body's name runs on
        if (len(words) > 1 and self._first(words[0]) and words[-1][:1].isupper()) or \
                description_lead(words, self.text):
            # "David French": a country word after a first name is a surname; "Resident
            # Harjit Grewal": a noun for people describes the name after it
            return "person"
        if words[-1].lower() in COUNTRIES:
            return "organisation"
        last = words[-1]
        if len(last) > 1 and last.isupper():
            return "organisation"  # an acronym: "NATO", "CNN"
        if not role_beside and self.firm_like(phrase):
            return "organisation"
        # One word: a first name seen before it ("Smith" after "Ann Smith") or a full name it
        # opens ("Nadia" after "Nadia Rahman", or one a "his" vouched for) says "person".
        opens = len(words) == 1 and (is_first_name(last) or any(
            n.split()[0] == last for n in self.vouched)) and self._by_first_word(last, pos)
        if (role_beside or self.reg.find(last) is not None or (len(words) == 1 and (
                self.full_name(last, pos) or opens))
                or (first_name_gender(phrase) and len(words) > 1)
                or re.search(rf"\b(?:Mr|Mrs|Ms|Dr)\.?\s+{re.escape(last)}\b", self.text)):
            return "person"
        if self.common_noun(phrase, pos):
            return None
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
        if labels["ORG"] and ((len(words) > 1 and phrase not in self.vouched) or not (
                labels["PERSON"] or is_surname(last) or pronoun_follows(self.text, last))):
            return "organisation"  # "Nabisco said": news names a person in full somewhere
        # An untagged word speaking is most often a surname the model does not know
        # ("Okonjo said"); a firm would show "the", "Inc" or "it".
        return "person"

    def capitalised_by_place(self, name: str, pos: int) -> bool:
        """A body's name whose one capital opens a line or a sentence, and that no other
        place in the story writes so: a common noun ("Teachers' union warns of strike")."""
        words = name.split()
        return len(words) > 1 and words[0].lower() not in _NOT_FIRST and all(
            w.islower() for w in words[1:]) and written_lower(
            re.sub(r"['’]s?$", "", words[0]), self.text) and bool(
            re.search(r"(?:\A|[.!?:\"“”—\n])\s*\Z", self.text[max(0, pos - 40):pos])) and \
            as_the_story_writes(name, self.text, [(pos, pos + len(name))]) != name

    def firm_like(self, phrase: str) -> bool:
        """A name the article treats as an organisation's ("Acme Hale says its …") and never
        as a person's (no honorific, no "who" after it, no known first name in it), or one
        ending in an acronym ("Surrey RCMP"): the tagger calls such bodies people."""
        if phrase in self._firms:
            return self._firms[phrase]
        name = re.escape(phrase)
        words = phrase.split()
        if words and re.fullmatch(r"(?![IVX]+$)[A-Z]{3,}", words[-1]):  # not "John Smith III"
            return True
        self._firms[phrase] = False
        if not words or (len(words) > 1 and self._first(words[0])) or (
                len(words) == 1 and self.full_name(phrase, 0)) or re.search(
                rf"\b(?:(?:Mr|Mrs|Ms|Dr)\.?\s+{name}|{name},?\s+who)\b", self.text):
            return False
        self._firms[phrase] = named_as_firm(self.text, phrase, self.geo, self.labels)
        return self._firms[phrase]

    def most_named(self, end: int) -> str | None:
        """Who the title and the text before `end` name most (who answers an interview)."""
        lead = f"{self.title}\n{self.text[:end]}"
        counts = {p.name: sum(len(re.findall(rf"\b{re.escape(surname(a) or a)}\b", lead))
                              for a in p.aliases) for p in self.reg.people}
        best = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))
        return best[0] if best[1] else None

    def common_noun(self, word: str, pos: int) -> bool:
        """A lone capitalised word the story also writes in lower case, with no first name
        or title anywhere: a common noun capitalised by its place ("Hospital warns of …"
        above "the hospital's CEO"), whatever the tagger made of it."""
        return " " not in word and word.lower() != word and written_lower(word, self.text) \
            and self.reg.find(word) is None and not self.full_name(word, pos)

    def org_named(self, head: str, pos: int) -> str | None:
        """The organisation "the association" or "the ministry" goes back to: the latest
        named before `pos` whose name has that word ("the Ontario Medical Association")."""
        found = [(at, name) for at, name in self.orgs_seen
                 if at < pos and head_word(name) == head]
        return max(found)[1] if found else None

    def org_before(self, pos: int) -> bool:
        """Whether the article names any organisation before `pos`."""
        return any(c["ORG"] and w[:1].isupper() and self.text.find(w) in range(pos)
                   for w, c in self.labels.items())

    def harvest(self, p: Parsed | None, text_of_title: bool = False) -> None:
        """Register every person the parse names, with the role words before the name."""
        if p is None:
            return
        text = self.title if text_of_title else self.text
        for e in p.ents:
            head: int | None = e.end - 1
            if e.label != "PERSON" and not (e.label == "ORG" and name_shaped(p, e.start, e.end)):
                head = renamed_role(p, e.end - 1)  # "The MP for X, Randeep Sarai," (a "place")
            if head is None:
                continue
            m = mention_at(p, head, set(), text)
            if m.kind == "person" and m.name and len(m.name) > 1:
                # NER sometimes joins two people: "Vice President Harris and … Stoltenberg".
                for piece in re.split(r"\s+(?:and|&)\s+|,\s+", m.name):
                    if text_of_title or within(self.headlines, p.start):
                        piece = as_the_story_writes(piece, self.text, self.headlines) or ""
                    if piece:
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
        if pos is not None and within(self.headlines, pos):
            name = as_the_story_writes(name, self.text, self.headlines) or ""
            if not name:
                return None
        if self.firm_like(name) or glued(name):
            return None
        words = name.split()
        gender = gender or gender_from_words((role or "").split()) or (
            self.reg.titled_sex(name) if len(words) == 1 else None)
        if description_lead(words, self.text):
            name, words = " ".join(words[1:]), words[1:]
        if len(words) == 1:
            found = self.recent(name, pos if pos is not None else len(self.text), previous,
                                gender)
            if found is None:
                found = self._by_first_word(name, pos)
            if found is not None and len(found.name.split()) > 1:
                found.aliases.add(name)
                if pos is not None:
                    self._met(found, pos)
                if role:
                    self.reg.person(found.name, role, gender)
                return found
            if found is None or len(found.name.split()) == 1:
                full = self.full_name(name, pos if pos is not None else 0, gender)
                if full:
                    name = full
        person = self.reg.person(name, role, gender or first_name_gender(name), trusted)
        if person is not None:
            if person.gender is None:
                person.gender = first_name_gender(person.name)
            if pos is not None:
                self._met(person, pos)
        return person

    def _first(self, word: str) -> bool:
        """A first name, unless the article names a place so ("Georgia Power said")."""
        return is_first_name(word) and word not in self.geo

    def _by_first_word(self, word: str, pos: int | None) -> Person | None:
        """ "Li" for "Li Wei" (a family name written first); "Emily" for "Emily Nakamura",
        named in full (before it, or after, as a headline's or a lede's first name is): the
        one person whose name starts so. "Donald Jr." is not Donald Trump, and a place the
        article names ("Cleveland" of "Cleveland Browns") is no first name."""
        first = is_first_name(word)
        if word in self.geo or (first and (pos is None or re.match(
                r",?\s+(?:Jr|Sr)\b", self.text[pos + len(word):]))):
            return None
        holders = [p for p in self.reg.people if len(p.name.split()) > 1 and (
            p.name.split()[0] == word if first else word in p.name.split()[:-1])]
        return holders[0] if len(holders) == 1 else None

    def claim_roles(self, k: int, person: Person, nominal_roles: list[tuple[int, str]],
                    ) -> None:
        """ "The U.S. envoy to NATO set a tough tone …" then "said Ambassador Smith"."""
        classes = {c for r in person.roles for c in role_class(r)}
        for where, role in nominal_roles:
            if k - 1 <= where <= k and role_class(role) & classes and role not in person.roles:
                person.roles.append(role)

