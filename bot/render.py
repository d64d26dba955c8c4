"""Answers as Telegram HTML: cited sentences as quotes, speakers in bold, linked citations.

Pure (no telegram import). Every span that comes from an article or a user is escaped.
Long answers are split between sentences into messages of at most 4096 characters
(telegram.constants.MessageLimit.MAX_TEXT_LENGTH); a single sentence longer than that is
cut between words, each piece a complete quote, so no message ends inside a tag.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from index.qa.intent import IntentKind
from index.types import Answer, Source

LIMIT = 4096


def esc(text: str) -> str:
    return html.escape(text, quote=True)


@dataclass(frozen=True, slots=True)
class Block:
    """head + open + escaped(body) + close + tail; only the body may be cut."""

    head: str = ""
    body: str = ""
    tail: str = ""
    open: str = ""
    close: str = ""

    def html(self, body: str | None = None) -> str:
        return f"{self.head}{self.open}{esc(self.body if body is None else body)}{self.close}" \
               f"{self.tail}"

    def pieces(self, limit: int) -> list[str]:
        whole = self.html()
        if len(whole) <= limit:
            return [whole]
        room = limit - len(self.html(""))
        out, current = [], ""
        for word in self.body.split(" "):
            candidate = f"{current} {word}" if current else word
            if len(esc(candidate)) > room and current:
                out.append(current)
                current = word
            else:
                current = candidate
            while len(esc(current)) > room:  # one enormous "word"
                cut = room
                while len(esc(current[:cut])) > room:
                    cut -= 1
                out.append(current[:cut])
                current = current[cut:]
        if current:
            out.append(current)
        return [self.html(p) for p in out]


def pack(blocks: Sequence[Block], limit: int = LIMIT, sep: str = "\n\n") -> list[str]:
    """Blocks into as few messages as fit, never splitting inside a block's markup."""
    messages: list[str] = []
    current = ""
    for block in blocks:
        for piece in block.pieces(limit):
            if current and len(current) + len(sep) + len(piece) <= limit:
                current += sep + piece
            else:
                if current:
                    messages.append(current)
                current = piece
    if current:
        messages.append(current)
    return messages


def _cite(n: int, sources: Sequence[Source]) -> str:
    """The citation under a quote, with its article's date: " [1, 2022-01-11]"."""
    src = next((s for s in sources if s.citation == n), None)
    label = f"[{n}, {esc(src.date)}]" if src is not None and src.date else f"[{n}]"
    if src is not None and src.url and src.url.startswith(("http://", "https://")):
        return f' <a href="{esc(src.url)}">{label}</a>'
    return f" {label}"


def source_line(src: Source) -> str:
    title = esc(src.title)
    if src.url and src.url.startswith(("http://", "https://")):
        title = f'<a href="{esc(src.url)}">{title}</a>'
    extra = ", ".join(esc(x) for x in (src.source, src.date) if x)
    if src.also_in:  # a syndicated story: one article, several outlets
        extra += ("; " if extra else "") + "also in: " + esc(", ".join(src.also_in))
    return f"[{src.citation}] {title}" + (f" — {extra}" if extra else "")


def answer_blocks(answer: Answer, with_sources: bool = True) -> list[Block]:
    if answer.abstained:
        return [Block(body=answer.note or "The articles don't say.")]
    blocks: list[Block] = []
    if answer.note:
        blocks.append(Block(open="<i>", body=answer.note, close="</i>"))
    grouped = answer.intent != IntentKind.GENERAL
    current: str | None = None
    for s in answer.sentences:
        head = ""
        if s.speaker and (not grouped or s.speaker != current):
            role = f" <i>({esc(s.role)})</i>" if s.role else ""
            head = f"<b>{esc(s.speaker)}</b>{role}\n"
            current = s.speaker
        blocks.append(Block(head=head, open="<blockquote>", body=s.text, close="</blockquote>",
                            tail=_cite(s.citation, answer.sources).lstrip()))
    if with_sources and answer.sources:
        lines = "\n".join(source_line(src) for src in answer.sources)
        blocks.append(Block(head=f"<b>Sources</b>\n{lines}"))
    return blocks


def render_answer(answer: Answer, limit: int = LIMIT, max_messages: int | None = None,
                  ) -> list[str]:
    messages = pack(answer_blocks(answer), limit)
    if max_messages is not None and len(messages) > max_messages:
        # In a group: the first part, then the sources (never a flood of messages).
        short = pack(answer_blocks(answer, with_sources=False), limit)[:max_messages]
        sources = [Block(head="<b>Sources</b>\n" + "\n".join(
            source_line(s) for s in answer.sources))]
        tail = pack(sources, limit)[0]
        if len(short[-1]) + 2 + len(tail) <= limit:
            short[-1] += "\n\n" + tail
        messages = short
    return messages


def render_sources(sources: Sequence[Source], limit: int = LIMIT) -> str:
    if not sources:
        return "No sources for this answer."
    blocks = [Block(head="<b>Sources</b>")] + [Block(head=source_line(s)) for s in sources]
    return pack(blocks, limit, sep="\n")[0]


def render_context(title: str, sentences: Sequence[tuple[str, bool]], source: Source | None,
                   limit: int = LIMIT) -> str:
    """The passage around a cited sentence, the cited one in bold."""
    body = " ".join(f"<b>{esc(t)}</b>" if focus else esc(t) for t, focus in sentences)
    head = f"<b>Context</b> — {esc(title)}\n"
    tail = f"\n{source_line(source)}" if source else ""
    text = f"{head}<blockquote>{body}</blockquote>{tail}"
    if len(text) <= limit:
        return text
    focus = [t for t, f in sentences if f]
    return pack([Block(head=head, open="<blockquote><b>", body=" ".join(focus),
                       close="</b></blockquote>", tail=tail)], limit)[0]


def pack_lines(lines: Sequence[str], limit: int = LIMIT) -> list[str]:
    """Lines of HTML already escaped, in as few messages as fit (never cut inside one)."""
    return pack([Block(head=line) for line in lines], limit, sep="\n")


def render_list(title: str, lines: Sequence[str], limit: int = LIMIT) -> str:
    blocks = [Block(head=f"<b>{esc(title)}</b>")] + [Block(body=line) for line in lines]
    return pack(blocks, limit, sep="\n")[0]
