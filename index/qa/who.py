"""Answers about speakers: who said what about X, what did Y say, who said Z, who is Y.

Every answer still cites sentences (exact slices) and says who speaks in each; "who
said what" lists statements, not a speaker's questions, greetings or thanks. A topic's
relevance is the calibrated scorer's confidence, with the dense signal taken from the
whole quote as well as the sentence, so "about NATO" reaches quotes that only say "the
alliance"; the people quoted in a story whose headline and lead are on the topic come
after those (index.qa.topical). Names match loosely (surname, case, accents, a letter
off: "Zelensky").
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace

from ..search.tokens import words
from ..storage.store import SentenceRow
from ..types import Answer, Hit
from . import substance, topical
from .answer import abstain, jaccard, select, word_set
from .intent import IntentKind
from .reader import Reader
from .scope import Scope, allowed
from .sources import cite_hits
from .speakers import match_speakers


def _saying_something(engine: Reader, hits: list[Hit]) -> list[Hit]:
    """The hits whose sentences say something, those that surely do first (each group in
    the order given): a speaker's line on a topic is a statement, not a question, a
    greeting or thanks (index.qa.substance). Unchanged when the index's embedding model
    is not the one the substance model was fitted on."""
    model = substance.load()
    emb = engine.embedder
    if not hits or not model.usable_with(emb.model, emb.dim):
        return hits
    vecs = engine.store.sentence_vectors(sorted({h.sentence_id for h in hits}), emb.dim)
    tiers = {h.sentence_id: model.tier(h.text, vecs[h.sentence_id]) if h.sentence_id in vecs
             else 0 for h in hits}
    return sorted((h for h in hits if tiers[h.sentence_id] is not None),
                  key=lambda h: tiers[h.sentence_id] or 0)


_RANK = {"person": 0, "organisation": 1, "description": 2}


def _grouped(hits: list[Hit], speakers: int, per_speaker: int, offset: int,
             kinds: dict[str, str], duplicate: float) -> tuple[list[Hit], bool]:
    """People first, then organisations, then described speakers ("officials"): "who"
    asks for people. Each ordered by their first sentence in `hits`, with their first
    few."""
    groups: OrderedDict[str, list[Hit]] = OrderedDict()
    seen: list[frozenset[str]] = []
    for h in hits:
        if h.speaker is None:
            continue
        words = word_set(h.text)
        if any(jaccard(words, w) >= duplicate for w in seen):
            continue
        seen.append(words)
        groups.setdefault(h.speaker, [])
        if len(groups[h.speaker]) < per_speaker:
            groups[h.speaker].append(h)
    names = sorted(groups, key=lambda n: _RANK.get(kinds.get(n, "person"), 0))  # stable
    page = names[offset:offset + speakers]
    return [h for n in page for h in groups[n]], len(names) > offset + speakers


def who_said_what(engine: Reader, question: str, topic: str | None, offset: int = 0,
                  scope: Scope | None = None) -> Answer:
    cfg = engine.config
    if topic is None:
        return _overview(engine, question, offset, scope)
    s = engine.searcher
    qvec = engine.embedder.embed_query(topic)
    retrieved = s.retrieve(topic, qvec, allowed=allowed(scope))
    fused = [(p, 1.0 / (cfg.search.rrf_k + k)) for k, p in enumerate(retrieved.fused, 1)]
    quote_cos: dict[int, float] = {}
    if s.quotes is not None:
        qids, cos = s.quotes.search(qvec, 60)
        quote_cos = {int(q): float(c) for q, c in zip(qids, cos, strict=True)}
        rows = engine.store.sentence_rows(
            [sid for sids in engine.store.quote_sentences(list(quote_cos)).values()
             for sid in sids])
        extra = engine.store.passages_of_sentences(
            [r for r in rows if scope is None or scope.admits(_date(engine, r.article_id))])
        known = {p for p, _ in fused}
        fused += [(p, 0.0) for p in OrderedDict.fromkeys(extra.values()) if p not in known]
    hits = topical.with_quote_dense(engine, s.score(topic, qvec, fused), quote_cos, s.ranker)
    # the quotes of articles about the topic come after those on it by their own words,
    # whose ranking they leave as it was
    about = topical.articles_about(engine, topic, qvec, {h.article_id for h in hits})
    unread = topical.unread(about, {p for p, _ in fused}, cfg.search.passages)
    seen = {h.sentence_id for h in hits}
    fresh = [h for h in s.score(topic, qvec, [(p, 0.0) for p in unread])
             if h.sentence_id not in seen]
    own, near = topical.on_topic([h for h in hits if h.speaker is not None], engine.threshold,
                                 list(about), [h for h in fresh if h.speaker is not None])
    kinds = engine.store.speaker_kinds()
    chosen, more = _grouped(_others_first(engine, topic, kinds, _saying_something(engine, own)
                                          + _saying_something(engine, near)),
                            cfg.quotes.max_speakers, cfg.quotes.quotes_per_speaker, offset,
                            kinds, cfg.answer.duplicate_similarity)
    if not chosen:
        return abstain(question, IntentKind.WHO_SAID_WHAT,
                         f"No one in the articles is quoted about {topic}.", topic=topic)
    return cite_hits(engine, question, IntentKind.WHO_SAID_WHAT, chosen, more, topic=topic)


def _others_first(engine: Reader, topic: str, kinds: dict[str, str], hits: list[Hit],
                  ) -> list[Hit]:
    """ "Who said what about Zelenskyy?" asks what others said of him: his own words
    (readouts name him in them) come after theirs."""
    if not _is_name(topic):
        return hits
    himself = {name for _, name in match_speakers(engine.speaker_names(), topic)
               if kinds.get(name, "person") == "person"}
    return [h for h in hits if h.speaker not in himself] + \
        [h for h in hits if h.speaker in himself]


def _overview(engine: Reader, question: str, offset: int, scope: Scope | None) -> Answer:
    """ "Who said what?" with no topic: the most quoted speakers, a sentence each (their
    newest one that says something, within the question's dates)."""
    cfg = engine.config.quotes
    people = sorted((sp for sp in engine.store.speakers()
                     if sp.quotes and sp.kind != "description"), key=lambda sp: -sp.quotes)
    picked: list[Hit] = []
    listed = 0
    for sp in people:
        rows = [r for r in engine.store.speaker_sentences([sp.id])
                if scope is None or scope.admits(_date(engine, r.article_id))][:5]
        if not rows:
            continue
        listed += 1
        if offset < listed <= offset + cfg.max_speakers:  # only the page is read closely
            plain = _plain_hits(engine, rows)
            picked += (_saying_something(engine, plain) or plain)[:1]
    if not picked:
        return abstain(question, IntentKind.WHO_SAID_WHAT, "The articles quote no one yet.")
    return cite_hits(engine, question, IntentKind.WHO_SAID_WHAT, picked,
                     listed > offset + cfg.max_speakers)


def _date(engine: Reader, article_id: str) -> str | None:
    return engine.searcher.article(article_id).date


def _plain_hits(engine: Reader, rows: Sequence[SentenceRow]) -> list[Hit]:
    speakers = engine.store.sentence_speakers([r.id for r in rows])
    out = []
    for r in rows:
        who = speakers.get(r.id)
        text = engine.searcher.article(r.article_id).text[r.start:r.end]
        out.append(Hit(sentence_id=r.id, article_id=r.article_id, start=r.start, end=r.end,
                       text=text, passage_id=0, confidence=1.0,
                       speaker=who[0] if who else None, role=who[1] if who else None))
    return out


def speaker_quotes(engine: Reader, question: str, names: Sequence[str], topic: str | None,
                   offset: int = 0, limit: int | None = None, scope: Scope | None = None,
                   ) -> Answer | None:
    """What one or more named speakers said; None when no name is a known speaker and
    the question reads better as a general one."""
    cfg = engine.config
    matched = [(n, match_speakers(engine.speaker_names(), n)) for n in names]
    missing = [n for n, m in matched if not m]
    if missing:
        if all(not _is_name(n) for n in missing):
            return None
        who = ", ".join(missing)
        return abstain(question, IntentKind.SPEAKER_QUOTES, f"The articles don't quote {who}.",
                         speaker=missing[0], topic=topic)
    limit = limit or cfg.answer.max_sentences
    all_hits: list[Hit] = []
    more = False
    qvec = None
    for _, found in matched:
        ids = [sid for sid, _ in found]
        rows = [r for r in engine.store.speaker_sentences(ids)
                if scope is None or scope.admits(_date(engine, r.article_id))]
        per = limit if len(matched) == 1 else cfg.quotes.quotes_per_speaker
        if topic is None:
            page = rows[offset:offset + per]
            more = more or len(rows) > offset + per
            all_hits += _plain_hits(engine, page)
            continue
        if qvec is None:
            qvec = engine.embedder.embed_query(topic)
        own, near = topical.on_topic(
            topical.sentence_hits(engine, topic, qvec, rows), engine.threshold,
            list(topical.articles_about(engine, topic, qvec, {r.article_id for r in rows})))
        good = own + near
        more = more or len(good) > offset + per
        all_hits += good[offset:offset + per]
    speaker = matched[0][1][0][1]
    if not all_hits:
        names_text = " and ".join(found[0][1] for _, found in matched)
        when = f" {scope.dates.describe()}" if scope is not None and scope.passages is not \
            None else ""
        note = (f"The articles quote {names_text}, but not about {topic}{when}." if topic and
                offset == 0 else "That's all the articles quote from them." if offset else
                f"The articles don't quote {names_text}{when}.")
        return abstain(question, IntentKind.SPEAKER_QUOTES, note, speaker=speaker, topic=topic)
    return cite_hits(engine, question, IntentKind.SPEAKER_QUOTES, all_hits, more,
                     speaker=speaker, topic=topic)


def who_said(engine: Reader, question: str, content: str, scope: Scope | None = None,
             ) -> Answer:
    """ "Who said it was too early to tell …?": find the sentence, name its speaker. The
    best-matching sentence is the answer even when no one is named for it: another
    sentence that has a speaker would put someone else's words forward."""
    qvec = engine.embedder.embed_query(content)
    hits = engine.searcher.retrieve(content, qvec, allowed=allowed(scope)).hits
    chosen, _ = select(hits, engine.threshold, engine.config.answer.max_sentences, 0,
                       engine.config.answer.duplicate_similarity)
    verbatim = _verbatim(hits, content)
    if verbatim is not None and not (chosen and chosen[0].sentence_id == verbatim.sentence_id):
        # the words asked about, as written: the answer however common they are ("Who said
        # I know who I am?" scores low on every measure of a topic)
        chosen = [verbatim]
    if not chosen:
        return abstain(question, IntentKind.WHO_SAID)
    best = _holding(engine, chosen[0], content)
    if best.speaker is None:
        answer = cite_hits(engine, question, IntentKind.WHO_SAID, [best], False)
        return replace(answer, note="The articles don't say who said that.")
    same = [best] + [h for h in chosen[1:] if h.speaker == best.speaker]
    return cite_hits(engine, question, IntentKind.WHO_SAID, same, False, speaker=best.speaker)


def _verbatim(hits: Sequence[Hit], content: str) -> Hit | None:
    """The best-ranked sentence that holds the asked words in their order (four or more,
    case, accents and punctuation aside: the keyword index's phrase words)."""
    asked = words(content)
    if len(asked) < 4:
        return None
    phrase = f" {' '.join(asked)} "
    return next((h for h in sorted(hits, key=lambda h: -h.order)
                 if phrase in f" {' '.join(words(h.text))} "), None)


def _holding(engine: Reader, hit: Hit, content: str) -> Hit:
    """The sentence with the speaker of the quote in it that holds the words asked about:
    in "Weaver says it's proof …, which stood at 263, according to the AP", it is
    Weaver who said "it's proof", though the AP's shorter quote lies inside."""
    quotes = engine.store.covering_quotes(hit.sentence_id)
    if len(quotes) < 2:
        return hit
    asked = word_set(content)

    def held(q: tuple[int, int, str, str | None]) -> int:
        a, b = max(q[0], hit.start) - hit.start, min(q[1], hit.end) - hit.start
        return len(asked & word_set(hit.text[a:b]))

    best = max(quotes, key=held)
    current = max((held(q) for q in quotes if q[2] == hit.speaker), default=-1)
    return replace(hit, speaker=best[2], role=best[3]) if held(best) > current else hit


def who_is(engine: Reader, question: str, name: str) -> Answer | None:
    """The roles the articles give a speaker, each cited where a sentence states it."""
    found = match_speakers(engine.speaker_names(), name)
    if not found:
        return None
    sid, canonical = found[0]
    roles = _fullest(engine.store.roles(sid))
    hits: list[Hit] = []
    for role, article_id in roles:
        article = engine.searcher.article(article_id)
        row = None
        pos = article.text.find(role)
        while pos >= 0 and row is None:  # the role may sit in a label or a title first
            row = engine.store.sentence_at(article_id, pos)
            pos = article.text.find(role, pos + 1)
        if row is not None and len(hits) < engine.config.answer.max_sentences:
            hits.append(replace(_plain_hits(engine, [row])[0], speaker=canonical, role=role))
    if not hits:
        hits = [replace(h, speaker=canonical)
                for h in _plain_hits(engine, engine.store.speaker_sentences([sid])[:1])]
    if not hits:
        return None
    note = (f"{canonical}: {'; '.join(r for r, _ in roles)}" if roles else
            f"The articles quote {canonical} but give no role.")
    answer = cite_hits(engine, question, IntentKind.WHO_IS, hits, False, speaker=canonical)
    return replace(answer, note=note)


def _fullest(roles: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Roles without the ones another role contains ("President" in "President of Russia")."""
    out: list[tuple[str, str]] = []
    for role, aid in roles:
        low = role.lower()
        if any(low in other.lower() for other, _ in roles if other.lower() != low):
            continue
        if low not in {r.lower() for r, _ in out}:
            out.append((role, aid))
    return out


def _is_name(text: str) -> bool:
    """Typed like a name ("Boris Johnson", "Johnson"), so "no quotes from …" is the answer."""
    words = text.split()
    return bool(words) and all(w[:1].isupper() for w in words if w.lower() not in (
        "of", "the", "de", "von", "van"))

