"""From a raw question to an Answer: tidy the text, understand it, route it.

Questions arrive from people: empty, padded, thousands of characters long, full of HTML.
They are tidied here once so every front end behaves the same. Then the intent decides the
path: general (retrieve and cite) or a speaker path (index.qa.who). A chat's previous turn
arrives as an explicit `AskContext`: "more" pages the last question, "and Peskov?" and
"what else did she say?" borrow its topic or speaker.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..types import Answer, AskContext
from . import who
from .answer import NOT_IN_ARTICLES, abstain, select
from .dates import DateFilter, parse_dates
from .intent import Intent, IntentKind, parse, small_talk
from .reader import Reader
from .scope import Scope, allowed, newest_first, scope_for
from .sources import cite_hits

EMPTY_NOTE = "Ask me something about the articles, e.g. “Who said what about NATO?”"
NOTHING_TO_SEARCH = "I couldn't find any words to search for in that. Try a question in English."
NO_MORE = "That's all the articles say about that."
ASK_FIRST = "Ask a question first; then “more” shows further results."
WHO_FIRST = "Who do you mean? Ask about someone first, e.g. “What did Psaki say?”"
_HINT = "Ask me about the news in my articles, e.g. “Who said what about NATO?”"
SMALL_TALK_REPLIES = {
    "greeting": f"Hello! {_HINT}",
    "thanks": "You're welcome.",
    "bye": "Goodbye!",
    "who": ("I'm whosaid: I answer questions about the news articles I hold with their own "
            "sentences, cited, and I know who said what in them."),
    "how": f"Ready for a question. {_HINT}",
    "time": f"I can't tell the time, only what the articles say. {_HINT}",
}
_SPACE = re.compile(r"\s+")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_MORE = re.compile(r"^(?:more|next|go on|continue|show more|more please|tell me more|"
                   r"anything else)\W*$", re.IGNORECASE)
_PRONOUNS = {"he", "she", "him", "her", "they", "them"}


def tidy(question: str, max_chars: int) -> tuple[str, bool]:
    """Drop markup tags, collapse whitespace and cut overlong text at a word boundary; says
    if it was cut. ("<b>Who said</b> …" must still read as a who-said question.)"""
    q = _SPACE.sub(" ", _TAG.sub(" ", question)).strip()
    if len(q) <= max_chars:
        return q, False
    cut = q[:max_chars].rsplit(" ", 1)[0] or q[:max_chars]
    return cut, True


def answer_question(engine: Reader, question: str, context: AskContext | None = None, *,
                    offset: int = 0, limit: int | None = None) -> Answer:
    q, cut = tidy(question, engine.config.answer.max_question_chars)
    if not q:
        return abstain(question, IntentKind.GENERAL, EMPTY_NOTE)
    if not any(c.isalnum() for c in q):
        return abstain(q, IntentKind.GENERAL, NOTHING_TO_SEARCH)
    if _MORE.match(q):
        if context is None or not context.question:
            return abstain(q, IntentKind.GENERAL, ASK_FIRST)
        answer = route(engine, context.question, None, context.offset, limit)
        if answer.abstained and context.offset:
            answer = replace(answer, note=NO_MORE)
        return answer
    answer = route(engine, q, context, offset, limit)
    if cut:
        note = f"(Your question was long; I read its first {len(q)} characters.)"
        answer = replace(answer, note=f"{note} {answer.note}" if answer.note else note)
    return answer


def route(engine: Reader, question: str, context: AskContext | None, offset: int,
          limit: int | None) -> Answer:
    """Take the date words out ("this week"), answer the rest within those dates."""
    dates, q = parse_dates(question, engine.today())
    if dates is not None and (dates.first or dates.last) and engine.store.date_span() is None:
        dates, q = None, question  # no article is dated: the date words are the story's
    if dates is not None and not any(c.isalnum() for c in q):
        q = "What happened?"
    scope = scope_for(engine, dates)
    answer = _route(engine, q, context, offset, limit, scope)
    if dates is None:
        return answer
    within = f"Articles {dates.describe()}" if dates.first or dates.last else ""
    if answer.abstained and within and not dates.relative:
        # "What would begin in 2014?" may ask when something happens in a story, not when
        # it was published: the whole question, date words included, over every article.
        anywhere = _route(engine, question, context, offset, limit, None)
        if not anywhere.abstained:
            note = (f"(Nothing in the articles dated {dates.describe()} answers this; "
                    "these are from any date.)")
            return replace(anywhere, note=f"{note} {anywhere.note}" if anywhere.note else note)
    if answer.abstained and within:
        return replace(answer, question=question, note=_nothing_within(engine, dates, scope,
                                                                      answer.note))
    note = f"({within})" if within else "(Newest first.)"
    return replace(answer, question=question,
                   note=f"{note} {answer.note}" if answer.note else note)


def _nothing_within(engine: Reader, dates: DateFilter, scope: Scope | None,
                    note: str | None) -> str:
    """Why a dated question has no answer: no article of those dates at all (then say
    which dates the articles have), or nothing in them that answers."""
    when = dates.describe()
    if scope is not None and scope.passages is not None and not len(scope.passages):
        span = engine.store.date_span()
        have = (f" The articles run from {span[0]} to {span[1]}." if span and span[0] != span[1]
                else f" The articles are from {span[0]}." if span else
                " No article has a date.")
        return f"No articles are dated {when}.{have}"
    note = note or NOT_IN_ARTICLES
    if when in note:  # the note already says when
        return note
    return f"Articles {when}: {note[:1].lower()}{note[1:]}"


def _route(engine: Reader, q: str, context: AskContext | None, offset: int,
           limit: int | None, scope: Scope | None) -> Answer:
    it = parse(q)
    if it.kind == IntentKind.SMALL_TALK:
        return abstain(q, it.kind, SMALL_TALK_REPLIES[small_talk(q) or "greeting"])
    if it.kind == IntentKind.FOLLOW_UP:
        return _follow_up(engine, q, it, context, limit)
    if it.kind in (IntentKind.SPEAKER_QUOTES, IntentKind.WHO_IS):
        names = _named(it.names, context)
        if names is None:
            return abstain(q, it.kind, WHO_FIRST)
        if it.kind == IntentKind.WHO_IS:
            got = who.who_is(engine, q, names[0])
        else:
            got = who.speaker_quotes(engine, q, names, it.topic, offset, limit, scope)
        if got is not None:
            return got
    elif it.kind == IntentKind.WHO_SAID_WHAT:
        return who.who_said_what(engine, q, it.topic, offset, scope)
    elif it.kind == IntentKind.WHO_SAID and it.content:
        return who.who_said(engine, q, it.content, scope)
    return general(engine, q, offset=offset, limit=limit, scope=scope)


def _named(names: tuple[str, ...], context: AskContext | None) -> tuple[str, ...] | None:
    """Replace "she"/"he" by the speaker the chat was talking about."""
    out = []
    for n in names:
        if n.lower() in _PRONOUNS:
            if context is None or not context.speaker:
                return None
            out.append(context.speaker)
        else:
            out.append(n)
    return tuple(out)


def _follow_up(engine: Reader, q: str, it: Intent, context: AskContext | None,
               limit: int | None) -> Answer:
    names = _named(it.names, context)
    if names is None:
        return abstain(q, IntentKind.SPEAKER_QUOTES, WHO_FIRST)
    if "else" in q.lower() and context and context.intent == IntentKind.SPEAKER_QUOTES \
            and context.question and names == (context.speaker,):
        # "what else did she say?": the same listing, further on
        return route(engine, context.question, None, context.offset, limit)
    topic = it.topic or (context.topic if context else None)
    text = f"What did {' and '.join(names)} say" + (f" about {topic}?" if topic else "?")
    got = who.speaker_quotes(engine, text, names, topic, 0, limit)
    return got if got is not None else general(engine, q, limit=limit)


def general(engine: Reader, question: str, *, offset: int = 0, limit: int | None = None,
            intent: IntentKind = IntentKind.GENERAL, scope: Scope | None = None) -> Answer:
    """Retrieve, score, and cite the sentences that clear the confidence threshold."""
    cfg = engine.config.answer
    unknown = engine.searcher.unknown_names(question)
    if unknown:
        # Nothing in the articles is about what the question names: no near misses either.
        return abstain(question, intent, f"{NOT_IN_ARTICLES} They never mention {unknown[0]}.")
    qvec = engine.embedder.embed_query(question)
    hits = engine.searcher.retrieve(question, qvec, allowed=allowed(scope)).hits
    chosen, more = select(hits, engine.threshold, limit or cfg.max_sentences, offset,
                          cfg.duplicate_similarity)
    if not chosen:
        # Declined, but a sentence comes close: offer the closest, marked as no answer.
        near, _ = select(hits, engine.searcher.ranker.near_threshold, cfg.max_sentences, 0,
                         cfg.duplicate_similarity)
        closest = cite_hits(engine, question, intent, near, False) if near and not offset \
            else None
        return replace(abstain(question, intent), closest=closest)
    if scope is not None and scope.dates.newest:
        chosen = newest_first(engine, chosen)
    return cite_hits(engine, question, intent, chosen, more)
