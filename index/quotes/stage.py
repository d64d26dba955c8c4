"""The quotes stage of a build: plan what to parse, parse it in one batch, resolve.

Only sentences that can carry an attribution are parsed: those with quotation marks, a
cue word ("said", "warned", "according to" …) or a role subject ("the envoy …"), outside
transcript turns (whose speaker is the label). Everything for a batch of articles goes
through spaCy's `nlp.pipe` at once.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..config import QuotesConfig
from ..ingest.clean import inside, junk_spans
from ..ingest.paragraphs import Label, labels, paragraph_spans
from ..ingest.split import sentence_spans
from ..text import analysis_view
from ..types import Article, Quote
from . import choice
from .lexicon import CUE_WORDS, ROLE_SUBJECT
from .nlp import Parsed, parse_many
from .quotemarks import marked_spans
from .registry import statement_author
from .resolve import Plan, Resolved, Trace, resolve

TRANSCRIPT_TITLE = re.compile(r"\b(?:Remarks|Transcript|Press Conference|Briefing|Interview|"
                              r"Press Gaggle|answered media questions)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ArticleQuotes:
    quotes: tuple[Quote, ...]
    resolved: Resolved


def is_transcript(title: str, labs: Sequence[Label], paragraphs: int) -> bool:
    """A transcript has turns: its title says so, or named speaker labels recur (some name
    labels two paragraphs or more) and open a good share of its paragraphs. A news story
    with "READ MORE:" lines or "Analyst's take:" subheads has no turns."""
    named = [lab.name for lab in labs if lab.name not in ("Q", "Question")]
    if not named:
        return False
    if TRANSCRIPT_TITLE.search(title):
        return True
    counts = Counter(named)
    if len(labs) - len(named) >= 2 and max(counts.values()) >= 2:
        # an interview printed as questions and answers ("A:" or the guest's name)
        return True
    return (len(counts) >= 2 and max(counts.values()) >= 2 and len(labs) >= 3
            and len(labs) >= 0.15 * paragraphs)


def plan(article: Article, text: str | None = None) -> tuple[Plan, list[int]]:
    """The article's structure and the indices of the sentences worth parsing; `text` is
    the article's analysis view (same offsets)."""
    text = analysis_view(article.text) if text is None else text
    sentences = sentence_spans(text)
    pars = paragraph_spans(text)
    labs = labels(text)
    transcript = is_transcript(article.title, labs, len(pars))
    if not transcript:
        # Outside transcripts a label speaks only for a quotation it opens
        # ('Continued Stone: “…”'); page furniture ("READ MORE: …") never speaks.
        labs = [lab for lab in labs if text[lab.body:lab.body + 1] in "“\"" and
                lab.name not in ("Q", "Question") and len(lab.name.split()) <= 4]
    junk = junk_spans(text)
    marks = [m for m in marked_spans(text, pars) if _wordy(text[m.start:m.end])
             and not inside(junk, m.start, m.end)]
    turns: list[tuple[Label, list[tuple[int, int]]]] = []
    by_start = {lab.start: lab for lab in labs}
    current = None
    for ps, pe in pars:
        if ps in by_start:
            end = pe
            if not transcript:  # 'Clinton: “…” Bush: “…”': the label's quotation only
                end = next((m.end + 1 for m in marks if m.start >= by_start[ps].body), pe)
            current = (by_start[ps], [(ps, min(pe, end))])
            turns.append(current)
        elif current is not None and transcript:
            current[1].append((ps, pe))
    if transcript and turns and all(len(ps) == 1 for _, ps in turns[:-1]) and \
            not TRANSCRIPT_TITLE.search(article.title):
        # an exchange of one-paragraph turns inside a story ("MATTHEWS: …" "SANDERS: …"):
        # the paragraphs after its last turn are the story again
        turns[-1] = (turns[-1][0], turns[-1][1][:1])
    turns = [(lab, [(s, e) for s, e in ps if not inside(junk, s, e)]) for lab, ps in turns]
    covered = [(s, e) for _, ps in turns for s, e in ps]
    in_turn = frozenset(k for k, (s, e) in enumerate(sentences)
                        if any(a <= s and e <= b for a, b in covered))
    needed: set[int] = set()
    for k, (s, e) in enumerate(sentences):
        if k in in_turn:
            continue
        chunk = text[s:e]
        if (any(m.start < e and m.end > s for m in marks) or CUE_WORDS.search(chunk)
                or ROLE_SUBJECT.search(chunk)):
            needed.add(k)
            # The sentence before names who "he" and "she" are: parsed too (79 % of
            # PolNeAR's sentences in all with the rule below, 61 % with neither), still
            # faster than before the lemmatizer and attribute ruler were dropped.
            if k > 0 and k - 1 not in in_turn:
                needed.add(k - 1)
            # "he"/"she" may go back two sentences ("Billie Jean King remembered Ali.
            # She saw him fight in 1971. “…,” she said")
            if k > 1 and k - 2 not in in_turn and _HE_SHE.search(chunk):
                needed.add(k - 2)
    # The lead names whom the story is about ("A Toronto councillor wants …" then "Coun.
    # Alejandra Bravo will bring a motion …"): parsed whatever it holds
    needed |= {k for k in range(min(3, len(sentences))) if k not in in_turn}
    if transcript and turns:  # the lead names who the turns' speakers are
        needed |= {k for k, (s, e) in enumerate(sentences)
                   if k not in in_turn and e <= turns[0][0].start}
    author = statement_author(article.title)
    return Plan(sentences, pars, labs, marks, turns, in_turn, author), sorted(needed)


