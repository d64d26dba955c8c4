"""Gathering quotes and their speaker candidates, sentence by sentence (the rules part).

A mixin of index.quotes.resolve's article walk: reported content of speech verbs and
quotation marks become `Draft`s; for each, the candidates that might speak it, with the
features `choice` scores. Who a candidate stands for is decided by the walk itself.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..types import QuoteKind
from .attribution import Attribution, colon_clause
from .candidates import Candidate, Draft, cue_features, distance, mention_features, quote_features
from .entities import People
from .headlines import within
from .issuers import issued
from .lexicon import SPEECH
from .mentions import Mention, mention_at, partitive
from .nlp import Parsed
from .phrases import not_theirs
from .quotemarks import DOUBLE, Marked
from .registry import Person, Registry

# ", again using a thick accent, “": a participle aside between a verb and its quotation
_ASIDE = re.compile(r",\s+(?:[a-z]+ly\s+|again\s+|then\s+)?[a-z]+ing\b[^“”\"\n]*,\s*[“\"]?")
_VERB_LABEL = re.compile(r"([A-Z][a-z]+) ([A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){0,2}):\s*")
_PAST = {"said": "say", "wrote": "write", "told": "tell"}
_INLINE_LABEL = re.compile(r"([A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){0,2}):[ \t]*[\"“]")


@dataclass(slots=True)
class Spoke:
    """The previous quote's speaker, for continuations and pronouns."""

    name: str
    kind: str
    person: Person | None
    par: int
    k: int
    end: int
    mention: tuple[int, int] | None  # where the article named them for that quote


