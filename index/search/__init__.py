"""Retrieval: tokens and BM25 (`keyword`), FAISS (`vectors`), scorer features and the
calibrated ranker, and the hybrid searcher that fuses them into scored sentences."""
