"""One article's quotes with their speakers resolved: the heart of "who said what".

Pure: reads the article text (its analysis view), sentences, the parses of the sentences
worth parsing, transcript labels and quotation marks (gathered by index.quotes.stage).
- Transcript turns (`PRESIDENT BIDEN:`) give every paragraph of the turn to the labelled
  speaker, in documents that are transcripts; a "Statement by X" gives its paragraphs to X.
- Elsewhere the rules find the quotes (`candidates.Draft`), the candidates for their
  speaker, and a fitted model (`choice`) picks one or none. Each candidate is first
  resolved to an entity of the article (`entities.People`): a name to its full form, a
  pronoun to its antecedent, a description ("the Kentucky Republican") to the person the
  article gave that role, or kept as a description ("U.S. officials").
- A quote inside another quote of the same speaker is reported once, as the outer one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from ..ingest.paragraphs import Label
from ..types import Quote, QuoteKind, Speaker
from .attribution import Attribution, attributions
from .candidates import Candidate, Draft
from .cataphora import bodies_named_later, named_later
from .choice import SpeakerModel, load
from .continuing import carried_on
from .entities import People
from .gather import Gathering, Spoke
from .mentions import mention_at
from .names import role_class, split_role, titlecase
from .nlp import Parsed
from .nominal import noun_cue
from .pronouns import pronoun_reading
from .quotemarks import Marked
from .referents import referent
from .registry import president_of
from .subject_notes import note_subjects
from .subjects import Subjects
from .tidy import carried_back, joined, not_speech, outermost, work_title

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


Trace = list[tuple[Draft, int | None]]  # every decision: the draft, the chosen candidate


class _Article(Gathering):
    def __init__(self, text: str, title: str, source: str | None, plan: Plan,
                 parsed: Mapping[int, Parsed], title_parse: Parsed | None,
                 model: SpeakerModel, trace: Trace | None = None) -> None:
        self.trace = trace
        self.text = text
        self.title = title
        self.source = source
        self.plan = plan
        self.parsed = parsed
        self.model = model
        self.quoted = [(m.start, m.end) for m in plan.marks]
        self.people = People(text, title, plan.sentences, parsed, title_parse, self.quoted)
        self.reg = self.people.reg
        self.quotes: list[Quote] = []
        self.kinds: dict[str, str] = {}  # speaker name → person | organisation | description
        self.prev: Spoke | None = None
        self.author: str | None = None  # of a "Statement by …"
        self.nominal_roles: list[tuple[int, str]] = []
        self.subjects = Subjects()
        self.atts: dict[int, list[Attribution]] = {
            k: attributions(p, [q for q in self.quoted if q[0] < p.end and q[1] > p.start])
            for k, p in parsed.items()}
        self.sentences = plan.sentences
        self.paragraphs = plan.paragraphs
        self.par_of_sentence = [self.paragraph_of(s) for s, _ in plan.sentences]
        self.marks_by_sentence: dict[int, list[Marked]] = {}
        for m in plan.marks:  # each quote is read once, at the sentence where it starts
            k = next((k for k, (_, e) in enumerate(plan.sentences) if e > m.start), None)
            if k is not None:
                self.marks_by_sentence.setdefault(k, []).append(m)

    # --- labels and statements -------------------------------------------------------------

    def speaker_of_label(self, label: Label) -> tuple[str | None, str | None]:
        if label.name in ("A", "Answer"):  # an interview: who the lead is about answers
            return self.people.most_named(min(lab.start for lab, _ in self.plan.turns)), None
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
                self._emit(Quote(start, e, QuoteKind.TRANSCRIPT, None, speaker, *where,
                                 speaker_kind="person" if speaker else None))

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
                self._emit(Quote(s, e, QuoteKind.DIRECT, "statement", speaker,
                                 speaker_kind="person"))

    def _emit(self, q: Quote) -> None:
        self.quotes.append(q)
        if q.speaker and q.speaker_kind:
            self.kinds.setdefault(q.speaker, q.speaker_kind)

    # --- the walk ------------------------------------------------------------------------

    def run(self) -> Resolved:
        self.transcript()
        self.statement()
        for k, (start, end) in enumerate(self.plan.sentences):
            if k in self.plan.in_turn:
                continue
            p = self.parsed.get(k)
            if p is None:
                self.people.remember_plain(k, start, end)
                continue
            self.people.remember(k, p)
            self._note_roles(k, p)
            note_subjects(self.subjects, k, p, self.text, self.people, self.quoted, self.author)
            for draft in self._drafts(k, start, end, p):
                self._decide(draft)
        quotes = carried_back(joined(outermost(self.quotes), self.plan.sentences, self.text),
                              self.text)
        quotes = named_later(quotes, self._sentence_at, self.people.seen, self.sentences, self.text)
        quotes = bodies_named_later(quotes, self._sentence_at)
        # (one span reported of two speakers is listed in the same order every run)
        return composed(Resolved(tuple(sorted(set(quotes), key=lambda q: (
            q.start, q.end, q.speaker or "", q.kind))),
                                 self._speakers(quotes)))

    def _note_roles(self, k: int, p: Parsed) -> None:
        known = self.reg.surnames()
        for t in p.toks:
            if t.dep == "nsubj" and t.pos == "NOUN" and role_class(t.text):
                m = mention_at(p, t.i, known, self.text)
                if m.kind == "role" and m.role and any(c.dep == "det" and c.lemma == "the"
                                                       for c in p.children(t.i)):
                    self.nominal_roles.append((k, m.role))

    # --- choosing and resolving -------------------------------------------------------------

    def _decide(self, d: Draft) -> None:
        for c in d.candidates:
            if c.mention is not None:
                self._resolve(c, d)
        carried = [n for n, c in enumerate(d.candidates) if c.source == "previous"]
        own_cue = any(c.source == "cue" and c.features.get("in_scope") for c in d.candidates)
        choice: tuple[int, float, bool] | None
        if carried and not own_cue and carried_on(self.prev, d, self.text) and \
                not d.candidates[carried[0]].features.get("other_between"):
            # (not when someone else became the subject between: "“A,” said Lee. Kim
            # shot back: “B.”")
            choice = (carried[0], 1.0, True)  # unless the paragraph says who speaks
        else:
            choice = self.model.choose_among(d.candidates)
        if self.trace is not None:
            self.trace.append((d, choice[0] if choice else None))
        chosen = d.candidates[choice[0]] if choice else None
        said = self.text[d.start:d.end].strip(" .,")  # a headline read as one name holds it
        if chosen is not None and (chosen.speaker is None or (said[9:] and said in chosen.speaker)):
            chosen = None
        if d.kind == QuoteKind.INDIRECT and chosen is None:
            return  # "it was agreed that …": no source, so no attribution
        if d.mark is not None and (work_title(self.text, d.start, d.end) or (
                not d.in_cue_scope and not_speech(  # one must vouch
                    self.text[d.start:d.end], chosen is None or not self.model.vouches(choice)))):
            return
        if chosen is None:
            self._emit(Quote(d.start, d.end, d.kind, None, None))
            return
        if chosen.speaker == self.author and d.kind == QuoteKind.INDIRECT:
            return  # the statement's own paragraph already carries it
        m = chosen.mention
        kind = QuoteKind.CONTINUATION if chosen.source == "previous" and \
            d.kind == QuoteKind.DIRECT else d.kind
        # Speech inside someone else's ("Carson pointed out that Costa had reported …") or
        # a noun's ("Sanders' charge that …, she said"): the story follows the outer one.
        inner = noun_cue(chosen.cue) or any(
            q.start <= d.start and d.end <= q.end and q.kind == QuoteKind.INDIRECT
            and q.speaker not in (None, chosen.speaker) for q in self.quotes[-4:])
        self._emit(Quote(d.start, d.end, kind, chosen.cue or d.cue, chosen.speaker,
                         m.start if m else None, m.end if m else None,
                         speaker_kind=chosen.speaker_kind))
        if inner:
            return
        person = (self.reg.find(chosen.speaker) if chosen.speaker and
                  chosen.speaker_kind == "person" else None)
        if person is not None and m is not None:
            self.people.claim_roles(d.k, person, self.nominal_roles)
            self.people.note(chosen.k, m.start, person, subject=True, main=True)
        where = (m.start, m.end) if m else (self.prev.mention if self.prev else None)
        self.prev = Spoke(chosen.speaker or "", chosen.speaker_kind or "", person, d.par,
                           d.k, d.end, where)

    def _resolve(self, c: Candidate, d: Draft) -> None:
        m, head = self._reporter(c) or (c.mention, c.head)
        assert m is not None
        how: dict[str, float] = {}
        if m.kind == "pronoun":
            (name, kind), how = pronoun_reading(m, c.k, self.people, self.prev, self.subjects,
                                                (d.start, d.end))
        else:
            name, kind = referent(m, c.k, head, self.text, self.people, self.prev,
                                  self.author, self.subjects)
        c.speaker, c.speaker_kind = name, kind
        if name:
            c.features["resolved"] = 1.0
            c.features[f"to_{'org' if kind == 'organisation' else kind}"] = 1.0
            c.features.update(how)

    def _speakers(self, quotes: list[Quote]) -> tuple[Speaker, ...]:
        used = {q.speaker: q.speaker_kind for q in quotes if q.speaker}
        out = []
        for person in self.reg.people:
            if person.name in used or person.roles:
                out.append(Speaker(person.name, "person", tuple(sorted(person.aliases)),
                                   tuple((r, "") for r in person.roles)))
        people = {p.name for p in self.reg.people}
        for name in sorted(set(used) - people):
            out.append(Speaker(name, used[name] or "organisation", (name,)))
        return tuple(out)


def composed(r: Resolved) -> Resolved:
    """Names as one writes them: the analysis view spells a mended "PeÃ±a" as "n" plus a
    combining tilde (same length as the text); a name is "Peña"."""
    if all(q.speaker is None or q.speaker.isascii() for q in r.quotes) and all(
            s.name.isascii() and all(a.isascii() for a in s.aliases) for s in r.speakers):
        return r

    def nfc(name: str) -> str:
        return unicodedata.normalize("NFC", name).replace("\u034f", "")

    return Resolved(
        tuple(replace(q, speaker=nfc(q.speaker)) if q.speaker else q for q in r.quotes),
        tuple(replace(s, name=nfc(s.name), aliases=tuple(nfc(a) for a in s.aliases))
              for s in r.speakers))


def resolve(text: str, title: str, source: str | None, plan: Plan,
            parsed: Mapping[int, Parsed], title_parse: Parsed | None = None,
            model: SpeakerModel | None = None, trace: Trace | None = None) -> Resolved:
    """`trace`, if given, receives every speaker decision (for fitting the model)."""
    return _Article(text, title, source, plan, parsed, title_parse, model or load(),
                    trace).run()
