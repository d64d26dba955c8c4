"""The quotes stage of a build: plan what to parse, parse it in one batch, resolve.

Only sentences that can carry an attribution are parsed: those with quotation marks, a
cue word ("said", "warned", "according to" …) or a role subject ("the envoy …"), outside
transcript turns (whose speaker is the label). Everything for a batch of articles goes
through spaCy's `nlp.pipe` at once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..config import QuotesConfig
from ..ingest.clean import inside, junk_spans
from ..ingest.paragraphs import Label, labels, paragraph_spans
from ..ingest.split import sentence_spans
from ..types import Article, Quote
from .lexicon import CUE_WORDS, ROLE_SUBJECT
from .nlp import parse_many
from .quotemarks import marked_spans
from .registry import statement_author
from .resolve import Plan, Resolved, resolve

TRANSCRIPT_TITLE = re.compile(r"\b(?:Remarks|Transcript|Press Conference|Briefing|Interview|"
                              r"Press Gaggle|answered media questions)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ArticleQuotes:
    quotes: tuple[Quote, ...]
    resolved: Resolved


def plan(article: Article) -> tuple[Plan, list[int]]:
    """The article's structure and the indices of the sentences worth parsing."""
    text = article.text
    sentences = sentence_spans(text)
    pars = paragraph_spans(text)
    labs = labels(text)
    named = {lab.name for lab in labs if lab.name not in ("Q", "Question")}
    # A transcript's turns run on over unlabelled paragraphs; in a news story a labelled
    # paragraph ("Continued Stone: “…”") speaks for itself only.
    runs_on = bool(named) and (bool(TRANSCRIPT_TITLE.search(article.title))
                               or (len(named) >= 2 and len(labs) >= 3))
    turns: list[tuple[Label, list[tuple[int, int]]]] = []
    by_start = {lab.start: lab for lab in labs}
    current = None
    for ps, pe in pars:
        if ps in by_start:
            current = (by_start[ps], [(ps, pe)])
            turns.append(current)
        elif current is not None and runs_on:
            current[1].append((ps, pe))
    junk = junk_spans(text)
    turns = [(lab, [(s, e) for s, e in ps if not inside(junk, s, e)]) for lab, ps in turns]
    covered = [(s, e) for _, ps in turns for s, e in ps]
    in_turn = frozenset(k for k, (s, e) in enumerate(sentences)
                        if any(a <= s and e <= b for a, b in covered))
    marks = marked_spans(text, pars)
    needed = []
    for k, (s, e) in enumerate(sentences):
        if k in in_turn:
            continue
        chunk = text[s:e]
        if (any(m.start < e and m.end > s for m in marks) or CUE_WORDS.search(chunk)
                or ROLE_SUBJECT.search(chunk)):
            needed.append(k)
    author = statement_author(article.title)
    return Plan(sentences, pars, labs, marks, turns, in_turn, author), needed


def extract(articles: Sequence[Article], config: QuotesConfig) -> list[ArticleQuotes]:
    plans = [plan(a) for a in articles]
    # One spaCy batch for the whole build: every needed sentence and every title.
    jobs: list[tuple[str, int, int]] = []
    for a, (p, needed) in zip(articles, plans, strict=True):
        jobs.extend((a.text, *p.sentences[k]) for k in needed)
    parsed_all = parse_many(config.spacy_model, jobs, config.batch_size)
    titles = parse_many(config.spacy_model, [(a.title, 0, len(a.title)) for a in articles],
                        config.batch_size)
    out = []
    cursor = 0
    for a, (p, needed), tparse in zip(articles, plans, titles, strict=True):
        parsed = dict(zip(needed, parsed_all[cursor:cursor + len(needed)], strict=True))
        cursor += len(needed)
        res = resolve(a.text, a.title, a.source, p, parsed, tparse)
        out.append(ArticleQuotes(res.quotes, res))
    return out


def extract_quotes(articles: Sequence[Article], config: QuotesConfig) -> list[list[Quote]]:
    return [list(aq.quotes) for aq in extract(articles, config)]


def quote_stage(config: QuotesConfig):  # type: ignore[no-untyped-def]
    """The callable `index.build` runs on each batch of new articles."""
    return lambda articles: extract(articles, config)
