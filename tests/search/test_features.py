"""What the scorer knows about a (question, sentence) pair."""

from __future__ import annotations

from index.search.features import FEATURES, absolute, code_terms, coverage, name_miss, query_terms
from index.search.tokens import encode


def _idf(stem: str) -> float:
    return 1.0


def _sentence(text: str) -> tuple[set[str], set[tuple[str, str]]]:
    return code_terms(encode(text))


def test_a_name_is_found_in_its_adjective() -> None:
    q = query_terms("When did Russia annex Crimea?", _idf)
    assert name_miss(q, _sentence("In 2014 Russia annexed the Crimean peninsula.")[0]) == 0.0
    assert name_miss(q, _sentence("Russia massed troops near the border.")[0]) == 0.5
    assert name_miss(query_terms("what was annexed?", _idf), set()) == 0.0


def test_coverage_can_leave_the_names_out() -> None:
    q = query_terms("When did Russia annex Crimea?", _idf)
    terms = _sentence("Russia held drills near Crimea.")[0]
    assert coverage(q, terms) == 2 / 3
    assert coverage(q, terms, skip=q.names) == 0.0


def test_answer_type_and_length_are_features() -> None:
    q = query_terms("How many troops took part?", _idf)
    row = absolute(q, _sentence("About 3,000 troops took part."), set(), 0.5, 0.4, (1.0, 0.0),
                   length=4)
    named = dict(zip(FEATURES, row, strict=False))
    assert named["type_hit"] == 1.0 and named["type_miss"] == 0.0
    assert named["cov"] == 1.0 and 0.0 < named["length"] < 1.0
