"""Quotes and speakers in SQLite: saved per article at build time, merged across articles.

A speaker row is one person or organisation for the whole index. Across articles people
merge only on a full name ("Joseph R. Biden" and "Joe Biden" agree): a surname-only
speaker ("McCallum") stays with its own article, because two articles' McCallums may be
two people, and so does a description ("officials"). Each quote is linked to the
sentences it covers, which is how an answer knows who speaks in a sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..storage.store import Store, from_blobs, to_blob
from ..text import fold
from ..types import Article, Quote, Speaker
from .names import same_person, surname
from .stage import ArticleQuotes


def scope_of(sp: Speaker, article_id: str) -> str:
    """'' for a speaker the whole index shares; the article id for one only it knows."""
    if sp.kind == "description" or (sp.kind == "person" and len(sp.name.split()) < 2):
        return article_id
    return ""


def _speaker_id(store: Store, sp: Speaker, article_id: str) -> int:
    db = store.db
    scope = scope_of(sp, article_id)
    row = db.execute("SELECT id FROM speakers WHERE name = ? AND scope = ?",
                     (sp.name, scope)).fetchone()
    if row:
        return int(row[0])
    if sp.kind == "person" and not scope:
        # The same full name (or a compatible one) from another article.
        for sid, name in db.execute("SELECT id, name FROM speakers WHERE key = ? AND kind = "
                                    "'person' AND scope = ''",
                                    (fold(surname(sp.name)),)).fetchall():
            if len(name.split()) > 1 and same_person(name, sp.name):
                return int(sid)
    cur = db.execute("INSERT INTO speakers (name, key, kind, scope) VALUES (?, ?, ?, ?)",
                     (sp.name, fold(surname(sp.name)) if sp.kind == "person" else
                      fold(sp.name), sp.kind, scope))
    return int(cur.lastrowid or 0)


def save_quotes(store: Store, article: Article, found: ArticleQuotes, sentence_ids: Sequence[int],
                sentence_spans: Sequence[tuple[int, int]]) -> None:
    db = store.db
    ids: dict[str, int] = {}
    for sp in found.resolved.speakers:
        sid = _speaker_id(store, sp, article.id)
        ids[sp.name] = sid
        for role, _ in sp.roles:
            db.execute("INSERT OR IGNORE INTO speaker_roles (speaker_id, article_id, role) "
                       "VALUES (?, ?, ?)", (sid, article.id, role))
        for alias in {*sp.aliases, sp.name}:
            db.execute("INSERT OR IGNORE INTO speaker_aliases (speaker_id, article_id, alias) "
                       "VALUES (?, ?, ?)", (sid, article.id, alias))
    for q in found.quotes:
        cur = db.execute(
            'INSERT INTO quotes (article_id, start, "end", kind, cue, speaker_id, speaker_start, '
            "speaker_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (article.id, q.start, q.end, q.kind, q.cue, ids.get(q.speaker or ""),
             q.speaker_start, q.speaker_end))
        qid = int(cur.lastrowid or 0)
        for sent_id in covered_sentences(q, sentence_ids, sentence_spans):
            db.execute("INSERT OR IGNORE INTO sentence_quotes (sentence_id, quote_id) "
                       "VALUES (?, ?)", (sent_id, qid))


def covered_sentences(q: Quote, sentence_ids: Sequence[int],
                      spans: Sequence[tuple[int, int]]) -> list[int]:
    """Sentences the quote speaks in: it lies inside them, covers most of them, or holds
    one end of them ("When asked …, Gale said: “The answer is yes. …”" ends in Gale's
    words; "… Let people sort them through,” Clinton said at a town hall" opens in
    Clinton's)."""
    out = []
    for sid, (s, e) in zip(sentence_ids, spans, strict=True):
        inter = min(e, q.end) - max(s, q.start)
        end = (s <= q.start and q.end >= e - 2) or (q.start <= s + 2 and q.end <= e)
        if inter > 0 and (inter >= 0.5 * (e - s) or (s <= q.start and q.end <= e)
                          or (end and inter >= 20)):
            out.append(sid)
    return out


def quote_vectors(store: Store, dim: int) -> int:
    """A quote's vector is the normalised mean of its sentences' vectors (no extra model
    work); quotes with a known speaker that have none yet get one."""
    rows = store.db.execute(
        "SELECT q.id, s.vector FROM quotes q JOIN sentence_quotes sq ON sq.quote_id = q.id "
        "JOIN sentences s ON s.id = sq.sentence_id WHERE q.vector IS NULL AND "
        "q.speaker_id IS NOT NULL ORDER BY q.id").fetchall()
    by_quote: dict[int, list[bytes]] = {}
    for qid, blob in rows:
        by_quote.setdefault(qid, []).append(blob)
    updates = []
    for qid, blobs in by_quote.items():
        m = from_blobs(blobs, dim).mean(axis=0)
        updates.append((to_blob(m / max(float(np.linalg.norm(m)), 1e-12)), qid))
    store.db.executemany("UPDATE quotes SET vector = ? WHERE id = ?", updates)
    return len(updates)


def merge_speakers(store: Store) -> None:
    """Across articles, full names only: "Joseph R. Biden" and "Joe Biden" become one (the
    name with most quotes is kept); "Karen Lindsay" and "Patrice Lindsay" never do, and a
    bare "Lindsay" joins no one (see `scope_of`)."""
    db = store.db
    rows = db.execute("SELECT s.id, s.name, s.key, (SELECT COUNT(*) FROM quotes q WHERE "
                      "q.speaker_id = s.id) FROM speakers s WHERE s.kind = 'person' "
                      "AND s.scope = ''").fetchall()
    by_key: dict[str, list[tuple[int, str, int]]] = {}
    for sid, name, key, n in rows:
        by_key.setdefault(key, []).append((sid, name, n))
    for group in by_key.values():
        full = [g for g in group if len(g[1].split()) > 1]
        clusters: list[list[tuple[int, str, int]]] = []
        for g in full:
            for c in clusters:
                if same_person(c[0][1], g[1]):
                    c.append(g)
                    break
            else:
                clusters.append([g])
        for c in clusters:
            keep = max(c, key=lambda g: (g[2], len(g[1])))
            for sid, _, _ in c:
                if sid != keep[0]:
                    _move(store, sid, keep[0])


def _move(store: Store, old: int, new: int) -> None:
    db = store.db
    db.execute("UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?", (new, old))
    db.execute("UPDATE OR IGNORE speaker_roles SET speaker_id = ? WHERE speaker_id = ?", (new, old))
    db.execute("UPDATE OR IGNORE speaker_aliases SET speaker_id = ? WHERE speaker_id = ?",
               (new, old))
    db.execute("DELETE FROM speakers WHERE id = ?", (old,))


def list_speakers(store: Store) -> list[Speaker]:
    """Every person and organisation quoted, with quote count and roles, most quoted
    first; described speakers ("officials") are not listed."""
    out = []
    for sp in store.speakers():
        if sp.kind == "description":
            continue
        roles = tuple(store.roles(sp.id))
        if sp.quotes or roles:
            out.append(Speaker(sp.name, sp.kind, (), roles, sp.quotes))
    return sorted(out, key=lambda s: (-s.quotes, s.name))
