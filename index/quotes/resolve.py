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
from dataclasses import dataclass

from ..ingest.paragraphs import Label
from ..types import Quote, QuoteKind, Speaker
from .attribution import Attribution, attributions
from .entities import Entities
from .mentions import Mention, mention_at
from .names import (
    role_class,
    split_role,
    titlecase,
)
from .nlp import Parsed
from .quotemarks import Marked
from .registry import Person, president_of

QUESTIONERS = {"Q", "Question", "Answer", "Moderator", "Participant", "Audience Member"}
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


class _Article:
    def __init__(self, text: str, title: str, source: str | None, plan: Plan,
                 parsed: Mapping[int, Parsed], title_parse: Parsed | None) -> None:
        self.text = text
        self.title = title
        self.source = source
        self.plan = plan
        self.parsed = parsed
        self.people = Entities(text, title, plan.sentences, parsed, title_parse)
        self.reg = self.people.reg
        self.quotes: list[Quote] = []
        self.last: tuple[str, int, int] | None = None  # (speaker, paragraph, sentence)
        self.last_org: tuple[str, int] | None = None
        self.author: str | None = None  # of a "Statement by …"

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
                self.quotes.append(Quote(start, e, QuoteKind.TRANSCRIPT, None, speaker, *where))

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
                self.quotes.append(Quote(s, e, QuoteKind.DIRECT, "statement", speaker))

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
            found = self.people.antecedent(k, m.start, m.gender)
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
        for where, role in self.people.nominal_roles:
            if k - 1 <= where <= k and role_class(role) & classes and role not in person.roles:
                person.roles.append(role)

    def sentence(self, k: int, start: int, end: int) -> None:
        p = self.parsed.get(k)
        marks = [m for m in self.plan.marks if m.start < end and m.end > start]
        if p is None:
            self.people.remember_plain(k, start, end)
            return
        self.people.remember(k, p)
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
            self.quotes.append(Quote(a, b, QuoteKind.INDIRECT, att.cue, speaker,
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
            self.quotes.append(Quote(m.start, m.end, QuoteKind.CONTINUATION, None, self.last[0]))
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
        if kind == QuoteKind.DIRECT and recent and self.last:
            self.quotes.append(Quote(m.start, m.end, QuoteKind.CONTINUATION, None, self.last[0]))
            self.last = (self.last[0], par, k)

    def _kind(self, m: Marked) -> QuoteKind:
        inner = self.text[m.start:m.end].lstrip()
        before = self.text[:m.start - 1].rstrip()
        opens = not before or before[-1] in ",:;—–-(\n" or before.endswith(("said", "says"))
        sentence_start = not before or before[-1] in ".!?\n" or any(
            s == m.start - 1 for s, _ in self.plan.sentences)
        capital = inner[:1].isupper() or inner[:1].isdigit()
        if capital and (sentence_start or (opens and before[-1] in ",:;—–-(")):
            return QuoteKind.DIRECT
        return QuoteKind.PARTIAL

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


def _distance(pos: int, m: Marked) -> int:
    return min(abs(pos - m.start), abs(pos - m.end))


def _mostly_quoted(span: tuple[int, int], quoted: list[tuple[int, int]]) -> bool:
    a, b = span
    inside = sum(max(0, min(b, e) - max(a, s)) for s, e in quoted)
    return inside >= 0.8 * (b - a)


def resolve(text: str, title: str, source: str | None, plan: Plan,
            parsed: Mapping[int, Parsed], title_parse: Parsed | None = None) -> Resolved:
    return _Article(text, title, source, plan, parsed, title_parse).run()
