"""Read articles from files: .txt/.md (optional `---` front matter), .html, .jsonl.

A file that cannot be read as an article (binary, not UTF-8, empty, a malformed JSON line)
becomes a `BadArticle` problem naming it; the other files still load. Article ids are the
given id (front matter or JSON) or a hash of the text, so the same article loads with the
same id from anywhere. The text is kept as written (only a BOM and CR line ends are
normalised), because every offset the index stores points into it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import BadArticle
from ..types import Article

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
MAX_FILE_BYTES = 20 * 1024 * 1024
META_KEYS = ("id", "title", "date", "source", "url")
# A directory's documentation is not one of its articles (given by name, it still loads).
_NOT_ARTICLES = re.compile(r"(?i)(readme|licen[cs]e|changelog|contributing)(\.|$)")


@dataclass(slots=True)
class Loaded:
    articles: list[Article] = field(default_factory=list)
    problems: list[BadArticle] = field(default_factory=list)


def article_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def normalise(text: str) -> str:
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """`---\\nkey: value\\n---\\n body` → (meta, body). Values may be JSON-quoted strings."""
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---\n", 3)
    if end < 0:
        if text.endswith("\n---"):
            end = len(text) - 4
        else:
            return {}, text
    meta: dict[str, str] = {}
    for line in text[4:end].split("\n"):
        key, sep, value = line.partition(":")
        if not sep or not key.strip() or key.startswith((" ", "\t", "#")):
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            try:
                value = json.loads(value) if value[0] == '"' else value[1:-1]
            except json.JSONDecodeError:
                value = value[1:-1]
        meta[key.strip().lower()] = str(value)
    body = text[end + len("\n---\n") :]
    return meta, body.lstrip("\n")


# A first line that reads as a headline: a few words, no closing punctuation, not a
# dateline (no lower case), byline, date or quotation (but a headline's "'Quote': story").
_HEADLINE = re.compile(r"#{0,6}[ \t]*(?P<title>[^\n]{3,200}?)[ \t]*\n[ \t]*\n(?=\s*\S)")
_NOT_HEADLINE = re.compile(r"(?i)^(?:by\s|\d|[\"“‘'](?!.{1,120}?[\"”’']:\s)"
                           r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)"
                           r"|[.,;:\"”’)\]]$")


def headline(body: str) -> str | None:
    """The first line of an article's text when it reads as its headline, as copied from
    a news page: it titles an article given no title (the text keeps it)."""
    m = _HEADLINE.match(body)
    if m is None:
        return None
    title = m.group("title")
    if (len(title.split()) < 2 or not any(c.islower() for c in title)
            or _NOT_HEADLINE.search(title)):
        return None
    return title


def make_article(meta: Mapping[str, object], text: str, *, where: str, path: str | None,
                 default_title: str) -> Article:
    text = normalise(text)
    if not text.strip():
        raise BadArticle(where, "empty article (no text)")
    given = meta.get("id")
    ident = str(given).strip() if given not in (None, "") else article_id(text)
    if not ident or any(c.isspace() for c in ident) or len(ident) > 128:
        raise BadArticle(where, f"unusable id {given!r} (no spaces, at most 128 characters)")

    def opt(key: str) -> str | None:
        value = meta.get(key)
        return str(value).strip() or None if value is not None else None

    return Article(
        id=ident,
        title=opt("title") or headline(text) or default_title,
        text=text,
        date=opt("date"),
        source=opt("source"),
        url=opt("url"),
        path=path,
    )


def _decode(raw: bytes, where: str) -> str:
    if b"\x00" in raw[:8192]:
        raise BadArticle(where, "binary file, not text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise BadArticle(where, f"not UTF-8 text (byte {err.start}); re-save it as UTF-8") from None


def _title_from_name(path: Path) -> str:
    return path.stem.replace("_", " ").replace("-", " ").strip() or path.name


def load_text(raw: bytes, path: Path) -> Article:
    where = str(path)
    meta, body = split_front_matter(normalise(_decode(raw, where)))
    return make_article(meta, body, where=where, path=where, default_title=_title_from_name(path))


def load_html(raw: bytes, path: Path, url: str | None = None) -> Article:
    from .html_text import extract  # trafilatura is heavy: load it only for HTML

    where = str(path)
    text = _decode(raw, where) if not raw.startswith(b"\xff\xfe") else raw.decode("utf-16")
    extracted = extract(text, url=url)
    if extracted is None:
        raise BadArticle(where, "no article text found in this HTML page")
    meta = {k: v for k, v in extracted.meta.items() if v}
    if url:
        meta.setdefault("url", url)
    return make_article(meta, extracted.text, where=where, path=where,
                        default_title=_title_from_name(path))


def iter_jsonl(raw: bytes, path: Path) -> Iterator[Article | BadArticle]:
    text = _decode(raw, str(path))
    seen = 0
    for n, line in enumerate(normalise(text).split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield BadArticle(where, f"malformed JSON ({err.msg})")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield BadArticle(where, 'each line must be an object with a "text" string')
            continue
        meta = {k: obj.get(k) for k in META_KEYS}
        try:
            yield make_article(meta, obj["text"], where=where, path=where,
                               default_title=f"{path.stem} #{n}")
            seen += 1
        except BadArticle as err:
            yield err
    if seen == 0 and not text.strip():
        yield BadArticle(str(path), "empty file")


def load_file(path: Path) -> Iterator[Article | BadArticle]:
    where = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            yield BadArticle(where, f"too large ({size} bytes; the limit is {MAX_FILE_BYTES})")
            return
        raw = path.read_bytes()
    except OSError as err:
        yield BadArticle(where, f"cannot read ({err.strerror})")
        return
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            yield from iter_jsonl(raw, path)
        elif suffix in HTML_SUFFIXES:
            yield load_html(raw, path)
        elif suffix in TEXT_SUFFIXES:
            yield load_text(raw, path)
        else:
            yield BadArticle(where, f"unsupported file type {suffix or '(none)'}; "
                             f"use one of {', '.join(SUFFIXES)}")
    except BadArticle as err:
        yield err


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | BadArticle]:
    for given in paths:
        p = Path(given)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    f = Path(root) / name
                    if (not name.startswith(".") and f.suffix.lower() in SUFFIXES
                            and not _NOT_ARTICLES.match(name)):
                        yield f
        elif p.exists():
            yield p
        else:
            yield BadArticle(str(p), "no such file or directory")


def load_paths(paths: Iterable[str | Path]) -> Loaded:
    out = Loaded()
    for item in iter_files(paths):
        if isinstance(item, BadArticle):
            out.problems.append(item)
            continue
        for got in load_file(item):
            if isinstance(got, BadArticle):
                out.problems.append(got)
            else:
                out.articles.append(got)
    return out