_HE_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


def _wordy(inner: str) -> bool:
    """Quotation marks around words, not around a number, a handle or an id."""
    return sum(1 for w in inner.split() if any(c.isalpha() for c in w)) >= 1 and any(
        c.isalpha() and c.islower() for c in inner) and not inner.strip().startswith(
        ("http", "@", "#"))


@dataclass(frozen=True, slots=True)
class Prepared:
    """An article read and parsed, ready for `resolve` (fitting resolves it many times)."""

    article: Article
    view: str
    plan: Plan
    parsed: dict[int, Parsed]
    title: Parsed
    title_view: str  # the title as the analysis reads it (index.text.analysis_view)


def prepare(articles: Sequence[Article], config: QuotesConfig) -> list[Prepared]:
    views = [analysis_view(a.text) for a in articles]
    plans = [plan(a, v) for a, v in zip(articles, views, strict=True)]
    # One spaCy batch for the whole build: every needed sentence and every title.
    jobs: list[tuple[str, int, int]] = []
    for v, (p, needed) in zip(views, plans, strict=True):
        jobs.extend((v, *p.sentences[k]) for k in needed)
    parsed_all = parse_many(config.spacy_model, jobs, config.batch_size)
    title_views = [analysis_view(a.title, single_quotes=False) for a in articles]
    titles = parse_many(config.spacy_model, [(t, 0, len(t)) for t in title_views],
                        config.batch_size)
    out = []
    cursor = 0
    for a, v, (p, needed), tparse, tview in zip(articles, views, plans, titles, title_views,
                                                 strict=True):
        parsed = dict(zip(needed, parsed_all[cursor:cursor + len(needed)], strict=True))
        cursor += len(needed)
        out.append(Prepared(a, v, p, parsed, tparse, tview))
    return out


def resolve_prepared(prep: Prepared, model: choice.SpeakerModel | None = None,
                     trace: Trace | None = None) -> ArticleQuotes:
    a = prep.article
    res = resolve(prep.view, prep.title_view, a.source, prep.plan, prep.parsed, prep.title,
                  model or choice.load(), trace)
    return ArticleQuotes(res.quotes, res)


def extract(articles: Sequence[Article], config: QuotesConfig) -> list[ArticleQuotes]:
    model = choice.load()
    return [resolve_prepared(p, model) for p in prepare(articles, config)]


def extract_quotes(articles: Sequence[Article], config: QuotesConfig) -> list[list[Quote]]:
    return [list(aq.quotes) for aq in extract(articles, config)]


def quote_stage(config: QuotesConfig):  # type: ignore[no-untyped-def]
    """The callable `index.build` runs on each batch of new articles."""
    return lambda articles: extract(articles, config)
