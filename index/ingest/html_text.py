"""Main text and metadata of an HTML page, with trafilatura (the only importer of it).

Navigation, footers and comments are left to trafilatura's boilerplate removal; our own
cleaning (index.ingest.clean) still runs on the text afterwards. Paragraphs come back separated
by blank lines, the form the sentence splitter expects.
"""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura


@dataclass(frozen=True, slots=True)
class Extracted:
    text: str
    meta: dict[str, str | None]


def extract(html: str, url: str | None = None) -> Extracted | None:
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    if doc is None or isinstance(doc, dict) or not (doc.text or "").strip():
        return None
    paragraphs = [p.strip() for p in (doc.text or "").split("\n") if p.strip()]
    if paragraphs and doc.title and paragraphs[0] == doc.title.strip():
        paragraphs = paragraphs[1:]  # the headline is the title, not a sentence of the story
    if not paragraphs:
        return None
    meta = {
        "title": doc.title,
        "date": doc.date,
        "source": doc.sitename,
        "url": doc.url or url,
    }
    return Extracted(text="\n\n".join(paragraphs) + "\n", meta=meta)