class Gathering:
    """What the walk knows that gathering reads (set by index.quotes.resolve)."""

    text: str
    parsed: Mapping[int, Parsed]
    quoted: list[tuple[int, int]]
    people: People
    reg: Registry
    prev: Spoke | None
    atts: dict[int, list[Attribution]]
    par_of_sentence: list[int]
    marks_by_sentence: dict[int, list[Marked]]
    sentences: Sequence[tuple[int, int]]
    paragraphs: Sequence[tuple[int, int]]

    def _drafts(self, k: int, start: int, end: int, p: Parsed) -> list[Draft]:
        """The quotes that start in sentence k: reported content, then marked quotes."""
        par = self.par_of_sentence[k]
        out: list[Draft] = []
        atts = self.atts.get(k, [])
        for att in atts:
            if att.content is None or mostly_quoted(att.content, self.quoted):
                continue
            d = Draft(*att.content, QuoteKind.INDIRECT, k, par, att.cue, in_cue_scope=True)
            if att.speaker_i is not None:
                src = "according" if att.cue == "according to" else "cue"
                cand = self._cue_candidate(d, k, p, att, self._cue_spans(k), src)
                cand.features.update(quote_features(d, False, False))
                d.candidates.append(cand)
            out.append(d)
        for m in self.marks_by_sentence.get(k, ()):
            out.append(self._marked_draft(m, k, par))
        return sorted(out, key=lambda d: d.start)

    def _sentence_at(self, pos: int) -> int:
        return next((k for k, (s, e) in enumerate(self.sentences) if s <= pos < e + 1), 0)

    def _sentences_of(self, m: Marked) -> list[int]:
        return [k for k, (s, e) in enumerate(self.sentences) if s < m.end and e > m.start]

    def _marked_draft(self, m: Marked, k: int, par: int) -> Draft:
        d = Draft(m.start, m.end, quote_kind(self.text, m, self.sentences), k, par, mark=m)
        spanned = self._sentences_of(m) or [k]
        own = [(kk, att) for kk in spanned for att in self.atts.get(kk, [])]
        cues = [span for kk in spanned for span in self._cue_spans(kk)]
        for kk, att in own:
            p = self.parsed[kk]
            cue = (p.toks[att.cue_i].start, p.toks[att.cue_i].end)
            if att.mark_only and not att.beside and distance(cue, (m.start, m.end)) > 40 \
                    and not _ASIDE.fullmatch(self.text, cue[1], m.start):
                continue
            cand = self._cue_candidate(d, kk, p, att, cues, "cue")
            in_scope = cand.features["in_scope"] > 0
            d.in_cue_scope = d.in_cue_scope or in_scope
            if att.speaker_i is not None and not not_theirs(
                    p, att.speaker_i, att.cue_i, (d.start, d.end), in_scope):
                d.candidates.append(cand)
        if not own:
            d.candidates += self._near_candidates(d, spanned)
            d.candidates += self._label_candidate(d, k)
        if self.prev is not None and self.prev.par >= par - 2:
            d.candidates.append(self._previous_candidate(d, spanned))
        d.candidates += self._named_candidates(d, spanned)
        opens = self._par_start(m.start)
        for c in d.candidates:
            c.features.update(quote_features(d, opens, not own))
        return d

    def _label_candidate(self, d: Draft, k: int) -> list[Candidate]:
        """ "… destroy ISIS." Bush: "The mission is …": a name and a colon opening the
        sentence the quotation opens, inside a paragraph (labels opening a paragraph are
        transcript turns); or "Stated Olsen:" ending the paragraph before it."""
        start = self.sentences[k][0]
        m = _INLINE_LABEL.match(self.text, start, d.start)
        if m is None:  # the line before, whole
            line = self.text.rfind("\n", 0, len(self.text[:start].rstrip())) + 1
            v = _VERB_LABEL.fullmatch(self.text, line, d.start - 1)
            if v and SPEECH & {(w := v.group(1).lower()), w[:-1], w[:-2], _PAST.get(w)}:
                m, k = v, self._sentence_at(v.start())
        if m is None or m.end() < d.start - 2:
            return []
        g = 1 if m.re is _INLINE_LABEL else 2
        kind = self.people.proper_kind(m.group(g), m.start(g))
        if kind is None:
            return []
        mention = Mention(m.start(g), m.end(g), "person" if kind == "person" else "org",
                          name=m.group(g))
        c = Candidate("cue", mention, k, cue=":")
        c.features.update({"src_cue": 1.0, "colon": 1.0, "in_scope": 1.0, "nearest_cue": 1.0,
                           "before": 1.0, "same_par": float(self.par_of_sentence[k] == d.par),
                           "m_name" if kind == "person" else "m_org": 1.0})
        return [c]

    def _par_start(self, pos: int) -> bool:
        return any(s <= pos <= s + 2 for s, _ in self.paragraphs)

    def _cue_candidate(self, d: Draft, k: int, p: Parsed, att: Attribution,
                       cues: list[tuple[int, int]], source: str) -> Candidate:
        cand = Candidate(source, None, k, cue=att.cue)
        if att.speaker_i is not None:
            cand.mention = mention_at(p, att.speaker_i, self.reg.surnames(), self.text)
            # "one of the victims" is headed, as a speaker, by "victims"
            cand.head = p.toks[partitive(p, att.speaker_i) or att.speaker_i].lemma
            cand.features.update(mention_features(cand.mention, p, att.speaker_i))
        cand.features.update(cue_features(d, p, att, cues, cand.mention))
        cand.features[f"src_{source}"] = 1.0
        cand.features["same_par"] = float(self.par_of_sentence[k] == d.par)
        return cand

    def _cue_spans(self, k: int) -> list[tuple[int, int]]:
        p = self.parsed.get(k)
        if p is None:
            return []
        return [(p.toks[a.cue_i].start, p.toks[a.cue_i].end) for a in self.atts.get(k, [])]

    def _near_candidates(self, d: Draft, spanned: list[int]) -> list[Candidate]:
        """ "Smith said:" ending the sentence or paragraph before, or "Smith said." right
        after the closing mark."""
        out = []
        first, last = spanned[0], spanned[-1]
        before = first - 1
        if before >= 0 and before in self.parsed:
            s, e = self.sentences[before]
            colon = self.text[e - 1:e] == ":" or self.text[s:d.start].rstrip().endswith(":")
            if colon:
                atts = [a for a in self.atts.get(before, []) if a.speaker_i is not None]
                clause = colon_clause(self.parsed[before]) if not atts else None
                for att in atts or ([clause] if clause else []):
                    c = self._cue_candidate(d, before, self.parsed[before], att,
                                            self._cue_spans(before), "near")
                    c.features["colon"] = 1.0
                    out.append(c)
            elif len(self.text[e:d.start].strip()) == 1 and (
                    self.par_of_sentence[before] == d.par or (
                        self.par_of_sentence[before] == d.par - 1
                        and "\n" in self.text[e:d.start])) \
                    and not any(ch in DOUBLE for ch in self.text[s:e]):
                # "Coun. Priya Shah disagreed.¶“…”", "Sam Lo said in a statement. “…”": a speech
                # verb with nothing reported, or a document's issuer ("Acme put out a memo.¶“…”")
                atts = [a for a in self.atts.get(before, []) if a.speaker_i is not None]
                own = [a for a in atts if a.content is None] if atts else self._setup(before, d)
                for att in own or issued(self.parsed[before]):
                    out.append(self._cue_candidate(d, before, self.parsed[before], att,
                                                   self._cue_spans(before), "near"))
        if (after := last + 1) in self.parsed and after < len(self.sentences):
            s, e = self.sentences[after]
            if s - d.end <= 3 and self.par_of_sentence[after] == d.par:
                for att in self.atts.get(after, []):
                    if att.speaker_i is None or "\n" in self.text[d.end:s]:
                        continue
                    if att.content is None and (self.text[d.end - 1] != "." or
                                                d.kind == QuoteKind.PARTIAL):
                        # “… OK?” Trump said.: the splitter cut at "?”", but the verb is the
                        # quotation's own (not on a line of its own, "…”¶Neither Cruz …
                        # mentioned it", nor after a whole one: "“….” The union disputes")
                        c = self._cue_candidate(d, after, self.parsed[after], att,
                                                self._cue_spans(after), "cue")
                        c.features.update({"in_scope": 1.0, "nearest_cue": 1.0})
                        out.append(c)
                    elif self._par_start(d.start):
                        # "¶“A tough night.” Forward Ali Haddad said …": named right after
                        out.append(self._cue_candidate(d, after, self.parsed[after], att,
                                                       self._cue_spans(after), "near"))
        return out

    def _reporter(self, c: Candidate) -> tuple[Mention, str] | None:
        """ "Millennials say they believe …": "it" or "they" inside what a noun's speech
        verb reports stands for that noun (with its head word), whoever came before."""
        p, m = self.parsed.get(c.k), c.mention
        if p is None or m is None or m.kind != "pronoun" or m.gender:
            return None
        for a in self.atts.get(c.k, []):
            t = p.toks[a.speaker_i] if a.speaker_i is not None else None
            if a.content and a.content[0] <= m.start < a.content[1] and t is not None and \
                    t.pos in ("NOUN", "PROPN") and t.ent != "PERSON" and \
                    t.tag in (("NN", "NNS", "NNPS") if self.text[m.start:m.end].lower() ==
                              "they" else ("NN", "NNP")):  # "Mr. Trump … they" is no one
                head = p.toks[partitive(p, t.i) or t.i].lemma
                return mention_at(p, t.i, self.reg.surnames(), self.text), head
        return None

    def _setup(self, k: int, d: Draft) -> list[Attribution]:
        """ "Betsy Lee shook her head. “Tom's much better about it.”": a short sentence of
        the quotation's paragraph, outside quotation marks, whose subject is a person, sets
        it up (a longer one tells the story; the quotation may be anyone's)."""
        p = self.parsed[k]
        att = colon_clause(p, ".")
        if att is None or att.speaker_i is None or self.par_of_sentence[k] != d.par or \
                within(self.quoted, self.sentences[k][0]) or \
                sum(t.pos not in ("PUNCT", "SPACE") for t in p.toks) > 15:
            return []
        m = mention_at(p, att.speaker_i, self.reg.surnames(), self.text)
        return [att] if m.kind in ("person", "pronoun", "role") else []

    def _previous_candidate(self, d: Draft, spanned: list[int]) -> Candidate:
        prev = self.prev
        assert prev is not None
        cand = Candidate("previous", None, prev.k, speaker=prev.name, speaker_kind=prev.kind,
                         span=prev.mention)
        cand.features.update({
            "src_previous": 1.0, "same_par": float(prev.par == d.par),
            "gap_par": min(3, d.par - prev.par) / 3,
            "gap_sent": min(5, max(0, d.k - self._sentence_at(prev.end - 1))) / 5,
            "other_between": float(self._other_between(d)), "resolved": 1.0,
            f"to_{'org' if prev.kind == 'organisation' else prev.kind}": 1.0})
        return cand

    def _other_between(self, d: Draft) -> bool:
        """Someone else was named as a main-clause subject since the previous quote, not
        in its own attribution ("Rep. Hunter's aide, Joe Kasper, said")."""
        prev = self.prev
        if prev is None:
            return False
        own = self._sentence_at(prev.mention[0]) if prev.mention else -1
        return any(s.main and prev.end <= s.pos < d.start and s.k != own and (
            prev.person is None or s.person is not prev.person) for s in self.people.seen)

    def _named_candidates(self, d: Draft, spanned: list[int]) -> list[Candidate]:
        out = []
        for kk in spanned:
            p = self.parsed.get(kk)
            if p is None:
                continue
            for e in p.ents:
                tok = p.toks[e.end - 1]
                if e.label != "PERSON" or tok.dep in ("nsubj", "nsubjpass") or \
                        any(s <= tok.start < t for s, t in self.quoted):
                    continue
                m = mention_at(p, e.end - 1, self.reg.surnames(), self.text)
                if m.kind != "person":
                    continue
                c = Candidate("named", m, kk)
                c.features.update({"src_named": 1.0, "ner_person": 1.0, "m_name": 1.0,
                                   "before": float(m.start < d.start),
                                   "dist": math.log1p(distance((m.start, m.end),
                                                               (d.start, d.end))) / 5,
                                   "same_par": float(self.par_of_sentence[kk] == d.par)})
                out.append(c)
        return out


def quote_kind(text: str, m: Marked, sentences: Sequence[tuple[int, int]]) -> QuoteKind:
    inner = text[m.start:m.end].lstrip()
    before = text[:m.start - 1].rstrip()
    opens = not before or before[-1] in ",:;—–-(\n" or before.endswith(("said", "says"))
    sentence_start = not before or before[-1] in ".!?\n" or any(
        s == m.start - 1 for s, _ in sentences)
    capital = inner[:1].isupper() or inner[:1].isdigit()
    if capital and (sentence_start or (opens and before[-1:] in tuple(",:;—–-("))):
        return QuoteKind.DIRECT
    return QuoteKind.PARTIAL


def mostly_quoted(span: tuple[int, int], quoted: list[tuple[int, int]]) -> bool:
    a, b = span
    inside = sum(max(0, min(b, e) - max(a, s)) for s, e in quoted)
    return inside >= 0.8 * (b - a)
