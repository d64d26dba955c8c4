"""One article's quotes with their speakers resolved: the heart of "who said what".

Pure: reads the article text, its sentences, the parses of the sentences worth parsing,
transcript labels and quotation marks (see index.quotes.stage for how they are gathered).
- Transcript turns (`PRESIDENT BIDEN:`) give every paragraph of the turn to the labelled
  speaker; `THE PRESIDENT` is resolved from the source or the title.
- A "Statement by X" gives its paragraphs to X.
- Elsewhere a quote goes to the nearest cue's speaker in its sentence; "he"/"she" to the
  nearest preceding compatible person (subjects first, gender learnt from titles and
  from pronouns already resolved); "the spokesman" to the last person with that role;
  an unattributed quote right after an attributed one continues it.
- Name variants merge within the article ("Smith" = "Julianne Smith"); an unknown
  speaker stays unknown.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..ingest.paragraphs import Label
from ..types import Quote, Speaker
from .attribution import Attribution, attributions
from .mentions import ORG_WORDS, Mention, mention_at, name_shaped
from .names import (
    COUNTRIES,
    clean_name,
    gender_from_words,
    is_role,
    role_class,
    role_country,
    same_person,
    split_role,
    surname,
    titlecase,
)
from .nlp import Parsed
from .quotemarks import Marked

QUESTIONERS = {"Q", "Question", "Answer", "Moderator", "Participant", "Audience Member"}
_STATEMENT = re.compile(r"^(?:Joint\s+)?Statement\s+(?:by|from|of)\s+(?:the\s+)?(.+?)"
                        r"(?:\s+(?:on|regarding|about|following|after|marking|in)\b.*)?$")
_ADMIN = re.compile(r"\(([A-Z][\w’'-]+) administration\)")
_PRESIDENT = re.compile(r"(?<!Vice )\bPresident\s+((?:[A-Z][\w’'.-]+)(?:\s+[A-Z][\w’'.-]+)?)")
_TITLED = re.compile(
    r"((?:(?:U\.S\.|[A-Z][a-z]+(?:ian|ish|ese|an|ch)) )?"  # "U.S. President", "Ukrainian …"
    r"\b(?:Vice |Prime |Foreign |Deputy |Federal )?(?:President|Minister|Secretary(?: of State)?"
    r"|Secretary General|Ambassador|Chancellor|[Ss]pokes(?:man|woman|person)|Senator|Sen\."
    r"|General|Gen\.|Mr\.|Ms\.|Mrs\.|Dr\.|Aide|Adviser|Advisor|King|Queen|Prince)"
    r"(?: of (?:the )?(?:United States(?: of America)?|Untied States(?: of America)?|"
    r"United Kingdom|Russian Federation|European Commission|[A-Z][\w’'-]+))?)"  # "of Ukraine"
    r"\s+((?:[A-Z][\w’'-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w’'-]+|[A-Z]\.)){0,3})")
_NOT_NAME = {"Before", "After", "On", "In", "At", "During", "With", "And", "Of", "For", "To",
             "Meeting", "Bilateral", "Call", "Remarks", "Statement", "Press"}


@dataclass(slots=True)
class Person:
    name: str
    aliases: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    gender: str | None = None


class Registry:
    """The people and organisations of one article, with name variants merged."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self.orgs: dict[str, str] = {}  # folded → as first written
        self.places: set[str] = set()  # what the model tagged as a place in this article

    def find(self, name: str) -> Person | None:
        for person in self.people:
            if same_person(person.name, name):
                return person
        return None

    def person(self, name: str, role: str | None = None, gender: str | None = None,
               trusted: bool = False) -> Person | None:
        """Register a name (titles inside it become roles); None if it is not a name."""
        inner_role, name = split_role(clean_name(name))
        if inner_role:
            role = f"{role} {inner_role}" if role else inner_role
        words = name.split()
        if not words or len(words) > 4 or not all(w[:1].isupper() for w in words):
            return None
        if (name in self.places and not trusted) or any(
                w.lower() in ORG_WORDS or w.lower() in COUNTRIES for w in words):
            return None  # "Kiev", "States": places and institutions are not people
        if role:
            role = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", role).strip(" ,")
            if not is_role(role):
                role = None
        found = self.find(name)
        if found is None:
            found = Person(name)
            self.people.append(found)
        elif len(name.split()) > len(found.name.split()):
            found.name = name  # the fullest form is the canonical one
        found.aliases.add(name)
        if role and role not in found.roles and len(role.split()) <= 8:
            found.roles.append(role)
        if gender and found.gender is None:
            found.gender = gender
        return found

    def org(self, name: str) -> str:
        return self.orgs.setdefault(name.lower(), name)

    def surnames(self) -> set[str]:
        return {surname(a) for p in self.people for a in p.aliases if surname(a)}

    def by_role(self, role: str) -> Person | None:
        """The person "the Ukrainian head of state" stands for: same kind of role, no
        clash of countries; or, in an article naming one person only, that person."""
        classes, countries = role_class(role), role_country(role)
        best: tuple[int, int] = (0, -1)
        for n, person in enumerate(self.people):
            for r in person.roles:
                theirs = role_country(r)
                if not role_class(r) & classes or (countries and theirs
                                                   and not countries & theirs):
                    continue
                score = 2 if countries & theirs else 1
                best = max(best, (score, n))
        if best[1] >= 0:
            return self.people[best[1]]
        return self.people[0] if len(self.people) == 1 else None


