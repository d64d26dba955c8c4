"""Ingestion: files → `Article`s, page junk found as spans, sentences and paragraphs with
exact offsets. Pure text work (trafilatura only for HTML, in `html_text`); no models."""
