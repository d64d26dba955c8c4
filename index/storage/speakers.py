"""The store's reads about quotes and speakers: who is quoted, who speaks in a sentence,
where a speaker's sentences are. A part of `Store` (it mixes in), kept apart so each file
says one thing."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence

from .schema import QuoteRow, SentenceRow, SpeakerRow, placeholders

_Covering = tuple[int, int, str, str | None, str, str | None, int | None]


class SpeakerReads:
    db: sqlite3.Connection
    lock: threading.Lock

    def _all(self, sql: str, args: Iterable[object] = ()) -> list[tuple]:  # type: ignore[type-arg]
        raise NotImplementedError

    def speakers(self) -> list[SpeakerRow]:
        """Every speaker with the number of quotes attributed to them."""
        return [SpeakerRow(*r) for r in self._all(
            "SELECT s.id, s.name, s.kind, (SELECT COUNT(*) FROM quotes q WHERE "
            "q.speaker_id = s.id) FROM speakers s")]

    def aliases(self) -> list[tuple[int, str]]:
        return self._all("SELECT DISTINCT speaker_id, alias FROM speaker_aliases")  # type: ignore[return-value]

    def roles(self, speaker_id: int) -> list[tuple[str, str]]:
        """(role, article id) as the articles state them, oldest article first."""
        return self._all("SELECT r.role, r.article_id FROM speaker_roles r JOIN articles a "  # type: ignore[return-value]
                         "ON a.id = r.article_id WHERE r.speaker_id = ? "
                         "ORDER BY a.date IS NULL, a.date, r.rowid", (speaker_id,))

    def speaker_kinds(self) -> dict[str, str]:
        """Speaker name → person | organisation | description."""
        return dict(self._all("SELECT name, kind FROM speakers"))  # type: ignore[arg-type]

    def sentence_speakers(self, sentence_ids: Sequence[int],
                          ) -> dict[int, tuple[str, str | None, str]]:
        """sentence id → (speaker, role in that article, quote kind) of the innermost quote
        with a known speaker that covers the sentence; but a quote whose speaker is named
        inside another speaker's words ("Cook said that Carter believes …") is part of
        those words, and the outer speaker speaks. A transcript turn, a statement or an
        "according to" only holds what others said, so its inner quotes keep their own
        speakers."""
        if not sentence_ids:
            return {}
        covering = self._covering(sentence_ids)
        out = {}
        for sid, quotes in covering.items():
            quotes.sort(key=lambda q: q[1] - q[0])  # innermost first
            pick = quotes[0]
            for outer in quotes[1:]:
                # "Weaver says it's proof …, according to the AP": the AP reports what
                # Weaver says; it is Weaver who speaks
                speaks = outer[4] != "transcript" and outer[5] not in ("statement",
                                                                      "according to")
                if speaks and pick[6] is not None and outer[0] <= pick[6] < outer[1]:
                    pick = outer
            out[sid] = (pick[2], pick[3], pick[4])
        return out

    def covering_quotes(self, sentence_id: int) -> list[tuple[int, int, str, str | None]]:
        """(start, end, speaker, role in that article) of each quote with a known speaker
        that covers the sentence."""
        return [q[:4] for q in self._covering([sentence_id]).get(sentence_id, [])]

    def _covering(self, sentence_ids: Sequence[int]) -> dict[int, list[_Covering]]:
        """sentence id → (start, end, speaker, role, kind, cue, speaker_start) of each quote
        with a known speaker that covers it."""
        marks = placeholders(len(sentence_ids))
        rows = self._all(
            f'SELECT sq.sentence_id, sp.name, q.start, q."end", q.kind, q.cue, '
            f"q.speaker_start, (SELECT role FROM speaker_roles r WHERE r.speaker_id = sp.id "
            f"AND r.article_id = q.article_id ORDER BY length(r.role) DESC LIMIT 1) "
            f"FROM sentence_quotes sq JOIN quotes q ON q.id = sq.quote_id JOIN speakers sp "
            f"ON sp.id = q.speaker_id WHERE sq.sentence_id IN ({marks})", sentence_ids)
        covering: dict[int, list[_Covering]] = {}
        for sid, name, start, end, kind, cue, at, role in rows:
            covering.setdefault(sid, []).append((start, end, name, role, kind, cue, at))
        return covering

    def speaker_sentences(self, speaker_ids: Sequence[int]) -> list[SentenceRow]:
        """Sentences in which these speakers speak, newest article first, in text order."""
        if not speaker_ids:
            return []
        marks = placeholders(len(speaker_ids))
        rows = self._all(
            f'SELECT DISTINCT s.id, s.article_id, s.i, s.start, s."end", a.date FROM sentences s '
            f"JOIN sentence_quotes sq ON sq.sentence_id = s.id JOIN quotes q ON q.id = "
            f"sq.quote_id JOIN articles a ON a.id = s.article_id "
            f"WHERE q.speaker_id IN ({marks}) ORDER BY a.date IS NULL, a.date DESC, "
            f"s.article_id, s.i", speaker_ids)
        return [SentenceRow(*r[:5]) for r in rows]

    def passages_of_sentences(self, rows: Sequence[SentenceRow]) -> dict[int, int]:
        """sentence id → id of the first passage that holds it."""
        out = {}
        for r in rows:
            got = self._all("SELECT id FROM passages WHERE article_id = ? AND first <= ? AND "
                            "last >= ? ORDER BY i LIMIT 1", (r.article_id, r.i, r.i))
            if got:
                out[r.id] = got[0][0]
        return out

    def quote_sentences(self, quote_ids: Sequence[int]) -> dict[int, list[int]]:
        if not quote_ids:
            return {}
        marks = placeholders(len(quote_ids))
        out: dict[int, list[int]] = {}
        for qid, sid in self._all(f"SELECT quote_id, sentence_id FROM sentence_quotes WHERE "
                                  f"quote_id IN ({marks})", quote_ids):
            out.setdefault(qid, []).append(sid)
        return out

    def quote_speakers(self, quote_ids: Sequence[int]) -> dict[int, int]:
        if not quote_ids:
            return {}
        marks = placeholders(len(quote_ids))
        return dict(self._all(f"SELECT id, speaker_id FROM quotes WHERE id IN ({marks}) AND "  # type: ignore[arg-type]
                              f"speaker_id IS NOT NULL", quote_ids))

    def article_quotes(self, article_ids: Sequence[str]) -> list[QuoteRow]:
        """The quotes with a speaker in these articles, in text order."""
        if not article_ids:
            return []
        rows = self._all(
            f'SELECT q.id, q.article_id, q.start, q."end", sp.name, sp.kind, q.vector '
            f"FROM quotes q JOIN speakers sp ON sp.id = q.speaker_id WHERE q.article_id IN "
            f"({placeholders(len(article_ids))}) ORDER BY q.article_id, q.start", article_ids)
        return [QuoteRow(*r) for r in rows]