@dataclass(frozen=True, slots=True)
class Plan:
    """What index.quotes.stage found before parsing."""

    sentences: Sequence[tuple[int, int]]
    paragraphs: Sequence[tuple[int, int]]
    labels: Sequence[Label]
    marks: Sequence[Marked]
    turns: Sequence[tuple[Label, list[tuple[int, int]]]]  # a label and its paragraphs
    in_turn: frozenset[int]  # sentence indices covered by transcript turns
    author: str | None  # "Statement by X": X's role-and-name as written


@dataclass(frozen=True, slots=True)
class Resolved:
    quotes: tuple[Quote, ...]
    speakers: tuple[Speaker, ...]


@dataclass(slots=True)
class _Seen:
    k: int  # sentence index
    pos: int  # character offset
    person: Person
    subject: bool


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


class _Article:
    def __init__(self, text: str, title: str, source: str | None, plan: Plan,
                 parsed: Mapping[int, Parsed], title_parse: Parsed | None) -> None:
        self.text = text
        self.title = title
        self.source = source
        self.plan = plan
        self.parsed = parsed
        self.reg = Registry()
        self.seen: list[_Seen] = []
        self.quotes: list[Quote] = []
        self.last: tuple[str, int, int] | None = None  # (speaker, paragraph, sentence)
        self.last_org: tuple[str, int] | None = None
        self.nominal_roles: list[tuple[int, str]] = []  # (sentence, "U.S. envoy to NATO")
        self.author: str | None = None  # of a "Statement by …"
        for p in parsed.values():  # places first: "Kiev" tagged a person once is still Kiev
            for e in p.ents:
                if e.label in ("GPE", "LOC", "NORP"):
                    self.reg.places.add(text[p.toks[e.start].start:p.toks[e.end - 1].end])
        self._harvest(title_parse, text_of_title=True)
        for k, (start, end) in enumerate(plan.sentences):
            self._harvest_plain(start, end)  # titles name people the model may miss
            if k in parsed:
                self._harvest(parsed[k])

    # --- names -----------------------------------------------------------------------------

    def _harvest(self, p: Parsed | None, text_of_title: bool = False) -> None:
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

    def _harvest_plain(self, start: int, end: int) -> None:
        """Titled names in sentences we did not parse ("President Joseph R. Biden, Jr.")."""
        for m in _TITLED.finditer(self.text, start, end):
            self.reg.person(m.group(2), m.group(1), gender_from_words(m.group(1).split()),
                            trusted=True)

    def speaker_of_label(self, label: Label) -> tuple[str | None, str | None]:
        if label.name in QUESTIONERS:
            return None, None
        words = titlecase(label.name) if label.name.isupper() else label.name
        words = re.sub(r"^(?:Continued|Continues|Added|Adds|Said|Says|Asked)\s+", "", words)
        return self._named(words)

    def _named(self, words: str) -> tuple[str | None, str | None]:
        role, name = split_role(words)
        if not name:
            if "president" not in role.lower():
                return None, None
            name = president_of(self.title, self.source) or ""
            if not name:
                return None, None
        person = self.reg.person(name, role or None, trusted=True)
        return (person.name if person else None), role or None

    # --- the walk ------------------------------------------------------------------------

    def paragraph_of(self, pos: int) -> int:
        for n, (s, e) in enumerate(self.plan.paragraphs):
            if s <= pos < e + 1:
                return n
        return -1

    def transcript(self) -> None:
        for label, pars in self.plan.turns:
            speaker, _ = self.speaker_of_label(label)
            for n, (s, e) in enumerate(pars):
                start = label.body if n == 0 else s
                if start >= e:
                    continue
                if n == 0:  # the label is the mention; later paragraphs only inherit it
                    colon = self.text[label.end - 1] == ":"
                    where: tuple[int | None, int | None] = (label.start, label.end - colon)
                else:
                    where = (None, None)
                self.quotes.append(Quote(start, e, "transcript", None, speaker, *where))

    def statement(self) -> None:
        if not self.plan.author:
            return
        speaker, _ = self._named(self.plan.author)
        if speaker is None:
            return
        self.author = speaker
        covered = {p for _, pars in self.plan.turns for p in pars}
        for s, e in self.plan.paragraphs:
            if (s, e) not in covered and any(s <= a < e for a, _ in self.plan.sentences):
                self.quotes.append(Quote(s, e, "direct", "statement", speaker))

    def _remember(self, k: int, p: Parsed) -> None:
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
            self.seen.append(_Seen(k, m.start, person, subject))
        for t in p.toks:  # surnames NER missed ("Smith said" tagged ORG)
            if t.text in known and t.text[:1].isupper() and t.ent != "PERSON":
                person = self.reg.find(t.text)
                if person:
                    self.seen.append(_Seen(k, t.start, person, t.dep in ("nsubj", "nsubjpass")))
            if t.dep == "nsubj" and t.pos == "NOUN" and role_class(t.text):
                m = mention_at(p, t.i, known, self.text)
                if m.kind == "role" and m.role and any(c.dep == "det" and c.lemma == "the"
                                                       for c in p.children(t.i)):
                    self.nominal_roles.append((k, m.role))

    def _remember_plain(self, k: int, start: int, end: int) -> None:
        """Names in a sentence we did not parse, found by the surnames already known."""
        sentence = self.text[start:end]
        first = True
        for person in list(self.reg.people):
            for alias in sorted(person.aliases, key=len, reverse=True):
                pos = sentence.find(alias)
                if pos < 0 and surname(alias):
                    pos = _word_find(sentence, surname(alias))
                if pos >= 0:
                    self.seen.append(_Seen(k, start + pos, person, first))
                    first = False
                    break

    def _antecedent(self, k: int, pos: int, gender: str | None) -> Person | None:
        for back in range(k, max(-1, k - 4), -1):
            here = [s for s in self.seen if s.k == back and s.pos < pos and
                    (gender is None or s.person.gender in (None, gender))]
            if here:
                subjects = [s for s in here if s.subject]
                return (subjects or here)[-1].person
        return None

    def _speaker(self, k: int, p: Parsed, att: Attribution) -> tuple[str | None, Mention | None]:
        if att.speaker_i is None:
            return None, None
        m = mention_at(p, att.speaker_i, self.reg.surnames(), self.text)
        if m.kind == "person" and m.name:
            person = self.reg.person(m.name, m.role, m.gender)
            if person is None:
                return None, m
            self._claim_roles(k, person)
            return person.name, m
        if m.kind == "unknown" and self.author and self.text[m.start:m.end].lower() in (
                "i", "we"):
            return self.author, m  # a statement's "I" is its author
        if m.kind == "pronoun" and m.gender:
            found = self._antecedent(k, m.start, m.gender)
            if found is None:
                return None, m
            found.gender = found.gender or m.gender
            return found.name, m
        if m.kind == "pronoun":  # "it"/"they" after an organisation spoke
            if self.last_org and self.last_org[1] >= k - 1:
                return self.last_org[0], m
            return None, m
        if m.kind == "role" and m.role:
            holder = self.reg.by_role(m.role)
            return (holder.name if holder else None), m
        if m.kind == "org" and m.name:
            name = self.reg.org(m.name)
            self.last_org = (name, k)
            return name, m
        return None, m

    def _covered(self, span: tuple[int, int]) -> bool:
        """Inside a quote whose speaker is known (a statement's or a transcript turn's)."""
        a, b = span
        return any(q.speaker and q.start <= a and b <= q.end for q in self.quotes)

    def _claim_roles(self, k: int, person: Person) -> None:
        """ "The U.S. envoy to NATO set a tough tone …" then "said Ambassador Smith"."""
        classes = {c for r in person.roles for c in role_class(r)}
        for where, role in self.nominal_roles:
            if k - 1 <= where <= k and role_class(role) & classes and role not in person.roles:
                person.roles.append(role)

    def sentence(self, k: int, start: int, end: int) -> None:
        p = self.parsed.get(k)
        marks = [m for m in self.plan.marks if m.start < end and m.end > start]
        if p is None:
            self._remember_plain(k, start, end)
            return
        self._remember(k, p)
        quoted = [(m.start, m.end) for m in marks]
        atts = [(att, *self._speaker(k, p, att)) for att in attributions(p, quoted)]
        par = self.paragraph_of(start)
        for att, speaker, mention in atts:
            if att.content is None or _mostly_quoted(att.content, quoted):
                continue
            if speaker is None and (mention is None or mention.kind != "generic"
                                    or self._covered(att.content)):
                continue  # "it was agreed that …": no source, so no attribution
            if speaker is not None and speaker == self.author:
                continue  # the statement's own paragraph already carries it
            a, b = att.content
            self.quotes.append(Quote(a, b, "indirect", att.cue, speaker,
                                     mention.start if mention else None,
                                     mention.end if mention else None))
            if speaker:
                self.last = (speaker, par, k)
        for m in marks:
            self._marked(k, par, p, m, atts)

    def _marked(self, k: int, par: int, p: Parsed, m: Marked,
                atts: list[tuple[Attribution, str | None, Mention | None]]) -> None:
        outside = [(att, spk, men) for att, spk, men in atts
                   if not (m.start <= p.toks[att.cue_i].start < m.end)]
        kind = self._kind(m)
        if m.continues and self.last:
            self.quotes.append(Quote(m.start, m.end, "continuation", None, self.last[0]))
            return
        if outside:
            # The cue whose clause holds the quote wins ("described the talks as “…”");
            # otherwise the nearest one ("“…,” he said").
            def scope(x: tuple[Attribution, str | None, Mention | None]) -> tuple[int, int]:
                sub = p.subtree(x[0].cue_i)
                holds = any(m.start <= p.toks[i].start < m.end for i in sub)
                return (0 if holds else 1, _distance(p.toks[x[0].cue_i].start, m))

            att, spk, men = min(outside, key=scope)
            if spk is None:
                named = [x for x in outside if x[1]]
                if named:
                    att, spk, men = min(named,
                                        key=lambda x: _distance(p.toks[x[0].cue_i].start, m))
            self.quotes.append(Quote(m.start, m.end, kind, att.cue, spk,
                                     men.start if men else None, men.end if men else None))
            if spk:
                self.last = (spk, par, k)
            return
        recent = self.last and (self.last[1] == par or
                                (self.last[1] == par - 1 and self.last[2] == k - 1))
        if kind == "direct" and recent and self.last:
            self.quotes.append(Quote(m.start, m.end, "continuation", None, self.last[0]))
            self.last = (self.last[0], par, k)

    def _kind(self, m: Marked) -> str:
        inner = self.text[m.start:m.end].lstrip()
        before = self.text[:m.start - 1].rstrip()
        opens = not before or before[-1] in ",:;—–-(\n" or before.endswith(("said", "says"))
        sentence_start = not before or before[-1] in ".!?\n" or any(
            s == m.start - 1 for s, _ in self.plan.sentences)
        capital = inner[:1].isupper() or inner[:1].isdigit()
        if capital and (sentence_start or (opens and before[-1] in ",:;—–-(")):
            return "direct"
        return "partial"

    def run(self) -> Resolved:
        self.transcript()
        self.statement()
        for k, (start, end) in enumerate(self.plan.sentences):
            if k in self.plan.in_turn:
                continue
            self.sentence(k, start, end)
        return Resolved(tuple(sorted(set(self.quotes), key=lambda q: (q.start, q.end))),
                        self._speakers())

    def _speakers(self) -> tuple[Speaker, ...]:
        used = {q.speaker for q in self.quotes if q.speaker}
        out = []
        for person in self.reg.people:
            if person.name in used or person.roles:
                out.append(Speaker(person.name, "person", tuple(sorted(person.aliases)),
                                   tuple((r, "") for r in person.roles)))
        people = {p.name for p in self.reg.people}
        for name in sorted(used - people):
            out.append(Speaker(name, "organisation", (name,)))
        return tuple(out)


def _word_find(sentence: str, word: str) -> int:
    m = re.search(rf"\b{re.escape(word)}\b", sentence)
    return m.start() if m else -1


def _distance(pos: int, m: Marked) -> int:
    return min(abs(pos - m.start), abs(pos - m.end))


def _mostly_quoted(span: tuple[int, int], quoted: list[tuple[int, int]]) -> bool:
    a, b = span
    inside = sum(max(0, min(b, e) - max(a, s)) for s, e in quoted)
    return inside >= 0.8 * (b - a)


def resolve(text: str, title: str, source: str | None, plan: Plan,
            parsed: Mapping[int, Parsed], title_parse: Parsed | None = None) -> Resolved:
    return _Article(text, title, source, plan, parsed, title_parse).run()
