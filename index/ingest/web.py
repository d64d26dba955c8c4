"""A fetched web page or text file as an `Article`: HTML through trafilatura (main text,
title, date, site), plain text as it is. Used by the admin's URLs and by the feeds."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from ..errors import BadArticle
from ..types import Article
from .load import load_html, make_article, normalise, split_front_matter


def article_from_download(body: bytes, content_type: str, url: str) -> Article:
    kind = content_type.split(";")[0].strip().lower()
    if kind in ("text/plain", "text/markdown"):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise BadArticle(url, "not UTF-8 text") from None
        meta, text = split_front_matter(normalise(text))
        return make_article({"url": url, **meta}, text, where=url, path=url,
                            default_title=urlsplit(url).path.rsplit("/", 1)[-1] or url)
    if kind not in ("text/html", "application/xhtml+xml", ""):
        raise BadArticle(url, f"cannot read {kind or 'this'} (a web page or a text file is "
                              "needed)")
    return load_html(body, Path(urlsplit(url).path or "page.html"), url=url)
